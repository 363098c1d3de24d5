"""The roster rows of the bad-input table (reference/reliability.md), through the service."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from facilitator.app.errors import EnvironmentKind, EnvironmentProblem
from facilitator.core.fields import Field
from facilitator.core.problems import FileProblem, Problem, RowProblem
from facilitator.core.roster import table as roster_table
from facilitator.core.roster.mapping import guess_mapping
from facilitator.core.roster.table import RawTable, RosterRefused
from facilitator.services.assemblies.assemblies import list_assemblies
from facilitator.services.roster import files as roster_files
from facilitator.services.roster.files import read_roster
from facilitator.services.roster.importing import ImportCancelled, import_roster, preview_import
from facilitator.services.roster.participants import list_participants
from facilitator.store.database import Database
from facilitator.store.models import ChangeLog, Participant
from tests.conftest import DATA
from tests.services.roster.spreadsheets import BILLION_LAUGHS, replace_member, write_xlsx, zip_bomb

TODAY = dt.date(2026, 11, 23)


def run_import(db: Database, assembly: uuid.UUID, path: Path):  # type: ignore[no-untyped-def]
    table = read_roster(path)
    return import_roster(db, assembly, table, guess_mapping(table.headers), TODAY).value


def stored_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


def csv_file(tmp_path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ";") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path = tmp_path / f"roster-{uuid.uuid4().hex[:6]}.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


NAMES = st.text(alphabet="abcdeéèêàçôûœŒÉ'’\";,- \n", min_size=1, max_size=14).filter(
    lambda s: s.strip() and s == " ".join(s.split())
)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.tuples(NAMES, NAMES), min_size=1, max_size=6, unique=True),
    st.sampled_from(["utf-8-sig", "utf-8", "cp1252"]),
    st.sampled_from([";", ","]),
)
def test_names_round_trip_exactly_through_import(
    tmp_path: Path, db: Database, people: list[tuple[str, str]], encoding: str, delimiter: str
) -> None:
    assembly = import_target(db)
    path = csv_file(tmp_path, [["Nom", "Prénom"], *[[last, first] for first, last in people]], encoding, delimiter)
    run_import(db, assembly, path)
    stored = {(p.details.first_name, p.details.last_name) for p in list_participants(db, assembly)}
    assert stored == set(people)


def import_target(db: Database) -> uuid.UUID:
    from facilitator.services.assemblies.assemblies import create_assembly

    return create_assembly(db, f"A {uuid.uuid4()}").value


def test_the_sample_cp1252_export(db: Database, assembly: uuid.UUID) -> None:
    result = run_import(db, assembly, DATA / "roster_cp1252_semicolon.csv")
    people = {p.details.display_name: p.details for p in list_participants(db, assembly)}
    assert len(people) == 7
    assert people["Maëlle D'Almeida"].notes == "Arrive à 10h\nle samedi"
    assert people["Hélène Lefèvre"].address == "12, rue des Tilleuls; bât. B"
    assert people["Hélène Lefèvre"].phone == "06 12 34 56 01"
    assert people["François Bœuf"].minority is True
    assert people["Jeanne Dupont"].postcode == "07990"
    assert result.plan.rejected_lines == [9, 10, 12]
    assert [g.lines for g in result.plan.duplicates] == [(2, 7)]
    assert result.plan.repeated == ((8, 3),)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ("Nom;Prénom\nLefÃ¨vre;HÃ©lÃ¨ne\n".encode(), FileProblem.MOJIBAKE),
        (b"Nom;Prenom\nDupont;Jeanne\nX;\x81\x9d\n", FileProblem.UNDECODABLE),
        ("Nom;Prénom\nLefèvre;Hélène\n".encode() + "Bœuf;Zoé\n".encode("cp1252"), FileProblem.MIXED_ENCODINGS),
        (b'Nom;Prenom\nDupont;Jeanne\n"Martin;Paul\nPetit;Lea\n', FileProblem.BAD_QUOTES),
        (b"", FileProblem.EMPTY),
        (bytes(range(256)) * 40, FileProblem.BINARY),
    ],
)
def test_refused_files_import_nothing(
    tmp_path: Path, db: Database, assembly: uuid.UUID, data: bytes, code: FileProblem
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    with pytest.raises(RosterRefused) as refusal:
        run_import(db, assembly, path)
    assert refusal.value.problem.code is code
    assert stored_count(db) == 0


@pytest.mark.parametrize("digits", ["٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９"])
def test_foreign_digits_reject_the_line_with_its_number(
    tmp_path: Path, db: Database, assembly: uuid.UUID, digits: str
) -> None:
    def foreign(text: str) -> str:
        return "".join(digits[int(c)] for c in text)

    rows = [
        ["Nom", "Prénom", "Téléphone", "Code postal", "Année de naissance"],
        ["Dupont", "Jeanne", "06 12 34 56 78", "37990", "1984"],
        ["Martin", "Paul", foreign("0612345678"), "37990", "1984"],
        ["Petit", "Léa", "", foreign("37990"), "1984"],
        ["Roux", "Hugo", "", "", foreign("1984")],
    ]
    result = run_import(db, assembly, csv_file(tmp_path, rows))
    assert [(i.line, i.problem.code, i.problem.params["field"]) for i in result.plan.rejected] == [
        (3, RowProblem.NON_ASCII_DIGITS, "phone"),
        (4, RowProblem.NON_ASCII_DIGITS, "postcode"),
        (5, RowProblem.NON_ASCII_DIGITS, "birth_year"),
    ]
    assert stored_count(db) == 1


def test_names_the_documents_could_not_print_are_rejected_with_the_reason(
    tmp_path: Path, db: Database, assembly: uuid.UUID
) -> None:
    rows = [
        ["Nom", "Prénom"],
        ["Nguyễn", "Thị Mai"],
        ["王", "芳"],
        ["Haddad", "محمد"],
        ["Martin", "Léa 😀"],
        ["X" * 200, "Paul"],
    ]
    result = run_import(db, assembly, csv_file(tmp_path, rows))
    assert {(i.line, i.problem.code) for i in result.plan.rejected} == {
        (3, RowProblem.UNPRINTABLE_NAME),
        (4, RowProblem.UNPRINTABLE_NAME),
        (5, RowProblem.UNPRINTABLE_NAME),
        (6, RowProblem.NAME_TOO_LONG),
    }
    assert stored_count(db) == 1


def test_duplicates_are_flagged_not_merged_and_exact_repeats_imported_once(
    tmp_path: Path, db: Database, assembly: uuid.UUID
) -> None:
    rows = [
        ["Nom", "Prénom"],
        ["Lefèvre", "Hélène"],
        ["LEFEVRE", "helene"],
        ["Lefèvre", "Hélène"],
        ["D’Almeida", "Ana"],
        ["D'Almeida", "Ana"],
        ["de  la Fontaine", "Jean"],
        ["de la fontaine", "jean"],
    ]
    result = run_import(db, assembly, csv_file(tmp_path, rows))
    assert stored_count(db) == 6
    assert [g.lines for g in result.plan.duplicates] == [(2, 3), (5, 6), (7, 8)]
    assert result.plan.repeated == ((4, 2),)
    again = run_import(db, assembly, csv_file(tmp_path, rows))
    assert again.created == ()
    assert len(again.plan.already_present) == 6
    assert stored_count(db) == 6


@pytest.mark.parametrize(
    ("rows", "code"),
    [
        ([["Quartier", "Ville"], ["Centre", "Tours"]], FileProblem.MISSING_NAME_COLUMNS),
        ([["Nom", "Prénom"]], FileProblem.NO_DATA_ROWS),
    ],
)
def test_missing_columns_or_people(tmp_path: Path, rows: list[list[str]], code: FileProblem) -> None:
    from facilitator.core.roster.mapping import check_mapping

    try:
        table = read_roster(csv_file(tmp_path, rows))
    except RosterRefused as refusal:
        problem = refusal.problem
    else:
        problem = check_mapping(table.headers, guess_mapping(table.headers))
    assert problem is not None and problem.code is code


def test_xlsx_with_formulas_merged_cells_and_a_text_postcode(tmp_path: Path, db: Database, assembly: uuid.UUID) -> None:
    path = write_xlsx(
        tmp_path / "roster.xlsx",
        [
            ["Nom", "Prénom", "Code postal", "Téléphone", "Date de naissance", "Quartier"],
            ["Dupont", "Jeanne", "01000", 612345678, dt.datetime(1984, 3, 25), "Centre"],
            ["Martin", "Paul", 1000, "06 12 34 56 78", 1990, '=HYPERLINK("http://x","Gare")'],
            ["Petit", "Léa", "37990", "", "", "Centre"],
        ],
        merge="F2:F4",
    )
    result = run_import(db, assembly, path)
    people = {p.details.last_name: p.details for p in list_participants(db, assembly)}
    assert people["Dupont"].postcode == "01000"
    assert people["Martin"].postcode == "01000"
    assert people["Dupont"].phone == "06 12 34 56 78"
    assert people["Dupont"].birth_year == 1984
    assert not any(p.neighbourhood.startswith("=") for p in people.values())
    assert [r.line for r in result.plan.repairs] == [2, 3]


def test_xlsx_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "plain.xlsx", [["Nom", "Prénom"], ["Dupont", "Jeanne"]])
    bomb = replace_member(source, tmp_path / "laughs.xlsx", "xl/worksheets/sheet1.xml", BILLION_LAUGHS)
    with pytest.raises(RosterRefused) as refusal:
        read_roster(bomb)
    assert refusal.value.problem.code is FileProblem.SPREADSHEET_BOMB


def test_xlsx_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "plain.xlsx", [["Nom", "Prénom"], ["Dupont", "Jeanne"]])
    bomb = zip_bomb(source, tmp_path / "bomb.xlsx")
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(RosterRefused) as refusal:
        read_roster(bomb)
    assert refusal.value.problem.code is FileProblem.SPREADSHEET_BOMB


def test_old_excel_and_damaged_xlsx_files(tmp_path: Path) -> None:
    old = tmp_path / "roster.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(RosterRefused) as refusal:
        read_roster(old)
    assert refusal.value.problem.code is FileProblem.UNSUPPORTED_FORMAT
    damaged = tmp_path / "roster.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + b"garbage" * 50)
    with pytest.raises(RosterRefused) as refusal:
        read_roster(damaged)
    assert refusal.value.problem.code is FileProblem.MALFORMED


def test_an_opendocument_spreadsheet_is_refused_by_its_kind_not_as_damaged(tmp_path: Path) -> None:
    ods = tmp_path / "roster.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(RosterRefused) as refusal:
        read_roster(ods)
    assert refusal.value.problem == Problem(FileProblem.UNSUPPORTED_FORMAT, {"suffix": ".ods"})


def test_xlsx_reads_the_sheet_it_opens_on(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    notes = workbook.active
    notes.title = "Consignes"
    notes.append(["Ne pas modifier"])
    people = workbook.create_sheet("Participants")
    people.append(["Nom", "Prénom"])
    people.append(["Dupont", "Jeanne"])
    workbook.active = people
    workbook.save(tmp_path / "roster.xlsx")
    table = read_roster(tmp_path / "roster.xlsx")
    assert [row.cells for row in table.rows] == [("Dupont", "Jeanne")]


def test_xlsx_formatted_blank_rows_do_not_count_against_the_row_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(roster_files, "MAX_ROWS", 3)
    monkeypatch.setattr(roster_table, "MAX_ROWS", 3)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nom", "Prénom"])
    sheet.append(["Dupont", "Jeanne"])
    sheet.append([])
    sheet.append(["Martin", "Paul"])
    for row in range(5, 200):
        sheet.cell(row=row, column=1).number_format = "@"
        sheet.cell(row=row, column=1).value = ""
    workbook.save(tmp_path / "roster.xlsx")
    table = read_roster(tmp_path / "roster.xlsx")
    assert [(row.line, row.cells) for row in table.rows] == [(2, ("Dupont", "Jeanne")), (4, ("Martin", "Paul"))]
    for row in range(5, 15):
        sheet.append([f"Nom{row}", "X"])
    workbook.save(tmp_path / "roster.xlsx")
    with pytest.raises(RosterRefused) as refusal:
        read_roster(tmp_path / "roster.xlsx")
    assert refusal.value.problem.code is FileProblem.TOO_MANY_ROWS
    assert dict(refusal.value.problem.params)["rows"] == 12  # the people it holds, as for a CSV
    (tmp_path / "roster.csv").write_text(
        "Nom;Prénom\nDupont;Jeanne\n\nMartin;Paul\n" + "".join(f"Nom{row};X\n" for row in range(5, 15)),
        encoding="utf-8",
    )
    with pytest.raises(RosterRefused) as refusal:
        read_roster(tmp_path / "roster.csv")
    assert dict(refusal.value.problem.params)["rows"] == 12


def test_an_unreadable_file_is_an_environment_problem(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentProblem) as problem:
        read_roster(tmp_path / "absent.csv")
    assert problem.value.kind is EnvironmentKind.FILE_NOT_FOUND


def big_table(count: int) -> RawTable:
    from facilitator.core.roster.table import RawRow

    rows = tuple(RawRow(i + 2, (f"Nom{i:05d}", f"Prénom{i}")) for i in range(count))
    return RawTable(("Nom", "Prénom"), rows)


def change_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog)) or 0


def test_an_import_into_a_named_assembly_creates_it_in_the_same_transaction(db: Database) -> None:
    table = big_table(3)
    mapping = guess_mapping(table.headers)
    with pytest.raises(ImportCancelled):
        import_roster(db, "Conseil des jeunes", table, mapping, TODAY, cancelled=lambda: True)
    assert list_assemblies(db) == []
    first = import_roster(db, "Conseil des jeunes", table, mapping, TODAY).value
    again = import_roster(db, "conseil des JEUNES", big_table(5), mapping, TODAY).value
    assert [(a.name, a.participants) for a in list_assemblies(db)] == [("Conseil des jeunes", 5)]
    assert len(first.created) == 3 and len(again.created) == 2


def test_a_cancelled_import_writes_nothing(db: Database, assembly: uuid.UUID) -> None:
    changes_before = change_count(db)
    calls: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        import_roster(
            db,
            assembly,
            big_table(1200),
            [Field.LAST_NAME, Field.FIRST_NAME],
            TODAY,
            progress=lambda done, total: calls.append((done, total)),
            cancelled=lambda: len(calls) >= 2,
        )
    assert calls == [(500, 1200), (1000, 1200)]
    assert stored_count(db) == 0
    assert change_count(db) == changes_before


def test_progress_reaches_the_total_and_badges_follow_on(db: Database, assembly: uuid.UUID) -> None:
    calls: list[tuple[int, int]] = []
    import_roster(
        db,
        assembly,
        big_table(1200),
        [Field.LAST_NAME, Field.FIRST_NAME],
        TODAY,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls[-1] == (1200, 1200)
    badges = sorted(p.badge_number for p in list_participants(db, assembly))
    assert badges == list(range(1, 1201))


def test_preview_writes_nothing(db: Database, assembly: uuid.UUID) -> None:
    plan = preview_import(db, assembly, big_table(10), [Field.LAST_NAME, Field.FIRST_NAME], TODAY)
    assert len(plan.to_create) == 10
    assert stored_count(db) == 0
