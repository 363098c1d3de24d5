"""A discipline profile: the speaking rules of a kind of phase, a template of the assembly
(changing it changes every phase that uses it)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.names import tidy
from facilitator.core.participants import Role
from facilitator.core.speaking.model import Discipline, Fairness, RoleBudget
from facilitator.text.messages import fairness_label, role_label
from facilitator.ui.common.forms import ok_cancel


class Limit(Enum):
    NONE = "none"
    PER_PERSON = "per_person"
    SHARED = "shared"


def duration_box(seconds: int) -> QTimeEdit:
    """Minutes and seconds, as a timer shows them ("03:00")."""
    box = QTimeEdit(QTime(0, 0).addSecs(seconds))
    box.setDisplayFormat("mm:ss")
    box.setMaximumTime(QTime(0, 59, 59))
    return box


def seconds_of(box: QTimeEdit) -> int:
    return QTime(0, 0).secsTo(box.time())


class ProfileDialog(QDialog):
    def __init__(self, name: str, discipline: Discipline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Discipline profile"))
        self.name = QLineEdit(name)
        self.name.setObjectName("profileName")
        self.turn = duration_box(discipline.turn_seconds)
        self.turn.setObjectName("turnSeconds")
        self.intervention = duration_box(discipline.intervention_seconds)
        self.intervention.setObjectName("interventionSeconds")
        self.warning = duration_box(discipline.warning_seconds)
        self.warning.setObjectName("warningSeconds")
        self.officials_may_ask = QCheckBox(self.tr("Elected officials may ask for the floor"))
        self.officials_may_ask.setObjectName("officialsMayAsk")
        self.officials_may_ask.setChecked(discipline.officials_may_ask)
        self.fairness = QComboBox()
        self.fairness.setObjectName("fairness")
        for fairness in Fairness:
            self.fairness.addItem(fairness_label(fairness), fairness)
        self.fairness.setCurrentIndex(self.fairness.findData(discipline.fairness))
        self.alternate = QCheckBox(self.tr("Alternate women and men when both are waiting"))
        self.alternate.setObjectName("alternateGenders")
        self.alternate.setChecked(discipline.alternate_genders)
        self.limits: dict[Role, QComboBox] = {}
        self.budgets: dict[Role, QTimeEdit] = {}
        for role in Role:
            self._budget_row(role, discipline.budgets.get(role))
        self.buttons = ok_cancel(self)
        self.name.textChanged.connect(self._update_enabled)
        self._layout()
        self._update_enabled()

    def _budget_row(self, role: Role, budget: RoleBudget | None) -> None:
        limit = QComboBox()
        limit.setObjectName(f"limit_{role.value}")
        limit.addItem(self.tr("No limit"), Limit.NONE)
        limit.addItem(self.tr("Per person"), Limit.PER_PERSON)
        limit.addItem(self.tr("Shared by the role"), Limit.SHARED)
        chosen = Limit.NONE if budget is None else Limit.SHARED if budget.shared else Limit.PER_PERSON
        limit.setCurrentIndex(limit.findData(chosen))
        box = duration_box(budget.seconds if budget else 120)
        box.setObjectName(f"budget_{role.value}")
        limit.currentIndexChanged.connect(self._update_enabled)
        self.limits[role] = limit
        self.budgets[role] = box

    def _layout(self) -> None:
        naming = QFormLayout()
        naming.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        naming.addRow(self.tr("Name"), self.name)
        times = QFormLayout()
        times.addRow(self.tr("A contribution lasts"), self.turn)
        times.addRow(self.tr("A short intervention, a question or a point of order lasts"), self.intervention)
        times.addRow(self.tr("The countdown changes colour when this much is left"), self.warning)
        grid = QGridLayout()
        for row, role in enumerate(Role):
            grid.addWidget(QLabel(role_label(role)), row, 0)
            grid.addWidget(self.limits[role], row, 1)
            grid.addWidget(self.budgets[role], row, 2)
        note = QLabel(self.tr("Speaking time for the whole phase; 00:00 means no speaking time at all."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        grid.addWidget(note, len(Role), 0, 1, 3)
        budgets = QGroupBox(self.tr("Budgets per role in the phase"))
        budgets.setLayout(grid)
        queue = QFormLayout()
        queue.addRow(self.tr("Order of the queue"), self.fairness)
        queue.addRow(self.alternate)
        queue.addRow(self.officials_may_ask)
        queue_group = QGroupBox(self.tr("Queue"))
        queue_group.setLayout(queue)
        layout = QVBoxLayout(self)
        layout.addLayout(naming)
        layout.addLayout(times)
        layout.addWidget(budgets)
        layout.addWidget(queue_group)
        layout.addWidget(self.buttons)

    def _update_enabled(self) -> None:
        for role, limit in self.limits.items():
            self.budgets[role].setEnabled(limit.currentData() is not Limit.NONE)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(tidy(self.name.text())))

    def profile_name(self) -> str:
        return tidy(self.name.text())

    def discipline(self) -> Discipline:
        budgets = {
            role: RoleBudget(seconds_of(self.budgets[role]), shared=limit.currentData() is Limit.SHARED)
            for role, limit in self.limits.items()
            if limit.currentData() is not Limit.NONE
        }
        return Discipline(
            turn_seconds=seconds_of(self.turn),
            intervention_seconds=seconds_of(self.intervention),
            warning_seconds=seconds_of(self.warning),
            budgets=budgets,
            officials_may_ask=self.officials_may_ask.isChecked(),
            fairness=Fairness(self.fairness.currentData()),
            alternate_genders=self.alternate.isChecked(),
        )
