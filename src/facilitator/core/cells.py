"""Cells of exported spreadsheets, made harmless (OWASP "CSV injection").

A spreadsheet program runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula,
and tab or carriage return let one hide; a name or a note typed at the desk must never
become a formula on the finance office's computer. Such a text cell is prefixed with an
apostrophe, which spreadsheets show as text and which anyone can see.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from enum import StrEnum

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text`` as a cell that no spreadsheet will read as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def euros(cents: int, decimal_separator: str = ",") -> str:
    """An amount for a spreadsheet cell: "1234,50" (no thousands separator, no symbol)."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole}{decimal_separator}{rest:02d}"


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


def spreadsheet_csv(rows: Iterable[Sequence[str]]) -> bytes:
    """CSV for French spreadsheets: UTF-8 with a BOM, ``;`` between cells, CRLF line ends.
    Cells are written as given: the caller neutralises text and formats numbers."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")
