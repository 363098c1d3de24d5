"""A participant's travel and child-care claim for one session, typed from the proofs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.indemnity.amounts import Claim
from facilitator.core.indemnity.travel import TravelMeans
from facilitator.text.messages import means_label
from facilitator.ui.common.forms import ok_cancel
from facilitator.ui.indemnity.rules_dialog import cents_of, money_box

_KILOMETRIC = (TravelMeans.CAR, TravelMeans.MOTORCYCLE, TravelMeans.MOPED)


class ClaimDialog(QDialog):
    def __init__(self, title: str, claim: Claim, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.means = QComboBox()
        self.means.setObjectName("means")
        for means in TravelMeans:
            self.means.addItem(means_label(means), means)
        self.means.setCurrentIndex(self.means.findData(claim.means))
        self.km = QSpinBox()
        self.km.setObjectName("km")
        self.km.setRange(0, 2000)
        self.km.setSuffix(" km")
        self.km.setValue(claim.km)
        self.fiscal_hp = QSpinBox()
        self.fiscal_hp.setObjectName("fiscalHp")
        self.fiscal_hp.setRange(1, 50)
        self.fiscal_hp.setSuffix(self.tr(" CV"))
        self.fiscal_hp.setValue(claim.fiscal_hp or 5)
        self.tickets = money_box(claim.ticket_cents, 2000)
        self.tickets.setObjectName("tickets")
        self.childcare_hours = QDoubleSpinBox()
        self.childcare_hours.setObjectName("childcareHours")
        self.childcare_hours.setRange(0, 24)
        self.childcare_hours.setSingleStep(0.5)
        self.childcare_hours.setDecimals(2)
        self.childcare_hours.setSuffix(self.tr(" h"))
        self.childcare_hours.setValue(claim.childcare_minutes / 60)
        self.childcare_paid = money_box(claim.childcare_cents, 2000)
        self.childcare_paid.setObjectName("childcarePaid")
        self.note = QLineEdit(note)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("e.g. ticket T+ x2, receipt from the crèche"))
        form = QFormLayout()
        form.addRow(self.tr("Means of transport"), self.means)
        form.addRow(self.tr("Distance (round trip)"), self.km)
        form.addRow(self.tr("Fiscal horsepower (car)"), self.fiscal_hp)
        form.addRow(self.tr("Tickets and fares on proof"), self.tickets)
        form.addRow(self.tr("Child care: hours"), self.childcare_hours)
        form.addRow(self.tr("Child care: amount paid"), self.childcare_paid)
        form.addRow(self.tr("Note"), self.note)
        hint = QLabel(self.tr("The kilometric allowance follows the barème; child care is capped per hour."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(ok_cancel(self))
        self.means.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()

    def _means(self) -> TravelMeans:
        return TravelMeans(self.means.currentData())

    def _update_enabled(self) -> None:
        means = self._means()
        self.km.setEnabled(means in _KILOMETRIC)
        self.fiscal_hp.setEnabled(means is TravelMeans.CAR)

    def claim(self) -> Claim:
        means = self._means()
        return Claim(
            means=means,
            km=self.km.value() if means in _KILOMETRIC else 0,
            fiscal_hp=self.fiscal_hp.value() if means is TravelMeans.CAR else None,
            ticket_cents=cents_of(self.tickets),
            childcare_minutes=round(self.childcare_hours.value() * 60),
            childcare_cents=cents_of(self.childcare_paid),
        )
