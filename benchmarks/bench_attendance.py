"""The sign-in desk under load.

- Searching a 10 000-person roster on each keystroke, the match list repainted as the desk
  shows it, against a plain Python substring scan of the names. Goal: < 16 ms (one frame).
- A check-in from Enter to committed on disk (the service the desk calls: checks, event,
  change log, one durable transaction), against a bare sqlite3 INSERT + COMMIT with the same
  pragmas. Goal: < 20 ms median.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.bench_roster_filter import people
from benchmarks.common import Result, per_keystroke
from facilitator.core.attendance.desk import DeskSearch
from facilitator.store.engine import SQLITE_PRAGMAS

TYPED = "dupont jea"
CHECK_INS = 200


def _search() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem

    from facilitator.ui.app import create_application

    app = QApplication.instance() or create_application("fr")
    roster = people()
    search = DeskSearch(roster)
    here = {person.id for person in roster[::3]}
    matches = QListWidget()
    matches.resize(800, 500)
    matches.show()
    keystrokes: list[float] = []
    for _ in range(5):
        for length in range(1, len(TYPED) + 1):
            start = time.perf_counter()
            matches.clear()
            for person in search.find(TYPED[:length], here):
                matches.addItem(QListWidgetItem(f"{person.details.last_name} {person.details.first_name}"))
            app.processEvents()
            keystrokes.append(time.perf_counter() - start)
    names = [f"{p.details.first_name} {p.details.last_name}".lower() for p in roster]
    scans: list[float] = []
    for _ in range(5):
        for length in range(1, len(TYPED) + 1):
            start = time.perf_counter()
            query = TYPED[:length].lower()
            _ = [i for i, name in enumerate(names) if query in name]
            scans.append(time.perf_counter() - start)
    matches.close()
    return per_keystroke(f"desk search {len(roster)} people", keystrokes, scans)


def _bare_inserts(path: Path) -> list[float]:
    connection = sqlite3.connect(path, isolation_level=None)
    for name, value in SQLITE_PRAGMAS.items():
        connection.execute(f"PRAGMA {name}={value}")
    connection.execute("CREATE TABLE event (id BLOB PRIMARY KEY, participant BLOB, at TEXT)")
    samples = []
    for _ in range(CHECK_INS):
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO event VALUES (?, ?, ?)",
            (uuid.uuid4().bytes, uuid.uuid4().bytes, dt.datetime.now().isoformat()),
        )
        connection.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    connection.close()
    return samples


def _check_ins(folder: Path) -> list[float]:
    from facilitator.app import runtime
    from facilitator.demo import create_demo
    from facilitator.services.assemblies.sessions import create_session
    from facilitator.services.attendance.desk import check_in, load_session_attendance

    context = runtime.start(folder / "base")
    db = context.open_database(folder / "desk.sqlite")
    assembly = create_demo(db, dt.date(2026, 11, 23))
    day = dt.date(2027, 1, 9)
    samples = []
    for round_number in range(CHECK_INS // 100 + 1):
        session_day = day + dt.timedelta(weeks=round_number)
        session_id = create_session(db, assembly, session_day).value
        for person in load_session_attendance(db, session_id).people[:100]:
            start = time.perf_counter()
            check_in(db, session_id, person.id, dt.datetime.combine(session_day, dt.time(9, 0)))
            samples.append(time.perf_counter() - start)
    db.dispose()
    return samples[:CHECK_INS]


def run() -> list[Result]:
    results = _search()
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-desk-") as name:
        folder = Path(name)
        bare = statistics.median(_bare_inserts(folder / "bare.sqlite")) * 1000
        desk = statistics.median(_check_ins(folder)) * 1000
    results.append(
        Result(
            "check-in, Enter to committed on disk (median)",
            "ms",
            desk,
            bare,
            "bare sqlite3 INSERT + COMMIT, same pragmas",
            "< 20 ms",
            desk < 20,
        )
    )
    return results
