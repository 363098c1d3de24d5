"""Bringing a database file or server to the current schema with Alembic.

Opening an up-to-date database is the common case and happens at every start: it costs one
query against ``SCHEMA_REVISION``. Alembic, slow to import, is loaded only when a migration
has to run (a test keeps the constant equal to the newest migration).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SCRIPT_LOCATION = "facilitator.store:migrations"
SCHEMA_REVISION = "0014"
"""The newest migration's revision: what an up-to-date database records."""
APPLICATION_ID = 0x46414349
"""Written in every facilitator database's header (``PRAGMA application_id``, "FACI")."""


class SchemaTooNew(Exception):
    """The database was migrated by a newer version of the application."""


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    return config


def scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    return {script.revision for script in scripts().walk_revisions()}


def upgrade(engine: Engine, revision: str = SCHEMA_REVISION) -> None:
    """Apply every pending migration up to ``revision`` in one transaction (SQLite and
    PostgreSQL DDL are transactional); a SQLite file is marked as facilitator's.

    SQLite changes a table's constraints only by copying it into a new one, which its foreign
    keys would forbid while other tables name the old one: they are switched off around the
    transaction (SQLite's own procedure), and every link is checked before the commit."""
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            _mark_as_ours(connection)
        current = current_revision(connection)
    if current == revision:
        return
    if current is not None and current not in known_revisions():
        raise SchemaTooNew(current)
    from alembic import command

    _migrating(engine, lambda connection: command.upgrade(_config(connection), revision))


def downgrade(engine: Engine, revision: str) -> None:
    """Undo migrations down to ``revision`` (tests of a migration's data; never done to a user's
    database, which a newer version only migrates forward)."""
    from alembic import command

    _migrating(engine, lambda connection: command.downgrade(_config(connection), revision))


def _migrating(engine: Engine, migration: Callable[[Connection], None]) -> None:
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            _foreign_keys(connection, on=False)
        try:
            with connection.begin():
                migration(connection)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise SchemaInconsistent(f"broken links after migrating: {broken[:5]}")
        finally:
            if sqlite:
                _foreign_keys(connection, on=True)


class SchemaInconsistent(Exception):
    """A migration left rows that name rows that do not exist: it was rolled back."""


def _foreign_keys(connection: Connection, *, on: bool) -> None:
    """Outside any transaction (where SQLite ignores the pragma), on the driver's connection."""
    driver = connection.connection.driver_connection
    assert driver is not None  # an open connection has its driver's
    driver.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def _mark_as_ours(connection: Connection) -> None:
    """Write facilitator's application id in the file's header, once (SQLite's way of telling
    whose file it is, read by ``checking``)."""
    if connection.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
