"""Badge sheets: eight 90 × 60 mm badges per A4 page (the usual badge-holder size), to cut out.

The first name is what people read across a table, so it is the largest; the QR code is
what the desk's webcam reads at arm's length, so it is drawn as vector squares (sharp at
any printer resolution), 34 mm wide with its quiet zone, error correction M (a creased or
smudged badge still reads; see ``printing.qr``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from facilitator.core.names import name_key
from facilitator.printing import blocks, fonts
from facilitator.printing.cutting import CardGrid
from facilitator.printing.model import Badge
from facilitator.printing.page import INK, MUTED, PORTRAIT, Section, canvas_document, draw_fitted
from facilitator.printing.qr import draw_qr

BADGE_WIDTH = 90 * mm
BADGE_HEIGHT = 60 * mm
GRID = CardGrid(columns=2, rows=4, width=BADGE_WIDTH, height=BADGE_HEIGHT)
QR_SIZE = 34 * mm
"""The code's side, quiet zone (4 modules) included."""
PADDING = 5 * mm
NAME_WIDTH = BADGE_WIDTH - QR_SIZE - 3 * mm - PADDING - 1 * mm
"""From the badge's left padding to a millimetre before the QR code."""
FIRST_NAME_HEIGHT = 17 * mm
LAST_NAME_HEIGHT = 12 * mm
NAME_FLOOR = 6
"""The smallest type of a name on a badge, for the longest names only (still legible at arm's length)."""


def first_name(text: str, width: float) -> Paragraph:
    """The largest type on the badge: on one line if it can stay large, else on two."""
    source = blocks.breakable([(text, True)])
    single = blocks.fitted(source, width, 12 * mm, 24, 16, bold=True, padding=0, max_lines=1)
    if blocks.fits(single, width, 12 * mm, 1):
        return single
    return blocks.fitted(source, width, FIRST_NAME_HEIGHT, 20, 11, bold=True, padding=0, floor=NAME_FLOOR)


def last_name(text: str, width: float) -> Paragraph:
    source = blocks.breakable([(text, False)])
    return blocks.fitted(source, width, LAST_NAME_HEIGHT, 13, 8, padding=0, floor=NAME_FLOOR)


def draw_badge(canvas: Canvas, badge: Badge, x: float, y: float) -> None:
    """One badge with its lower-left corner at (x, y)."""
    qr_x = x + BADGE_WIDTH - QR_SIZE - 3 * mm
    qr_y = y + (BADGE_HEIGHT - QR_SIZE) / 2 + 2 * mm
    draw_qr(canvas, badge.payload, qr_x, qr_y, QR_SIZE)
    number = QCoreApplication.translate("BadgesDocument", "No. {number}").format(number=badge.badge_number)
    canvas.setFillColor(MUTED)
    draw_fitted(canvas, qr_x + QR_SIZE / 2, qr_y - 1.5 * mm, number, fonts.REGULAR, 8, QR_SIZE, align="centre")
    text_x = x + PADDING
    text_width = NAME_WIDTH
    cursor = y + BADGE_HEIGHT - PADDING - 2 * mm
    cursor -= blocks.draw_below(canvas, first_name(badge.first_name, text_width), text_x, cursor, text_width)
    cursor -= 1 * mm
    cursor -= blocks.draw_below(canvas, last_name(badge.last_name, text_width), text_x, cursor, text_width)
    cursor -= 3 * mm
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1.2)
    canvas.line(text_x, cursor, text_x + 12 * mm, cursor)
    cursor -= 1.5 * mm
    role = blocks.fitted(blocks.markup(badge.role), text_width, 9 * mm, 10, 7, bold=True, padding=0)
    blocks.draw_below(canvas, role, text_x, cursor, text_width)
    assembly = blocks.fitted(blocks.markup(badge.assembly), text_width, 7 * mm, 7.5, 6, muted=True, padding=0)
    blocks.draw_below(canvas, assembly, text_x, y + PADDING + 7 * mm, text_width)


def sorted_badges(badges: Sequence[Badge]) -> list[Badge]:
    """Alphabetical, as the desk hands them out."""
    return sorted(badges, key=lambda badge: (*name_key(badge.last_name, badge.first_name), badge.badge_number))


def badges_pdf(badges: Sequence[Badge], generated_at: dt.datetime) -> bytes:
    """The badge sheets as PDF bytes: the services write them to a file, previews and tests read them."""
    assemblies = " · ".join(dict.fromkeys(badge.assembly for badge in badges))
    title = QCoreApplication.translate("BadgesDocument", "Badges to cut out")
    buffer, canvas = canvas_document(Section(title, None, caption=assemblies), generated_at, PORTRAIT)
    ordered = sorted_badges(badges)
    for start in range(0, max(len(ordered), 1), GRID.per_page):
        GRID.draw_cut_marks(canvas)
        for index, badge in enumerate(ordered[start : start + GRID.per_page]):
            draw_badge(canvas, badge, *GRID.corner(index))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
