"""Problems of the machine rather than of the program: a locked or full disk, an unreadable file.

These get a clear French message and a "Réessayer" button (the user can close the other
program, free some space, plug the USB stick back); bugs get the crash dialog instead. The
translation from low-level exceptions to these kinds lives here, in one place.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from enum import StrEnum
from pathlib import Path

from sqlalchemy.exc import DBAPIError


class EnvironmentKind(StrEnum):
    DATABASE_LOCKED = "database_locked"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    DATABASE_DAMAGED = "database_damaged"
    DATABASE_UNREACHABLE = "database_unreachable"
    DATABASE_TOO_NEW = "database_too_new"
    NOT_A_FACILITATOR_DATABASE = "not_a_facilitator_database"
    SCHEMA_INCONSISTENT = "schema_inconsistent"
    FILE_UNREADABLE = "file_unreadable"
    FILE_NOT_FOUND = "file_not_found"
    FILE_UNWRITABLE = "file_unwritable"
    CENTRAL_OUTDATED = "central_outdated"
    """The central store is not at this version's schema: ``central init`` brings it there."""
    SERVER_UNREACHABLE = "server_unreachable"
    """The sync service does not answer (no network, server stopped, a proxy failing)."""


class EnvironmentProblem(Exception):
    """Something outside the program prevents an action; trying again later may work."""

    def __init__(self, kind: EnvironmentKind, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else str(kind))
        self.kind = kind
        self.detail = detail


_SQLITE_KINDS = {
    sqlite3.SQLITE_BUSY: EnvironmentKind.DATABASE_LOCKED,
    sqlite3.SQLITE_LOCKED: EnvironmentKind.DATABASE_LOCKED,
    sqlite3.SQLITE_FULL: EnvironmentKind.DISK_FULL,
    sqlite3.SQLITE_READONLY: EnvironmentKind.READ_ONLY,
    sqlite3.SQLITE_CANTOPEN: EnvironmentKind.DATABASE_UNREACHABLE,
    sqlite3.SQLITE_IOERR: EnvironmentKind.DATABASE_UNREACHABLE,
    sqlite3.SQLITE_CORRUPT: EnvironmentKind.DATABASE_DAMAGED,
    sqlite3.SQLITE_NOTADB: EnvironmentKind.DATABASE_DAMAGED,
}


_SQLITE_DISK_FULL_CODES = {sqlite3.SQLITE_IOERR_SHMSIZE, sqlite3.SQLITE_IOERR_SHMMAP}
"""Extended codes of a write-ahead index that cannot grow: the disk has no room left."""
ALMOST_FULL_BYTES = 1 << 20
"""Below this much free space, an input-output error of the database is the disk being full."""


def database_problem(error: DBAPIError, folder: Path | None = None) -> EnvironmentProblem | None:
    """The environment problem behind a database error, or None when it is a bug.

    SQLite names a full disk ``SQLITE_FULL`` only when a write says so; a write-ahead index that
    cannot grow, or a write whose system error SQLite does not pass on, is an input-output
    error, which a USB stick pulled out also gives: the free space of the database's
    ``folder`` tells the two apart."""
    original = error.orig
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)
        if code is None:
            return None
        kind = EnvironmentKind.DISK_FULL if code in _SQLITE_DISK_FULL_CODES else _SQLITE_KINDS.get(code & 0xFF)
        if code & 0xFF == sqlite3.SQLITE_IOERR and folder is not None and _almost_full(folder):
            kind = EnvironmentKind.DISK_FULL
        return EnvironmentProblem(kind, str(original)) if kind else None
    if error.connection_invalidated or type(original).__name__ in {"OperationalError", "InterfaceError"}:
        return EnvironmentProblem(EnvironmentKind.DATABASE_UNREACHABLE, str(original))
    return None


def _almost_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < ALMOST_FULL_BYTES
    except OSError:
        return False


def file_problem(error: OSError, *, writing: bool = False) -> EnvironmentProblem:
    """The environment problem behind a failed file operation."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        kind = EnvironmentKind.DISK_FULL
    elif isinstance(error, FileNotFoundError):
        kind = EnvironmentKind.FILE_NOT_FOUND
    else:
        kind = EnvironmentKind.FILE_UNWRITABLE if writing else EnvironmentKind.FILE_UNREADABLE
    return EnvironmentProblem(kind, str(error.filename or error))
