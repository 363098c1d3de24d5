"""Decoding CSV exports exactly, and refusing what cannot be decoded (reliability.md)."""

from __future__ import annotations

import codecs
import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.problems import FileProblem, Problem
from facilitator.core.roster.table import RosterRefused
from facilitator.core.roster.text import decode, detect_delimiter, parse_csv

# Letters French rosters hold, quotes, both separators and line breaks: everything cp1252 can carry.
CELL_ALPHABET = "aeiouyAEZéèêëàâçîïôöùûüÿœŒæÉÈÀÇ'’\" ;,-\n" + "ßñ"
cells = st.text(alphabet=CELL_ALPHABET, min_size=1, max_size=15).filter(lambda s: s.strip())


def encode_csv(rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


@given(
    st.lists(st.lists(cells, min_size=3, max_size=3), min_size=1, max_size=8),
    st.sampled_from(["utf-8-sig", "utf-8", "cp1252"]),
    st.sampled_from([";", ","]),
)
def test_every_cell_round_trips_exactly(rows: list[list[str]], encoding: str, delimiter: str) -> None:
    header = ["Nom", "Prénom", "Quartier"]
    table = parse_csv(encode_csv([header, *rows], delimiter, encoding))
    assert table.headers == tuple(header)
    assert [list(row.cells) for row in table.rows] == rows
    assert table.encoding == encoding
    assert table.delimiter == delimiter


def test_line_numbers_are_the_spreadsheet_rows_even_with_embedded_line_breaks() -> None:
    data = 'Nom;Prénom;Remarques\r\nDupont;Jeanne;"deux\r\nlignes"\r\n\r\nMartin;Paul;\r\n'.encode()
    table = parse_csv(data)
    assert [row.line for row in table.rows] == [2, 4]
    assert table.rows[0].cells[2] == "deux\r\nlignes"


def test_excel_utf16_text_export_is_read() -> None:
    data = codecs.BOM_UTF16_LE + "Nom\tPrénom\r\nLefèvre\tHélène\r\n".encode("utf-16-le")
    table = parse_csv(data)
    assert table.delimiter == "\t"
    assert table.rows[0].cells == ("Lefèvre", "Hélène")


def test_delimiter_is_judged_on_the_header_line_only() -> None:
    text = 'Nom;Prénom;Adresse\nDupont;Jeanne;"1, rue A, bât. B, 2e étage"\n'
    assert detect_delimiter(text) == ";"
    assert detect_delimiter('"Nom; de famille",Prénom\n') == ","


def test_mojibake_is_refused_with_its_line() -> None:
    damaged = "Nom;Prénom\nDupont;Jeanne\nLefÃ¨vre;HÃ©lÃ¨ne\n".encode()
    with pytest.raises(RosterRefused) as refusal:
        decode(damaged)
    assert refusal.value.problem.code is FileProblem.MOJIBAKE
    assert refusal.value.problem.params["line"] == 3
    assert refusal.value.problem.params["meant"] == "è"


def test_undecodable_bytes_are_refused_not_replaced() -> None:
    data = b"Nom;Pr\xc3\xa9nom\nDupont;Jeanne\nX;\x81\x8d\n"
    with pytest.raises(RosterRefused) as refusal:
        decode(data)
    assert refusal.value.problem.code is FileProblem.UNDECODABLE
    assert refusal.value.problem.params["line"] == 3


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", FileProblem.EMPTY),
        (b"\xef\xbb\xbf \r\n", FileProblem.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", FileProblem.BINARY),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", FileProblem.BINARY),
        (b"Nom;Pr\xe9nom\n", FileProblem.NO_DATA_ROWS),
    ],
)
def test_whole_file_refusals(data: bytes, code: FileProblem) -> None:
    with pytest.raises(RosterRefused) as refusal:
        parse_csv(data)
    assert refusal.value.problem.code is code


def test_an_unclosed_quote_is_refused_at_the_line_where_it_opens() -> None:
    data = 'Nom;Prénom;Remarques\nDupont;Jeanne;"vient\navec sa fille"\nMartin;Paul;"à rappeler\nPetit;Léa;\n'
    with pytest.raises(RosterRefused) as refusal:
        parse_csv(data.encode())
    assert refusal.value.problem.code is FileProblem.BAD_QUOTES
    assert refusal.value.problem.params["line"] == 4


def test_lines_from_two_encodings_are_refused_at_the_first_foreign_line() -> None:
    data = "Nom;Prénom\nLefèvre;Hélène\nDupont;Jeanne\n".encode() + "Bœuf;Zoé\n".encode("cp1252")
    with pytest.raises(RosterRefused) as refusal:
        parse_csv(data)
    assert refusal.value.problem == Problem(FileProblem.MIXED_ENCODINGS, {"line": 4})


def test_trailing_empty_cells_and_blank_lines_are_dropped() -> None:
    table = parse_csv(b"Nom;Pr\xe9nom;;;\r\nDupont;Jeanne;;;\r\n;;;;\r\n")
    assert table.headers == ("Nom", "Prénom")
    assert [row.cells for row in table.rows] == [("Dupont", "Jeanne")]


@given(st.text(alphabet="éèêàâçîôùûëïüœŒÉÈÀÇ’", min_size=1, max_size=6), st.text(alphabet="abcdeLMN ", max_size=6))
def test_any_double_encoded_french_letter_is_detected(accents: str, plain: str) -> None:
    damaged_text = (plain + accents).encode("utf-8").decode("cp1252", errors="ignore")
    data = f"Nom;Prénom\nDupont;{damaged_text}\n".encode()
    with pytest.raises(RosterRefused) as refusal:
        decode(data)
    assert refusal.value.problem.code is FileProblem.MOJIBAKE
