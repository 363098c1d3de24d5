"""The command line, run for real in a subprocess, as agents' scripts and installers run it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import __version__
from tests.conftest import DATA
from tests.helpers.cli import facilitator

SAMPLE = DATA / "roster_cp1252_semicolon.csv"


def import_sample(database: Path, basedir: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return facilitator("roster", "import", SAMPLE, "--db", database, *options, basedir=basedir)


def participant_count(database: Path) -> int:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT count(*) FROM participant WHERE deleted = 0").fetchone()[0]


def test_version() -> None:
    result = subprocess.run([sys.executable, "-m", "facilitator", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.strip() == f"facilitator {__version__}"


def test_self_test_builds_the_window_and_says_ok(tmp_path: Path) -> None:
    result = facilitator("self-test", "--db", tmp_path / "s.sqlite", basedir=tmp_path / "base")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "OK"
    assert (tmp_path / "s.sqlite").exists()


def test_demo_create_then_list(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite"
    created = facilitator("demo", "create", "--db", database, basedir=tmp_path / "base")
    assert created.returncode == 0, created.stderr
    assert "Assemblée de démonstration écrite" in created.stdout
    listed = facilitator("roster", "list", "--db", database, "--json", basedir=tmp_path / "base")
    people = json.loads(listed.stdout)
    assert len(people) == 121  # 120 on the roster and a walk-in registered at the desk
    keys = {"id", "first_name", "last_name", "role", "gender", "birth_year", "neighbourhood", "phone", "email", "drawn"}
    assert keys <= set(people[0])
    assert isinstance(people[0]["drawn"], bool) and people[0]["role"] in {
        "citizen",
        "elected",
        "staff",
        "expert",
        "facilitator",
    }
    again = facilitator("demo", "create", "--db", database, basedir=tmp_path / "base")
    assert again.returncode != 0
    assert "déjà dans cette base" in again.stderr


def test_roster_import_json_report(tmp_path: Path) -> None:
    database = tmp_path / "r.sqlite"
    result = import_sample(database, tmp_path / "base", "--assembly", "Conseil citoyen", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["imported"] == 7
    assert [entry["line"] for entry in report["rejected"]] == [9, 10, 12]
    assert report["rejected"][0]["reason"] == "nom manquant"
    assert report["duplicates"] == [[2, 7]]
    assert report["repeated"] == [{"line": 8, "same_as": 3}]
    assert report["encoding"] == "cp1252"
    assert participant_count(database) == 7
    listed = json.loads(facilitator("roster", "list", "--db", database, "--json", basedir=tmp_path / "base").stdout)
    assert {p["last_name"] for p in listed} >= {"Lefèvre", "Bœuf", "D'Almeida"}


def test_a_second_import_flags_people_already_there(tmp_path: Path) -> None:
    database = tmp_path / "r.sqlite"
    base = tmp_path / "base"
    import_sample(database, base, "--assembly", "A")
    variant = tmp_path / "variant.csv"
    variant.write_text("Nom;Prénom\nLEFEVRE;Hélène\nNouveau;Venu\n", encoding="utf-8")
    report = json.loads(facilitator("roster", "import", variant, "--db", database, "--json", basedir=base).stdout)
    assert report["imported"] == 2
    assert report["duplicates"] == [[2, "Hélène Lefèvre", "helene LEFEVRE"]]


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    database = tmp_path / "r.sqlite"
    result = import_sample(database, tmp_path / "base", "--assembly", "A", "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["dry_run"], report["imported"], report["to_import"]) == (True, 0, 7)
    assert not database.exists()


def test_human_report_in_french(tmp_path: Path) -> None:
    result = facilitator(
        "roster", "import", SAMPLE, "--db", tmp_path / "r.sqlite", "--assembly", "A", basedir=tmp_path / "base"
    )
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "7 personnes importées."
    assert "  Ligne 9\u00a0: nom manquant" in lines


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Nom;Prénom\nLefÃ¨vre;HÃ©lÃ¨ne\n".encode(), "abîmé par une mauvaise conversion"),
        (b"", "Le fichier est vide."),
        (b"Quartier;Ville\nCentre;Tours\n", "Aucune colonne ne contient les noms"),
        (bytes(range(256)) * 8, "il semble binaire"),
    ],
)
def test_a_refused_file_says_why_in_french_and_writes_nothing(tmp_path: Path, content: bytes, message: str) -> None:
    database = tmp_path / "r.sqlite"
    import_sample(database, tmp_path / "base", "--assembly", "A")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    result = facilitator("roster", "import", bad, "--db", database, "--json", basedir=tmp_path / "base")
    assert result.returncode == 3
    assert message in result.stderr
    assert result.stdout == ""
    assert participant_count(database) == 7


def test_choosing_the_assembly(tmp_path: Path) -> None:
    database = tmp_path / "r.sqlite"
    base = tmp_path / "base"
    empty = import_sample(database, base)
    assert empty.returncode == 5 and "aucune assemblée" in empty.stderr
    import_sample(database, base, "--assembly", "Première")
    import_sample(database, base, "--assembly", "Seconde")
    ambiguous = facilitator("roster", "list", "--db", database, "--json", basedir=base)
    assert ambiguous.returncode == 5
    assert "plusieurs assemblées" in ambiguous.stderr and "Première, Seconde" in ambiguous.stderr
    chosen = facilitator("roster", "list", "--db", database, "--assembly", "premiere", "--json", basedir=base)
    assert len(json.loads(chosen.stdout)) == 7


def test_a_blank_assembly_name_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    database = tmp_path / "r.sqlite"
    result = import_sample(database, tmp_path / "base", "--assembly", "  ")
    assert result.returncode == 2
    assert "an assembly name cannot be blank" in result.stderr and "Traceback" not in result.stderr
    assert not database.exists()


def test_listing_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = facilitator("roster", "list", "--db", tmp_path / "absent.sqlite", "--json", basedir=tmp_path / "base")
    assert result.returncode == 4
    assert "Le fichier n'existe pas" in result.stderr
    assert not (tmp_path / "absent.sqlite").exists()
