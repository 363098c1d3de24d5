"""The assemblies of the open database, with their sub-bodies and sessions."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.app.runtime import Runtime
from facilitator.core.changes import Change
from facilitator.services.assemblies.assemblies import (
    AssemblySummary,
    add_sub_body,
    create_assembly,
    list_assemblies,
    list_sub_bodies,
)
from facilitator.services.assemblies.sessions import list_sessions
from facilitator.store.database import Database
from facilitator.text.formats import long_date, session_label
from facilitator.ui.assemblies.dialogs import NewAssemblyDialog
from facilitator.ui.common.actions import Action, ActionSet
from facilitator.ui.common.forms import STRETCH, row_of
from facilitator.ui.common.operations import Operations, read
from facilitator.ui.common.workspace import Workspace


class AssembliesWorkspace(Workspace):
    """``open_requested`` carries the id of the assembly to work on."""

    open_requested = Signal(uuid.UUID)
    shows = Change.ASSEMBLIES | Change.SESSIONS | Change.ROSTER

    def __init__(self, runtime: Runtime, db: Database, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(runtime, db, operations, parent)
        self._assemblies: list[AssemblySummary] = []
        self._selected: uuid.UUID | None = None
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Assembly"), self.tr("Municipality"), self.tr("Participants"), self.tr("Sessions")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.action_set = ActionSet(
            self,
            [
                Action("new_assembly", self.tr("New assembly…"), self.new_assembly, (QKeySequence.StandardKey.New,)),
                Action("open_assembly", self.tr("Open the participants"), self._open_selected),
                Action("add_sub_body", self.tr("Add a sub-body…"), self.add_sub_body),
            ],
        )
        self.table.itemSelectionChanged.connect(self.action_set.slot(self._show_selected))
        self.table.itemActivated.connect(self.action_set.slot(lambda _item: self._open_selected()))
        self.new_button = self.action_set.button("new_assembly")
        self.open_button = self.action_set.button("open_assembly")
        self.open_button.setDefault(True)
        self.add_sub_body_button = self.action_set.button("add_sub_body")
        self.empty_hint = QLabel(self.tr("No assembly yet: create one, then import its roster."))
        self.empty_hint.setObjectName("hint")

        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.mandate = QLabel()
        self.sub_bodies = QListWidget()
        self.sub_bodies.setMaximumHeight(120)
        self.sessions = QListWidget()
        for listing in (self.sub_bodies, self.sessions):
            listing.setWordWrap(True)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sub_bodies_box = QGroupBox(self.tr("Sub-bodies"))
        sub_bodies_layout = QVBoxLayout(sub_bodies_box)
        sub_bodies_layout.addWidget(self.sub_bodies)
        sub_bodies_layout.addWidget(self.add_sub_body_button)
        sessions_box = QGroupBox(self.tr("Sessions"))
        QVBoxLayout(sessions_box).addWidget(self.sessions)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.title)
        details_layout.addWidget(self.mandate)
        details_layout.addWidget(sub_bodies_box)
        details_layout.addWidget(sessions_box, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_hint)
        left_layout.addLayout(row_of(self.new_button, STRETCH, self.open_button))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def main_field(self) -> QWidget:
        return self.table

    def load(self) -> None:
        selected, self._selected = self._selected or self.selected_id(), None
        assemblies = read(self, lambda: list_assemblies(self.db))
        self._assemblies = assemblies
        self.table.setRowCount(len(assemblies))
        for row, assembly in enumerate(assemblies):
            cells = [assembly.name, assembly.municipality, str(assembly.participants), str(assembly.sessions)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty_hint.setVisible(not assemblies)
        ids = [assembly.id for assembly in assemblies]
        if assemblies:
            self.table.selectRow(ids.index(selected) if selected in ids else 0)
        self._show_selected()

    def listed(self) -> list[AssemblySummary]:
        """The assemblies as last read."""
        return list(self._assemblies)

    def select(self, assembly_id: uuid.UUID) -> None:
        """Show ``assembly_id`` as the chosen one."""
        self._selected = assembly_id
        self.reload()

    def open_assembly(self, assembly_id: uuid.UUID | None) -> None:
        """The other workspaces open an assembly; this one lists them all."""

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return self._assemblies[rows[0].row()].id if rows else None

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        assembly = self._assemblies[rows[0].row()] if rows else None
        self.action_set.enable(assembly is not None, "open_assembly", "add_sub_body")
        self.sub_bodies.clear()
        self.sessions.clear()
        if assembly is None:
            self.title.clear()
            self.mandate.clear()
            return
        self.title.setText(assembly.name)
        if assembly.mandate_start and assembly.mandate_end:
            self.mandate.setText(
                self.tr("Mandate from {start} to {end}").format(
                    start=long_date(assembly.mandate_start, weekday=False),
                    end=long_date(assembly.mandate_end, weekday=False),
                )
            )
        else:
            self.mandate.clear()
        sub_bodies = read(self, lambda: list_sub_bodies(self.db, assembly.id))
        sessions = read(self, lambda: list_sessions(self.db, assembly.id))
        for sub_body in sub_bodies:
            self.sub_bodies.addItem(self.tr("{name} — %n member(s)", "", sub_body.members).format(name=sub_body.name))
        for session in sessions:
            text = session_label(session.date, session.title)
            if session.sub_body:
                text += " " + self.tr("({sub_body} only)").format(sub_body=session.sub_body)
            self.sessions.addItem(text)

    def _open_selected(self) -> None:
        assembly_id = self.selected_id()
        if assembly_id is not None:
            self.open_requested.emit(assembly_id)

    def new_assembly(self) -> None:
        dialog = NewAssemblyDialog(self)
        if not dialog.exec():
            return
        start, end = dialog.mandate()
        created = self.operations.write(
            self, lambda: create_assembly(self.db, dialog.name.text(), dialog.municipality.text(), start, end)
        )
        self.select(created)
        self.status.emit(self.tr("Assembly created."))

    def add_sub_body(self) -> None:
        assembly_id = self.selected_id()
        if assembly_id is None:
            return
        name, accepted = QInputDialog.getText(
            self, self.tr("Add a sub-body"), self.tr("Name (e.g. Groupe de proposition):")
        )
        if not accepted or not name.strip():
            return
        self.operations.write(self, lambda: add_sub_body(self.db, assembly_id, name))
