"""The lines of a codes or entries file: any text reads as lines or as a refusal of one line,
never as a crash or a guessed grade."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.voting.entries import MAX_ROW_VALUE, file_lines, grid_line


def test_an_entries_line_reads_as_a_code_and_its_rows() -> None:
    assert grid_line("K7P2Q-AB12CD34; 3, - ,0") == ("K7P2Q-AB12CD34", (3, None, 0))
    assert grid_line("K7P2Q-AB12CD34") is None
    assert grid_line("K7P2Q-AB12CD34 3 x") is None
    assert grid_line("K7P2Q-AB12CD34 ٣") is None  # an Arabic-Indic digit is not a grade typed here
    assert grid_line(f"K7P2Q-AB12CD34 {MAX_ROW_VALUE + 1}") is None


def test_blank_lines_keep_the_numbers_of_the_file() -> None:
    assert file_lines("A\n\n  \nB\r\nC") == [(1, "A"), (4, "B"), (5, "C")]


@given(st.text(max_size=300))
def test_any_text_reads_as_numbered_lines(text: str) -> None:
    lines = file_lines(text)
    assert all(line and line == line.strip() for _number, line in lines)
    assert [number for number, _line in lines] == sorted({number for number, _line in lines})


@given(st.text(max_size=120))
def test_any_line_is_a_grid_line_or_refused(line: str) -> None:
    parsed = grid_line(line)
    if parsed is not None:
        code, rows = parsed
        assert code and not any(separator in code for separator in " ,;")
        assert rows and all(row is None or 0 <= row <= MAX_ROW_VALUE for row in rows)


@given(
    st.text(alphabet="ABCDEFGHJKMNPQRSTVWXYZ0123456789-", min_size=1, max_size=20),
    st.lists(st.one_of(st.none(), st.integers(0, MAX_ROW_VALUE)), min_size=1, max_size=12),
    st.sampled_from([" ", ",", ";", " ; ", "\t"]),
)
def test_an_entries_line_written_by_any_separator_reads_back(code: str, rows: list[int | None], separator: str) -> None:
    line = separator.join([code, *("-" if row is None else str(row) for row in rows)])
    assert grid_line(line) == (code, tuple(rows))
