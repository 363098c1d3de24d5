"""Cutting long tables into pages: every row once, in order, none past the page, and the
closing block (signatures) never alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.printing import blocks, fonts


@given(
    st.lists(st.floats(min_value=25, max_value=60), max_size=200),
    st.floats(min_value=200, max_value=700),
    st.floats(min_value=0, max_value=1),
)
def test_pages_hold_every_row_once_within_their_height(heights: list[float], capacity: float, share: float) -> None:
    last_capacity = capacity * share
    pages = blocks.paginate(heights, capacity, last_capacity, keep_last=5)
    assert [row for page in pages for row in page] == list(range(len(heights)))
    assert all(sum(heights[i] for i in page) <= capacity or len(page) == 1 for page in pages)
    assert all(len(page) for page in pages) or heights == []
    tail = [heights[i] for i in pages[-1]]
    if heights and sum(heights[-5:]) <= last_capacity:
        assert sum(tail) <= last_capacity  # the closing block fits under the last rows
        assert len(tail) >= min(len(heights), 5)  # and never stands alone


def test_a_short_table_stays_on_one_page() -> None:
    assert blocks.paginate([10.0] * 5, 215, 160) == [range(0, 5)]


def test_the_last_page_keeps_five_rows_with_the_signatures() -> None:
    pages = blocks.paginate([10.0] * 170, 215, 160)
    assert len(pages[-1]) == 5
    assert all(len(page) == 21 for page in pages[:-2])


def test_compound_names_break_after_their_hyphens_only() -> None:
    fonts.register()
    lay_out = blocks.breakable([("DE LA TOUR-DAUVERGNE-SAINT-RÉMY", True), ("Marie-Christine", False)])
    narrow = lay_out(8.5, 60)
    lines = narrow.replace("<b>", "").replace("</b>", "").split("<br/>")
    assert "".join(line if line.endswith("-") else line + " " for line in lines).strip() == (
        "DE LA TOUR-DAUVERGNE-SAINT-RÉMY Marie-Christine"
    )
    assert len(lines) > 2
    assert "<br/>" not in lay_out(8.5, 1000)
