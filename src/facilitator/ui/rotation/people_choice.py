"""A combo box of the people in the room: type a few letters of the name, Enter chooses."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from facilitator.core.participants import Participant
from facilitator.ui.common.forms import combo_row


class PeopleChoice(QComboBox):
    def __init__(
        self,
        people: Sequence[Participant],
        blank: str | None = None,
        parent: QWidget | None = None,
        absent: Sequence[Participant] = (),
    ) -> None:
        """``absent``: people listed although not in the room (a host chosen before), marked so."""
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if blank is not None:
            self.addItem(blank, None)
        for person in people:
            self.addItem(self._label(person, self.tr("No. {number}")), person.id)
        for person in absent:
            self.addItem(self._label(person, self.tr("not in the room")), person.id)
        completer = self.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMinimumContentsLength(24)

    @staticmethod
    def _label(person: Participant, note: str) -> str:
        details = person.details
        return f"{details.last_name} {details.first_name} — {note.format(number=person.badge_number)}"

    def chosen(self) -> uuid.UUID | None:
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else None

    def choose(self, person_id: uuid.UUID | None) -> None:
        self.setCurrentIndex(max(combo_row(self, person_id), 0))
