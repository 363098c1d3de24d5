"""Writes go through one door: stamped, versioned, logged in the same transaction."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from facilitator.app.errors import EnvironmentKind, EnvironmentProblem
from facilitator.core.changes import Change, Changed
from facilitator.core.hlc import Stamp
from facilitator.core.participants import Gender, Role
from facilitator.store.changes import TABLE_CHANGES
from facilitator.store.database import Database, new_id
from facilitator.store.models import Assembly, ChangeLog, Participant, SubBody, synced_models
from facilitator.store.opening import open_database


def test_every_logged_table_says_which_kind_of_change_it_holds() -> None:
    assert set(TABLE_CHANGES) == set(synced_models())
    assert all(change is not Change.NONE for change in TABLE_CHANGES.values())


def test_a_transaction_gathers_the_kinds_it_wrote(db: Database, assembly: uuid.UUID) -> None:
    with db.write() as writer:
        assert writer.done(None).changes == Change.NONE
        writer.add(SubBody(assembly_id=assembly, name="Comité"))
        writer.add_many(
            Participant,
            [
                {
                    "assembly_id": assembly,
                    "badge_number": 7,
                    "first_name": "A",
                    "last_name": "B",
                    "role": Role.CITIZEN,
                    "gender": Gender.FEMALE,
                }
            ],
        )
        answer = writer.done("fait")
    assert answer == Changed("fait", Change.ASSEMBLIES | Change.ROSTER)


def test_uuid7_keys_are_time_ordered() -> None:
    ids = [new_id() for _ in range(50)]
    assert all(i.version == 7 for i in ids)
    assert ids == sorted(ids, key=lambda i: i.int)


def test_insert_change_and_tombstone_are_logged(db: Database) -> None:
    with db.write() as writer:
        assembly = writer.add(Assembly(name="A", municipality=""))
    with db.write() as writer:
        row = writer.session.get(Assembly, assembly.id)
        assert writer.change(row, name="B", municipality="") is True
        assert writer.change(row, name="B") is False
    with db.write() as writer:
        writer.delete(writer.session.get(Assembly, assembly.id))
    with db.read() as session:
        log = session.scalars(select(ChangeLog).order_by(ChangeLog.stamp)).all()
        stored = session.get(Assembly, assembly.id)
    assert [(entry.operation, entry.entity, entry.entity_id) for entry in log] == [
        ("insert", "assembly", assembly.id),
        ("update", "assembly", assembly.id),
        ("delete", "assembly", assembly.id),
    ]
    assert log[1].payload == {"name": "B"}
    assert log[0].payload["name"] == "A" and log[0].payload["id"] == str(assembly.id)
    assert stored is not None and stored.deleted and stored.version == 3
    assert stored.stamp == log[-1].stamp
    assert all(entry.device_id == db.device_id for entry in log)


def test_a_failed_action_writes_neither_rows_nor_log(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as writer:
        writer.add(Assembly(name="A", municipality=""))
        raise RuntimeError("something went wrong half-way")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Assembly)) == 0
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == 0


def test_stamps_keep_increasing_across_two_installations_sharing_a_file(tmp_path: Path) -> None:
    stuck_clock = lambda: 1_000  # noqa: E731 - a wall clock that never moves
    first = Database(open_database(tmp_path / "s.sqlite", "device-a").engine, "device-a", stuck_clock)
    second = Database(first.engine, "device-b", stuck_clock)
    for database in (first, second, first, second):
        with database.write() as writer:
            writer.add(Assembly(name=str(uuid.uuid4()), municipality=""))
    with first.read() as session:
        stamps = [Stamp.decode(s) for s in session.scalars(select(ChangeLog.stamp)).all()]
    assert [s.counter for s in sorted(stamps)] == [0, 1, 2, 3]
    assert [s.device for s in sorted(stamps)] == ["device-a", "device-b", "device-a", "device-b"]
    first.dispose()


def test_add_many_stamps_and_logs_each_row(db: Database) -> None:
    with db.write() as writer:
        ids = writer.add_many(Assembly, [{"name": f"A{i}", "municipality": ""} for i in range(5)])
    with db.read() as session:
        logged = session.scalars(select(ChangeLog.entity_id).order_by(ChangeLog.stamp)).all()
        stamps = session.scalars(select(Assembly.stamp)).all()
    assert logged == ids
    assert len(set(stamps)) == 5


def test_the_log_holds_the_stored_values_including_column_defaults(db: Database) -> None:
    with db.write() as writer:
        one = writer.add(Assembly(name="Une")).id
        (many,) = writer.add_many(Assembly, [{"name": "Plusieurs"}])
    with db.read() as session:
        payloads = {log.entity_id: log.payload for log in session.scalars(select(ChangeLog))}
        stored = {row.id: row.municipality for row in session.scalars(select(Assembly))}
    assert payloads[one]["municipality"] == payloads[many]["municipality"] == ""
    assert stored == {one: "", many: ""}


def test_a_full_disk_is_an_environment_problem_and_loses_nothing(db: Database) -> None:
    """``max_page_count`` makes the file unable to grow, as a full disk would."""
    with db.write() as writer:
        writer.add(Assembly(name="kept", municipality=""))
    with db.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def limit_pages(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    db.engine.dispose()
    event.listen(db.engine, "connect", limit_pages)
    with pytest.raises(EnvironmentProblem) as problem, db.write() as writer:
        writer.add_many(Assembly, [{"name": "x" * 150, "municipality": "y" * 150} for _ in range(2000)])
    assert problem.value.kind is EnvironmentKind.DISK_FULL
    event.remove(db.engine, "connect", limit_pages)
    db.engine.dispose()
    with db.read() as session:
        assert session.scalars(select(Assembly.name)).all() == ["kept"]


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"This is a text file that someone renamed. " * 200)
    before = path.read_bytes()
    with pytest.raises(EnvironmentProblem) as problem:
        open_database(path, "device")
    assert problem.value.kind is EnvironmentKind.NOT_A_FACILITATOR_DATABASE
    assert path.read_bytes() == before


def test_opening_a_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentProblem) as problem:
        open_database(tmp_path / "missing.sqlite", "device", create=False)
    assert problem.value.kind is EnvironmentKind.FILE_NOT_FOUND
    assert not (tmp_path / "missing.sqlite").exists()


def test_a_database_locked_by_another_program_is_an_environment_problem(db: Database) -> None:
    """Another process holds the write lock longer than the busy timeout."""
    path = str(db.engine.url.database)

    def short_timeout(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA busy_timeout=100")

    db.engine.dispose()
    event.listen(db.engine, "connect", short_timeout)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(EnvironmentProblem) as problem, db.write() as writer:
            writer.add(Assembly(name="blocked", municipality=""))
        assert problem.value.kind is EnvironmentKind.DATABASE_LOCKED
    finally:
        other.execute("ROLLBACK")
        other.close()
        event.remove(db.engine, "connect", short_timeout)
        db.engine.dispose()
    with db.write() as writer:
        writer.add(Assembly(name="later", municipality=""))
    with db.read() as session:
        assert session.scalars(select(Assembly.name)).all() == ["later"]
