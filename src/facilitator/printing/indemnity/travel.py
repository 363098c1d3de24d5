"""The état de frais de déplacement: one sheet per participant, which the claimant signs and
the ordonnateur checks before travel costs are refunded.

Each sheet states who travelled from where (the departure address), and for each journey
its purpose, itinerary, times, means of transport, distance and fiscal horsepower (the
kilometric rate depends on them), ticket and child-care amounts; then totals, the scale
applied, and both signatures. A file holds many sheets; each is numbered on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from facilitator.printing import blocks, fonts
from facilitator.printing.model import TravelClaimSheet, Trip
from facilitator.printing.page import PORTRAIT, Section, content_height, content_width, render
from facilitator.text.formats import long_date, money, short_date, time_range

ROW_HEIGHT = 12 * mm
WIDTHS = [19 * mm, 55 * mm, 20 * mm, 27 * mm, 10 * mm, 17 * mm, 16 * mm, 16 * mm]
"""Date, purpose and itinerary, times, means, km, kilometric allowance, tickets, child care."""


def _labels() -> list[str]:
    return [
        QCoreApplication.translate("TravelClaimDocument", "Date"),
        QCoreApplication.translate("TravelClaimDocument", "Purpose and itinerary"),
        QCoreApplication.translate("TravelClaimDocument", "Present"),
        QCoreApplication.translate("TravelClaimDocument", "Means of transport"),
        QCoreApplication.translate("TravelClaimDocument", "km"),
        QCoreApplication.translate("TravelClaimDocument", "Kilometric allowance"),
        QCoreApplication.translate("TravelClaimDocument", "Tickets"),
        QCoreApplication.translate("TravelClaimDocument", "Child care"),
    ]


def _times(trip: Trip) -> str:
    """When the participant was at the session: "9:05 – 16:10" (a dash for a time not known)."""
    return escape(time_range(trip.present_from, trip.present_until))


def _means(trip: Trip) -> str:
    text = escape(trip.means)
    if trip.fiscal_hp is not None:
        horsepower = QCoreApplication.translate("TravelClaimDocument", "{hp} fiscal hp").format(hp=trip.fiscal_hp)
        text += "<br/>" + escape(horsepower)
    return text


def _cells(trip: Trip) -> list[object]:
    itinerary = f"<b>{escape(trip.purpose)}</b><br/>{escape(trip.origin)} → {escape(trip.destination)}"
    return [
        blocks.fitted(blocks.markup(short_date(trip.date)), WIDTHS[0], ROW_HEIGHT, 8, 6.5),
        blocks.fitted(itinerary, WIDTHS[1], ROW_HEIGHT, 7.5, 6.5),
        blocks.fitted(_times(trip), WIDTHS[2], ROW_HEIGHT, 7.5, 6.5),
        blocks.fitted(_means(trip), WIDTHS[3], ROW_HEIGHT, 7.5, 6.5),
        blocks.Line(str(trip.km) if trip.km else "—", 8),
        blocks.Line(money(trip.km_allowance_cents), 8),
        blocks.Line(money(trip.ticket_cents), 8),
        blocks.Line(money(trip.childcare_cents), 8),
    ]


def claimed_cents(sheet: TravelClaimSheet) -> int:
    """What the sheet asks to be refunded: allowances, tickets and child care of every trip."""
    return sum(trip.km_allowance_cents + trip.ticket_cents + trip.childcare_cents for trip in sheet.trips)


def _totals_row(trips: Sequence[Trip]) -> list[object]:
    label = QCoreApplication.translate("TravelClaimDocument", "Total")
    return [
        blocks.para(label, 8.5, bold=True),
        "",
        "",
        "",
        blocks.Line(str(sum(trip.km for trip in trips)), 8, bold=True),
        blocks.Line(money(sum(trip.km_allowance_cents for trip in trips)), 8, bold=True),
        blocks.Line(money(sum(trip.ticket_cents for trip in trips)), 8, bold=True),
        blocks.Line(money(sum(trip.childcare_cents for trip in trips)), 8, bold=True),
    ]


def _identity(sheet: TravelClaimSheet) -> Table:
    labels = [
        QCoreApplication.translate("TravelClaimDocument", "Claimant"),
        QCoreApplication.translate("TravelClaimDocument", "Departure address"),
    ]
    name = blocks.fitted(blocks.name_source(sheet.last_name, sheet.first_name), 140 * mm, 8 * mm, 11, 8)
    rows = [
        [blocks.para(labels[0], 8.5, muted=True), name],
        [blocks.para(labels[1], 8.5, muted=True), blocks.para(sheet.address, 9.5)],
    ]
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, blocks.RULE),
    ]
    return blocks.layout(rows, [40 * mm, content_width(PORTRAIT) - 40 * mm], commands)


def _closing(sheet: TravelClaimSheet) -> list[Flowable]:
    claimed = QCoreApplication.translate("TravelClaimDocument", "Amount to refund: {amount}").format(
        amount=money(claimed_cents(sheet))
    )
    claimant = blocks.signature_block(
        [
            QCoreApplication.translate("TravelClaimDocument", "The claimant"),
            QCoreApplication.translate("TravelClaimDocument", "Certified true and accurate"),
            QCoreApplication.translate("TravelClaimDocument", "Done at {town}, on {date}").format(
                town=sheet.town, date=long_date(sheet.signed_on)
            ),
        ],
        QCoreApplication.translate("TravelClaimDocument", "Signature"),
    )
    officer = blocks.signature_block(
        [
            QCoreApplication.translate("TravelClaimDocument", "The authorising officer"),
            QCoreApplication.translate("TravelClaimDocument", "Checked, good for payment"),
            QCoreApplication.translate("TravelClaimDocument", "Date: …………………………………………"),
        ],
        QCoreApplication.translate("TravelClaimDocument", "Signature and stamp"),
    )
    width = content_width(PORTRAIT)
    return [
        Spacer(1, 2 * mm),
        blocks.para(claimed, 10, bold=True, align="right"),
        Spacer(1, 2 * mm),
        blocks.para(sheet.rates_note, 8, muted=True),
        *blocks.signature_area([claimant, officer], width),
    ]


def _page_table(
    trips: Sequence[Trip], cells: Sequence[Sequence[object]], heights: Sequence[float], last: bool
) -> Table:
    rows = [blocks.header_cells(_labels(), WIDTHS), *cells] + ([_totals_row(trips)] if last else [])
    commands = blocks.grid_style(total_row=last)
    commands.append(("VALIGN", (0, 1), (-1, -1), "TOP"))
    if last:
        commands.append(("SPAN", (0, -1), (3, -1)))
    row_heights = [None, *heights] + ([8 * mm] if last else [])
    return blocks.table(rows, WIDTHS, commands, row_heights)


def _sheet_story(sheet: TravelClaimSheet) -> list[Flowable]:
    cells = [_cells(trip) for trip in sheet.trips]
    heights = [blocks.row_height(row, WIDTHS, ROW_HEIGHT) for row in cells]
    width = content_width(PORTRAIT)
    opening: list[Flowable] = [_identity(sheet), Spacer(1, 4 * mm)]
    header_height = blocks.row_height(blocks.header_cells(_labels(), WIDTHS), WIDTHS, 0)
    room = content_height(PORTRAIT) - blocks.measure(opening, width) - header_height - 2 * mm

    def table_for(rows: range, last: bool) -> Table:
        return _page_table(sheet.trips, cells[rows.start : rows.stop], heights[rows.start : rows.stop], last)

    return opening + blocks.table_pages(heights, table_for, room, _closing(sheet), width, extra_last=8 * mm)


def travel_statements_pdf(sheets: Sequence[TravelClaimSheet], generated_at: dt.datetime) -> bytes:
    """Every participant's sheet in one PDF (each starts a page and is numbered on its own).

    A PDF needs a page: asking for no sheet at all is a mistake of the caller (ValueError)."""
    if not sheets:
        raise ValueError("no travel claim sheet to print")
    fonts.register()
    title = QCoreApplication.translate("TravelClaimDocument", "Travel expense claim")
    sections = [Section(title, sheet.heading, _sheet_story(sheet)) for sheet in sheets]
    return render(sections, generated_at, PORTRAIT)
