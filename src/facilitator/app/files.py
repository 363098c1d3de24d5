"""Writing files so that an interruption never leaves half a file behind, and never over a
database.

Every document, export and report goes through ``write_atomically``. An output named like a
database, through a link, a relative path or another spelling of the same file, would replace
the assembly's data with a PDF or a CSV: such an output is refused before anything is
written, whichever way it was asked (a dialog, the command line).
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

from facilitator.app.errors import file_problem

SQLITE_HEADER = b"SQLite format 3\x00"
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")
"""The files SQLite keeps beside a database (its write-ahead log, its index, its rollback journal)."""

_open_databases: set[Path] = set()
_open_databases_lock = threading.Lock()


class OutputRefused(Exception):
    """An output would replace a database or one of its companion files; nothing was written."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def protect_database(path: Path) -> None:
    """Remember an opened database, so that no output replaces it even where its content does
    not say it is one (an encrypted database has no readable header)."""
    with _open_databases_lock:
        _open_databases.add(_canonical(path))


def check_output(path: Path) -> None:
    """Refuse (``OutputRefused``) an output that would replace a database or a companion file."""
    for database in _candidates(path):
        if _is_database(database):
            raise OutputRefused(path)


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename it over ``path``."""
    check_output(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise file_problem(error, writing=True) from error


def _candidates(path: Path) -> list[Path]:
    """``path`` itself, and the database it would be a companion of if its name says so."""
    candidates = [path]
    for suffix in DATABASE_COMPANIONS:
        if path.name.lower().endswith(suffix):
            candidates.append(path.with_name(path.name[: -len(suffix)]))
    return candidates


def _is_database(path: Path) -> bool:
    canonical = _canonical(path)
    with _open_databases_lock:
        opened = list(_open_databases)
    if canonical in opened or any(_same_file(path, database) for database in opened):
        return True
    try:
        return starts_as_sqlite(path)
    except OSError:
        return False


def starts_as_sqlite(path: Path) -> bool:
    """Whether the file begins with SQLite's header (``OSError`` if it cannot be read)."""
    with path.open("rb") as stream:
        return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _same_file(path: Path, other: Path) -> bool:
    """The same file under two names (a hard link, a case-insensitive disk)."""
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def _canonical(path: Path) -> Path:
    return Path(os.path.normcase(os.path.realpath(path.expanduser())))
