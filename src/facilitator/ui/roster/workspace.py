"""The Participants workspace: search and filter the roster, see, add, change, remove, import."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelection
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.app.runtime import Runtime
from facilitator.core.changes import Change
from facilitator.core.names import fold
from facilitator.core.participants import Participant, Role
from facilitator.services.assemblies.assemblies import list_sub_bodies
from facilitator.services.roster import participants as participant_service
from facilitator.store.database import Database
from facilitator.text.messages import recruitment_label, role_label
from facilitator.ui.common.actions import Action, ActionSet
from facilitator.ui.common.operations import Operations, read
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.roster.detail import ParticipantDetailPanel
from facilitator.ui.roster.edit_dialog import ParticipantDialog
from facilitator.ui.roster.import_wizard import ImportWizard
from facilitator.ui.roster.merging import merge_records
from facilitator.ui.roster.table_model import Filter, ParticipantsModel
from facilitator.ui.roster.table_view import RosterTable


class RosterWorkspace(Workspace):
    """Shows one assembly's roster."""

    shows = Change.ROSTER | Change.ASSEMBLIES

    def __init__(self, runtime: Runtime, db: Database, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(runtime, db, operations, parent)
        self.model = ParticipantsModel()
        self._build()
        self._connect()

    # Layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")

        self.search.setClearButtonEnabled(True)
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in Role:
            self.role_filter.addItem(role_label(role), role)
        self.sub_body_filter = QComboBox()
        self.recruitment_filter = QComboBox()
        self.recruitment_filter.addItem(self.tr("Drawn and volunteers"), None)
        self.recruitment_filter.addItem(recruitment_label(True), True)
        self.recruitment_filter.addItem(recruitment_label(False), False)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.table = RosterTable(self.model)
        self.action_set = ActionSet(
            self,
            [
                Action("find", self.tr("Search"), self.search.setFocus, (QKeySequence.StandardKey.Find,)),
                Action(
                    "to_table", self.tr("To the table"), self._focus_first_row, ("Return", "Enter"), within=self.search
                ),
                Action(
                    "add",
                    self.tr("Add…"),
                    self.add_participant,
                    (QKeySequence.StandardKey.New,),
                    tip=self.tr("Add a participant"),
                ),
                Action(
                    "edit",
                    self.tr("Change…"),
                    self.edit_selected,
                    ("Return", "Enter", "F2"),
                    within=self.table,
                    tip=self.tr("Change the selected participant"),
                ),
                Action(
                    "remove",
                    self.tr("Remove"),
                    self.remove_selected,
                    (QKeySequence.StandardKey.Delete,),
                    within=self.table,
                    tip=self.tr("Remove the selected participant"),
                ),
                Action(
                    "import", self.tr("Import a roster…"), self.import_roster, tip=self.tr("Import a CSV or XLSX file")
                ),
                Action(
                    "merge",
                    self.tr("Merge these two records…"),
                    self.merge_selected,
                    tip=self.tr("One person registered twice (at two desks): keep one record"),
                ),
            ],
        )
        self.search.setPlaceholderText(
            self.tr("Search a name or a badge number ({key})").format(key=self.action_set.key_text("find"))
        )
        self.add_button = self.action_set.button("add")
        self.edit_button = self.action_set.button("edit")
        self.remove_button = self.action_set.button("remove")
        self.import_button = self.action_set.button("import")
        self.merge_button = self.action_set.button("merge")

        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.detail = ParticipantDetailPanel()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.role_filter)
        filters.addWidget(self.sub_body_filter)
        filters.addWidget(self.recruitment_filter)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for button in (self.add_button, self.edit_button, self.remove_button, self.merge_button, self.import_button):
            actions.addWidget(button)
        table_area = QWidget()
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.empty)
        table_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(table_area)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._apply_filter)
        for combo in (self.role_filter, self.sub_body_filter, self.recruitment_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.action_set.slot(lambda _index: self.edit_selected()))
        self._update_buttons()

    # Data --------------------------------------------------------------------------------

    def open_assembly(self, assembly_id: uuid.UUID | None) -> None:
        """Show another assembly's roster (none: nothing), with every filter back to "all"."""
        self.assembly_id = assembly_id
        self._reset_filters()
        self.reload()

    def _reset_filters(self) -> None:
        for widget in (self.search, self.role_filter, self.sub_body_filter, self.recruitment_filter):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.role_filter, self.sub_body_filter, self.recruitment_filter):
            combo.setCurrentIndex(0)
        for widget in (self.search, self.role_filter, self.sub_body_filter, self.recruitment_filter):
            widget.blockSignals(False)

    def main_field(self) -> QWidget:
        return self.search

    def load(self) -> None:
        """Read the roster again, keeping the selection."""
        assembly_id = self.assembly_id
        chosen = self.selected()
        selected = chosen.id if chosen else None
        people = read(self, lambda: participant_service.list_participants(self.db, assembly_id)) if assembly_id else []
        sub_bodies = read(self, lambda: list_sub_bodies(self.db, assembly_id)) if assembly_id else []
        self._fill_sub_body_filter([sub_body.name for sub_body in sub_bodies])
        self.model.set_people(people, self._current_filter())
        self._update_count()
        if selected is not None:
            self.select(selected)
        self._selection_changed()

    def _fill_sub_body_filter(self, names: list[str]) -> None:
        current = self.sub_body_filter.currentData()
        self.sub_body_filter.blockSignals(True)
        self.sub_body_filter.clear()
        self.sub_body_filter.addItem(self.tr("All sub-bodies"), None)
        for name in names:
            self.sub_body_filter.addItem(name, name)
        index = self.sub_body_filter.findData(current)
        self.sub_body_filter.setCurrentIndex(max(index, 0))
        self.sub_body_filter.blockSignals(False)
        self.sub_body_filter.setVisible(bool(names))

    def _current_filter(self) -> Filter:
        role = self.role_filter.currentData()
        return Filter(
            query=self.search.text(),
            role=Role(role) if role else None,  # Qt hands enum members back as plain strings
            sub_body=self.sub_body_filter.currentData(),
            drawn=self.recruitment_filter.currentData(),
        )

    def _apply_filter(self) -> None:
        selected = self.selected()
        self.model.set_filter(self._current_filter())
        self._update_count()
        if selected is not None:
            self.select(selected.id)
        self._selection_changed()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count.setText(self.tr("%n participant(s)", "", total))
        else:
            self.count.setText(self.tr("{shown} of {total} participants").format(shown=shown, total=total))
        if total == 0:
            self.empty.setText(
                self.tr("Nobody in this assembly yet: add people one by one ({key}) or import a roster file.").format(
                    key=self.action_set.key_text("add")
                )
            )
        else:
            self.empty.setText(self.tr("Nobody matches this search and these filters."))
        self.empty.setVisible(shown == 0)

    # Selection ---------------------------------------------------------------------------

    def selected(self) -> Participant | None:
        """The one person selected (None when none, or several)."""
        chosen = self.selected_people()
        return chosen[0] if len(chosen) == 1 else None

    def selected_people(self) -> list[Participant]:
        return [self.model.participant_at(index.row()) for index in self.table.selectionModel().selectedRows()]

    def select(self, participant_id: uuid.UUID) -> None:
        row = self.model.row_of(participant_id)
        if row is None:
            self.table.clearSelection()
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _focus_first_row(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    def _selection_changed(self, *_args: QItemSelection) -> None:
        self.detail.show_participant(self.selected())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.action_set.enable(self.assembly_id is not None, "add", "import")
        self.action_set.enable(self.selected() is not None, "edit", "remove")
        self.action_set.enable(len(self.selected_people()) == 2, "merge")

    # Actions -----------------------------------------------------------------------------

    def _dialog(self, current: Participant | None) -> ParticipantDialog:
        """The edit form, offering the sub-bodies and every neighbourhood already in the roster."""
        assert self.assembly_id is not None
        assembly_id = self.assembly_id
        sub_bodies = read(self, lambda: list_sub_bodies(self.db, assembly_id))
        neighbourhoods = sorted(self.model.neighbourhoods(), key=fold)
        return ParticipantDialog(
            [s.name for s in sub_bodies], neighbourhoods, current.details if current else None, self
        )

    def add_participant(self) -> None:
        if self.assembly_id is None:
            return
        dialog = self._dialog(None)
        if not dialog.exec():
            return
        assembly_id, details = self.assembly_id, dialog.details()
        added = self.operations.write(self, lambda: participant_service.add_participant(self.db, assembly_id, details))
        self.select(added.id)
        self.status.emit(
            self.tr("{name} added, badge number {badge}.").format(name=details.display_name, badge=added.badge_number)
        )

    def edit_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        dialog = self._dialog(person)
        if not dialog.exec():
            return
        details = dialog.details()
        if self.operations.write(self, lambda: participant_service.update_participant(self.db, person.id, details)):
            self.select(person.id)
            self.status.emit(self.tr("Changes to {name} saved.").format(name=details.display_name))

    def remove_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove a participant"),
            self.tr("Remove {name} from the assembly? Their past attendance is kept.").format(
                name=person.details.display_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.operations.write(self, lambda: participant_service.remove_participant(self.db, person.id))
        self.status.emit(self.tr("{name} removed.").format(name=person.details.display_name))

    def merge_selected(self) -> None:
        people = self.selected_people()
        if len(people) != 2:
            return
        records = [(person.id, person.details.display_name, person.badge_number) for person in people]
        said = merge_records(self, self.db, self.operations, records)
        if said is not None:
            self.select(min(person.id for person in people))
            self.status.emit(said)

    def import_roster(self) -> None:
        if self.assembly_id is None:
            return
        wizard = ImportWizard(self.runtime, self.db, self.operations, self.assembly_id, self)
        wizard.exec()
        imported = wizard.imported
        wizard.deleteLater()
        if imported is not None:
            self.status.emit(self.tr("%n person(s) imported.", "", len(imported.created)))
