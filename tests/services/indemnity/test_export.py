"""The finance export: what the finance office opens, with no formula smuggled in."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from pathlib import Path

import openpyxl
import pytest

from facilitator.core.cells import ExportFormat
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in
from facilitator.services.indemnity.export import csv_bytes, export_indemnities
from facilitator.services.indemnity.statements import IndemnityReport, session_indemnities
from facilitator.services.roster.participants import add_participant
from facilitator.store.database import Database

DAY = dt.date(2026, 3, 7)
HOSTILE = {
    '=HYPERLINK("http://evil.example","x")': "+33 6 12 34 56 78",
    "@SUM(1+1)": "06 12 34 56 78",
    "-2+3": "",
    "\t=cmd": "",
}


@pytest.fixture
def report(db: Database, assembly: uuid.UUID) -> IndemnityReport:
    session_id = create_session(db, assembly, DAY).value
    for index, (last_name, phone) in enumerate(HOSTILE.items()):
        details = ParticipantDetails("Zoé", last_name, Role.CITIZEN, Gender.FEMALE, phone=phone, postcode="01000")
        person = add_participant(db, assembly, details).value
        check_in(db, session_id, person.id, dt.datetime.combine(DAY, dt.time(9, index)))
    return session_indemnities(db, session_id)


def test_csv_cells_that_look_like_formulas_are_neutralised(report: IndemnityReport) -> None:
    data = csv_bytes(report)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: French Excel reads the accents right
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    header, lines = rows[0], rows[1:]
    last_names = {line[header.index("Last name")] for line in lines}
    assert last_names == {"'" + name for name in HOSTILE}
    phones = {line[header.index("Phone")] for line in lines}
    assert phones == {"'+33 6 12 34 56 78", "06 12 34 56 78", ""}
    assert {line[header.index("Postcode")] for line in lines} == {"01000"}
    for line in lines:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in line)
        assert line[header.index("Total (€)")] == "90,00"


def test_xlsx_keeps_text_as_text_and_amounts_as_numbers(report: IndemnityReport, tmp_path: Path) -> None:
    path = tmp_path / "finance.xlsx"
    assert export_indemnities(report, path, ExportFormat.XLSX) == len(HOSTILE)
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    rows = [[cell for cell in row] for row in sheet.iter_rows(min_row=2)]
    for row in rows:
        name = row[header.index("Last name")]
        assert name.data_type == "s" and name.value in HOSTILE
        postcode = row[header.index("Postcode")]
        assert postcode.value == "01000" and postcode.data_type == "s"
        phone = row[header.index("Phone")]
        assert phone.value in {"+33 6 12 34 56 78", "06 12 34 56 78", None}
        assert phone.value is None or phone.data_type == "s"
        total = row[header.index("Total (€)")]
        assert total.value == 90 and total.data_type == "n"


def test_the_export_is_written_atomically(
    report: IndemnityReport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "finance.csv"
    path.write_text("previous export", encoding="utf-8")

    def broken(*_args: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", broken)
    from facilitator.app.errors import EnvironmentProblem

    with pytest.raises(EnvironmentProblem):
        export_indemnities(report, path, ExportFormat.CSV)
    assert path.read_text(encoding="utf-8") == "previous export"
    assert list(folder.iterdir()) == [path]
