"""A roster as read from a file, before any interpretation of its columns."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.core.problems import FileProblem, Problem

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 200


@dataclass(frozen=True)
class RawRow:
    """One data line; ``line`` is the row number a spreadsheet shows (the header is line 1)."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class RawTable:
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    encoding: str | None = None
    delimiter: str | None = None


class RosterRefused(Exception):
    """The file as a whole cannot be imported; nothing from it may be written."""

    def __init__(self, code: FileProblem, **params: str | int) -> None:
        super().__init__(f"{code}: {params}")
        self.problem = Problem(code, dict(params))


def refuse_if_too_large(size: int) -> None:
    """Refuse a file over the cap, its size in whole megabytes (rounded up) as people read it."""
    if size > MAX_FILE_BYTES:
        megabytes = -(-size // 1_000_000)
        raise RosterRefused(FileProblem.TOO_LARGE, size=megabytes, limit=MAX_FILE_BYTES // 1_000_000)


def build_table(records: list[list[str]], encoding: str | None, delimiter: str | None) -> RawTable:
    """Header and data rows out of raw records (CSV or spreadsheet), within the size caps.

    Blank records are skipped but still counted, so that line numbers match what the user
    sees when opening the file; trailing empty cells (Excel's ``;;;;``) are dropped.
    """
    numbered = [(number, _trim(record)) for number, record in enumerate(records, start=1)]
    filled = [(number, cells) for number, cells in numbered if cells]
    if not filled:
        raise RosterRefused(FileProblem.EMPTY)
    (_, headers), *data = filled
    if len(data) > MAX_ROWS:
        raise RosterRefused(FileProblem.TOO_MANY_ROWS, rows=len(data), limit=MAX_ROWS)
    widest = max(len(cells) for _, cells in filled)
    if widest > MAX_COLUMNS:
        raise RosterRefused(FileProblem.TOO_MANY_COLUMNS, columns=widest, limit=MAX_COLUMNS)
    if not data:
        raise RosterRefused(FileProblem.NO_DATA_ROWS)
    return RawTable(
        headers=tuple(cell.strip() for cell in headers),
        rows=tuple(RawRow(number, cells) for number, cells in data),
        encoding=encoding,
        delimiter=delimiter,
    )


def _trim(record: list[str]) -> tuple[str, ...]:
    end = len(record)
    while end and not record[end - 1].strip():
        end -= 1
    return tuple(record[:end])
