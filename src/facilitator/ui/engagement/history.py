"""The attendance history: one row per person, one column per run session, searchable.

A mark per session (✓ present, ½ half a day, ◦ came briefly, ✗ absent, blank when the session
did not concern the person), its times in the tooltip, and each person's rate.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.engagement import Cell, History, Mark, SessionRecord
from facilitator.core.names import NameIndex, fold, search_text
from facilitator.core.participants import by_name
from facilitator.text.formats import day_and_month, long_date
from facilitator.ui.engagement.labels import MARK_SIGNS, cell_tooltip, percent, role_or_recruitment

_Index = QModelIndex | QPersistentModelIndex

MARK_COLOURS: dict[Mark, str] = {
    Mark.PRESENT: "#e3f4e1",
    Mark.LEFT_EARLY: "#fff1c9",
    Mark.ARRIVED_LATE: "#fff1c9",
    Mark.BRIEFLY: "#fff1c9",
    Mark.ABSENT: "#fbe0e0",
}
_MARK_RANK = {mark: rank for rank, mark in enumerate(Mark)}


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    RATE = 2


FIRST_SESSION = len(Column)
SESSION_WIDTH = 84


def _search_text(history: History) -> str:
    person = history.participant
    return search_text(person.details.first_name, person.details.last_name, str(person.badge_number))


class HistoryModel(QAbstractTableModel):
    """People × run sessions; the name search narrows rows, never recomputes cells."""

    def __init__(self) -> None:
        super().__init__()
        self._histories: list[History] = []
        self._sessions: list[SessionRecord] = []
        self._with_year = False
        self._index = NameIndex([])
        self._order: list[int] = []
        self._visible: list[int] = []
        self._query = ""
        self._sort = (int(Column.NAME), Qt.SortOrder.AscendingOrder)
        self._headers = {
            Column.NAME: self.tr("Name"),
            Column.ROLE: self.tr("Role or recruitment"),
            Column.RATE: self.tr("Rate"),
        }

    def set_histories(self, histories: list[History], sessions: list[SessionRecord]) -> None:
        self.beginResetModel()
        self._histories = histories
        self._sessions = sessions
        self._with_year = len({session.date.year for session in sessions}) > 1
        self._index = NameIndex([_search_text(history) for history in histories])
        self._order = self._sorted_order()
        self._visible = self._index.matches(self._query, self._order)
        self.endResetModel()

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self._query = query
        self._visible = self._index.matches(query, self._order)
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._histories)

    def history_at(self, row: int) -> History:
        return self._histories[self._visible[row]]

    # Sorting -----------------------------------------------------------------------------

    def _sort_key(self, column: int, history: History) -> tuple[Any, ...]:
        name = by_name(history.participant)
        if column == Column.ROLE:
            return (fold(role_or_recruitment(history.participant)), name)
        if column == Column.RATE:
            return (-1.0 if history.rate is None else history.rate, name)
        if column >= FIRST_SESSION:
            cell = history.by_session.get(self._sessions[column - FIRST_SESSION].id)
            return (len(Mark) if cell is None else _MARK_RANK[cell.mark], name)
        return name

    def _sorted_order(self) -> list[int]:
        column, order = self._sort
        return sorted(
            range(len(self._histories)),
            key=lambda i: self._sort_key(column, self._histories[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order = self._sorted_order()
        self._visible = self._index.matches(self._query, self._order)
        self.layoutChanged.emit()

    # Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_SESSION + len(self._sessions)

    def _cell(self, index: _Index) -> Cell | None:
        history = self.history_at(index.row())
        return history.by_session.get(self._sessions[index.column() - FIRST_SESSION].id)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        column = index.column()
        if column < FIRST_SESSION:
            return self._person_data(self.history_at(index.row()), Column(column), role)
        cell = self._cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return MARK_SIGNS[cell.mark]
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(MARK_COLOURS[cell.mark])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _person_data(self, history: History, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            details = history.participant.details
            if column == Column.NAME:
                return f"{details.last_name} {details.first_name}"
            if column == Column.ROLE:
                return role_or_recruitment(history.participant)
            return percent(history.rate)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.RATE:
            return self.tr("Sessions attended: {attended} of {counted}").format(
                attended=history.attended, counted=history.counted
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.RATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section < FIRST_SESSION:
            return self._headers[Column(section)] if role == Qt.ItemDataRole.DisplayRole else None
        session = self._sessions[section - FIRST_SESSION]
        if role == Qt.ItemDataRole.DisplayRole:
            return day_and_month(session.date, with_year=self._with_year)
        if role == Qt.ItemDataRole.ToolTipRole:
            return " — ".join(part for part in (long_date(session.date), session.title) if part)
        return None


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.table = QTableView()
        self.table.setObjectName("history")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.legend = QLabel(
            self.tr(
                "✓ present · ½ half a day (arrived late or left early) · ◦ came briefly · ✗ absent · "
                "blank: not expected at that session"
            )
        )
        self.legend.setObjectName("hint")
        self.legend.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.search.textChanged.connect(self._filter)

    def show_histories(self, histories: list[History], sessions: list[SessionRecord]) -> None:
        self.model.set_histories(histories, sessions)
        for column in Column:
            self.table.resizeColumnToContents(column)
        header = self.table.horizontalHeader()
        for session_column in range(FIRST_SESSION, self.model.columnCount()):
            header.resizeSection(session_column, SESSION_WIDTH)
        self._show_count()

    def _filter(self, query: str) -> None:
        self.model.set_query(query)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count.setText(self.tr("%n person(s)", "", total))
        else:
            self.count.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))
