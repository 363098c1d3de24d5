"""Synchronisation with the central store on the local PostgreSQL, through the real service.

- A Saturday's changes (three desks' worth of the demo's sessions: arrivals and departures,
  speakers' turns, small-group seats, ballots read, edits; about 5 000 changes) pushed by a
  laptop through the service, then pulled by a laptop that joins. Goal: < 3 s each, against a
  bare psycopg ``executemany`` of the same rows (each change and its row) into PostgreSQL.
- A laptop joining an assembly of 10 000 participants. Goal: < 10 s, against the same
  ``executemany`` of its rows.
- The Saturday written to a USB-stick bundle and read into a fresh laptop. Goal: < 2 s each,
  against a bare sqlite3 ``executemany`` of the same rows with the application's pragmas.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text

from benchmarks.common import Result
from facilitator.core.sync import SyncChange
from facilitator.demo import create_demo
from facilitator.demo.rooms import room_people
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.roster.participants import insert_participants
from facilitator.services.sync.bundles import export_bundle, import_bundle
from facilitator.services.sync.devices import add_device, ensure_store
from facilitator.services.sync.log import read_changes
from facilitator.store.database import Database
from facilitator.store.engine import SQLITE_PRAGMAS
from facilitator.store.opening import open_central, open_database
from facilitator.sync.client import SyncClient
from facilitator.sync.run import enrol, run_sync
from facilitator.sync.server import ServiceThread, SyncService

POSTGRES = "postgresql://postgres@127.0.0.1:5432"
DESKS = 3
ROSTER = 10_000


@contextmanager
def _central() -> Iterator[tuple[Database, str, str]]:
    """A fresh central store on the PostgreSQL server, its service, and its address."""
    name = f"facilitator_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(
        f"{POSTGRES.replace('postgresql://', 'postgresql+psycopg://')}/test", isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"{POSTGRES}/{name}"
    central = open_central(url, upgrade=True)
    service = ServiceThread(SyncService(central, ensure_store(central))).start()
    try:
        yield central, service.address, url
    finally:
        service.stop()
        central.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _synced(db: Database, central: Database, address: str, name: str, wanted: Sequence[str] = ()) -> float:
    """Seconds of one sync of ``db``, enrolled first as ``name``."""
    _, token = enrol(db, address, add_device(central, name).code, keep_token=False)
    with SyncClient(address, token) as client:
        return _timed(lambda: run_sync(db, client, wanted=wanted))


def _rows(changes: Sequence[SyncChange]) -> list[tuple[str, str, str]]:
    return [(str(change.id), change.entity, json.dumps(dict(change.payload))) for change in changes]


def _bare_postgres(url: str, changes: Sequence[SyncChange]) -> float:
    """Each change and its row inserted with psycopg's ``executemany``, one transaction."""
    import psycopg

    rows = _rows(changes)
    with psycopg.connect(url) as connection:
        connection.execute("CREATE TABLE bench_log (id uuid PRIMARY KEY, entity text, payload jsonb)")
        connection.execute("CREATE TABLE bench_row (id uuid PRIMARY KEY, entity text, payload jsonb)")
        connection.commit()
        start = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.executemany("INSERT INTO bench_log VALUES (%s, %s, %s)", rows)
            cursor.executemany("INSERT INTO bench_row VALUES (%s, %s, %s)", rows)
        connection.commit()
        return time.perf_counter() - start


def _bare_sqlite(path: Path, changes: Sequence[SyncChange]) -> float:
    rows = _rows(changes)
    connection = sqlite3.connect(path, isolation_level=None)
    for name, value in SQLITE_PRAGMAS.items():
        connection.execute(f"PRAGMA {name}={value}")
    connection.execute("CREATE TABLE bench_log (id TEXT PRIMARY KEY, entity TEXT, payload TEXT)")
    connection.execute("CREATE TABLE bench_row (id TEXT PRIMARY KEY, entity TEXT, payload TEXT)")
    start = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany("INSERT INTO bench_log VALUES (?, ?, ?)", rows)
    connection.executemany("INSERT INTO bench_row VALUES (?, ?, ?)", rows)
    connection.execute("COMMIT")
    seconds = time.perf_counter() - start
    connection.close()
    return seconds


def _saturday(folder: Path) -> Database:
    """One laptop holding the changes of three desks' demo assemblies."""
    today = dt.date(2027, 1, 23)
    office = open_database(folder / "saturday.sqlite", "office")
    for desk in range(DESKS):
        with open_database(folder / f"desk{desk}.sqlite", f"desk-{desk}") as db:
            create_demo(db, today, seed=desk)
            export_bundle(db, folder / f"desk{desk}.fsync")
        import_bundle(office, folder / f"desk{desk}.fsync")
    return office


def _result(name: str, seconds: float, baseline: float, baseline_name: str, goal: float) -> Result:
    return Result(name, "s", seconds, baseline, baseline_name, f"< {goal:g} s", seconds < goal)


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-sync-") as name:
        folder = Path(name)
        office = _saturday(folder)
        changes = read_changes(office)
        label = f"Saturday ({len(changes)} changes)"
        with _central() as (central, address, url):
            pushed = _synced(office, central, address, "Bureau")
            joiner = open_database(folder / "joiner.sqlite", "joiner")
            wanted = [
                str(assembly) for assembly in {change.entity_id for change in changes if change.entity == "assembly"}
            ]
            pulled = _synced(joiner, central, address, "Accueil", wanted)
            bare = _bare_postgres(url, changes)
        pg_baseline = "psycopg executemany of the same rows"
        results.append(_result(f"{label} pushed to the service", pushed, bare, pg_baseline, 3))
        results.append(_result(f"{label} pulled by a laptop joining", pulled, bare, pg_baseline, 3))

        exported = _timed(lambda: export_bundle(office, folder / "saturday.fsync"))
        fresh = open_database(folder / "fresh.sqlite", "fresh")
        imported = _timed(lambda: import_bundle(fresh, folder / "saturday.fsync"))
        bare_sqlite = _bare_sqlite(folder / "bare.sqlite", changes)
        sqlite_baseline = "sqlite3 executemany of the same rows"
        results.append(_result(f"{label} exported to a bundle", exported, bare_sqlite, sqlite_baseline, 2))
        results.append(_result(f"{label} imported from a bundle", imported, bare_sqlite, sqlite_baseline, 2))

        town = open_database(folder / "town.sqlite", "town")
        assembly = create_assembly(town, "Assemblée de 10 000", "Villebrune").value
        with town.write() as writer:
            insert_participants(writer, assembly, room_people(ROSTER))
        roster = read_changes(town)
        with _central() as (central, address, url):
            _synced(town, central, address, "Mairie")
            joined = _synced(
                open_database(folder / "join.sqlite", "join"), central, address, "Accueil", [str(assembly)]
            )
            bare_roster = _bare_postgres(url, roster)
        results.append(
            _result(
                f"a laptop joining {ROSTER} participants ({len(roster)} changes)", joined, bare_roster, pg_baseline, 10
            )
        )
        for db in (office, joiner, fresh, town):
            db.dispose()
    return results
