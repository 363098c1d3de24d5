"""Sessions, attendance, indemnities, documents and the finance export from the command line,
run for real in a subprocess."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pypdf
import pytest

from tests.helpers.cli import demo_database, facilitator


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return demo_database(tmp_path_factory.mktemp("cli"))


def new_session(database: Path, basedir: Path, day: str) -> str:
    created = facilitator(
        "session",
        "create",
        "--db",
        database,
        "--date",
        day,
        "--place",
        "Mairie",
        "--title",
        "Plénière",
        "--json",
        basedir=basedir,
    )
    assert created.returncode == 0, created.stderr
    return json.loads(created.stdout)["id"]


def text_of(path: Path) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_session_create_then_list(demo: tuple[Path, Path]) -> None:
    database, basedir = demo
    session_id = new_session(database, basedir, "2027-01-09")
    listed = facilitator("session", "list", "--db", database, "--json", basedir=basedir)
    sessions = json.loads(listed.stdout)
    mine = next(s for s in sessions if s["id"] == session_id)
    assert mine == {
        "id": session_id,
        "date": "2027-01-09",
        "title": "Plénière",
        "place": "Mairie",
        "sub_body": None,
        "morning": True,
        "afternoon": True,
        "starts_at": "09:00",
    }
    assert len(sessions) == 7


def test_attendance_then_indemnity_in_cents(demo: tuple[Path, Path]) -> None:
    database, basedir = demo
    session_id = new_session(database, basedir, "2027-02-06")
    by_name = facilitator(
        "attendance",
        "record",
        "--db",
        database,
        "--session",
        session_id,
        "--participant",
        "jeanne dupont",
        "--arrival",
        "09:05",
        "--departure",
        "12:40",
        "--json",
        basedir=basedir,
    )
    assert by_name.returncode == 0, by_name.stderr
    assert json.loads(by_name.stdout)["departure"] == "12:40"
    by_badge = facilitator(
        "attendance",
        "record",
        "--db",
        database,
        "--session",
        session_id,
        "--participant",
        "2",
        "--arrival",
        "09:00",
        "--note",
        "a signé la feuille papier",
        basedir=basedir,
    )
    assert by_badge.returncode == 0, by_badge.stderr
    result = facilitator("indemnity", "--db", database, "--session", session_id, "--json", basedir=basedir)
    assert result.returncode == 0, result.stderr
    statement = json.loads(result.stdout)
    people = {person["badge_number"]: person for person in statement["people"]}
    assert people[1]["gross"] == 4500 and people[1]["units"] == "0.5"  # the morning only
    assert people[2]["total"] == 9000
    assert statement["total"] == 13500


def test_refusals_say_why_in_french(demo: tuple[Path, Path]) -> None:
    database, basedir = demo
    session_id = new_session(database, basedir, "2027-03-06")
    nobody = facilitator(
        "attendance",
        "record",
        "--db",
        database,
        "--session",
        session_id,
        "--participant",
        "Personne Inconnue",
        "--arrival",
        "09:00",
        basedir=basedir,
    )
    assert nobody.returncode == 5
    assert "Personne dans l'assemblée ne correspond à" in nobody.stderr
    backwards = facilitator(
        "attendance",
        "record",
        "--db",
        database,
        "--session",
        session_id,
        "--participant",
        "1",
        "--arrival",
        "14:00",
        "--departure",
        "09:00",
        basedir=basedir,
    )
    assert backwards.returncode == 3 and "avant l'arrivée" in backwards.stderr
    facilitator(
        "attendance",
        "record",
        "--db",
        database,
        "--session",
        session_id,
        "--participant",
        "3",
        "--arrival",
        "09:00",
        "--departure",
        "16:00",
        basedir=basedir,
    )
    again = facilitator(
        "attendance",
        "record",
        "--db",
        database,
        "--session",
        session_id,
        "--participant",
        "3",
        "--arrival",
        "09:00",
        "--departure",
        "12:00",
        basedir=basedir,
    )
    assert again.returncode == 3 and "n'est pas dans la salle à cette heure-là" in again.stderr
    assert "Traceback" not in again.stderr
    unknown = facilitator(
        "indemnity", "--db", database, "--session", "01a230cf-13df-78a1-9da5-840047aa822a", "--json", basedir=basedir
    )
    assert unknown.returncode == 5 and "Aucune séance" in unknown.stderr


def test_print_every_document(demo: tuple[Path, Path], tmp_path: Path) -> None:
    database, basedir = demo
    sessions = json.loads(facilitator("session", "list", "--db", database, "--json", basedir=basedir).stdout)
    held = next(s for s in sessions if s["title"] == "Travail en groupes")
    for document in ("badges", "attendance", "indemnity", "travel"):
        output = tmp_path / f"{document}.pdf"
        printed = facilitator(
            "print", document, "--db", database, "--session", held["id"], "-o", output, basedir=basedir
        )
        assert printed.returncode == 0, printed.stderr
        assert output.read_bytes().startswith(b"%PDF")
    assert "Feuille d'émargement" in text_of(tmp_path / "attendance.pdf")
    assert "État liquidatif" in text_of(tmp_path / "indemnity.pdf")
    year = tmp_path / "year.pdf"
    assert (
        facilitator(
            "print", "indemnity", "--db", database, "--year", held["date"][:4], "-o", year, basedir=basedir
        ).returncode
        == 0
    )
    assert "1er janvier" in text_of(year)


def test_export_the_year_as_csv_and_xlsx(demo: tuple[Path, Path], tmp_path: Path) -> None:
    database, basedir = demo
    sessions = json.loads(facilitator("session", "list", "--db", database, "--json", basedir=basedir).stdout)
    year = min(s["date"] for s in sessions)[:4]
    output = tmp_path / "finance.csv"
    exported = facilitator(
        "export", "indemnity", "--db", database, "--year", year, "--format", "csv", "-o", output, basedir=basedir
    )
    assert exported.returncode == 0, exported.stderr
    assert "personnes exportées" in exported.stdout
    rows = list(csv.reader(io.StringIO(output.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Nom", "Prénom"] and len(rows) > 50
    xlsx = tmp_path / "finance.xlsx"
    assert (
        facilitator(
            "export", "indemnity", "--db", database, "--year", year, "--format", "xlsx", "-o", xlsx, basedir=basedir
        ).returncode
        == 0
    )
    assert xlsx.read_bytes().startswith(b"PK")
