"""The same migrations build the same schema on SQLite (the laptop) and PostgreSQL (the store)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from facilitator.store import migrate
from facilitator.store.engine import create_server_engine, create_sqlite_engine
from facilitator.store.models import Base

TABLES = {
    "assembly",
    "sub_body",
    "participant",
    "membership",
    "assembly_session",
    "attendance_event",
    "assembly_rules",
    "expense_claim",
    "discipline_profile",
    "agenda_phase",
    "speaking_event",
    "rotation_setup",
    "vote",
    "ballot_batch",
    "count_entry",
    "rotation_revision",
    "group_assignment",
    "change_log",
    "alembic_version",
}


def check_upgraded(engine: Engine) -> None:
    migrate.upgrade(engine)
    assert set(inspect(engine).get_table_names()) == TABLES
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.SCHEMA_REVISION
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == [], "the models and the migrations disagree"


def test_the_known_revision_is_the_newest_migration() -> None:
    assert migrate.scripts().get_current_head() == migrate.SCHEMA_REVISION


def test_upgrade_from_empty_on_sqlite(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "m.sqlite")
    check_upgraded(engine)
    migrate.upgrade(engine)  # a second run is a no-op
    engine.dispose()


@pytest.mark.postgres
def test_upgrade_from_empty_on_postgresql(postgres_url: str) -> None:
    engine = create_server_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    check_upgraded(engine)
    engine.dispose()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "m.sqlite")
    migrate.upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'zz99_future'"))
    with pytest.raises(migrate.SchemaTooNew):
        migrate.upgrade(engine)
    engine.dispose()
