"""Answering a modal dialog the code under test opens (and waits on) as a user would."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

POLL_MS = 20
TIMEOUT_S = 10.0


def when_modal(
    qtbot: QtBot, handle: Callable[[Any], None], kind: type = QWidget, timeout: float = TIMEOUT_S
) -> list[str]:
    """Run ``handle`` on the next modal dialog (of ``kind``: another modal one may be open
    beneath it) once it is open; returns a list that records failures: an exception inside
    the handler, or no such dialog within ``timeout`` seconds (the polling then stops)."""
    problems: list[str] = []
    deadline = time.monotonic() + timeout

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if time.monotonic() < deadline:
                QTimer.singleShot(POLL_MS, poll)
            else:
                problems.append(f"no modal {kind.__name__} within {timeout} s")
            return
        try:
            handle(dialog)
        except Exception as error:
            problems.append(repr(error))
            dialog.close()

    QTimer.singleShot(0, poll)
    return problems


def find(widget: QWidget, kind: type, name: str | None = None) -> Any:
    found = widget.findChild(kind, name) if name else widget.findChild(kind)
    assert found is not None, f"no {kind.__name__} {name or ''} in {widget}"
    return found
