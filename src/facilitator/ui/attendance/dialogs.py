"""The desk's two small forms: a walk-in volunteer, and a correction with its note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.attendance.badges import looks_like_badge
from facilitator.core.attendance.presence import EventKind
from facilitator.core.fields import Field, parse_fields
from facilitator.core.names import tidy
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.text.messages import gender_label, problem_text
from facilitator.ui.common.forms import ok_cancel, python_time


def guess_names(typed: str) -> tuple[str, str]:
    """First and last name from what the agent typed in the search field: desks type the last
    name first ("martin paul"), as on the roster."""
    words = tidy(typed).split(" ")
    if not words or not words[0]:
        return "", ""
    last, first = words[0], " ".join(words[1:])
    return first.title(), last.title()


class WalkInDialog(QDialog):
    """A volunteer who is not on the roster: names, gender and a phone number, nothing more;
    an agent completes the record later (it is flagged for review)."""

    def __init__(self, typed: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._details: ParticipantDetails | None = None
        self.setWindowTitle(self.tr("Walk-in volunteer"))
        first, last = guess_names(typed)
        self.first_name = QLineEdit(first)
        self.first_name.setObjectName("firstName")
        self.last_name = QLineEdit(last)
        self.last_name.setObjectName("lastName")
        self.gender = QComboBox()
        self.gender.setObjectName("gender")
        for gender in Gender:
            self.gender.addItem(gender_label(gender), gender)
        self.gender.setCurrentIndex(self.gender.findData(Gender.UNSPECIFIED))
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setWordWrap(True)
        self.errors.hide()
        explanation = QLabel(
            self.tr("They are signed in at once as a volunteer resident; their record is marked to be reviewed.")
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("First name *"), self.first_name)
        form.addRow(self.tr("Last name *"), self.last_name)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Phone"), self.phone)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel(self))
        (self.last_name if first and not last else self.first_name).setFocus()

    def accept(self) -> None:
        scanned = [field for field in (self.first_name, self.last_name) if looks_like_badge(field.text())]
        if scanned:
            self.errors.setText(self.tr("This is a badge that was scanned, not a name: type the person's name."))
            self.errors.show()
            for field in scanned:
                field.clear()
            scanned[0].setFocus()
            return
        texts = {Field.FIRST_NAME: self.first_name.text(), Field.LAST_NAME: self.last_name.text()}
        texts[Field.PHONE] = self.phone.text()
        parsed = parse_fields(texts, self._today.year)
        if parsed.errors:
            self.errors.setText("\n".join(f"• {problem_text(error.problem)}" for error in parsed.errors))
            self.errors.show()
            return
        self._details = ParticipantDetails(
            **parsed.values, role=Role.CITIZEN, gender=Gender(self.gender.currentData()), to_review=True
        )
        super().accept()

    def details(self) -> ParticipantDetails:
        assert self._details is not None, "details() is only meaningful once the dialog was accepted"
        return self._details


class CorrectionDialog(QDialog):
    """A forgotten arrival or an early departure, at the time it happened, with a note."""

    def __init__(self, name: str, default_time: dt.time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct the attendance of {name}").format(name=name))
        self.arrival = QRadioButton(self.tr("Forgotten arrival"))
        self.arrival.setObjectName("arrival")
        self.departure = QRadioButton(self.tr("Departure (left early, not recorded)"))
        self.departure.setObjectName("departure")
        self.arrival.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.arrival)
        kinds.addButton(self.departure)
        self.time = QTimeEdit(QTime(default_time.hour, default_time.minute))
        self.time.setObjectName("time")
        self.time.setDisplayFormat("HH:mm")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("e.g. signed the paper sheet at the door"))
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.hide()
        choice = QHBoxLayout()
        choice.addWidget(self.arrival)
        choice.addWidget(self.departure)
        form = QFormLayout()
        form.addRow(self.tr("What"), choice)
        form.addRow(self.tr("At"), self.time)
        form.addRow(self.tr("Why *"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel(self))
        self.time.setFocus()

    def accept(self) -> None:
        if not tidy(self.note.text()):
            self.errors.setText(self.tr("Say why (the note is kept with the correction)."))
            self.errors.show()
            self.note.setFocus()
            return
        super().accept()

    def kind(self) -> EventKind:
        return EventKind.ARRIVAL if self.arrival.isChecked() else EventKind.DEPARTURE

    def chosen_time(self) -> dt.time:
        return python_time(self.time.time())
