"""The finance export: the état liquidatif's figures as CSV or XLSX, for the finance software.

The CSV is for finance software and French spreadsheets: UTF-8 with a BOM, ``;`` between
cells, decimal commas. Text cells are neutralised against formula injection (``core.cells``);
amounts are numbers written by the program. A spreadsheet opening a CSV guesses types and
drops a postcode's leading zero (01000 → 1000): people working in a spreadsheet take the XLSX,
where every text cell is stored as text (a postcode or a phone number keeps its zero, a name
starting with "=" stays a name) and amounts are numbers in euros with two decimals.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from babel.numbers import format_decimal
from openpyxl import Workbook
from openpyxl.cell import Cell, MergedCell
from PySide6.QtCore import QCoreApplication

from facilitator.app.files import write_atomically
from facilitator.core.cells import ExportFormat, euros, neutralise, spreadsheet_csv
from facilitator.services.indemnity.statements import IndemnityLine, IndemnityReport
from facilitator.text.formats import locale, short_date
from facilitator.text.messages import role_label
from facilitator.text.translate import QT_TRANSLATE_NOOP

CONTEXT = "FinanceExport"


@dataclass(frozen=True)
class _Column:
    header: str
    money: bool = False


_TEXT_HEADERS = (
    QT_TRANSLATE_NOOP("FinanceExport", "Last name"),
    QT_TRANSLATE_NOOP("FinanceExport", "First name"),
    QT_TRANSLATE_NOOP("FinanceExport", "Role"),
    QT_TRANSLATE_NOOP("FinanceExport", "Address"),
    QT_TRANSLATE_NOOP("FinanceExport", "Postcode"),
    QT_TRANSLATE_NOOP("FinanceExport", "Town"),
    QT_TRANSLATE_NOOP("FinanceExport", "Phone"),
    QT_TRANSLATE_NOOP("FinanceExport", "E-mail"),
    QT_TRANSLATE_NOOP("FinanceExport", "Sessions attended"),
    QT_TRANSLATE_NOOP("FinanceExport", "Units"),
)
_AMOUNT_HEADERS = (
    QT_TRANSLATE_NOOP("FinanceExport", "Unit rate (€)"),
    QT_TRANSLATE_NOOP("FinanceExport", "Gross (€)"),
    QT_TRANSLATE_NOOP("FinanceExport", "Deductions (€)"),
    QT_TRANSLATE_NOOP("FinanceExport", "Net (€)"),
    QT_TRANSLATE_NOOP("FinanceExport", "Km"),
    QT_TRANSLATE_NOOP("FinanceExport", "Kilometric allowance (€)"),
    QT_TRANSLATE_NOOP("FinanceExport", "Tickets (€)"),
    QT_TRANSLATE_NOOP("FinanceExport", "Child care (€)"),
    QT_TRANSLATE_NOOP("FinanceExport", "Total (€)"),
)
_KM = _AMOUNT_HEADERS[4]


def _columns() -> list[_Column]:
    def tr(source: str) -> str:
        return QCoreApplication.translate(CONTEXT, source)

    return [_Column(tr(text)) for text in _TEXT_HEADERS] + [
        _Column(tr(text), money=text != _KM) for text in _AMOUNT_HEADERS
    ]


def _values(report: IndemnityReport, line: IndemnityLine) -> list[str | int]:
    details = line.participant.details
    amounts = line.amounts
    attended = ", ".join(short_date(item.date) for item in amounts.attended)
    return [
        details.last_name,
        details.first_name,
        role_label(details.role),
        details.address,
        details.postcode,
        details.city,
        details.phone,
        details.email,
        attended,
        format_decimal(amounts.units, locale=locale()),
        report.rules.indemnity.rate_cents,
        amounts.gross_cents,
        amounts.deduction_cents,
        amounts.net_cents,
        sum(item.km for item in amounts.sessions),
        amounts.km_allowance_cents,
        amounts.ticket_cents,
        amounts.childcare_cents,
        amounts.total_cents,
    ]


def csv_bytes(report: IndemnityReport) -> bytes:
    columns = _columns()
    rows = [[column.header for column in columns]]
    for line in report.lines:
        rows.append(
            [
                euros(int(value)) if column.money else (str(value) if isinstance(value, int) else neutralise(value))
                for column, value in zip(columns, _values(report, line), strict=True)
            ]
        )
    return spreadsheet_csv(rows)


def _text(cell: Cell | MergedCell, value: str) -> None:
    """A text cell that stays text (openpyxl would store "=…" as a formula)."""
    cell.value = value
    cell.data_type = "s"
    cell.number_format = "@"


def xlsx_bytes(report: IndemnityReport) -> bytes:
    columns = _columns()
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = QCoreApplication.translate(CONTEXT, "Indemnities")
    for index, column in enumerate(columns, start=1):
        _text(sheet.cell(row=1, column=index), column.header)
    for row, line in enumerate(report.lines, start=2):
        for index, (column, value) in enumerate(zip(columns, _values(report, line), strict=True), start=1):
            cell = sheet.cell(row=row, column=index)
            if column.money:
                cell.value = int(value) / 100
                cell.number_format = "#,##0.00"
            elif isinstance(value, int):
                cell.value = value
            else:
                _text(cell, value)
    sheet.freeze_panes = "C2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def export_indemnities(report: IndemnityReport, path: Path, kind: ExportFormat) -> int:
    """Write the export atomically; returns the number of people in it."""
    write_atomically(path, csv_bytes(report) if kind is ExportFormat.CSV else xlsx_bytes(report))
    return len(report.lines)
