"""The tables of one round side by side: a box per table with who sits there.

A name in conflict (met before, two officials, a host away…) is highlighted with the reason
in its tooltip. People move by drag and drop onto another table, or from the keyboard: Space
marks someone, Space on someone at another table swaps the two, Ctrl+M moves to a table by
number. The grid only shows and asks: the workspace writes and reloads.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.participants import Participant

MIME = "application/x-facilitator-participant"
BOX_WIDTH = 172
"""The width a table's box needs for a full name: the grid fits as many columns as the room allows."""
CONFLICT = QColor("#f8d0d0")
MARKED = QColor("#cfe3ff")
ID_ROLE = Qt.ItemDataRole.UserRole


class PeopleList(QListWidget):
    """One table's people; drops a person dragged from another table."""

    dropped = Signal(object, int)
    """participant id, this table's index"""
    focused = Signal(object)

    def __init__(self, table: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setObjectName(f"table{table + 1}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        data.setData(MIME, str(items[0].data(ID_ROLE)).encode() if items else b"")
        return data

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """The seat is written by the workspace, which then shows the round again: Qt must not
        move the item itself."""
        payload = bytes(event.mimeData().data(MIME).data()).decode()
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if payload:
            self.dropped.emit(uuid.UUID(payload), self.table)

    def person(self, index: QModelIndex | None = None) -> uuid.UUID | None:
        item = self.currentItem() if index is None else self.item(index.row())
        return item.data(ID_ROLE) if item is not None else None


class TableBox(QFrame):
    def __init__(self, table: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableBox")
        self.title = QLabel()
        self.title.setObjectName("tableTitle")
        self.people = PeopleList(table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.people)
        layout.addStretch(1)


class TableGrid(QScrollArea):
    dropped = Signal(object, int)
    chosen = Signal()
    """The current person changed (the workspace updates its hint)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.inner = QWidget()
        self.grid = QGridLayout(self.inner)
        self.grid.setSpacing(8)
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setWidget(self.inner)
        self.boxes: list[TableBox] = []
        self.active: PeopleList | None = None
        """The table list where someone was last chosen."""
        self._columns = 0

    def set_table_count(self, count: int) -> None:
        if count == len(self.boxes):
            return
        for box in self.boxes:
            box.setParent(None)
            box.deleteLater()
        self.active = None
        self.boxes = [TableBox(index, self.inner) for index in range(count)]
        self._columns = 0
        self._arrange()
        for index, box in enumerate(self.boxes):
            box.people.dropped.connect(self.dropped)
            box.people.currentItemChanged.connect(lambda *_args, people=box.people: self._choose(people))
            box.people.focused.connect(self._choose)
            if index:
                QWidget.setTabOrder(self.boxes[index - 1].people, box.people)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """As many columns of tables as the width allows (the grid scrolls down, never sideways)."""
        columns = max(1, (self.viewport().width() - 8) // (BOX_WIDTH + 8))
        if columns == self._columns:
            return
        self._columns = columns
        for box in self.boxes:
            self.grid.removeWidget(box)
        for index, box in enumerate(self.boxes):
            self.grid.addWidget(box, index // columns, index % columns)

    def show_round(
        self,
        seats: dict[uuid.UUID, int],
        people: dict[uuid.UUID, Participant],
        titles: list[str],
        problems: dict[uuid.UUID, str],
        marked: uuid.UUID | None,
        hosts: dict[uuid.UUID, int],
    ) -> None:
        """Fill every table's list; ``problems`` gives the tooltip of each name in conflict."""
        self.set_table_count(len(titles))
        self._arrange()
        longest = max((sum(1 for t in seats.values() if t == index) for index in range(len(titles))), default=1)
        for index, box in enumerate(self.boxes):
            keep = box.people.person()
            box.people.blockSignals(True)
            box.people.clear()
            seated = [p for p, t in seats.items() if t == index]
            seated.sort(
                key=lambda p: (
                    hosts.get(p) != index,
                    people[p].details.last_name.casefold(),
                    people[p].details.first_name.casefold(),
                )
            )
            for person_id in seated:
                details = people[person_id].details
                text = details.display_name + ("  ★" if hosts.get(person_id) == index else "")
                if person_id in problems:
                    text = "⚠ " + text
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, person_id)
                if person_id in problems:
                    item.setBackground(QBrush(CONFLICT))
                    item.setToolTip(problems[person_id])
                if person_id == marked:
                    item.setBackground(QBrush(MARKED))
                box.people.addItem(item)
                if person_id == keep:
                    box.people.setCurrentItem(item)
            box.people.blockSignals(False)
            box.title.setText(titles[index])
            box.people.ensurePolished()
            row_height = box.people.sizeHintForRow(0) if box.people.count() else box.people.fontMetrics().height() + 2
            box.people.setFixedHeight(row_height * max(longest, 1) + 2 * box.people.frameWidth() + 4)
            box.setFixedWidth(BOX_WIDTH)

    def _choose(self, people: PeopleList) -> None:
        self.active = people
        self.chosen.emit()

    def current_person(self) -> uuid.UUID | None:
        """The person last chosen, by the keyboard or the mouse, in any table."""
        active = self.active
        return active.person() if active is not None else None

    def focus_person(self, person_id: uuid.UUID) -> None:
        for box in self.boxes:
            for row in range(box.people.count()):
                if box.people.item(row).data(ID_ROLE) == person_id:
                    box.people.setFocus()
                    box.people.setCurrentRow(row)
                    return

    def names(self, table: int) -> list[str]:
        people = self.boxes[table].people
        return [people.item(row).text() for row in range(people.count())]
