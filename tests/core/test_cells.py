"""Exported cells never become formulas."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.cells import FORMULA_STARTS, euros, neutralise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+33 6 12 34 56 78", "'+33 6 12 34 56 78"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Dupont", "Dupont"),
        ("06 12 34 56 78", "06 12 34 56 78"),
        ("", ""),
    ],
)
def test_formula_starts_are_neutralised(text: str, expected: str) -> None:
    assert neutralise(text) == expected


@given(st.text())
def test_no_neutralised_cell_starts_like_a_formula(text: str) -> None:
    cell = neutralise(text)
    assert not cell.startswith(FORMULA_STARTS)
    assert cell.removeprefix("'") == text or cell == text


def test_euros_for_spreadsheets() -> None:
    assert euros(123450) == "1234,50"
    assert euros(5) == "0,05"
    assert euros(9000, ".") == "90.00"
    assert euros(-150) == "-1,50"
