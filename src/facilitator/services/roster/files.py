"""Reading roster files from disk: CSV through ``core``, XLSX through openpyxl, safely.

An XLSX file is a zip of XML: before openpyxl sees it, its members are checked against caps
on count and unpacked size (zip bombs); openpyxl then reads it in read-only, values-only
mode with defusedxml installed (XML entity bombs). Cached values of formulas are read, never
the formulas themselves.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import zipfile
from pathlib import Path

from defusedxml import DefusedXmlException

from facilitator.app.errors import file_problem
from facilitator.core.problems import FileProblem
from facilitator.core.roster.table import (
    MAX_COLUMNS,
    MAX_ROWS,
    RawTable,
    RosterRefused,
    build_table,
    refuse_if_too_large,
)
from facilitator.core.roster.text import parse_csv

log = logging.getLogger("facilitator.roster")

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ZIP_MEMBERS = 2000
ROSTER_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")
_TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
# Spreadsheets openpyxl cannot read; .ods and .numbers are zip files too, so this is checked
# before the zip signature.
_UNSUPPORTED_SUFFIXES = (".xls", ".ods", ".numbers")

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def read_roster(path: Path) -> RawTable:
    """The table in a roster file; ``RosterRefused`` or ``EnvironmentProblem`` otherwise."""
    try:
        refuse_if_too_large(path.stat().st_size)
        data = path.read_bytes()
    except OSError as error:
        raise file_problem(error) from error
    suffix = path.suffix.lower()
    if data.startswith(_OLE_MAGIC) or suffix in _UNSUPPORTED_SUFFIXES:
        raise RosterRefused(FileProblem.UNSUPPORTED_FORMAT, suffix=suffix or "?")
    if data.startswith(_ZIP_MAGIC) and suffix not in _TEXT_SUFFIXES:
        return parse_xlsx(data)
    return parse_csv(data)


def parse_xlsx(data: bytes) -> RawTable:
    _check_zip(data)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl reports damage with many exception types
        raise _spreadsheet_refusal(error) from error
    try:
        records = _sheet_records(workbook.active or workbook.worksheets[0])
    except RosterRefused:
        raise
    except Exception as error:
        raise _spreadsheet_refusal(error) from error
    finally:
        workbook.close()
    return build_table(records, encoding=None, delimiter=None)


def _sheet_records(sheet: object) -> list[list[str]]:
    """The rows of the sheet the file opens on, within the caps.

    Only rows with a value count against the row cap: spreadsheets often carry formatting down
    to row 1 048 576. Blank rows between people are kept so that line numbers stay the
    spreadsheet's; blank rows at the end are dropped.
    """
    sheet.reset_dimensions()  # type: ignore[attr-defined]
    records: list[list[str]] = []
    blank_run = filled = 0
    for values in sheet.iter_rows(values_only=True):  # type: ignore[attr-defined]
        if all(value is None or value == "" for value in values):
            blank_run += 1
            continue
        filled += 1
        if filled > MAX_ROWS + 1:  # the header line is not a person
            continue  # counted only, so that the refusal says how many people the file holds
        if len(values) > MAX_COLUMNS and any(value is not None for value in values[MAX_COLUMNS:]):
            raise RosterRefused(FileProblem.TOO_MANY_COLUMNS, columns=len(values), limit=MAX_COLUMNS)
        records.extend([] for _ in range(blank_run))
        blank_run = 0
        records.append([_cell_text(value) for value in values[:MAX_COLUMNS]])
    if filled > MAX_ROWS + 1:
        raise RosterRefused(FileProblem.TOO_MANY_ROWS, rows=filled - 1, limit=MAX_ROWS)
    return records


def _spreadsheet_refusal(error: Exception) -> RosterRefused:
    """Entity tricks (billion laughs, external entities) stopped by defusedxml, which openpyxl
    may wrap in its own exception, are a bomb; anything else is a damaged file."""
    log.warning("spreadsheet refused", exc_info=error)
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return RosterRefused(FileProblem.SPREADSHEET_BOMB)
        cause = cause.__cause__ or cause.__context__
    return RosterRefused(FileProblem.MALFORMED, detail=f"{type(error).__name__}: {str(error).splitlines()[0]}")


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as error:
        raise RosterRefused(FileProblem.MALFORMED, detail=str(error)) from error
    if len(members) > MAX_ZIP_MEMBERS or sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
        raise RosterRefused(FileProblem.SPREADSHEET_BOMB)


def _cell_text(value: object) -> str:
    """A cell as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
