"""The roster table as the workspace shows it (also what the filtering benchmark measures)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from facilitator.ui.roster.table_model import Column, ParticipantsModel

COLUMN_WIDTHS = {
    Column.BADGE: 48,
    Column.LAST_NAME: 130,
    Column.FIRST_NAME: 110,
    Column.ROLE: 130,
    Column.GENDER: 80,
    Column.BIRTH_YEAR: 84,
    Column.NEIGHBOURHOOD: 110,
    Column.RECRUITMENT: 115,
    Column.SUB_BODIES: 170,
}


class RosterTable(QTableView):
    """Sortable, one row per person, read-only; fixed row heights so that ten thousand rows
    cost nothing to lay out."""

    def __init__(self, model: ParticipantsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.LAST_NAME, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # two rows: to merge
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
