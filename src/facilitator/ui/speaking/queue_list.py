"""The speakers' queue as the facilitator sees it: one line per waiting request, in the order
the floor will be given, moved by drag and drop or by Ctrl+↑ / Ctrl+↓.

Both ways of moving go through the model's row move, so one signal carries the new order to
be recorded; the list is then filled again from the replayed floor, which may put a request
back where the rules want it (points of order stay first).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from facilitator.core.speaking.floor import Request
from facilitator.core.speaking.model import RequestKind
from facilitator.services.speaking.floor import FloorState
from facilitator.text.formats import elapsed_text
from facilitator.text.messages import refusal_text, request_kind_label, role_label

URGENT = (RequestKind.POINT_OF_ORDER, RequestKind.QUESTION)


class QueueList(QListWidget):
    reordered = Signal(list)
    """The waiting requests' ids in the order the facilitator just set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakingQueue")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.model().rowsMoved.connect(self._moved)

    def fill(self, state: FloorState, requests: list[Request], now: float, keep: uuid.UUID | None = None) -> None:
        """Show ``requests`` in order; the request ``keep`` (or the first) stays selected."""
        self.clear()
        for position, request in enumerate(requests, start=1):
            item = QListWidgetItem(self._describe(state, request, position, now))
            item.setData(Qt.ItemDataRole.UserRole, request)
            refusal = state.refusal(request, now) if request.participant in state.speakers else None
            if refusal is not None:
                item.setToolTip(refusal_text(refusal))
            if request.kind in URGENT:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.addItem(item)
        ids = self.request_ids()
        self.setCurrentRow(ids.index(keep) if keep in ids else 0 if ids else -1)

    def _describe(self, state: FloorState, request: Request, position: int, now: float) -> str:
        person = state.people.get(request.participant)
        name = person.details.display_name if person else self.tr("(someone removed from the roster)")
        parts = [f"{position}. {name}"]
        if person is not None:
            parts.append(role_label(person.details.role))
        if request.kind is not RequestKind.CONTRIBUTION:
            parts.append(request_kind_label(request.kind))
        spoken = state.floor.spoken(request.participant, request.phase, now)
        if spoken > 0:
            parts.append(self.tr("already spoke {time}").format(time=elapsed_text(spoken)))
        if request.participant in state.speakers and state.refusal(request, now) is not None:
            parts.append(self.tr("⚠ refused by the rules of the phase"))
        return " — ".join(parts)

    def request_ids(self) -> list[uuid.UUID]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole).id for row in range(self.count())]

    def selected_request(self) -> Request | None:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def move_selected(self, step: int) -> bool:
        """Move the selected request one place up (-1) or down (+1), as a drag would."""
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return False
        # The model moves a row to before ``destination``: one further when moving down.
        return self.model().moveRow(QModelIndex(), row, QModelIndex(), target + 1 if step > 0 else target)

    def _moved(
        self, _parent: QModelIndex | QPersistentModelIndex, _start: int, _end: int, _destination: object, _row: int
    ) -> None:
        self.reordered.emit(self.request_ids())
