"""The window as users see it: French, the application's style, real widgets offscreen."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
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
