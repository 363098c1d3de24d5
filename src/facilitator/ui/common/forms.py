"""Pieces every form needs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel (in the platform's order) wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def sized_combo(name: str, characters: int) -> QComboBox:
    """A combo box as wide as ``characters`` whatever its items, so that a long session title or
    question does not push the buttons beside it out of the window; ``name`` is its object name."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setMinimumContentsLength(characters)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def combo_row(combo: QComboBox, value: object) -> int:
    """The row holding ``value``, -1 when none does (``findData`` compares Python objects by
    identity, and the ids of a fresh read are equal, not identical)."""
    return next((row for row in range(combo.count()) if combo.itemData(row) == value), -1)


def qt_date(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def python_date(day: QDate) -> dt.date:
    """A date edit's value as a Python date (``toPython`` is typed ``object`` in the stubs)."""
    return dt.date(day.year(), day.month(), day.day())


def qt_time(moment: dt.time) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second)


def python_time(moment: QTime) -> dt.time:
    """A time edit's value as a Python time, to the second."""
    return dt.time(moment.hour(), moment.minute(), moment.second())
