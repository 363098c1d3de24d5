"""Creating a session (séance): its date, title, place, and who is expected."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from facilitator.services.assemblies import SubBodySummary
from facilitator.ui.common.forms import ok_cancel


class NewSessionDialog(QDialog):
    def __init__(self, sub_bodies: list[SubBodySummary], day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session"))
        self.date = QDateEdit(QDate(day))
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd dd/MM/yyyy")
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("e.g. Séance plénière"))
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.place.setPlaceholderText(self.tr("e.g. Salle des fêtes"))
        self.expected = QComboBox()
        self.expected.addItem(self.tr("The whole assembly"), None)
        for sub_body in sub_bodies:
            self.expected.addItem(self.tr("{name} only").format(name=sub_body.name), sub_body.id)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Expected"), self.expected)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))

    def chosen_date(self) -> dt.date:
        return self.date.date().toPython()  # type: ignore[return-value]

    def sub_body_id(self) -> uuid.UUID | None:
        return self.expected.currentData()
