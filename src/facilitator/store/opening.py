"""Opening a database file: schema brought up to date, this installation's identity attached."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from facilitator.app.errors import EnvironmentKind, EnvironmentProblem, database_problem
from facilitator.app.files import protect_database
from facilitator.store import migrate
from facilitator.store.checking import check_database_file
from facilitator.store.database import Database
from facilitator.store.engine import create_server_engine, create_sqlite_engine

log = logging.getLogger("facilitator.database")


def open_database(path: Path, device_id: str, *, create: bool = True) -> Database:
    """Open (or create) the SQLite file at ``path`` with the current schema.

    A file that is not a sound facilitator database is refused before anything is written
    into it (``checking``).
    """
    path = path.expanduser()
    if not path.exists():
        if not create:
            raise EnvironmentProblem(EnvironmentKind.FILE_NOT_FOUND, str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise EnvironmentProblem(EnvironmentKind.FILE_UNWRITABLE, str(path)) from error
    check_database_file(path)
    engine = create_sqlite_engine(path)
    try:
        migrate.upgrade(engine)
    except DBAPIError as error:
        engine.dispose()
        problem = database_problem(error, path.parent)
        if problem is None:
            raise
        raise problem from error
    except migrate.SchemaTooNew as error:
        engine.dispose()
        raise EnvironmentProblem(EnvironmentKind.DATABASE_TOO_NEW, str(path)) from error
    protect_database(path)
    log.info("database %s open", path)
    return Database(engine, device_id)


CENTRAL_DEVICE = "central"
"""The central store's device id: it applies what laptops send and writes nothing of its own."""


def open_central(url: str, *, upgrade: bool = False) -> Database:
    """The central store at ``url`` (PostgreSQL): brought to the current schema if ``upgrade``
    (``central init``), otherwise refused unless already there (the service never migrates
    behind the IT agent's back)."""
    try:
        engine = create_server_engine(url)
    except ModuleNotFoundError as error:
        raise EnvironmentProblem(EnvironmentKind.DATABASE_UNREACHABLE, "pip install 'facilitator[central]'") from error
    try:
        if upgrade:
            migrate.upgrade(engine)
        else:
            with engine.connect() as connection:
                current = migrate.current_revision(connection)
            if current != migrate.SCHEMA_REVISION:
                raise EnvironmentProblem(EnvironmentKind.CENTRAL_OUTDATED, str(current))
    except DBAPIError as error:
        engine.dispose()
        raise EnvironmentProblem(EnvironmentKind.DATABASE_UNREACHABLE, str(error.orig)) from error
    except migrate.SchemaTooNew as error:
        engine.dispose()
        raise EnvironmentProblem(EnvironmentKind.DATABASE_TOO_NEW, url) from error
    except EnvironmentProblem:
        engine.dispose()
        raise
    return Database(engine, CENTRAL_DEVICE)
