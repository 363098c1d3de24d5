"""The assembly's indemnity rules, as its délibération sets them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.assemblies import AssemblyRules
from facilitator.core.attendance.presence import HalfDayRules, Quorum
from facilitator.core.indemnity.amounts import IndemnityRules, IndemnityUnit, LoneHalfDay
from facilitator.core.participants import Role
from facilitator.text.messages import lone_half_day_label, role_label, unit_label
from facilitator.ui.common.forms import ok_cancel, python_time


def money_box(cents: int, maximum_euros: float = 100_000) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setRange(0, maximum_euros)
    box.setSuffix(" €")
    box.setValue(cents / 100)
    return box


def cents_of(box: QDoubleSpinBox) -> int:
    return round(box.value() * 100)


def time_box(value: dt.time) -> QTimeEdit:
    box = QTimeEdit(QTime(value.hour, value.minute))
    box.setDisplayFormat("HH:mm")
    return box


def time_of(box: QTimeEdit) -> dt.time:
    return python_time(box.time())


class RulesDialog(QDialog):
    def __init__(self, rules: AssemblyRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indemnity rules of the assembly"))
        indemnity = rules.indemnity
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        for unit in IndemnityUnit:
            self.unit.addItem(unit_label(unit), unit)
        self.unit.setCurrentIndex(self.unit.findData(indemnity.unit))
        self.rate = money_box(indemnity.rate_cents)
        self.rate.setObjectName("rate")
        self.lone_half_day = QComboBox()
        self.lone_half_day.setObjectName("loneHalfDay")
        for share in LoneHalfDay:
            self.lone_half_day.addItem(lone_half_day_label(share), share)
        self.lone_half_day.setCurrentIndex(self.lone_half_day.findData(indemnity.lone_half_day))
        thresholds = indemnity.half_days
        self.morning_arrival = time_box(thresholds.morning_arrival_before)
        self.morning_departure = time_box(thresholds.morning_departure_after)
        self.afternoon_arrival = time_box(thresholds.afternoon_arrival_before)
        self.afternoon_departure = time_box(thresholds.afternoon_departure_after)
        self.capped = QCheckBox(self.tr("Annual cap per person"))
        self.capped.setObjectName("capped")
        self.cap = money_box(indemnity.annual_cap_cents or 0)
        self.cap.setObjectName("cap")
        self.capped.setChecked(indemnity.annual_cap_cents is not None)
        self.roles = {role: QCheckBox(role_label(role)) for role in Role}
        for role, box in self.roles.items():
            box.setObjectName(f"eligible_{role.value}")
            box.setChecked(role in indemnity.eligible_roles)
        self.travel = QCheckBox(self.tr("Travel reimbursed (tickets on proof, kilometric allowance)"))
        self.travel.setChecked(indemnity.travel)
        self.childcare = QCheckBox(self.tr("Child care reimbursed on proof, at most"))
        self.childcare.setChecked(indemnity.childcare)
        self.childcare_cap = money_box(indemnity.childcare_cap_cents_per_hour, 1000)
        self.childcare_cap.setSuffix(self.tr(" € an hour"))
        self.has_quorum = QCheckBox(self.tr("Quorum: at least"))
        self.has_quorum.setObjectName("hasQuorum")
        self.quorum = QSpinBox()
        self.quorum.setObjectName("quorum")
        self.quorum.setRange(1, 100)
        self.quorum.setSuffix(self.tr(" % of the people expected"))
        self.quorum.setValue(rules.quorum.percent if rules.quorum else 50)
        self.has_quorum.setChecked(rules.quorum is not None)
        self.grace = QSpinBox()
        self.grace.setObjectName("grace")
        self.grace.setRange(0, 240)
        self.grace.setSuffix(self.tr(" min after the start"))
        self.grace.setValue(rules.late_after_minutes)
        self.signatory = QLineEdit(rules.signatory)
        self.signatory.setObjectName("signatory")
        self._layout()
        for source in (self.unit.currentIndexChanged, self.capped.toggled, self.childcare.toggled):
            source.connect(self._update_enabled)
        self.has_quorum.toggled.connect(self._update_enabled)
        self._update_enabled()

    def _layout(self) -> None:
        pay = QFormLayout()
        pay.addRow(self.tr("Paid"), self.unit)
        pay.addRow(self.tr("Rate"), self.rate)
        pay.addRow(self.tr("A morning or an afternoon alone is worth"), self.lone_half_day)
        cap = QHBoxLayout()
        cap.addWidget(self.capped)
        cap.addWidget(self.cap)
        pay.addRow(cap)
        roles = QHBoxLayout()
        for box in self.roles.values():
            roles.addWidget(box)
        pay.addRow(self.tr("Who is paid"), roles)
        pay_group = QGroupBox(self.tr("Indemnity"))
        pay_group.setLayout(pay)

        half_days = QFormLayout()
        half_days.addRow(self.tr("The morning counts if arrived before"), self.morning_arrival)
        half_days.addRow(self.tr("… and not left before"), self.morning_departure)
        half_days.addRow(self.tr("The afternoon counts if arrived before"), self.afternoon_arrival)
        half_days.addRow(self.tr("… and not left before"), self.afternoon_departure)
        half_days_group = QGroupBox(self.tr("Half-days"))
        half_days_group.setLayout(half_days)

        costs = QFormLayout()
        costs.addRow(self.travel)
        childcare = QHBoxLayout()
        childcare.addWidget(self.childcare)
        childcare.addWidget(self.childcare_cap)
        costs.addRow(childcare)
        costs_group = QGroupBox(self.tr("Costs"))
        costs_group.setLayout(costs)

        desk = QFormLayout()
        quorum = QHBoxLayout()
        quorum.addWidget(self.has_quorum)
        quorum.addWidget(self.quorum)
        desk.addRow(quorum)
        desk.addRow(self.tr("Late arrival"), self.grace)
        desk.addRow(self.tr("Documents signed by"), self.signatory)
        desk_group = QGroupBox(self.tr("Sign-in desk and documents"))
        desk_group.setLayout(desk)

        layout = QVBoxLayout(self)
        for group in (pay_group, half_days_group, costs_group, desk_group):
            layout.addWidget(group)
        layout.addWidget(ok_cancel(self))

    def _unit(self) -> IndemnityUnit:
        return IndemnityUnit(self.unit.currentData())

    def _update_enabled(self) -> None:
        self.lone_half_day.setEnabled(self._unit() is IndemnityUnit.DAY)
        self.cap.setEnabled(self.capped.isChecked())
        self.childcare_cap.setEnabled(self.childcare.isChecked())
        self.quorum.setEnabled(self.has_quorum.isChecked())

    def rules(self) -> AssemblyRules:
        indemnity = IndemnityRules(
            unit=self._unit(),
            rate_cents=cents_of(self.rate),
            lone_half_day=LoneHalfDay(self.lone_half_day.currentData()),
            half_days=HalfDayRules(
                time_of(self.morning_arrival),
                time_of(self.morning_departure),
                time_of(self.afternoon_arrival),
                time_of(self.afternoon_departure),
            ),
            annual_cap_cents=cents_of(self.cap) if self.capped.isChecked() else None,
            eligible_roles=frozenset(role for role, box in self.roles.items() if box.isChecked()),
            travel=self.travel.isChecked(),
            childcare=self.childcare.isChecked(),
            childcare_cap_cents_per_hour=cents_of(self.childcare_cap),
        )
        quorum = Quorum(self.quorum.value()) if self.has_quorum.isChecked() else None
        return AssemblyRules(indemnity, quorum, self.grace.value(), self.signatory.text())
