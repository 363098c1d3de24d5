"""The état liquidatif: the nominative list of what each person is paid, which the
ordonnateur certifies ("service fait") before the treasury pays.

A4 landscape, one line per person, every amount the caller computed (gross, deductions,
net, travel, child care, total) in its own right-aligned column, a totals row, the rules of
the délibération in one sentence, and the certification with the ordonnateur's signature.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from facilitator.core.names import name_key
from facilitator.printing import blocks, fonts
from facilitator.printing.model import IndemnityLine, IndemnityStatement
from facilitator.printing.page import LANDSCAPE, Section, content_height, content_width, render
from facilitator.text.counts import PrintedCounts
from facilitator.text.formats import long_date, money, short_date

ROW_HEIGHT = 8 * mm
AMOUNT_COLUMNS = 6
"""The last six columns: gross, deductions, net, travel, child care, total."""
WIDTHS = [44 * mm, 22 * mm, 46 * mm, 24 * mm, 18 * mm, 19 * mm, 18 * mm, 19 * mm, 19 * mm, 18 * mm, 20 * mm]


def _labels(statement: IndemnityStatement) -> list[str]:
    return [
        QCoreApplication.translate("IndemnityStatementDocument", "Name"),
        QCoreApplication.translate("IndemnityStatementDocument", "Role"),
        QCoreApplication.translate("IndemnityStatementDocument", "Sessions attended"),
        QCoreApplication.translate("IndemnityStatementDocument", "Units"),
        QCoreApplication.translate("IndemnityStatementDocument", "Rate {unit}").format(unit=statement.unit_label),
        QCoreApplication.translate("IndemnityStatementDocument", "Gross"),
        QCoreApplication.translate("IndemnityStatementDocument", "Deductions"),
        QCoreApplication.translate("IndemnityStatementDocument", "Net"),
        QCoreApplication.translate("IndemnityStatementDocument", "Travel"),
        QCoreApplication.translate("IndemnityStatementDocument", "Child care"),
        QCoreApplication.translate("IndemnityStatementDocument", "Total"),
    ]


def sorted_lines(lines: Sequence[IndemnityLine]) -> list[IndemnityLine]:
    return sorted(lines, key=lambda line: name_key(line.last_name, line.first_name))


def _amounts(line: IndemnityLine) -> list[int]:
    return [
        line.gross_cents,
        line.deduction_cents,
        line.net_cents,
        line.travel_cents,
        line.childcare_cents,
        line.total_cents,
    ]


def _cells(line: IndemnityLine) -> list[object]:
    name = blocks.name_source(line.last_name, line.first_name)
    sessions = "<br/>".join(
        blocks.markup(
            QCoreApplication.translate("IndemnityStatementDocument", "{date}: {counted}").format(
                date=short_date(day), counted=counted
            )
        )
        for day, counted in line.attendance
    )
    return [
        blocks.fitted(name, WIDTHS[0], ROW_HEIGHT, 8.5, 6.5),
        blocks.fitted(blocks.markup(line.role), WIDTHS[1], ROW_HEIGHT, 8, 6.5),
        blocks.fitted(sessions, WIDTHS[2], ROW_HEIGHT, 7.5, 6.5),
        blocks.fitted(blocks.markup(line.units), WIDTHS[3], ROW_HEIGHT, 8, 6.5),
        blocks.Line(money(line.unit_rate_cents)),
        *(blocks.Line(money(amount)) for amount in _amounts(line)[:-1]),
        blocks.Line(money(line.total_cents), bold=True),
    ]


def _totals_row(lines: Sequence[IndemnityLine]) -> list[object]:
    label = QCoreApplication.translate("IndemnityStatementDocument", "Total ({people})").format(
        people=PrintedCounts().paid(len(lines))
    )
    sums = [sum(column) for column in zip(*map(_amounts, lines), strict=True)] if lines else [0] * AMOUNT_COLUMNS
    amounts = [blocks.Line(money(amount), bold=True) for amount in sums]
    return [blocks.para(label, 8.5, bold=True), "", "", "", "", *amounts]


def _page_table(
    header: list[Paragraph], body: list[list[object]], heights: list[float], totals: list[object] | None
) -> Table:
    rows: list[Sequence[object]] = [header, *body, *([totals] if totals else [])]
    commands = blocks.grid_style(total_row=totals is not None)
    if totals:
        commands.append(("SPAN", (0, -1), (4, -1)))
    row_heights: list[float | None] = [None, *heights, *([ROW_HEIGHT] if totals else [])]
    return blocks.table(rows, WIDTHS, commands, row_heights)


def _closing(statement: IndemnityStatement) -> list[Flowable]:
    total = sum(line.total_cents for line in statement.lines)
    closed = QCoreApplication.translate(
        "IndemnityStatementDocument", "Statement closed at the sum of {amount}."
    ).format(amount=money(total))
    left = [blocks.para(statement.rules_note, 8.5), Spacer(1, 2 * mm), blocks.para(closed, 9.5, bold=True)]
    signature = blocks.signature_block(
        [
            QCoreApplication.translate("IndemnityStatementDocument", "Certified correct — service rendered"),
            QCoreApplication.translate("IndemnityStatementDocument", "Done at {town}, on {date}").format(
                town=statement.town, date=long_date(statement.signed_on)
            ),
            statement.signatory,
        ],
        QCoreApplication.translate("IndemnityStatementDocument", "Signature and stamp"),
        width=85 * mm,
    )
    width = content_width(LANDSCAPE)
    commands = [("RIGHTPADDING", (0, 0), (0, 0), 8 * mm), ("ALIGN", (1, 0), (1, 0), "RIGHT")]
    return [Spacer(1, 4 * mm), blocks.layout([[left, signature]], [width - 95 * mm, 95 * mm], commands)]


def _story(statement: IndemnityStatement) -> list[Flowable]:
    lines = sorted_lines(statement.lines)
    labels = _labels(statement)
    cells = [_cells(line) for line in lines]
    heights = [blocks.row_height(row, WIDTHS, ROW_HEIGHT) for row in cells]

    def table_for(rows: range, last: bool) -> Table:
        body, body_heights = cells[rows.start : rows.stop], heights[rows.start : rows.stop]
        header = blocks.header_cells(labels, WIDTHS)
        return _page_table(header, body, body_heights, _totals_row(lines) if last else None)

    header_height = blocks.row_height(blocks.header_cells(labels, WIDTHS), WIDTHS, 0)
    room = content_height(LANDSCAPE) - header_height - 2 * mm
    width = content_width(LANDSCAPE)
    return blocks.table_pages(heights, table_for, room, _closing(statement), width, extra_last=ROW_HEIGHT)


def indemnity_statement_pdf(statement: IndemnityStatement, generated_at: dt.datetime) -> bytes:
    """The statement as PDF bytes: the services write them to a file, previews and tests read them."""
    fonts.register()
    title = QCoreApplication.translate("IndemnityStatementDocument", "Indemnity statement")
    return render([Section(title, statement.heading, _story(statement))], generated_at, LANDSCAPE)
