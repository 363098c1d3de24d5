"""The feuille d'émargement: the legal proof of presence on which indemnities are paid.

Printed blank before the session (every expected person, alphabetical, a signature column
per slot) and filled after it (arrival and departure times, absent slots struck through,
notes). Each page ends with its own count, the last one with the grand total and the
organiser's "Certifié exact": the finance office checks the count against the signatures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from facilitator.core.names import name_key
from facilitator.printing import blocks, fonts
from facilitator.printing.model import AttendanceSheet, SignatureRow
from facilitator.printing.page import PORTRAIT, Section, content_height, content_width, render
from facilitator.text.counts import PrintedCounts
from facilitator.text.formats import clock_time

ROW_HEIGHT = 10 * mm
"""Room to sign by hand (at least 9 mm)."""
TOTAL_LINE = 7 * mm
SLACK = 3 * mm
ABSENT_FILL = Color(0.93, 0.93, 0.93)
STRIKE = Color(0.55, 0.55, 0.55)


@dataclass(frozen=True)
class _Column:
    key: str
    label: str
    width: float
    align: str = "left"


class AbsentMark(Flowable):
    """An absent slot: struck through corner to corner and marked "Absent·e", so that nobody
    can sign in it afterwards."""

    def __init__(self, width: float, height: float, label: str) -> None:
        super().__init__()
        self.width, self.height, self.label = width, height, label

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(STRIKE)
        canvas.setLineWidth(0.6)
        pad = blocks.CELL_PADDING
        canvas.line(-pad, -pad, self.width + pad, self.height + pad)
        size = 7.5
        label_width = canvas.stringWidth(self.label, fonts.REGULAR, size) + 4
        middle_x, middle_y = self.width / 2, self.height / 2
        canvas.setFillColor(ABSENT_FILL)
        canvas.rect(middle_x - label_width / 2, middle_y - 3.5, label_width, 10, stroke=0, fill=1)
        canvas.setFillColor(blocks.INK)
        canvas.setFont(fonts.REGULAR, size)
        canvas.drawCentredString(middle_x, middle_y - 1, self.label)
        canvas.restoreState()


def _slot_labels(sheet: AttendanceSheet) -> list[tuple[str, str]]:
    slots = []
    if sheet.morning:
        slots.append(("morning", QCoreApplication.translate("AttendanceSheetDocument", "Morning")))
    if sheet.afternoon:
        slots.append(("afternoon", QCoreApplication.translate("AttendanceSheetDocument", "Afternoon")))
    return slots or [("signature", QCoreApplication.translate("AttendanceSheetDocument", "Signature"))]


def _columns(sheet: AttendanceSheet) -> list[_Column]:
    """The sheet's columns; the name (and the notes on a filled sheet) take what is left."""
    slots = _slot_labels(sheet)
    total = content_width(PORTRAIT)
    badge = _Column("badge", QCoreApplication.translate("AttendanceSheetDocument", "Badge no."), 12 * mm, "centre")
    if not sheet.filled:
        signature = min(60 * mm, 76 * mm / len(slots))
        role = _Column("role", QCoreApplication.translate("AttendanceSheetDocument", "Role"), 30 * mm)
        name_width = total - badge.width - role.width - signature * len(slots)
        name = _Column("name", QCoreApplication.translate("AttendanceSheetDocument", "Name"), name_width)
        return [badge, name, role, *(_Column(key, label, signature) for key, label in slots)]
    signature = 24 * mm if len(slots) == 2 else 34 * mm
    times = [
        _Column("arrival", QCoreApplication.translate("AttendanceSheetDocument", "Arrival"), 13 * mm, "centre"),
        _Column("departure", QCoreApplication.translate("AttendanceSheetDocument", "Departure"), 13 * mm, "centre"),
    ]
    role = _Column("role", QCoreApplication.translate("AttendanceSheetDocument", "Role"), 22 * mm)
    rest = total - badge.width - role.width - 26 * mm - signature * len(slots)
    name = _Column("name", QCoreApplication.translate("AttendanceSheetDocument", "Name"), rest * 0.58)
    notes = _Column("note", QCoreApplication.translate("AttendanceSheetDocument", "Notes"), rest * 0.42)
    return [badge, name, role, *times, *(_Column(key, label, signature) for key, label in slots), notes]


def sorted_rows(rows: Sequence[SignatureRow]) -> list[SignatureRow]:
    """Alphabetical by last name then first name, accents and case ignored."""
    return sorted(rows, key=lambda row: (*name_key(row.last_name, row.first_name), row.badge_number))


def is_present(row: SignatureRow) -> bool:
    return row.arrival is not None or bool(row.morning) or bool(row.afternoon)


def _text_cell(row: SignatureRow, column: _Column) -> object:
    if column.key == "badge":
        return str(row.badge_number)
    if column.key == "name":
        return blocks.fitted(blocks.name_source(row.last_name, row.first_name), column.width, ROW_HEIGHT, 9.5, 7)
    if column.key == "role":
        return blocks.fitted(blocks.markup(row.role), column.width, ROW_HEIGHT, 8, 6.5)
    if column.key == "note":
        return blocks.fitted(blocks.markup(row.note), column.width, ROW_HEIGHT, 7.5, 6)
    if column.key in ("arrival", "departure"):
        moment = row.arrival if column.key == "arrival" else row.departure
        return clock_time(moment) if moment is not None else ""
    return ""


def _slot_absent(row: SignatureRow, key: str) -> bool:
    if key == "morning":
        return row.morning is False
    if key == "afternoon":
        return row.afternoon is False
    return row.arrival is None and row.morning is not True and row.afternoon is not True


def _page_table(
    rows: Sequence[SignatureRow],
    cells: Sequence[Sequence[object]],
    columns: Sequence[_Column],
    heights: Sequence[float],
    filled: bool,
) -> Flowable:
    header = blocks.header_cells([column.label for column in columns], [column.width for column in columns])
    absent = QCoreApplication.translate("AttendanceSheetDocument", "Absent")
    slot_keys = {"morning", "afternoon", "signature"}
    body: list[list[object]] = []
    commands = blocks.grid_style()
    for index, (row, row_cells, height) in enumerate(zip(rows, cells, heights, strict=True), start=1):
        line = list(row_cells)
        for position, column in enumerate(columns):
            if filled and column.key in slot_keys and _slot_absent(row, column.key):
                inner = blocks.CELL_PADDING * 2
                line[position] = AbsentMark(column.width - inner, height - inner, absent)
                commands.append(("BACKGROUND", (position, index), (position, index), ABSENT_FILL))
        body.append(line)
    for position, column in enumerate(columns):
        if column.align == "centre":
            commands.append(("ALIGN", (position, 1), (position, -1), "CENTER"))
    return blocks.table([header, *body], [column.width for column in columns], commands, [None, *heights])


def _page_total(rows: Sequence[SignatureRow], filled: bool) -> Paragraph:
    counts = PrintedCounts()
    people = counts.people(len(rows))
    if not filled:
        text = QCoreApplication.translate("AttendanceSheetDocument", "On this page: {people}").format(people=people)
    else:
        text = QCoreApplication.translate("AttendanceSheetDocument", "On this page: {people}, {present}").format(
            people=people, present=counts.present(sum(map(is_present, rows)))
        )
    return blocks.para(text, 8, align="right")


def _grand_total(sheet: AttendanceSheet, rows: Sequence[SignatureRow]) -> Paragraph:
    counts = PrintedCounts()
    if not sheet.filled:
        text = QCoreApplication.translate("AttendanceSheetDocument", "Total: {expected}").format(
            expected=counts.expected(len(rows))
        )
        return blocks.para(text, 9.5, bold=True, align="right")
    people = counts.people(len(rows))
    present = counts.present(sum(map(is_present, rows)))
    if sheet.morning and sheet.afternoon:
        text = QCoreApplication.translate(
            "AttendanceSheetDocument", "Total: {people}, {present} (morning: {morning}, afternoon: {afternoon})"
        ).format(
            people=people,
            present=present,
            morning=sum(row.morning is True for row in rows),
            afternoon=sum(row.afternoon is True for row in rows),
        )
    else:
        text = QCoreApplication.translate("AttendanceSheetDocument", "Total: {people}, {present}").format(
            people=people, present=present
        )
    return blocks.para(text, 9.5, bold=True, align="right")


def _signature(sheet: AttendanceSheet) -> list[Flowable]:
    lines = [
        QCoreApplication.translate("AttendanceSheetDocument", "Certified correct"),
        sheet.signatory,
        QCoreApplication.translate("AttendanceSheetDocument", "Name: …………………………………………"),
        QCoreApplication.translate("AttendanceSheetDocument", "Date: …………………………………………"),
    ]
    caption = QCoreApplication.translate("AttendanceSheetDocument", "Signature")
    return blocks.signature_area([blocks.signature_block(lines, caption)], content_width(PORTRAIT))


def _story(sheet: AttendanceSheet) -> list[Flowable]:
    rows = sorted_rows(sheet.rows)
    columns = _columns(sheet)
    widths = [column.width for column in columns]
    cells = [[_text_cell(row, column) for column in columns] for row in rows]
    heights = [blocks.row_height(line, widths, ROW_HEIGHT) for line in cells]
    header_height = blocks.row_height(blocks.header_cells([c.label for c in columns], widths), widths, 0)
    width = content_width(PORTRAIT)
    closing = [Spacer(1, 2 * mm), _grand_total(sheet, rows), *_signature(sheet)]
    closing_height = blocks.measure(closing, width)
    intro_height = blocks.measure([_instructions(sheet)], width) + 1.5 * mm
    capacity = content_height(PORTRAIT) - intro_height - header_height - TOTAL_LINE - SLACK
    story: list[Flowable] = []
    pages = blocks.paginate(heights, capacity, capacity - closing_height)
    for number, page in enumerate(pages):
        page_rows = rows[page.start : page.stop]
        page_cells, page_heights = cells[page.start : page.stop], heights[page.start : page.stop]
        story += [
            _instructions(sheet),
            Spacer(1, 1.5 * mm),
            _page_table(page_rows, page_cells, columns, page_heights, sheet.filled),
            Spacer(1, 1.5 * mm),
            _page_total(page_rows, sheet.filled),
        ]
        story += closing if number == len(pages) - 1 else [PageBreak()]
    return story


def _instructions(sheet: AttendanceSheet) -> Paragraph:
    """Repeated on every page: the pages of one sheet are often shared between two desks."""
    if sheet.filled:
        text = QCoreApplication.translate(
            "AttendanceSheetDocument",
            "Arrival and departure times as recorded at the sign-in desk; slots of absence are struck through.",
        )
    else:
        text = QCoreApplication.translate(
            "AttendanceSheetDocument", "Each person present signs in the column of each slot they attend."
        )
    return blocks.para(text, 8, muted=True)


def attendance_sheet_pdf(sheet: AttendanceSheet, generated_at: dt.datetime) -> bytes:
    """The sheet as PDF bytes: the services write them to a file, previews and tests read them."""
    fonts.register()
    title = QCoreApplication.translate("AttendanceSheetDocument", "Attendance sheet")
    return render([Section(title, sheet.heading, _story(sheet))], generated_at, PORTRAIT)
