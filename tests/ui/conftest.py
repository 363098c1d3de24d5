"""The window as users see it: French, the application's style, real widgets offscreen."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator.app.runtime import Runtime
from facilitator.store.database import Database
from facilitator.ui.app import create_application
from facilitator.ui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def french_application(qapp: QApplication) -> QApplication:
    return create_application("fr")


@pytest.fixture
def window(qtbot: QtBot, context: Runtime, db: Database, assembly: uuid.UUID) -> Iterator[MainWindow]:
    main = MainWindow(context, db, Path(str(db.engine.url.database)))
    qtbot.addWidget(main)
    main.start()
    main.show()
    qtbot.waitExposed(main)
    yield main


def when_modal(qtbot: QtBot, handle: Callable[[Any], None], kind: type = QWidget) -> list[str]:
    """Run ``handle`` on the next modal dialog (of ``kind``: another modal one may be open
    beneath it) once it is open; returns a list that records failures (an exception inside a
    timer would otherwise go unnoticed)."""
    problems: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
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
