"""A combo box of the people in the room: type a few letters of the name, Enter chooses."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from facilitator.core.participants import Participant


class PeopleChoice(QComboBox):
    def __init__(self, people: list[Participant], blank: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if blank is not None:
            self.addItem(blank, None)
        for person in people:
            self.addItem(
                f"{person.details.last_name} {person.details.first_name} — n° {person.badge_number}", person.id
            )
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMinimumContentsLength(24)

    def chosen(self) -> uuid.UUID | None:
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else None

    def choose(self, person_id: uuid.UUID | None) -> None:
        self.setCurrentIndex(max(self.findData(person_id), 0))
