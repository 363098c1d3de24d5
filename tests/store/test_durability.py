"""A killed process never loses a committed transaction, and an import is all or nothing.

A writer subprocess prints each id after its COMMIT returned and is killed at random moments;
deterministic crash points cover the instants a random kill rarely hits.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

from facilitator.app.crashpoints import CRASH_EXIT_CODE
from facilitator.store.database import Database
from tests.conftest import DATA
from tests.helpers.cli import facilitator

WRITER = Path(__file__).with_name("durability_writer.py")
KILLS = 50
ROOT = Path(__file__).resolve().parents[2]


def check_file(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    return connection


def test_random_kills_lose_no_committed_write(db: Database, assembly: uuid.UUID, tmp_path: Path) -> None:
    path = Path(str(db.engine.url.database))
    db.dispose()
    rng = random.Random(20261123)
    printed_ids: list[str] = []
    printed_batches: list[str] = []
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), str(assembly)], stdout=subprocess.PIPE, text=True, env=environment
        )
        assert writer.stdout is not None
        first = writer.stdout.readline().split()
        assert first and first[0] == "one", "the writer did not start"
        printed_ids.append(first[1])
        time.sleep(rng.uniform(0, 0.15))
        writer.send_signal(signal.SIGKILL)
        for line in writer.stdout.read().splitlines():
            kind, value = line.split()
            (printed_ids if kind == "one" else printed_batches).append(value)
        writer.wait()
    connection = check_file(path)
    stored_ids = {row[0].replace("-", "") for row in connection.execute("SELECT id FROM participant")}
    assert {printed.replace("-", "") for printed in printed_ids} <= stored_ids
    batch_sizes = Counter(
        row[0] for row in connection.execute("SELECT last_name FROM participant WHERE last_name LIKE 'B%'")
    )
    assert set(batch_sizes.values()) <= {300}, "an import was half-written"
    assert set(printed_batches) <= set(batch_sizes)
    assert len(printed_batches) > 0


def run_cli_import(
    database: Path, basedir: Path, roster: Path, crashpoint: str = ""
) -> subprocess.CompletedProcess[str]:
    return facilitator(
        "roster",
        "import",
        roster,
        "--db",
        database,
        "--assembly",
        "Crash",
        basedir=basedir,
        environment={"FACILITATOR_CRASHPOINT": crashpoint},
        timeout=120,
    )


def prepared_database(tmp_path: Path) -> Path:
    """A database whose assembly exists, so that the next commit is the import's own."""
    database = tmp_path / "crash.sqlite"
    first = tmp_path / "first.csv"
    first.write_text("Nom;Prénom\nPremier;Arrivé\n", encoding="utf-8")
    assert run_cli_import(database, tmp_path / "base", first).returncode == 0
    return database


def test_a_crash_before_commit_leaves_nothing_of_the_import(tmp_path: Path) -> None:
    database = prepared_database(tmp_path)
    result = run_cli_import(database, tmp_path / "base", DATA / "roster_cp1252_semicolon.csv", "before_commit")
    assert result.returncode == CRASH_EXIT_CODE, result.stderr
    connection = check_file(database)
    assert connection.execute("SELECT count(*) FROM participant").fetchone() == (1,)


def test_a_crash_right_after_commit_keeps_the_whole_import(tmp_path: Path) -> None:
    database = prepared_database(tmp_path)
    result = run_cli_import(database, tmp_path / "base", DATA / "roster_cp1252_semicolon.csv", "after_commit_before_ui")
    assert result.returncode == CRASH_EXIT_CODE, result.stderr
    assert "importée" not in result.stdout, "the crash happened before anything was reported"
    connection = check_file(database)
    assert connection.execute("SELECT count(*) FROM participant").fetchone() == (8,)
