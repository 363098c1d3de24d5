"""Ballot kits: slips to cut out (one per choice, French style) or one grid sheet per voter.

Slips are 62 × 37 mm, three across and seven down an A4 page; a kit fills whole rows and never
runs onto the next page, so that a stack cut from one page gives whole kits. Each slip shows
its choice large, the question small, its QR code (26 mm with its quiet zone, error correction
Q: about 0.7 mm a module, four pixels at 150 dpi) and the short code for typing by hand. A
test deck's ballots carry « TEST » across them: it never counts in a real vote, and it shows.

A grid sheet (majority judgment, approval among many proposals) is a page: the question, how
to fill it in, a row per proposal with a 6 mm box per grade, and its QR code top right (38 mm,
for a webcam as well as a copier). Layout version G1 has no corner markers: counters type the
ticks (the reading of ticks by machine comes with its own layout).
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from facilitator.printing import blocks, fonts
from facilitator.printing.cutting import CardGrid
from facilitator.printing.model import BallotFace, BallotKits
from facilitator.printing.page import INK, MUTED, PORTRAIT, Section, canvas_document, draw_fitted
from facilitator.printing.qr import QUARTILE, draw_qr
from facilitator.text.translate import TranslationContext

SLIPS = CardGrid(columns=3, rows=7, width=62 * mm, height=37 * mm)
SLIP_QR = 26 * mm
SHEET_QR = 38 * mm
BOX = 6 * mm
TEST_INK = Color(0.8, 0.1, 0.1, alpha=0.35)


class BallotsDocument(TranslationContext):
    """The translation context of the ballots' words (``BallotsDocument.tr``: lupdate sees it)."""


def ballots_pdf(document: BallotKits, generated_at: dt.datetime) -> bytes:
    if document.grid:
        return _sheets(document, generated_at)
    return _slips(document, generated_at)


def _title(document: BallotKits) -> str:
    if document.test:
        return BallotsDocument.tr("Test ballots (never count)")
    return BallotsDocument.tr("Ballots")


def _slips(document: BallotKits, generated_at: dt.datetime) -> bytes:
    caption = document.heading.assembly + " · " + document.heading.session_title
    buffer, canvas = canvas_document(Section(_title(document), None, caption=caption), generated_at, PORTRAIT)
    row = 0
    started = False
    for kit in document.kits:
        rows = -(-len(kit) // SLIPS.columns)
        if row + rows > SLIPS.rows:
            canvas.showPage()
            row, started = 0, False
        if not started:
            SLIPS.draw_cut_marks(canvas)
            started = True
        for index, face in enumerate(kit):
            x, y = SLIPS.corner(row * SLIPS.columns + index)
            draw_slip(canvas, face, document, x, y)
        row += rows
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw_slip(canvas: Canvas, face: BallotFace, document: BallotKits, x: float, y: float) -> None:
    pad = 2.5 * mm
    draw_qr(canvas, face.payload, x + pad - 1 * mm, y + SLIPS.height - SLIP_QR - pad + 1 * mm, SLIP_QR, QUARTILE)
    canvas.setFillColor(MUTED)
    draw_fitted(canvas, x + pad + SLIP_QR / 2 - 1 * mm, y + pad + 1 * mm, face.short_code, fonts.REGULAR, 7.5,
                SLIP_QR, align="centre")  # fmt: skip
    text_x = x + SLIP_QR + pad
    width = SLIPS.width - SLIP_QR - 2 * pad
    blocks.draw_below(canvas, _choice(face.choice, width), text_x, y + SLIPS.height - pad - 1 * mm, width)
    question = blocks.fitted(blocks.markup(document.question), width, 10 * mm, 6.5, 5, muted=True, padding=0)
    blocks.draw_above(canvas, question, text_x, y + pad, width)
    if document.test:
        _stamp_test(canvas, text_x + width / 2, y + SLIPS.height / 2, 17)  # beside the code, never on it


def _choice(text: str, width: float) -> Paragraph:
    """The choice on one line while it can stay large (« Simone Veil »), else on up to four."""
    single = blocks.fitted(blocks.markup(text), width, 8 * mm, 16, 11, bold=True, padding=0, max_lines=1)
    if blocks.fits(single, width, 8 * mm, 1):
        return single
    return blocks.fitted(blocks.markup(text), width, 21 * mm, 13, 7, bold=True, padding=0, max_lines=4)


def _stamp_test(canvas: Canvas, x: float, y: float, size: float) -> None:
    canvas.saveState()
    canvas.setFillColor(TEST_INK)
    canvas.setFont(fonts.BOLD, size)
    canvas.translate(x, y)
    canvas.rotate(20)
    canvas.drawCentredString(0, -size / 3, BallotsDocument.tr("TEST"))
    canvas.restoreState()


def _sheets(document: BallotKits, generated_at: dt.datetime) -> bytes:
    buffer, canvas = canvas_document(Section(_title(document), document.heading), generated_at, PORTRAIT)
    for kit in document.kits:
        draw_sheet(canvas, kit[0], document)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw_sheet(canvas: Canvas, face: BallotFace, document: BallotKits, ticks: tuple[int | None, ...] = ()) -> None:
    """One grid sheet; ``ticks`` (a test deck's) marks a box per row as a voter would."""
    page_width, page_height = PORTRAIT
    left, right = 15 * mm, page_width - 15 * mm
    top = page_height - 12 * mm - 80
    qr_x = right - SHEET_QR
    draw_qr(canvas, face.payload, qr_x, top - SHEET_QR, SHEET_QR, QUARTILE)
    canvas.setFillColor(MUTED)
    draw_fitted(canvas, qr_x + SHEET_QR / 2, top - SHEET_QR - 3 * mm, face.short_code, fonts.REGULAR, 9,
                SHEET_QR, align="centre")  # fmt: skip
    text_width = qr_x - left - 6 * mm
    question = blocks.fitted(blocks.markup(document.question), text_width, 28 * mm, 14, 9, bold=True, padding=0)
    blocks.draw_below(canvas, question, left, top, text_width)
    instruction = blocks.fitted(blocks.markup(document.instruction), text_width, 12 * mm, 9, 7, muted=True, padding=0)
    blocks.draw_above(canvas, instruction, left, top - SHEET_QR + 2 * mm, text_width)
    _draw_grid(canvas, document, left, right, top - SHEET_QR - 12 * mm, 22 * mm, ticks)
    if document.test:
        _stamp_test(canvas, page_width / 2, page_height / 2, 72)


def _draw_grid(
    canvas: Canvas,
    document: BallotKits,
    left: float,
    right: float,
    top: float,
    bottom: float,
    ticks: tuple[int | None, ...],
) -> None:
    label_width = (right - left) * (0.42 if len(document.columns) > 2 else 0.6)
    column_width = (right - left - label_width) / len(document.columns)
    header = 14 * mm
    row_height = min(16 * mm, (top - header - bottom) / max(1, len(document.rows)))
    canvas.setFillColor(INK)
    for index, grade in enumerate(document.columns):
        centre = left + label_width + (index + 0.5) * column_width
        label = blocks.fitted(blocks.markup(grade), column_width - 1 * mm, header - 2 * mm, 8.5, 6, bold=True,
                              align="centre", padding=0)  # fmt: skip
        blocks.draw_above(
            canvas, label, centre - (column_width - 1 * mm) / 2, top - header + 2 * mm, column_width - 1 * mm
        )
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.4)
    canvas.line(left, top - header, right, top - header)
    for row, proposal in enumerate(document.rows):
        row_top = top - header - row * row_height
        centre_y = row_top - row_height / 2
        text = blocks.fitted(blocks.markup(proposal), label_width - 3 * mm, row_height - 2 * mm, 11, 7, padding=0)
        _, used = text.wrap(label_width - 3 * mm, 10_000)
        text.drawOn(canvas, left, centre_y - used / 2)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.9)
        for index in range(len(document.columns)):
            centre = left + label_width + (index + 0.5) * column_width
            canvas.rect(centre - BOX / 2, centre_y - BOX / 2, BOX, BOX)
            if row < len(ticks) and ticks[row] == index:
                _tick(canvas, centre, centre_y)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.3)
        canvas.line(left, row_top - row_height, right, row_top - row_height)


def _tick(canvas: Canvas, x: float, y: float) -> None:
    """A cross as a pen draws it, overrunning the box a little."""
    reach = BOX * 0.6
    canvas.saveState()
    canvas.setLineWidth(1.6)
    canvas.line(x - reach, y - reach, x + reach, y + reach)
    canvas.line(x - reach, y + reach, x + reach, y - reach)
    canvas.restoreState()
