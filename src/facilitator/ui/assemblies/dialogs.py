"""Creating an assembly."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.app.clock import local_now
from facilitator.ui.common.forms import ok_cancel, python_date


class NewAssemblyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        today = today or local_now().date()
        self.setWindowTitle(self.tr("New assembly"))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("e.g. Assemblée citoyenne de Villebrune"))
        self.municipality = QLineEdit()
        self.has_mandate = QCheckBox(self.tr("The mandate has set dates"))
        self.mandate_start = QDateEdit(QDate(today.year, today.month, 1))
        self.mandate_end = QDateEdit(QDate(today.year + 1, today.month, 1))
        for edit in (self.mandate_start, self.mandate_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
            self.has_mandate.toggled.connect(edit.setEnabled)
        self.error = QLabel()
        self.error.setObjectName("errors")
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Municipality"), self.municipality)
        form.addRow("", self.has_mandate)
        form.addRow(self.tr("Mandate from"), self.mandate_start)
        form.addRow(self.tr("to"), self.mandate_end)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def mandate(self) -> tuple[dt.date | None, dt.date | None]:
        if not self.has_mandate.isChecked():
            return None, None
        return python_date(self.mandate_start.date()), python_date(self.mandate_end.date())

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Give the assembly a name."))
            self.name.setFocus()
            return
        start, end = self.mandate()
        if start and end and end <= start:
            self.error.setText(self.tr("The mandate must end after it starts."))
            return
        super().accept()
