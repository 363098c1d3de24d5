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
    "sync_store",
    "sync_device",
    "sync_link",
    "room",
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


def test_instants_recorded_as_paris_time_become_utc(tmp_path: Path) -> None:
    """A database of revision 0006 kept the wall time of Paris; 0007 turns it into UTC, and the
    application reads back the same wall times."""
    import datetime as dt

    from facilitator.services.assemblies.assemblies import create_assembly
    from facilitator.services.assemblies.sessions import create_session
    from facilitator.services.attendance.desk import check_in, load_session_attendance
    from facilitator.services.roster.participants import add_participant
    from facilitator.store.opening import open_database
    from tests.samples import JEANNE

    path = tmp_path / "m.sqlite"
    db = open_database(path, "device")
    assembly = create_assembly(db, "A", "B").value
    person = add_participant(db, assembly, JEANNE).value.id
    winter, summer = dt.datetime(2026, 1, 10, 9, 5), dt.datetime(2026, 7, 4, 9, 5)
    sessions = [create_session(db, assembly, moment.date()).value for moment in (winter, summer)]
    for session, moment in zip(sessions, (winter, summer), strict=True):
        check_in(db, session, person, moment)
    migrate.downgrade(db.engine, "0006")
    with db.engine.begin() as connection:
        walls = sorted(str(at) for (at,) in connection.execute(text("SELECT at FROM attendance_event")))
    assert [wall[:16] for wall in walls] == ["2026-01-10 09:05", "2026-07-04 09:05"]
    db.dispose()
    db = open_database(path, "device")
    with db.engine.connect() as connection:
        stored = sorted(str(at) for (at,) in connection.execute(text("SELECT at FROM attendance_event")))
    assert [instant[:16] for instant in stored] == ["2026-01-10 08:05", "2026-07-04 07:05"]
    arrivals = [load_session_attendance(db, session).events[0].at for session in sessions]
    assert arrivals == [winter, summer]
    db.dispose()
