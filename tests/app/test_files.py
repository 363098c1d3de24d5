"""No output replaces a database: the open one, another one, or one of their companion files,
however the path is spelled."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from facilitator.app.files import SQLITE_HEADER, OutputRefused, protect_database, write_atomically


def sqlite_file(path: Path) -> bytes:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts(name TEXT, phone TEXT)")
    connection.close()
    return path.read_bytes()


def test_a_document_is_written_and_rewritten(tmp_path: Path) -> None:
    target = tmp_path / "out" / "badges.pdf"
    write_atomically(target, b"%PDF-1 first")
    write_atomically(target, b"%PDF-1 second")
    assert target.read_bytes() == b"%PDF-1 second"
    assert [p.name for p in target.parent.iterdir()] == ["badges.pdf"]


@pytest.mark.parametrize(
    "spelling",
    [
        lambda db: db,
        lambda db: db.parent / "." / db.name,
        lambda db: db.parent / "sub" / ".." / db.name,
        lambda db: Path(os.path.relpath(db)),
    ],
    ids=["plain", "dot", "dotdot", "relative"],
)
def test_an_output_over_a_database_is_refused_however_spelled(tmp_path: Path, spelling: object) -> None:
    database = tmp_path / "assembly.db"
    before = sqlite_file(database)
    (tmp_path / "sub").mkdir()
    with pytest.raises(OutputRefused):
        write_atomically(spelling(database), b"name;total\n")  # type: ignore[operator]
    assert database.read_bytes() == before


def test_a_link_to_a_database_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "assembly.sqlite"
    before = sqlite_file(database)
    (tmp_path / "export.csv").symlink_to(database)
    os.link(database, tmp_path / "hard.pdf")
    for output in (tmp_path / "export.csv", tmp_path / "hard.pdf"):
        with pytest.raises(OutputRefused):
            write_atomically(output, b"x")
    assert database.read_bytes() == before


@pytest.mark.parametrize("companion", ["-wal", "-shm", "-journal"])
def test_the_companion_files_of_a_database_are_refused(tmp_path: Path, companion: str) -> None:
    database = tmp_path / "demo.sqlite"
    sqlite_file(database)
    with pytest.raises(OutputRefused):
        write_atomically(tmp_path / f"demo.sqlite{companion}", b"%PDF")
    assert not (tmp_path / f"demo.sqlite{companion}").exists()


def test_an_open_database_is_refused_even_without_a_readable_header(tmp_path: Path) -> None:
    """An encrypted database does not start with SQLite's header: the opened ones are known."""
    database = tmp_path / "encrypted.db"
    database.write_bytes(os.urandom(4096))
    protect_database(database)
    with pytest.raises(OutputRefused):
        write_atomically(tmp_path / "." / "encrypted.db", b"%PDF")
    with pytest.raises(OutputRefused):
        write_atomically(tmp_path / "encrypted.db-wal", b"%PDF")


def test_an_open_database_is_refused_through_the_service(db: object, tmp_path: Path) -> None:
    """The ``db`` fixture's file, opened by the application, is one an export may not replace."""
    path = tmp_path / "test.sqlite"
    before = path.read_bytes()
    with pytest.raises(OutputRefused):
        write_atomically(path, b"name;total\n")
    assert path.read_bytes() == before


@given(st.binary(max_size=64), st.sampled_from(["report.txt", "x-wal", "notes-journal"]))
def test_any_other_file_may_be_replaced(content: bytes, name: str) -> None:
    assume(not content.startswith(SQLITE_HEADER))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / name
        target.write_bytes(content)
        write_atomically(target, b"new")
        assert target.read_bytes() == b"new"
