"""Pieces every form needs."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLayout,
    QVBoxLayout,
    QWidget,
)


class Stretch:
    """The room left in a row or a column: what follows it goes to the far end."""


STRETCH = Stretch()

Box = TypeVar("Box", bound=QBoxLayout)
Part = QWidget | QLayout
Item = Part | tuple[Part, int] | Stretch
"""A widget or a layout, with its stretch factor when it is to grow, or ``STRETCH``."""


def _laid_out(box: Box, items: tuple[Item, ...]) -> Box:
    for item in items:
        if isinstance(item, Stretch):
            box.addStretch(1)
            continue
        part, stretch = item if isinstance(item, tuple) else (item, 0)
        if isinstance(part, QLayout):
            box.addLayout(part, stretch)
        else:
            box.addWidget(part, stretch)
    return box


def row_of(*items: Item) -> QHBoxLayout:
    """Widgets and layouts side by side: ``row_of(label, (field, 1), button)``."""
    return _laid_out(QHBoxLayout(), items)


def column_of(*items: Item) -> QVBoxLayout:
    """Widgets and layouts one under the other: ``column_of((table, 1), row_of(ok, STRETCH, more))``."""
    return _laid_out(QVBoxLayout(), items)


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
