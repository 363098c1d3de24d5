"""A file is looked at read-only before it is opened for writing: another program's file, a
schema that does not match its revision and a damaged database are refused, byte for byte
unchanged."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.app.errors import EnvironmentKind, EnvironmentProblem
from facilitator.app.files import SQLITE_HEADER
from facilitator.demo import create_demo
from facilitator.store import migrate
from facilitator.store.checking import check_database_file, schema_at
from facilitator.store.engine import create_sqlite_engine
from facilitator.store.opening import open_database


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("checking") / "demo.sqlite"
    with open_database(path, "device") as db:
        create_demo(db, dt.date(2026, 11, 23))
    return path


def copy_of(demo_file: Path, tmp_path: Path, change: Callable[[sqlite3.Connection], object] | None = None) -> Path:
    path = tmp_path / "copy.sqlite"
    shutil.copy(demo_file, path)
    if change is not None:
        with sqlite3.connect(path) as connection:
            change(connection)
        connection.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(path: Path) -> EnvironmentKind:
    """The kind of the refusal; the file and its folder are as they were."""
    before, neighbours = digest(path), sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(EnvironmentProblem) as problem:
        open_database(path, "device")
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == neighbours
    return problem.value.kind


def test_a_sound_database_opens(demo_file: Path) -> None:
    check_database_file(demo_file)
    open_database(demo_file, "device").dispose()


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_another_program_s_database_is_left_alone(tmp_path: Path, journal: str) -> None:
    path = tmp_path / "foreign.db"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA journal_mode={journal}")
        connection.execute("CREATE TABLE contacts(name TEXT, phone TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('Awa', '06 12 34 56 78')")
    connection.close()
    assert refused(path) is EnvironmentKind.NOT_A_FACILITATOR_DATABASE


def test_another_application_id_is_refused(demo_file: Path, tmp_path: Path) -> None:
    path = copy_of(demo_file, tmp_path, lambda connection: connection.execute("PRAGMA application_id = 1234"))
    assert refused(path) is EnvironmentKind.NOT_A_FACILITATOR_DATABASE


def test_another_program_s_alembic_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version(version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
        connection.execute("CREATE TABLE invoice(id INTEGER)")
    connection.close()
    assert refused(path) is EnvironmentKind.NOT_A_FACILITATOR_DATABASE


@given(st.one_of(st.binary(min_size=1, max_size=2048), st.binary(max_size=4096).map(SQLITE_HEADER.__add__)))
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_other_file_is_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "any.sqlite"
    path.write_bytes(content)
    assert refused(path) in {EnvironmentKind.NOT_A_FACILITATOR_DATABASE, EnvironmentKind.DATABASE_DAMAGED}
    path.unlink()


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    path.touch()
    open_database(path, "device").dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == migrate.APPLICATION_ID
    connection.close()


def test_a_database_without_its_revision_is_refused(demo_file: Path, tmp_path: Path) -> None:
    path = copy_of(demo_file, tmp_path, lambda connection: connection.execute("DROP TABLE alembic_version"))
    assert refused(path) is EnvironmentKind.SCHEMA_INCONSISTENT


@pytest.mark.parametrize("revision", ["0001", "0002", "0003", "0004", "0005"])
def test_a_revision_older_than_the_tables_is_refused(demo_file: Path, tmp_path: Path, revision: str) -> None:
    path = copy_of(
        demo_file,
        tmp_path,
        lambda connection: connection.execute("UPDATE alembic_version SET version_num = ?", (revision,)),
    )
    assert refused(path) is EnvironmentKind.SCHEMA_INCONSISTENT


def test_a_missing_table_or_column_is_refused(demo_file: Path, tmp_path: Path) -> None:
    path = copy_of(demo_file, tmp_path, lambda connection: connection.execute("DROP TABLE count_entry"))
    assert refused(path) is EnvironmentKind.SCHEMA_INCONSISTENT
    path = copy_of(demo_file, tmp_path, lambda connection: connection.execute("ALTER TABLE vote DROP COLUMN question"))
    assert refused(path) is EnvironmentKind.SCHEMA_INCONSISTENT


def test_an_older_database_of_the_right_shape_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_sqlite_engine(path)
    migrate.upgrade(engine, "0003")
    engine.dispose()
    assert set(schema_at("0003")) < set(schema_at(migrate.SCHEMA_REVISION))
    open_database(path, "device").dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.SCHEMA_REVISION
    connection.close()


@pytest.mark.parametrize("eighth", range(1, 8))
def test_a_damaged_database_is_refused(demo_file: Path, tmp_path: Path, eighth: int) -> None:
    """4 KB scrambled anywhere in the file, as a failing USB stick does."""
    path = copy_of(demo_file, tmp_path)
    data = bytearray(path.read_bytes())
    start = len(data) * eighth // 8 // 4096 * 4096
    data[start : start + 4096] = bytes(byte ^ 0xA5 for byte in data[start : start + 4096])
    path.write_bytes(bytes(data))
    assert refused(path) is EnvironmentKind.DATABASE_DAMAGED
