"""Sheets of cards to cut out (badges, itinerary slips): a grid centred on the page, a faint
dashed outline of each card and short ticks in the margins along every cutting line."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from facilitator.printing.page import PORTRAIT

CUT = Color(0.55, 0.55, 0.55)
OUTLINE = Color(0.82, 0.82, 0.82)


@dataclass(frozen=True)
class CardGrid:
    columns: int
    rows: int
    width: float
    height: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self) -> tuple[float, float]:
        """Lower-left corner of the grid, centred on an A4 portrait page."""
        page_width, page_height = PORTRAIT
        return (page_width - self.columns * self.width) / 2, (page_height - self.rows * self.height) / 2

    def corner(self, index: int) -> tuple[float, float]:
        """Lower-left corner of the ``index``-th card of a page, row by row from the top."""
        left, bottom = self.origin()
        row, column = divmod(index, self.columns)
        return left + column * self.width, bottom + (self.rows - 1 - row) * self.height

    def draw_cut_marks(self, canvas: Canvas) -> None:
        left, bottom = self.origin()
        right, top = left + self.columns * self.width, bottom + self.rows * self.height
        canvas.saveState()
        canvas.setStrokeColor(OUTLINE)
        canvas.setLineWidth(0.25)
        canvas.setDash(2, 2)
        xs = [left + i * self.width for i in range(self.columns + 1)]
        ys = [bottom + j * self.height for j in range(self.rows + 1)]
        canvas.grid(xs, ys)
        canvas.setDash()
        canvas.setStrokeColor(CUT)
        canvas.setLineWidth(0.4)
        gap, length = 2 * mm, 6 * mm
        for x in xs:
            canvas.line(x, top + gap, x, top + gap + length)
            canvas.line(x, bottom - gap, x, bottom - gap - length)
        for y in ys:
            canvas.line(left - gap, y, left - gap - length, y)
            canvas.line(right + gap, y, right + gap + length, y)
        canvas.restoreState()
