"""Itinerary slips: ten 95 × 54 mm slips per A4 page, one per person, with their table in each
round, to cut out and hand over at the desk (alphabetical, as the desk hands them out)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from facilitator.core.names import name_key
from facilitator.printing import fonts
from facilitator.printing.cutting import CardGrid
from facilitator.printing.model import ItinerarySlip
from facilitator.printing.page import INK, MUTED, PORTRAIT, Section, canvas_document, draw_fitted
from facilitator.text.translate import TranslationContext

GRID = CardGrid(columns=2, rows=5, width=95 * mm, height=54 * mm)
PADDING = 5 * mm
PER_COLUMN = 5
"""Rounds listed in one column of a slip; more rounds take a second column."""


class ItinerarySlipsDocument(TranslationContext):
    """The translation context of the slips' words (``ItinerarySlipsDocument.tr``: lupdate sees it)."""


def sorted_slips(slips: Sequence[ItinerarySlip]) -> list[ItinerarySlip]:
    return sorted(slips, key=lambda slip: (*name_key(slip.last_name, slip.first_name), slip.badge_number))


def _round_line(index: int, table: int | None) -> str:
    where = ItinerarySlipsDocument.tr("table {number}").format(number=table) if table is not None else "—"
    return ItinerarySlipsDocument.tr("Round {number}: {where}").format(number=index + 1, where=where)


def draw_slip(canvas: Canvas, slip: ItinerarySlip, x: float, y: float, caption: str) -> None:
    width = GRID.width - 2 * PADDING
    left = x + PADDING
    top = y + GRID.height - PADDING
    canvas.setFillColor(INK)
    draw_fitted(canvas, left, top - 13, slip.first_name, fonts.BOLD, 15, width * 0.7)
    canvas.setFillColor(MUTED)
    number = ItinerarySlipsDocument.tr("No. {number}").format(number=slip.badge_number)
    draw_fitted(canvas, x + GRID.width - PADDING, top - 12, number, fonts.REGULAR, 8, width * 0.28, align="right")
    canvas.setFillColor(INK)
    draw_fitted(canvas, left, top - 25, slip.last_name, fonts.REGULAR, 11, width)
    cursor = top - 42
    if slip.host_of is not None:
        canvas.setFillColor(MUTED)
        draw_fitted(
            canvas,
            left,
            cursor,
            ItinerarySlipsDocument.tr("You host table {number}.").format(number=slip.host_of),
            fonts.BOLD,
            9,
            width,
        )
        cursor -= 11
    canvas.setFillColor(INK)
    columns = 1 if len(slip.tables) <= PER_COLUMN else 2
    column_width = width / columns
    per_column = -(-len(slip.tables) // columns)
    lines_room = max(1, per_column)
    step = min(15.0, (cursor - (y + PADDING + 8)) / lines_room)
    size = min(12.5, step * 0.82)
    for index, table in enumerate(slip.tables):
        column, line = divmod(index, per_column)
        draw_fitted(
            canvas,
            left + column * column_width,
            cursor - line * step,
            _round_line(index, table),
            fonts.BOLD if table else fonts.REGULAR,
            size,
            column_width - 2 * mm,
        )
    canvas.setFillColor(MUTED)
    draw_fitted(canvas, left, y + PADDING - 1, caption, fonts.REGULAR, 6.5, width)


def itinerary_slips_pdf(slips: Sequence[ItinerarySlip], caption: str, generated_at: dt.datetime) -> bytes:
    buffer, canvas = canvas_document(
        Section(ItinerarySlipsDocument.tr("Itineraries"), None, caption=caption), generated_at, PORTRAIT
    )
    ordered = sorted_slips(slips)
    for start in range(0, max(len(ordered), 1), GRID.per_page):
        GRID.draw_cut_marks(canvas)
        for index, slip in enumerate(ordered[start : start + GRID.per_page]):
            draw_slip(canvas, slip, *GRID.corner(index), caption)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
