"""Pieces every form needs."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel (in the platform's order) wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def combo_row(combo: QComboBox, value: object) -> int:
    """The row holding ``value``, -1 when none does (``findData`` compares Python objects by
    identity, and the ids of a fresh read are equal, not identical)."""
    return next((row for row in range(combo.count()) if combo.itemData(row) == value), -1)
