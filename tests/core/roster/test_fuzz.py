"""Any bytes given as a roster CSV are read as a table or refused with a reason: no other
exception, whatever the file holds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.roster.table import RosterRefused
from facilitator.core.roster.text import parse_csv

CELLS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
SEPARATORS = st.sampled_from([";", ",", "\t", "|"])


@settings(max_examples=300)
@given(st.binary(max_size=600))
def test_any_bytes_are_a_table_or_a_refusal(data: bytes) -> None:
    try:
        table = parse_csv(data)
    except RosterRefused:
        return
    assert table.headers and table.rows
    assert all(row.line >= 2 for row in table.rows)


@given(
    st.lists(st.lists(CELLS, min_size=1, max_size=5), min_size=1, max_size=8),
    SEPARATORS,
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_any_rows_of_any_text_are_a_table_or_a_refusal(rows: list[list[str]], separator: str, encoding: str) -> None:
    text = "\n".join(separator.join(row) for row in rows)
    try:
        table = parse_csv(text.encode(encoding))
    except RosterRefused:
        return
    lines = [row.line for row in table.rows]
    assert lines == sorted(set(lines)) and all(line <= len(rows) + text.count("\n") + 1 for line in lines)
