"""Keyboard shortcuts of a workspace: active while focus is in it (or in ``owner``), so that two
workspaces built side by side may use the same keys without Qt calling them ambiguous."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Key = str | QKeySequence | QKeySequence.StandardKey | Qt.Key


def bind_keys(
    owner: QWidget,
    keys: Iterable[tuple[Key, Callable[[], object]]],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> None:
    for key, slot in keys:
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
