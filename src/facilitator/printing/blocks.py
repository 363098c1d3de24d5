"""Building blocks of the documents' bodies: text styles, table looks, signature blocks,
and the pagination of long tables.

Tables of people are paginated here rather than by platypus' automatic splitting, because
the documents need to know which rows land on which page (page totals on the feuille
d'émargement) and must keep the last rows with the signature block: a signature alone on
an empty page certifies nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from facilitator.printing import fonts
from facilitator.printing.page import INK, MUTED, RULE, draw_fitted

ALIGNMENTS: dict[str, Literal[0, 1, 2, 4]] = {"left": TA_LEFT, "centre": TA_CENTER, "right": TA_RIGHT}
HEADER_FILL = Color(0.9, 0.9, 0.9)
TOTAL_FILL = Color(0.95, 0.95, 0.95)
GRID = Color(0.45, 0.45, 0.45)
CELL_PADDING = 3
_PIECES = re.compile(r"[^-]*-|[^-]+")
"""The parts of a word after which a line may break: each up to and including a hyphen."""


@lru_cache(maxsize=512)
def style(
    size: float = 9, *, bold: bool = False, align: str = "left", muted: bool = False, cut_words: bool = True
) -> ParagraphStyle:
    """A text style; lines break at spaces, and inside a word only when ``cut_words`` and
    nothing else fits. (reportlab's own break after hyphens is not used: re-wrapping such a
    paragraph, as tables do, drops hyphens; ``breakable`` places those breaks instead.)"""
    return ParagraphStyle(
        f"s{size}{bold}{align}{muted}{cut_words}",
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        leading=size * 1.22,
        alignment=ALIGNMENTS[align],
        textColor=MUTED if muted else INK,
        splitLongWords=int(cut_words),
    )


def markup(text: str) -> str:
    """``text`` as paragraph markup: escaped, line breaks kept.

    reportlab breaks lines at a narrow no-break space (U+202F, Babel's French thousands
    separator), which would split "1 234,50 €"; in running text it becomes a no-break space.
    """
    return escape(text).replace("\u202f", "\u00a0").replace("\n", "<br/>")


Source = str | Callable[[float, float], str]
"""Paragraph markup, or a function of (font size, width) giving it (see ``breakable``)."""


def breakable(segments: Sequence[tuple[str, bool]]) -> Callable[[float, float], str]:
    """Markup of ``segments`` (text, bold) that breaks lines at spaces and after hyphens
    ("Jean-" / "Baptiste"), so that a long compound name wraps whole rather than mid-word."""

    def lay_out(size: float, width: float) -> str:
        lines: list[list[str]] = [[]]
        used = 0.0
        for text, bold in segments:
            font = fonts.BOLD if bold else fonts.REGULAR
            for word in text.split():
                for index, piece in enumerate(_PIECES.findall(word)):
                    spaced = index == 0 and bool(lines[-1])
                    piece_width = stringWidth(piece, font, size)
                    extra = stringWidth(" ", font, size) if spaced else 0.0
                    if lines[-1] and used + extra + piece_width > width:
                        lines.append([])
                        spaced, extra, used = False, 0.0, 0.0
                    used += extra + piece_width
                    shown = f"<b>{escape(piece)}</b>" if bold else escape(piece)
                    lines[-1].append((" " if spaced else "") + shown)
        return "<br/>".join("".join(line) for line in lines)

    return lay_out


def name_source(last_name: str, first_name: str) -> Callable[[float, float], str]:
    """ "LEFÈVRE Hélène": the last name in capitals and bold, as administrative lists write it."""
    return breakable([(last_name.upper(), True), (first_name, False)])


def para(text: str, size: float = 9, *, bold: bool = False, align: str = "left", muted: bool = False) -> Paragraph:
    return Paragraph(markup(text), style(size, bold=bold, align=align, muted=muted))


def rich(source: str, size: float = 9, *, align: str = "left", muted: bool = False) -> Paragraph:
    """A paragraph of markup built by the caller (already escaped, may hold ``<b>``)."""
    return Paragraph(source, style(size, align=align, muted=muted))


def fitted(
    source: Source,
    width: float,
    height: float,
    size: float = 9,
    minimum: float = 6.5,
    *,
    bold: bool = False,
    align: str = "left",
    muted: bool = False,
    padding: float = CELL_PADDING,
    max_lines: int = 99,
    floor: float | None = None,
) -> Paragraph:
    """A paragraph of markup shrunk (down to ``minimum``) until it fits ``width`` × ``height``
    (a table cell's size, ``padding`` on each side) in at most ``max_lines`` lines.

    Long names stay whole and legible on one or two lines; past the minimum, the row grows
    (the caller measures rows) rather than letting text run over its neighbours. A box that
    cannot grow (a badge, a card) gives a ``floor``: past the minimum, words may then be cut
    and the text shrinks on down to the floor, so that it stays inside the box.
    """
    inner = width - 2 * padding

    def text(at: float) -> str:
        return source if isinstance(source, str) else source(at, inner)

    def within(at: float, cut_words: bool) -> Paragraph | None:
        paragraph = Paragraph(text(at), style(at, bold=bold, align=align, muted=muted, cut_words=cut_words))
        return paragraph if fits(paragraph, inner, height - 2 * padding, max_lines) else None

    while size > minimum:
        found = within(size, cut_words=False)
        if found is not None:
            return found
        size = max(minimum, size - 0.5)
    size = minimum
    while floor is not None and size >= floor:
        found = within(size, cut_words=True)
        if found is not None:
            return found
        size -= 0.5
    return Paragraph(text(minimum), style(minimum, bold=bold, align=align, muted=muted))


def fits(paragraph: Paragraph, width: float, height: float, max_lines: int = 99) -> bool:
    """True when ``paragraph`` wraps within ``width`` × ``height`` in at most ``max_lines`` lines."""
    _, needed = paragraph.wrap(width, 10_000)
    widths = paragraph.getActualLineWidths0()
    return needed <= height + 0.01 and len(widths) <= max_lines and max(widths, default=0) <= width + 0.01


class Line(Flowable):
    """One line of text that shrinks to its cell's width: an amount never runs into the next
    column, and keeps Babel's narrow no-break space."""

    def __init__(self, text: str, size: float = 8.5, *, bold: bool = False, align: str = "right") -> None:
        super().__init__()
        self.text, self.size, self.bold, self.align = text, size, bold, align

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, self.size * 1.22
        return self.width, self.height

    def draw(self) -> None:
        x = {"left": 0, "centre": self.width / 2, "right": self.width}[self.align]
        font = fonts.BOLD if self.bold else fonts.REGULAR
        draw_fitted(
            self.canv,
            x,
            self.size * 0.3,
            self.text,
            font,
            self.size,
            self.width,
            align=self.align,
            minimum=4,
            cut=False,
        )


def cell_height(cell: object, width: float) -> float:
    """The height a table cell needs at ``width``, padding included."""
    if isinstance(cell, Flowable):
        return cell.wrap(width - 2 * CELL_PADDING, 10_000)[1] + 2 * CELL_PADDING
    return 9 * 1.22 + 2 * CELL_PADDING


def row_height(cells: Sequence[object], widths: Sequence[float], minimum: float) -> float:
    return max(minimum, *(cell_height(cell, width) for cell, width in zip(cells, widths, strict=True)))


def grid_style(header_rows: int = 1, *, total_row: bool = False) -> list[tuple]:
    """The tables' sober look: thin grey grid, shaded header (and totals) row, cells centred vertically."""
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, INK),
        ]
    if total_row:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
            ("FONT", (0, -1), (-1, -1), fonts.BOLD, 8.5),
        ]
    return commands


def header_cells(labels: Sequence[str], widths: Sequence[float], size: float = 7.5) -> list[Paragraph]:
    """Column titles, centred, shrunk rather than cut inside a word."""
    return [
        fitted(markup(label), width, 10_000, size, 5.5, bold=True, align="centre")
        for label, width in zip(labels, widths, strict=True)
    ]


def table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    commands: Sequence[tuple],
    heights: Sequence[float | None] | None = None,
    *,
    repeat_rows: int = 0,
) -> Table:
    """A table of ``rows``; a height of None lets that row (a header) take the height it needs."""
    result = Table(
        [list(row) for row in rows],
        colWidths=list(widths),
        rowHeights=list(heights) if heights is not None else None,
        repeatRows=repeat_rows,
    )
    result.setStyle(TableStyle(list(commands)))
    result.hAlign = "LEFT"
    return result


def paginate(heights: Sequence[float], capacity: float, last_capacity: float, *, keep_last: int = 5) -> list[range]:
    """Split rows of ``heights`` into pages of at most ``capacity``; the last page holds at most
    ``last_capacity`` (room is left for what follows the table) and at least ``keep_last`` rows
    (or all of them), so that the closing block never stands alone on a page."""
    pages: list[range] = []
    start = 0
    count = len(heights)
    while sum(heights[start:]) > last_capacity:
        end = start
        used = 0.0
        while end < count and used + heights[end] <= capacity:
            used += heights[end]
            end += 1
        end = max(end, start + 1)
        if count - end < keep_last and sum(heights[end:]) <= last_capacity:
            end = max(start + 1, count - _tail_rows(heights, last_capacity, keep_last))
        pages.append(range(start, end))
        start = end
    if start < count or not pages:
        pages.append(range(start, count))
    return pages


def table_pages(
    heights: Sequence[float],
    table_for: Callable[[range, bool], Flowable],
    room: float,
    closing: Sequence[Flowable],
    width: float,
    *,
    extra_last: float = 0,
    keep_last: int = 3,
) -> list[Flowable]:
    """A long table cut into pages (``table_for(rows, last)`` builds each page's table, header
    included), then ``closing`` on the last page with its last rows (see ``paginate``).

    ``room`` is the height available for the body rows of one page; ``extra_last`` what the
    last page's table adds (a totals row)."""
    last_room = room - extra_last - measure(closing, width)
    pages = paginate(heights, room, last_room, keep_last=keep_last)
    story: list[Flowable] = []
    for number, page in enumerate(pages):
        last = number == len(pages) - 1
        story.append(table_for(page, last))
        story += list(closing) if last else [PageBreak()]
    return story


def _tail_rows(heights: Sequence[float], last_capacity: float, keep_last: int) -> int:
    """How many of the final rows go with the closing block when they cannot all fit."""
    used = 0.0
    rows = 0
    for height in reversed(heights):
        if rows >= keep_last or used + height > last_capacity:
            break
        used += height
        rows += 1
    return max(rows, 1)


def layout(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    commands: Sequence[tuple] = (),
    heights: Sequence[float | None] | None = None,
) -> Table:
    """An invisible table that places blocks side by side or one under the other: no grid,
    no side padding, tops aligned (``commands`` add to or override that)."""
    result = Table([list(row) for row in rows], colWidths=list(widths), rowHeights=heights)
    base: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    result.setStyle(TableStyle(base + list(commands)))
    result.hAlign = "LEFT"
    return result


def signature_block(
    lines: Sequence[str], caption: str, *, width: float = 82 * mm, space: float = 24 * mm, bold_line: int = 0
) -> Table:
    """A block to sign: its lines (one of them in bold), then a framed space to sign in."""
    cells: list[list[object]] = [
        [para(line, 9.5, bold=True) if index == bold_line else para(line, 9)] for index, line in enumerate(lines)
    ]
    cells.append([para(caption, 7.5, muted=True)])
    cells.append([""])
    commands = [
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("BOX", (0, -1), (-1, -1), 0.5, RULE),
    ]
    return layout(cells, [width], commands, [None] * (len(cells) - 1) + [space])


def signature_area(blocks: Sequence[Table], total_width: float) -> list[Flowable]:
    """One signature block on the right, or several side by side, after some space."""
    if len(blocks) == 1:
        blocks[0].hAlign = "RIGHT"
        return [Spacer(1, 5 * mm), blocks[0]]
    return [Spacer(1, 5 * mm), layout([list(blocks)], [total_width / len(blocks)] * len(blocks))]


def measure(flowables: Sequence[Flowable], width: float) -> float:
    """The height ``flowables`` take one after the other at ``width``."""
    return sum(flowable.wrap(width, 10_000)[1] for flowable in flowables)


def draw_below(canvas: Canvas, paragraph: Paragraph, x: float, top: float, width: float) -> float:
    """Draw ``paragraph`` (on a bare canvas: badges, ballots) with its top at ``top``; returns
    the height it took."""
    _, used = paragraph.wrap(width, 10_000)
    paragraph.drawOn(canvas, x, top - used)
    return used


def draw_above(canvas: Canvas, paragraph: Paragraph, x: float, bottom: float, width: float) -> None:
    """Draw ``paragraph`` with its last line resting on ``bottom``."""
    paragraph.wrap(width, 10_000)
    paragraph.drawOn(canvas, x, bottom)
