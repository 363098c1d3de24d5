"""What a database file holds, looked at read-only before it is opened for writing.

Opening for writing already changes a file (the write-ahead log is switched on, migrations
create tables), so a file is first read through a read-only connection and refused, left
byte-for-byte as it was, when it is not a facilitator database (another program's SQLite
file, any other file), when its tables do not match the schema revision it records (a copy
that lost its ``alembic_version``, a revision older than its tables), or when SQLite's quick
check finds it damaged. The quick check reads the whole file: it is cut short after
``QUICK_CHECK_SECONDS`` on a very large database rather than keep a desk waiting.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, inspect

from facilitator.app.errors import EnvironmentKind, EnvironmentProblem
from facilitator.app.files import starts_as_sqlite
from facilitator.store import migrate
from facilitator.store.models import Base

log = logging.getLogger("facilitator.database")

QUICK_CHECK_SECONDS = 3.0
QUICK_CHECK_ERRORS = 10
"""How many problems the quick check lists at most (one is enough to refuse the file)."""

Schema = dict[str, frozenset[str]]
"""Each table's name and the names of its columns."""


def check_database_file(path: Path) -> None:
    """Refuse (``EnvironmentProblem``) a file that is not a sound facilitator database of a known
    schema. A file that does not exist or is empty passes: it becomes a new database.

    The file is read as one that cannot change (``immutable``: no lock, no write-ahead index
    created beside it) unless a write-ahead log lies beside it, which SQLite keeps while the
    file is open elsewhere or after a crash: it is then read through that log, which already
    exists, so nothing new is left beside another program's file either."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if not _starts_as_sqlite(path):
        raise EnvironmentProblem(EnvironmentKind.NOT_A_FACILITATOR_DATABASE, str(path))
    with _reading(path) as connection:
        _check_identity(connection, path)
        tables = _schema(connection)
        _check_schema(tables, _revision(connection, tables), path)
        _quick_check(connection, path)


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection; what SQLite reports going wrong, as an environment problem."""
    log_beside = path.with_name(f"{path.name}-wal")
    parameter = "mode=ro" if log_beside.exists() and log_beside.stat().st_size > 0 else "immutable=1"
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?{parameter}", uri=True, timeout=5)
    except sqlite3.Error as error:
        raise _problem(error, path) from error
    try:
        yield connection
    except sqlite3.Error as error:
        raise _problem(error, path) from error
    finally:
        connection.close()


def _check_identity(connection: sqlite3.Connection, path: Path) -> None:
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    tables = _schema(connection)
    ours = tables.keys() & head_schema().keys() - {"alembic_version"}
    if application_id not in (0, migrate.APPLICATION_ID) or (tables.keys() - {"alembic_version"} and not ours):
        raise EnvironmentProblem(EnvironmentKind.NOT_A_FACILITATOR_DATABASE, str(path))


def _starts_as_sqlite(path: Path) -> bool:
    try:
        return starts_as_sqlite(path)
    except OSError as error:
        raise EnvironmentProblem(EnvironmentKind.FILE_UNREADABLE, str(path)) from error


def _schema(connection: sqlite3.Connection) -> Schema:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: frozenset(row[1] for row in connection.execute("SELECT * FROM pragma_table_info(?)", (name,)))
        for name in names
    }


def _revision(connection: sqlite3.Connection, tables: Schema) -> str | None:
    if "alembic_version" not in tables:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def _check_schema(tables: Schema, revision: str | None, path: Path) -> None:
    if not tables.keys() - {"alembic_version"}:
        return
    if revision is None:
        raise EnvironmentProblem(EnvironmentKind.SCHEMA_INCONSISTENT, "alembic_version")
    if revision not in migrate.known_revisions():
        raise EnvironmentProblem(EnvironmentKind.DATABASE_TOO_NEW, str(path))
    expected = schema_at(revision)
    wrong = sorted(name for name in expected.keys() | head_schema().keys() if tables.get(name) != expected.get(name))
    if wrong:
        raise EnvironmentProblem(EnvironmentKind.SCHEMA_INCONSISTENT, f"{revision}: {', '.join(wrong)}")


def _quick_check(connection: sqlite3.Connection, path: Path) -> None:
    deadline = time.monotonic() + QUICK_CHECK_SECONDS
    connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
    try:
        rows = connection.execute(f"PRAGMA quick_check({QUICK_CHECK_ERRORS})").fetchall()
    except sqlite3.OperationalError:
        if time.monotonic() <= deadline:
            raise
        log.warning("quick check of %s cut short after %s s", path, QUICK_CHECK_SECONDS)
        return
    finally:
        connection.set_progress_handler(None, 0)
    if rows != [("ok",)]:
        log.error("quick check of %s: %s", path, "; ".join(str(row[0]) for row in rows))
        raise EnvironmentProblem(EnvironmentKind.DATABASE_DAMAGED, str(path))


def _problem(error: sqlite3.Error, path: Path) -> EnvironmentProblem:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return EnvironmentProblem(EnvironmentKind.DATABASE_LOCKED, str(path))
    if code is not None and code & 0xFF == sqlite3.SQLITE_CANTOPEN:
        return EnvironmentProblem(EnvironmentKind.FILE_UNREADABLE, str(path))
    return EnvironmentProblem(EnvironmentKind.DATABASE_DAMAGED, f"{path}: {error}")


def head_schema() -> Schema:
    """The newest schema: the models' (a test keeps them equal to the migrations')."""
    return {
        name: frozenset(column.name for column in table.columns) for name, table in Base.metadata.tables.items()
    } | {"alembic_version": frozenset({"version_num"})}


@functools.cache
def schema_at(revision: str) -> Schema:
    """The schema a database of ``revision`` has: the migrations up to it, run in memory."""
    if revision == migrate.SCHEMA_REVISION:
        return head_schema()
    engine = create_engine("sqlite://")
    try:
        migrate.upgrade(engine, revision)
        inspector = inspect(engine)
        return {
            name: frozenset(column["name"] for column in inspector.get_columns(name))
            for name in inspector.get_table_names()
        }
    finally:
        engine.dispose()
