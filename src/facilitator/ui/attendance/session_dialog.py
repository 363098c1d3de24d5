"""Creating a session (séance): its date, slots and start, title, place, and who is expected."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.services.assemblies.assemblies import SubBodySummary
from facilitator.services.assemblies.sessions import DEFAULT_START
from facilitator.ui.common.forms import ok_cancel, python_date, python_time, qt_date, qt_time


class NewSessionDialog(QDialog):
    def __init__(self, sub_bodies: list[SubBodySummary], day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session"))
        self.date = QDateEdit(qt_date(day))
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd dd/MM/yyyy")
        self.morning = QCheckBox(self.tr("Morning"))
        self.morning.setObjectName("morning")
        self.morning.setChecked(True)
        self.afternoon = QCheckBox(self.tr("Afternoon"))
        self.afternoon.setObjectName("afternoon")
        self.afternoon.setChecked(True)
        self.starts_at = QTimeEdit(qt_time(DEFAULT_START))
        self.starts_at.setObjectName("startsAt")
        self.starts_at.setDisplayFormat("HH:mm")
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
        slots = QHBoxLayout()
        slots.addWidget(self.morning)
        slots.addWidget(self.afternoon)
        slots.addStretch(1)
        form.addRow(self.tr("Slots"), slots)
        form.addRow(self.tr("Starts at"), self.starts_at)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Expected"), self.expected)
        self.error = QLabel()
        self.error.setObjectName("errors")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))

    def accept(self) -> None:
        if not (self.morning.isChecked() or self.afternoon.isChecked()):
            self.error.setText(self.tr("Tick the morning, the afternoon or both."))
            self.error.show()
            self.morning.setFocus()
            return
        super().accept()

    def chosen_date(self) -> dt.date:
        return python_date(self.date.date())

    def chosen_start(self) -> dt.time:
        return python_time(self.starts_at.time())

    def sub_body_id(self) -> uuid.UUID | None:
        return self.expected.currentData()
