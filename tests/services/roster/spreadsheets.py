"""Spreadsheets for tests: real XLSX files, and hostile ones built from them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl


def write_xlsx(
    path: Path, rows: list[list[Any]], *, merge: str | None = None, text_columns: tuple[int, ...] = ()
) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for column in text_columns:
        for cell in sheet.iter_cols(min_col=column, max_col=column).__next__():
            cell.number_format = "@"
    if merge:
        sheet.merge_cells(merge)
    workbook.save(path)
    return path


def replace_member(source: Path, target: Path, member: str, content: bytes) -> Path:
    """A copy of an XLSX with one of its zip members replaced."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            data = content if info.filename == member else original.read(info.filename)
            copy.writestr(info, data)
    return target


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c><c r="B1" t="inlineStr"><is><t>&lol9;</t></is></c></row>
</sheetData></worksheet>"""


def zip_bomb(source: Path, target: Path, unpacked_mb: int = 300) -> Path:
    """A copy of an XLSX carrying a member that inflates to ``unpacked_mb`` megabytes."""
    buffer = io.BytesIO(source.read_bytes())
    block = b"\0" * (1024 * 1024)
    with (
        zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/padding.bin", "w", force_zip64=True) as member,
    ):
        for _ in range(unpacked_mb):
            member.write(block)
    target.write_bytes(buffer.getvalue())
    return target
