"""Pragmas are per connection: every pooled connection, in every thread, must carry them."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text

from facilitator.store.engine import BUSY_TIMEOUT_MS, create_sqlite_engine

EXPECTED = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS}


def pragmas(connection) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {name: connection.execute(text(f"PRAGMA {name}")).scalar() for name in EXPECTED}


def test_every_pooled_connection_has_the_pragmas(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "p.sqlite")
    connections = [engine.connect() for _ in range(4)]
    try:
        assert len({id(c.connection.dbapi_connection) for c in connections}) == 4
        for connection in connections:
            assert pragmas(connection) == EXPECTED
    finally:
        for connection in connections:
            connection.close()
    engine.dispose()


def test_connections_made_in_other_threads_have_them_too(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "p.sqlite")
    seen: list[dict[str, object]] = []
    ready = threading.Barrier(3)

    def work() -> None:
        with engine.connect() as connection:
            ready.wait()
            seen.append(pragmas(connection))

    threads = [threading.Thread(target=work) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [EXPECTED] * 3
    engine.dispose()


def test_a_fresh_engine_sees_wal_and_reopens_without_fk_violations(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "p.sqlite")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"))
        connection.execute(text("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id))"))
    with engine.connect() as connection:
        try:
            connection.execute(text("INSERT INTO child VALUES (42)"))
            connection.commit()
            raised = False
        except Exception:
            raised = True
    assert raised, "foreign keys must be enforced"
    engine.dispose()
