"""`facilitator self-test` (database opened, real main window built offscreen) against a
minimal PySide6 script that opens one empty window, and against the same script importing
SQLAlchemy first (the floor of any window on this stack). Goal (DESIGN.md §8): ≤ 1.5 s.

The package is byte-compiled first, as an installed copy is (pip compiles what it installs;
an editable checkout under PYTHONDONTWRITEBYTECODE would otherwise compile every module at
every start and measure the compiler, not the start-up)."""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Result, median_seconds

MINIMAL_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.show()\n"
    "app.processEvents()\n"
    "print('OK')\n"
)
LIBRARY_FLOOR = "import sqlalchemy.orm\n" + MINIMAL_WINDOW
REPEATS = 7


def run() -> list[Result]:
    import facilitator

    compileall.compile_dir(Path(facilitator.__file__).parent, quiet=1)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    base = Path(tempfile.mkdtemp(prefix="facilitator-bench-"))
    database = base / "bench.sqlite"
    self_test = [sys.executable, "-m", "facilitator", "self-test", "--db", str(database), "--basedir", str(base)]
    subprocess.run(self_test, check=True, capture_output=True, env=environment)  # creates and migrates the file

    def started() -> None:
        subprocess.run(self_test, check=True, capture_output=True, env=environment)

    def baseline() -> None:
        subprocess.run([sys.executable, "-c", MINIMAL_WINDOW], check=True, capture_output=True, env=environment)

    def floor() -> None:
        subprocess.run([sys.executable, "-c", LIBRARY_FLOOR], check=True, capture_output=True, env=environment)

    baseline()
    measured = median_seconds(started, REPEATS)
    reference = median_seconds(baseline, REPEATS)
    with_database_library = median_seconds(floor, REPEATS)
    return [
        Result(
            "self-test, launch to a built main window",
            "s",
            measured,
            reference,
            "python + PySide6, one empty QMainWindow",
            "≤ 1.5 s",
            measured <= 1.5,
        ),
        Result(
            "self-test against the library floor",
            "s",
            measured,
            with_database_library,
            "the same empty window + import sqlalchemy.orm",
            "(reported)",
            None,
        ),
    ]
