"""The environment problem behind a database error names its real cause."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from facilitator.app import errors
from facilitator.app.errors import EnvironmentKind, database_problem


def sqlite_error(code: int, text: str = "disk I/O error") -> OperationalError:
    original = sqlite3.OperationalError(text)
    original.sqlite_errorcode = code  # type: ignore[attr-defined]
    return OperationalError("INSERT", {}, original)


@pytest.mark.parametrize("code", [sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR_SHMSIZE, sqlite3.SQLITE_IOERR_SHMMAP])
def test_a_disk_without_room_is_said_full(code: int, tmp_path: Path) -> None:
    problem = database_problem(sqlite_error(code), tmp_path)
    assert problem is not None and problem.kind is EnvironmentKind.DISK_FULL


@pytest.mark.parametrize("code", [sqlite3.SQLITE_IOERR, sqlite3.SQLITE_IOERR_WRITE, sqlite3.SQLITE_IOERR_FSYNC])
def test_an_input_output_error_on_a_full_disk_is_said_full(
    code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Usage:
        free = 4096

    monkeypatch.setattr(errors.shutil, "disk_usage", lambda _folder: Usage())
    problem = database_problem(sqlite_error(code), tmp_path)
    assert problem is not None and problem.kind is EnvironmentKind.DISK_FULL


@pytest.mark.parametrize("code", [sqlite3.SQLITE_IOERR, sqlite3.SQLITE_IOERR_READ, sqlite3.SQLITE_CANTOPEN])
def test_an_input_output_error_with_room_left_is_a_missing_disk(code: int, tmp_path: Path) -> None:
    for folder in (tmp_path, tmp_path / "stick-removed", None):
        problem = database_problem(sqlite_error(code), folder)
        assert problem is not None and problem.kind is EnvironmentKind.DATABASE_UNREACHABLE


def test_a_programming_error_is_not_the_environment(tmp_path: Path) -> None:
    assert database_problem(sqlite_error(sqlite3.SQLITE_ERROR, "no such table: x"), tmp_path) is None
