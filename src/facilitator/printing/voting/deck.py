"""A test deck on paper: a first page of expected results, then the ballots as if cast.

The slips come 21 to a page without cut marks, as a copier would see them laid on its glass;
grid sheets one to a page. One page of ballots is printed upside down: a scan turned the wrong
way must count the same. Printed with « TEST » across every ballot.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from facilitator.printing import blocks, fonts
from facilitator.printing.model import DeckDocument
from facilitator.printing.page import INK, MUTED, PORTRAIT, Section, canvas_document, draw_fitted, session_line
from facilitator.printing.voting.ballots import SLIPS, BallotsDocument, draw_sheet, draw_slip

UPSIDE_DOWN_PAGE = 1
"""Which page of ballots is turned (0 for the first): the second, or the only one."""


def deck_pdf(deck: DeckDocument, generated_at: dt.datetime) -> bytes:
    title = BallotsDocument.tr("Test deck (never counts)")
    heading = deck.kits.heading
    caption = f"{heading.assembly} · {heading.session_title}"
    buffer, canvas = canvas_document(Section(title, None, caption=caption), generated_at, PORTRAIT)
    _expected_page(canvas, deck)
    canvas.showPage()
    faces = [face for kit in deck.kits.kits for face in kit]
    if deck.kits.grid:
        pages = [[index] for index in range(len(faces))]
    else:
        pages = [
            list(range(start, min(start + SLIPS.per_page, len(faces))))
            for start in range(0, len(faces), SLIPS.per_page)
        ]
    turned = min(UPSIDE_DOWN_PAGE, len(pages) - 1)
    for number, page in enumerate(pages):
        canvas.saveState()
        if number == turned:
            canvas.translate(*PORTRAIT)
            canvas.rotate(180)
        for position, index in enumerate(page):
            if deck.kits.grid:
                draw_sheet(canvas, faces[index], deck.kits, deck.ticks[index])
            else:
                draw_slip(canvas, faces[index], deck.kits, *SLIPS.corner(position))
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _expected_page(canvas: Canvas, deck: DeckDocument) -> None:
    left = 20 * mm
    cursor = PORTRAIT[1] - 30 * mm
    canvas.setFillColor(INK)
    draw_fitted(canvas, left, cursor, session_line(deck.kits.heading), fonts.BOLD, 11, PORTRAIT[0] - 2 * left)
    cursor -= 10 * mm
    width = PORTRAIT[0] - 2 * left
    question = blocks.fitted(blocks.markup(deck.kits.question), width, 30 * mm, 13, 9, bold=True, padding=0)
    cursor -= blocks.draw_below(canvas, question, left, cursor + 10, width) + 8 * mm
    draw_fitted(canvas, left, cursor, BallotsDocument.tr("Expected results"), fonts.BOLD, 12, 120 * mm)
    cursor -= 9 * mm
    for label, figure in deck.expected:
        canvas.setFillColor(INK)
        draw_fitted(canvas, left, cursor, label, fonts.REGULAR, 11, 120 * mm)
        draw_fitted(canvas, left + 150 * mm, cursor, figure, fonts.BOLD, 11, 20 * mm, align="right")
        cursor -= 7 * mm
    cursor -= 5 * mm
    canvas.setFillColor(MUTED)
    for note in deck.notes:
        draw_fitted(canvas, left, cursor, note, fonts.REGULAR, 9.5, PORTRAIT[0] - 2 * left)
        cursor -= 6 * mm
