"""Every command refuses, with a French message and nothing written, a file that is not a
sound facilitator database."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.helpers.cli import demo_database, facilitator


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return demo_database(tmp_path_factory.mktemp("databases"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_another_program_s_file_is_left_alone_whatever_the_command(tmp_path: Path, demo: tuple[Path, Path]) -> None:
    _database, basedir = demo
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE contacts(name TEXT, phone TEXT)")
    connection.close()
    roster = tmp_path / "roster.csv"
    roster.write_text("Nom;Prénom\nDupont;Jeanne\n", encoding="utf-8")
    before = digest(foreign)
    for command in (["roster", "list"], ["roster", "import", roster], ["session", "list"], ["self-test"]):
        done = facilitator(*command, "--db", foreign, basedir=basedir)
        assert done.returncode == 4, (command, done.stdout, done.stderr)
        assert "n'est pas une base de données facilitator" in done.stderr
        assert "Traceback" not in done.stderr
    assert digest(foreign) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["foreign.db", "roster.csv"]


def test_a_schema_without_its_revision_is_explained(tmp_path: Path, demo: tuple[Path, Path]) -> None:
    database, basedir = demo
    copy = tmp_path / "copy.sqlite"
    shutil.copy(database, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("DROP TABLE alembic_version")
    connection.close()
    done = facilitator("roster", "list", "--db", copy, basedir=basedir)
    assert done.returncode == 4 and "ne correspondent pas" in done.stderr and "Traceback" not in done.stderr


def test_a_damaged_database_is_not_written_into(tmp_path: Path, demo: tuple[Path, Path]) -> None:
    database, basedir = demo
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(database.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = bytes(byte ^ 0x5A for byte in data[middle : middle + 4096])
    damaged.write_bytes(bytes(data))
    before = digest(damaged)
    for command in (["self-test"], ["session", "create", "--date", "2027-01-09", "--place", "Mairie"]):
        done = facilitator(*command, "--db", damaged, basedir=basedir)
        assert done.returncode == 4, (command, done.stdout, done.stderr)
        assert "endommagé" in done.stderr and "OK" not in done.stdout
    assert digest(damaged) == before
