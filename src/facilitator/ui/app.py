"""Starting the window: Qt application, translations, logging, crash dialog, database.

Also ``self_test``, which builds the real main window offscreen and says OK: installers and
CI use it to prove that an installed copy starts.
"""

from __future__ import annotations

import logging
import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from facilitator import __version__
from facilitator.app import i18n, runtime
from facilitator.app.clock import local_now
from facilitator.app.errors import EnvironmentProblem
from facilitator.demo import create_demo
from facilitator.store.database import Database
from facilitator.text.messages import environment_text
from facilitator.ui.common import crash_dialog, qtlog
from facilitator.ui.common.operations import Abandoned, retrying
from facilitator.ui.main_window import MainWindow

log = logging.getLogger("facilitator.app")

EXIT_GAVE_UP = 4


def create_application(language: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("facilitator")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("facilitator")
    app.setStyle("Fusion")
    app.setStyleSheet((resources.files("facilitator.resources") / "style.qss").read_text(encoding="utf-8"))
    i18n.install(app, language)
    return app


def fresh_demo(context: runtime.Runtime) -> tuple[Database, Path]:
    """A new demo database every time: the demo is for trying things, not for keeping them."""

    path = context.paths.demo_database
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = context.open_database(path)
    create_demo(db, local_now().date())
    return db, path


def _database_path(context: runtime.Runtime, db_path: Path | None) -> Path:
    if db_path is not None:
        return db_path
    last = context.settings().last_database
    if last and Path(last).exists():
        return Path(last)
    return context.paths.default_database


def build_window(context: runtime.Runtime, db_path: Path | None, demo: bool) -> MainWindow:
    """The main window on the chosen database (``Abandoned`` if the user gave up opening it)."""
    if demo:
        db, path = retrying(None, lambda: fresh_demo(context))
    else:
        path = _database_path(context, db_path)
        db = retrying(None, lambda: context.open_database(path))
    window = MainWindow(context, db, path)
    window.start()
    return window


def run_gui(db_path: Path | None = None, basedir: Path | None = None, demo: bool = False) -> int:
    context = runtime.start(basedir)
    app = create_application(context.settings().language)
    qtlog.install()
    crash_dialog.install_excepthook()
    try:
        window = build_window(context, db_path, demo)
    except Abandoned:
        return EXIT_GAVE_UP
    window.show()
    return app.exec()


def self_test(db_path: Path | None = None, basedir: Path | None = None) -> int:
    """Open the database, build the main window offscreen, print OK."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    context = runtime.start(basedir)
    app = create_application(context.settings().language)
    path = _database_path(context, db_path)
    try:
        db = context.open_database(path)
    except EnvironmentProblem as problem:
        print(environment_text(problem), file=sys.stderr)
        return EXIT_GAVE_UP
    window = MainWindow(context, db, path)
    window.start()
    app.processEvents()
    window.close()
    print("OK")
    QCoreApplication.processEvents()
    return 0
