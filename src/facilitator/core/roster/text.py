"""Turning the bytes of a CSV export into rows of text, exactly.

French Excel writes "CSV (séparateur : point-virgule)" in cp1252 and "CSV UTF-8" with a BOM;
"Texte Unicode" is UTF-16. Decoding is strict: a file that is neither valid UTF-8 nor valid
cp1252 is refused with the place of the first bad byte, never patched with replacement
characters, and a file already damaged by a wrong conversion (mojibake such as "Ã©") is
refused too, because importing it would store wrong names.
"""

from __future__ import annotations

import codecs
import csv
import io
import re

from facilitator.core.problems import FileProblem
from facilitator.core.roster.table import RawTable, RosterRefused, build_table, refuse_if_too_large

DELIMITERS = (";", ",", "\t", "|")

# UTF-8 read as cp1252: accented letters (C2/C3 xx) become "Ã©", "Â«"; œ and Œ (C5 93/92)
# become "Å“", "Å’"; typographic quotes and dashes (E2 80 xx) become "â€™". Only these lead
# bytes are looked for, so that genuine French text ("ÇŒ") is never mistaken for damage.
_CONTINUATION = re.escape(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore"))
_MOJIBAKE = re.compile(f"[ÂÃ][{_CONTINUATION}]|Å[’“]|â€[{_CONTINUATION}]")
# A well-formed UTF-8 sequence for a letter beyond ASCII; in a file that is not valid UTF-8 as a
# whole, it means lines from two encodings were pasted together.
# Only French letters and punctuation are looked for (é, œ, ’, «), whose bytes read as cp1252
# are the damage _MOJIBAKE describes, never genuine French text.
_UTF8_MULTIBYTE = re.compile(rb"\xc3[\x80-\xbf]|\xc5[\x92\x93]|\xe2\x80[\x80-\xbf]|\xc2[\xa0-\xbf]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# A stray control character is a line's problem; many of them mean this is not text at all.
_CONTROL_TOLERATED = 10


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read with."""
    refuse_if_too_large(len(data))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16"), "utf-16"
    elif b"\x00" in data:
        raise RosterRefused(FileProblem.BINARY)
    elif data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data, "utf-8-sig"), "utf-8-sig"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as error:
            text, encoding = _strict(data, "cp1252"), "cp1252"
            if _UTF8_MULTIBYTE.search(data):
                raise RosterRefused(FileProblem.MIXED_ENCODINGS, line=_line_of(data, error.start)) from None
    if not text.strip():
        raise RosterRefused(FileProblem.EMPTY)
    if len(_CONTROL.findall(text)) > max(_CONTROL_TOLERATED, len(text) // 100):
        raise RosterRefused(FileProblem.BINARY)
    _refuse_mojibake(text)
    return text, encoding


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise RosterRefused(
            FileProblem.UNDECODABLE, line=_line_of(data, error.start), byte=f"0x{data[error.start]:02X}"
        ) from None


def _refuse_mojibake(text: str) -> None:
    for match in _MOJIBAKE.finditer(text):
        try:
            repaired = match.group().encode("cp1252").decode("utf-8")
        except UnicodeError:
            continue
        line = text.count("\n", 0, match.start()) + 1
        raise RosterRefused(FileProblem.MOJIBAKE, line=line, sample=match.group(), meant=repaired)


def header_line(text: str) -> str:
    """The first record's text, up to the first line break outside quotes."""
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted and text[:index].strip():
            return text[:index]
    return text


def detect_delimiter(text: str) -> str:
    """The separator of a CSV text, judged on its header line only.

    ``csv.Sniffer`` guesses from the data too and is fooled by commas inside addresses; the
    header line has no such noise. Ties go to ";" (French Excel's choice).
    """
    header = header_line(text)
    counts = {delimiter: 0 for delimiter in DELIMITERS}
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ";"


def parse_csv(data: bytes) -> RawTable:
    """A CSV file's rows, every cell's text kept exactly (quotes, separators, line breaks)."""
    text, encoding = decode(data)
    delimiter = detect_delimiter(text)
    # Strict: an unclosed quote would otherwise swallow every following line into one cell.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    record_start = 1
    try:
        for record in reader:
            records.append(record)
            record_start = reader.line_num + 1
    except csv.Error as error:
        raise RosterRefused(FileProblem.BAD_QUOTES, line=record_start, detail=str(error)) from None
    return build_table(records, encoding, delimiter)
