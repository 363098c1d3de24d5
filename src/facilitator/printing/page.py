"""The page furniture every document shares: header, footer, "page 2 / 5", the PDF itself.

A document is one or more *sections* (the état de frais has one per participant), each
with its own heading and its own page count: a claimant's sheet reads "page 1 / 1" even in
a file of forty sheets. The canvas keeps every page until the end, then draws the header
and footer on each, when the number of pages of its section is known (the "numbered
canvas" technique: one layout pass, no second build).
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from facilitator.printing import fonts
from facilitator.printing.model import Heading
from facilitator.text.formats import generated_on, long_date, period_text

PORTRAIT = A4
LANDSCAPE = landscape(A4)

MARGIN = 15 * mm
TOP = 12 * mm
HEADER = 29 * mm
"""From the top margin to the first line of content."""
FOOTER = 16 * mm
"""From the bottom edge to the last line of content."""

INK = black
MUTED = Color(0.33, 0.33, 0.33)
RULE = Color(0.6, 0.6, 0.6)


@dataclass(frozen=True)
class Section:
    """A run of pages with one heading and its own page numbers."""

    title: str
    """The document's name, e.g. "Feuille d'émargement"."""
    heading: Heading | None
    """None for documents without a meeting (badge sheets): a one-line header."""
    story: Sequence[Flowable] = ()
    caption: str = ""
    """The one-line header's text beside the title, when there is no heading."""


def content_width(pagesize: tuple[float, float]) -> float:
    return pagesize[0] - 2 * MARGIN


def content_height(pagesize: tuple[float, float]) -> float:
    return pagesize[1] - TOP - HEADER - FOOTER


def fit_size(text: str, font: str, size: float, width: float, minimum: float = 6.5) -> float:
    """The largest size not above ``size`` at which ``text`` fits ``width`` (at least ``minimum``)."""
    natural = stringWidth(text, font, size)
    if natural <= width:
        return size
    return max(minimum, size * width / natural * 0.999)


def clip(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" so that it fits ``width`` at ``size``."""
    if stringWidth(text, font, size) <= width + 0.01:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_fitted(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    width: float,
    *,
    align: str = "left",
    minimum: float = 6.5,
    cut: bool = True,
) -> None:
    """Draw one line shrunk to ``width`` (down to ``minimum``), then cut with "…" if ``cut``:
    a heading never overflows into its neighbours. Amounts are never cut."""
    size = fit_size(text, font, size, width, minimum)
    if cut:
        text = clip(text, font, size, width)
    canvas.setFont(font, size)
    if align == "right":
        canvas.drawRightString(x, y, text)
    elif align == "centre":
        canvas.drawCentredString(x, y, text)
    else:
        canvas.drawString(x, y, text)


def session_line(heading: Heading) -> str:
    """ "Travail en groupes — samedi 14 mars 2026", or the period of a period document."""
    when = ""
    if heading.date is not None:
        when = long_date(heading.date)
    elif heading.period is not None:
        when = period_text(*heading.period)
    return " — ".join(part for part in (heading.session_title, when) if part)


@dataclass
class Furniture:
    """Draws the header and footer of a page once its section's page count is known."""

    sections: Sequence[Section]
    generated_at: dt.datetime
    pagesize: tuple[float, float]
    _stamp: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self._stamp = generated_on(self.generated_at)

    def draw(self, canvas: Canvas, section: int, page: int, pages: int) -> None:
        canvas.saveState()
        current = self.sections[section]
        if current.heading is None:
            self._draw_caption(canvas, current)
        else:
            self._draw_heading(canvas, current.title, current.heading)
        self._draw_footer(canvas, page, pages)
        canvas.restoreState()

    def _draw_heading(self, canvas: Canvas, title: str, heading: Heading) -> None:
        width, height = self.pagesize
        left, right = MARGIN, width - MARGIN
        top = height - TOP
        canvas.setFillColor(INK)
        title_size = fit_size(title, fonts.BOLD, 15, (right - left) * 0.5)
        canvas.setFont(fonts.BOLD, title_size)
        canvas.drawRightString(right, top - 13, title)
        room = right - left - stringWidth(title, fonts.BOLD, title_size) - 8 * mm
        identity = [heading.organisation, heading.assembly]
        if heading.body and heading.body != heading.assembly:
            identity.append(heading.body)
        baseline = top - 9
        for index, text in enumerate(part for part in identity if part):
            canvas.setFillColor(INK if index == 0 else MUTED)
            draw_fitted(canvas, left, baseline, text, fonts.BOLD if index == 0 else fonts.REGULAR, 9, room)
            baseline -= 10.5
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 40, right, top - 40)
        canvas.setFillColor(INK)
        draw_fitted(canvas, left, top - 54, session_line(heading), fonts.BOLD, 11, right - left)
        if heading.place:
            canvas.setFillColor(MUTED)
            draw_fitted(canvas, left, top - 66, heading.place, fonts.REGULAR, 9, right - left)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.line(left, top - 73, right, top - 73)

    def _draw_caption(self, canvas: Canvas, section: Section) -> None:
        width, height = self.pagesize
        baseline = height - TOP + 2 * mm
        canvas.setFillColor(INK)
        canvas.setFont(fonts.BOLD, 9)
        canvas.drawString(MARGIN, baseline, section.title)
        title_width = stringWidth(section.title, fonts.BOLD, 9)
        canvas.setFillColor(MUTED)
        room = width - 2 * MARGIN - title_width - 10 * mm
        draw_fitted(canvas, width - MARGIN, baseline, section.caption, fonts.REGULAR, 8.5, room, align="right")

    def _draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        width, _ = self.pagesize
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, 11 * mm, width - MARGIN, 11 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.drawString(MARGIN, 7 * mm, self._stamp)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.REGULAR, 8)
        number = QCoreApplication.translate("PrintedPage", "page {page} / {pages}").format(page=page, pages=pages)
        canvas.drawRightString(width - MARGIN, 7 * mm, number)


class FurnishedCanvas(Canvas):
    """A canvas that holds its pages back until ``save`` to number them within their section."""

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.furniture = furniture
        self.section = 0
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own fresh page, its showPage without the output

    def save(self) -> None:
        totals = Counter(state["section"] for state in self._held)
        seen: Counter[int] = Counter()
        for state in self._held:
            self.__dict__.update(state)
            seen[self.section] += 1
            self.furniture.draw(self, self.section, seen[self.section], totals[self.section])
            super().showPage()
        super().save()


class _SectionStart(Flowable):
    """Invisible: tells the canvas that the pages from here on belong to another section."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        assert isinstance(self.canv, FurnishedCanvas)
        self.canv.section = self.index


def render(sections: Sequence[Section], generated_at: dt.datetime, pagesize: tuple[float, float] = PORTRAIT) -> bytes:
    """The PDF of ``sections`` laid out by platypus, each starting on a new page."""
    fonts.register()
    first = sections[0] if sections else None
    heading = first.heading if first else None
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP + HEADER,
        bottomMargin=FOOTER,
        invariant=1,
        initialFontName=fonts.REGULAR,
        title=first.title if first else "",
        author=heading.organisation if heading else "",
        subject=heading.assembly if heading else (first.caption if first else ""),
        creator="facilitator",
    )
    frame = Frame(
        MARGIN, FOOTER, content_width(pagesize), content_height(pagesize), 0, 0, 0, 0, id="content", showBoundary=0
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=pagesize)])
    story: list[Flowable] = []
    for index, section in enumerate(sections):
        if index:
            story.append(PageBreak())
        story.append(_SectionStart(index))
        story.extend(section.story)
    furniture = Furniture(sections, generated_at, pagesize)
    document.build(story, canvasmaker=partial(FurnishedCanvas, furniture=furniture))
    return buffer.getvalue()


def canvas_document(
    section: Section, generated_at: dt.datetime, pagesize: tuple[float, float] = PORTRAIT
) -> tuple[io.BytesIO, FurnishedCanvas]:
    """A furnished canvas to draw on directly (badge sheets); ``save()`` it, then read the buffer."""
    fonts.register()
    buffer = io.BytesIO()
    canvas = FurnishedCanvas(
        buffer,
        pagesize=pagesize,
        invariant=1,
        initialFontName=fonts.REGULAR,
        furniture=Furniture([section], generated_at, pagesize),
    )
    canvas.setTitle(section.title)
    canvas.setSubject(section.caption)
    canvas.setCreator("facilitator")
    return buffer, canvas
