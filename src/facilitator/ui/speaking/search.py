"""Finding who asks for the floor: a few letters of the name of someone present, as at the
sign-in desk (``DeskSearch``); the workspace's actions move through the matches and queue the
highlighted one (a contribution, or another kind of request from the menu)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QMenu, QWidget

from facilitator.core.attendance.desk import DeskSearch
from facilitator.core.participants import Participant
from facilitator.core.speaking.model import RequestKind
from facilitator.text.messages import request_kind_label

MENU_KINDS = (RequestKind.POINT_OF_ORDER, RequestKind.QUESTION, RequestKind.INTERVENTION, RequestKind.CONTRIBUTION)


class SpeakerSearch(QObject):
    """The search field, its matches and the menu of kinds; the workspace lays them out."""

    requested = Signal(object)
    """A ``RequestKind`` for the highlighted match (Enter: a contribution)."""
    matched = Signal()
    """The matches changed (the workspace's hint depends on them)."""

    def __init__(self, describe: Callable[[Participant], str], parent: QWidget) -> None:
        super().__init__(parent)
        self._describe = describe
        self._index = DeskSearch([])
        self.field = QLineEdit()
        self.field.setObjectName("speakingSearch")
        self.field.setStyleSheet("#speakingSearch { font-size: 16pt; padding: 4px; }")
        self.kind_menu = QMenu(parent)
        for kind in MENU_KINDS:
            action = self.kind_menu.addAction("&" + request_kind_label(kind))
            action.triggered.connect(lambda _checked=False, chosen=kind: self.requested.emit(chosen))
        self.results = QListWidget()
        self.results.setObjectName("speakingMatches")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setMaximumHeight(124)
        self.field.textChanged.connect(self.refresh)
        self.results.itemDoubleClicked.connect(lambda _item: self.requested.emit(RequestKind.CONTRIBUTION))

    def set_people(self, present: Sequence[Participant]) -> None:
        """Only the people present can be found: the others are not in the room to speak."""
        self._index = DeskSearch(present)
        self.refresh()

    def refresh(self) -> None:
        self.results.clear()
        for person in self._index.find(self.field.text(), set()):
            item = QListWidgetItem(self._describe(person))
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.matched.emit()

    def highlighted(self) -> Participant | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def unmatched(self) -> bool:
        """Something is typed and nobody present matches it."""
        return bool(self.field.text().strip()) and not self.results.count()

    def step(self, step: int) -> None:
        """Another match: the next one down (1) or up (-1)."""
        if self.results.count():
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)

    def choose_kind(self) -> None:
        """The menu of the other kinds of request, under the field."""
        self.kind_menu.popup(self.field.mapToGlobal(QPoint(0, self.field.height())))
