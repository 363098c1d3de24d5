"""Engines for the laptop's SQLite file and for PostgreSQL.

SQLite pragmas hold per connection, not per file (except the journal mode), so they are set
in a ``connect`` event for every pooled connection: WAL so that readers never block the
writer, ``synchronous=FULL`` so that a power cut loses no committed transaction, foreign keys,
and a busy timeout so that a second process (the command line while the window is open)
waits instead of failing at once.

pysqlite's own transaction handling opens transactions lazily and cannot open them for
writing; it is switched off, and transactions start with ``BEGIN`` (reads) or
``BEGIN IMMEDIATE`` (writes, chosen with the ``sqlite_immediate`` execution option), so that
a write transaction holds the write lock from its first statement and reads inside it are
consistent with what it then writes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

BUSY_TIMEOUT_MS = 5000

SQLITE_PRAGMAS: dict[str, str] = {
    "journal_mode": "wal",
    "synchronous": "2",  # FULL
    "foreign_keys": "1",
    "busy_timeout": str(BUSY_TIMEOUT_MS),
}


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def create_sqlite_engine(path: Path) -> Engine:
    engine = create_engine(sqlite_url(path), connect_args={"check_same_thread": False, "timeout": 5})
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def server_url(url: str) -> str:
    """A PostgreSQL address as the IT agent writes it (``postgresql://…``) with the driver the
    application uses (psycopg 3), not SQLAlchemy's default one."""
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain) :]
    return url


def create_server_engine(url: str) -> Engine:
    """An engine for the central store (PostgreSQL)."""
    return create_engine(server_url(url), pool_pre_ping=True)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for name, value in SQLITE_PRAGMAS.items():
            cursor.execute(f"PRAGMA {name}={value}")
        if sys.platform == "darwin":
            cursor.execute("PRAGMA fullfsync=1")
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get("sqlite_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
