"""A session's agenda: its phases in order, each with a discipline profile of the assembly.

Each change is recorded at once (one service call), so closing the dialog never loses work;
a phase that already has speaking turns stays (the session's report needs it).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from facilitator.core.names import fold
from facilitator.core.speaking.model import Discipline
from facilitator.services.speaking import agenda
from facilitator.services.speaking.agenda import AgendaItem, PhaseInUse, Profile
from facilitator.store.database import Database
from facilitator.text.formats import elapsed_text
from facilitator.text.messages import fairness_label, role_label
from facilitator.ui.common.actions import Action, ActionSet
from facilitator.ui.common.forms import STRETCH, column_of, combo_row, row_of
from facilitator.ui.common.operations import Operations, read
from facilitator.ui.speaking.profile_dialog import ProfileDialog


class AgendaDialog(QDialog):
    def __init__(
        self,
        db: Database,
        operations: Operations,
        assembly_id: uuid.UUID,
        session_id: uuid.UUID,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.operations = operations
        self.assembly_id = assembly_id
        self.session_id = session_id
        self.items: list[AgendaItem] = []
        self.profiles: list[Profile] = []
        self.setWindowTitle(self.tr("Agenda of the session"))
        self.phases = QListWidget()
        self.phases.setObjectName("agendaPhases")
        self.name = QComboBox()
        self.name.setObjectName("phaseName")
        self.name.setEditable(True)
        self.name.addItems(
            [
                self.tr("Welcome"),
                self.tr("Information and hearings"),
                self.tr("Group work"),
                self.tr("Deliberation"),
                self.tr("Decision"),
            ]
        )
        self.name.setCurrentText("")
        self.profile = QComboBox()
        self.profile.setObjectName("phaseProfile")
        self.profile_summary = QLabel()
        self.profile_summary.setObjectName("hint")
        self.profile_summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("errors")
        self.message.setWordWrap(True)
        self.action_set = ActionSet(
            self,
            [
                Action("add_phase", self.tr("Add the phase"), self.add_phase),
                Action("apply_to_phase", self.tr("Apply to the selected phase"), self.apply_to_phase),
                Action("up", self.tr("Up"), lambda: self.move_phase(-1), ("Ctrl+Up",)),
                Action("down", self.tr("Down"), lambda: self.move_phase(1), ("Ctrl+Down",)),
                Action("remove_phase", self.tr("Remove"), self.remove_phase),
                Action("new_profile", self.tr("New profile…"), self.new_profile),
                Action("edit_profile", self.tr("Change the profile…"), self.edit_profile),
            ],
        )
        self.add_button = self.action_set.button("add_phase")
        self.apply_button = self.action_set.button("apply_to_phase")
        self.up_button = self.action_set.button("up")
        self.down_button = self.action_set.button("down")
        self.remove_button = self.action_set.button("remove_phase")
        self.new_profile_button = self.action_set.button("new_profile")
        self.edit_profile_button = self.action_set.button("edit_profile")
        self._layout()
        self._connect()
        self.reload()
        self._phase_chosen(self.phases.currentRow())

    def _layout(self) -> None:
        moves = column_of(self.up_button, self.down_button, self.remove_button, STRETCH)
        listing = row_of((self.phases, 1), moves)
        profile_row = row_of((self.profile, 1), self.edit_profile_button, self.new_profile_button)
        form = QFormLayout()
        form.addRow(self.tr("Phase"), self.name)
        form.addRow(self.tr("Discipline profile"), profile_row)
        form.addRow("", self.profile_summary)
        phase_buttons = row_of(self.add_button, self.apply_button, STRETCH)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        explanation = QLabel(
            self.tr(
                "A profile is a template of the assembly: changing it changes every phase that uses it, "
                "in every session."
            )
        )
        explanation.setObjectName("hint")
        explanation.setWordWrap(True)
        self.setLayout(column_of((listing, 1), form, phase_buttons, explanation, self.message, close))
        self.setMinimumSize(720, 520)

    def _connect(self) -> None:
        self.phases.currentRowChanged.connect(self._phase_chosen)
        self.name.currentTextChanged.connect(self._name_typed)
        self.profile.currentIndexChanged.connect(self._show_profile)

    # Data --------------------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        """The phases and profiles as they stand (the standard profiles are made the first time)."""
        items = read(self, lambda: agenda.session_agenda(self.db, self.session_id))
        profiles = self.operations.write(self, lambda: agenda.ensure_profiles(self.db, self.assembly_id))
        self.items, self.profiles = items, profiles
        chosen_profile = self.profile.currentData()
        self.profile.blockSignals(True)
        self.profile.clear()
        for profile in profiles:
            self.profile.addItem(profile.name, profile.id)
        self.profile.setCurrentIndex(max(combo_row(self.profile, chosen_profile), 0))
        self.profile.blockSignals(False)
        self._show_profile()
        self.phases.blockSignals(True)
        self.phases.clear()
        for item in items:
            entry = QListWidgetItem(
                self.tr("{position}. {name} — {profile}").format(
                    position=self.phases.count() + 1, name=item.name, profile=item.profile.name
                )
            )
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.phases.addItem(entry)
        ids = [item.id for item in items]
        # The fields keep what was just typed or chosen.
        self.phases.setCurrentRow(ids.index(select) if select in ids else 0 if ids else -1)
        self.phases.blockSignals(False)
        self._update_enabled()

    def selected(self) -> AgendaItem | None:
        row = self.phases.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def chosen_profile(self) -> Profile | None:
        return next((p for p in self.profiles if p.id == self.profile.currentData()), None)

    def _phase_chosen(self, _row: int) -> None:
        item = self.selected()
        if item is not None:
            self.name.blockSignals(True)
            self.name.setCurrentText(item.name)
            self.name.blockSignals(False)
            self.profile.setCurrentIndex(combo_row(self.profile, item.profile.id))
        self._update_enabled()

    def _name_typed(self, text: str) -> None:
        """A phase named like a profile (Délibération, Décision) takes that profile."""
        same = next((p for p in self.profiles if fold(p.name) == fold(text)), None)
        if same is not None:
            self.profile.setCurrentIndex(combo_row(self.profile, same.id))
        self._update_enabled()

    def _show_profile(self) -> None:
        profile = self.chosen_profile()
        self.profile_summary.setText(self.describe(profile.discipline) if profile else "")

    def describe(self, discipline: Discipline) -> str:
        parts = [
            self.tr("contribution {time}").format(time=elapsed_text(discipline.turn_seconds)),
            self.tr("short intervention {time}").format(time=elapsed_text(discipline.intervention_seconds)),
        ]
        for role, budget in discipline.budgets.items():
            text = self.tr("{role}: {time} shared") if budget.shared else self.tr("{role}: {time} each")
            parts.append(text.format(role=role_label(role), time=elapsed_text(budget.seconds)))
        if not discipline.officials_may_ask:
            parts.append(self.tr("elected officials do not ask for the floor"))
        parts.append(fairness_label(discipline.fairness))
        if discipline.alternate_genders:
            parts.append(self.tr("women and men alternate"))
        return " · ".join(parts)

    def _update_enabled(self) -> None:
        has_name = bool(self.name.currentText().strip())
        selected = self.selected()
        self.action_set.enable(has_name and self.profile.count() > 0, "add_phase")
        self.action_set.enable(has_name and selected is not None, "apply_to_phase")
        self.action_set.enable(selected is not None, "up", "down", "remove_phase")
        self.action_set.enable(self.chosen_profile() is not None, "edit_profile")

    # Actions -----------------------------------------------------------------------------

    def add_phase(self) -> None:
        profile, name = self.chosen_profile(), self.name.currentText()
        if profile is None or not name.strip():
            return
        added = self.operations.write(self, lambda: agenda.add_phase(self.db, self.session_id, name, profile.id))
        self.message.clear()
        self.reload(added)

    def apply_to_phase(self) -> None:
        item, profile, name = self.selected(), self.chosen_profile(), self.name.currentText()
        if item is None or profile is None:
            return
        self.operations.write(self, lambda: agenda.update_phase(self.db, item.id, name, profile.id))
        self.reload(item.id)

    def move_phase(self, step: int) -> None:
        item = self.selected()
        if item is not None and self.operations.write(self, lambda: agenda.move_phase(self.db, item.id, step)):
            self.reload(item.id)

    def remove_phase(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            self.operations.write(self, lambda: agenda.remove_phase(self.db, item.id))
        except PhaseInUse:
            self.message.setText(
                self.tr('"{name}" already has speaking turns: it stays on the agenda (the report needs it).').format(
                    name=item.name
                )
            )
            return
        self.message.clear()
        self.reload()

    def new_profile(self) -> None:
        current = self.chosen_profile()
        dialog = ProfileDialog("", current.discipline if current else Discipline(), self)
        accepted, name, discipline = dialog.exec(), dialog.profile_name(), dialog.discipline()
        dialog.deleteLater()
        if accepted:
            saved = self.operations.write(
                self, lambda: agenda.save_profile(self.db, self.assembly_id, name, discipline)
            )
            self.profile.blockSignals(True)
            self.profile.addItem("", saved)
            self.profile.setCurrentIndex(self.profile.count() - 1)
            self.profile.blockSignals(False)
            self.reload(self._selected_id())

    def edit_profile(self) -> None:
        profile = self.chosen_profile()
        if profile is None:
            return
        dialog = ProfileDialog(profile.name, profile.discipline, self)
        accepted, name, discipline = dialog.exec(), dialog.profile_name(), dialog.discipline()
        dialog.deleteLater()
        if accepted:
            self.operations.write(
                self, lambda: agenda.save_profile(self.db, self.assembly_id, name, discipline, profile.id)
            )
            self.reload(self._selected_id())

    def _selected_id(self) -> uuid.UUID | None:
        item = self.selected()
        return item.id if item else None
