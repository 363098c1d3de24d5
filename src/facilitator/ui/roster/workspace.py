"""The Participants workspace: search and filter the roster, see, add, change, remove, import."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.app.runtime import Runtime
from facilitator.core.names import fold
from facilitator.core.participants import Participant, Role
from facilitator.services.assemblies.assemblies import list_sub_bodies
from facilitator.services.roster import participants as participant_service
from facilitator.store.database import Database
from facilitator.text.messages import recruitment_label, role_label
from facilitator.ui.common.problems import attempt
from facilitator.ui.common.shortcuts import bind_keys
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.roster.detail import ParticipantDetailPanel
from facilitator.ui.roster.edit_dialog import ParticipantDialog
from facilitator.ui.roster.import_wizard import ImportWizard
from facilitator.ui.roster.table_model import Filter, ParticipantsModel
from facilitator.ui.roster.table_view import RosterTable


class RosterWorkspace(Workspace):
    """Shows one assembly's roster; ``changed`` is emitted after every write."""

    def __init__(self, runtime: Runtime, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(runtime, db, parent)
        self.model = ParticipantsModel()
        self._build()
        self._connect()

    # Layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search a name or a badge number (Ctrl+F)"))
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
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add a participant (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.setToolTip(self.tr("Change the selected participant (Enter)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected participant (Del)"))
        self.import_button = QPushButton(self.tr("Import a roster…"))
        self.import_button.setToolTip(self.tr("Import a CSV or XLSX file (Ctrl+I)"))

        self.table = RosterTable(self.model)
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
        for button in (self.add_button, self.edit_button, self.remove_button, self.import_button):
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
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button.clicked.connect(self.add_participant)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_roster)
        bind_keys(
            self,
            (
                (QKeySequence.StandardKey.Find, self.search.setFocus),
                (QKeySequence.StandardKey.New, self.add_participant),
            ),
        )
        table_keys = [(key, self.edit_selected) for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)]
        bind_keys(self.table, [(QKeySequence.StandardKey.Delete, self.remove_selected), *table_keys])
        self.search.returnPressed.connect(self._focus_first_row)
        self._update_buttons()

    # Data --------------------------------------------------------------------------------

    def open_assembly(self, assembly_id: uuid.UUID) -> None:
        """Show another assembly's roster, with every filter back to "all"."""
        self.assembly_id = assembly_id
        self._reset_filters()
        self.reload()

    def set_database(self, db: Database) -> None:
        """Work on another database file: nothing of the previous one stays on screen."""
        self.db = db
        self.assembly_id = None
        self._reset_filters()
        self.model.set_people([], self._current_filter())
        self._fill_sub_body_filter([])
        self._update_count()
        self._selection_changed()

    def _reset_filters(self) -> None:
        for widget in (self.search, self.role_filter, self.sub_body_filter, self.recruitment_filter):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.role_filter, self.sub_body_filter, self.recruitment_filter):
            combo.setCurrentIndex(0)
        for widget in (self.search, self.role_filter, self.sub_body_filter, self.recruitment_filter):
            widget.blockSignals(False)

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the roster again (after any change), keeping or setting the selection."""
        if self.assembly_id is None:
            return
        assembly_id = self.assembly_id
        selected = select or (self.selected().id if self.selected() else None)
        people = attempt(self, lambda: participant_service.list_participants(self.db, assembly_id))
        sub_bodies = attempt(self, lambda: list_sub_bodies(self.db, assembly_id))
        if people is None or sub_bodies is None:
            return
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
                self.tr("Nobody in this assembly yet: add people one by one (Ctrl+N) or import a roster (Ctrl+I).")
            )
        else:
            self.empty.setText(self.tr("Nobody matches this search and these filters."))
        self.empty.setVisible(shown == 0)

    # Selection ---------------------------------------------------------------------------

    def selected(self) -> Participant | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.participant_at(rows[0].row()) if rows else None

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
        has_assembly = self.assembly_id is not None
        has_selection = self.selected() is not None
        self.add_button.setEnabled(has_assembly)
        self.import_button.setEnabled(has_assembly)
        self.edit_button.setEnabled(has_selection)
        self.remove_button.setEnabled(has_selection)

    # Actions -----------------------------------------------------------------------------

    def _dialog(self, current: Participant | None) -> ParticipantDialog | None:
        """The edit form, offering the sub-bodies and every neighbourhood already in the roster."""
        assert self.assembly_id is not None
        assembly_id = self.assembly_id
        sub_bodies = attempt(self, lambda: list_sub_bodies(self.db, assembly_id))
        if sub_bodies is None:
            return None
        neighbourhoods = sorted(self.model.neighbourhoods(), key=fold)
        return ParticipantDialog(
            [s.name for s in sub_bodies], neighbourhoods, current.details if current else None, self
        )

    def add_participant(self) -> None:
        if self.assembly_id is None:
            return
        dialog = self._dialog(None)
        if dialog is None or not dialog.exec():
            return
        assembly_id, details = self.assembly_id, dialog.details()
        added = attempt(self, lambda: participant_service.add_participant(self.db, assembly_id, details))
        if added is not None:
            self._after_write(
                self.tr("{name} added, badge number {badge}.").format(
                    name=details.display_name, badge=added.badge_number
                ),
                added.id,
            )

    def edit_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        dialog = self._dialog(person)
        if dialog is None or not dialog.exec():
            return
        details = dialog.details()
        changed = attempt(self, lambda: participant_service.update_participant(self.db, person.id, details))
        if changed:
            self._after_write(self.tr("Changes to {name} saved.").format(name=details.display_name), person.id)

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
        removed = attempt(self, lambda: participant_service.remove_participant(self.db, person.id))
        if removed is not None:
            self._after_write(self.tr("{name} removed.").format(name=person.details.display_name))

    def import_roster(self) -> None:
        if self.assembly_id is None:
            return
        wizard = ImportWizard(self.runtime, self.db, self.assembly_id, self)
        wizard.exec()
        result = wizard.result
        wizard.deleteLater()
        if result is not None:
            self._after_write(self.tr("%n person(s) imported.", "", len(result.created)))

    def _after_write(self, message: str, select: uuid.UUID | None = None) -> None:
        self.reload(select)
        self.status.emit(message)
        self.changed.emit()
