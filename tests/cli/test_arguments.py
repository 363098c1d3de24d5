"""Arguments out of range are usage errors with a message, a closed output pipe ends a command
quietly, and each source of ``count`` is checked for what it expects."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import TIMEOUT_S, demo_database, facilitator

FAKE_ID = "01900000-0000-7000-8000-000000000000"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    database, basedir = demo_database(tmp_path_factory.mktemp("arguments"))
    sessions = json.loads(facilitator("session", "list", "--db", database, "--json", basedir=basedir).stdout)
    session = next(s for s in sessions if s["title"] == "Délibération et décision")["id"]
    created = facilitator(
        "vote", "create", "--db", database, "--session", session, "--question", "Q ?", "--method", "yna", "--json",
        basedir=basedir,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    return database, basedir, json.loads(created.stdout)["id"]


OUT_OF_RANGE = [
    ("indemnity", "--year", "0000"),
    ("indemnity", "--year", "9999"),
    ("export", "indemnity", "--year", "0000", "--format", "csv", "-o", "x.csv"),
    ("print", "certificate", "--year", "0000", "--participant", "1", "-o", "x.pdf"),
    ("session", "create", "--date", "0001-01-01", "--place", "Mairie"),
    ("session", "create", "--date", "9999-12-31", "--place", "Mairie"),
    ("attendance", "record", "--session", FAKE_ID, "--participant", "1", "--arrival", "24:00"),
    ("rotation", "plan", "--people", "0", "--rounds", "3", "--tables", "3"),
    ("rotation", "plan", "--people", "30", "--rounds", "21", "--tables", "3"),
    ("rotation", "plan", "--people", "99999999", "--rounds", "3", "--tables", "3"),
    ("rotation", "plan", "--people", "30", "--rounds", "3", "--tables", "3", "--seed", "-1"),
    ("rotation", "plan", "--people", "30", "--rounds", "3", "--tables", "3", "--deadline", "nan"),
    ("rotation", "plan", "--people", "30", "--rounds", "3", "--tables", "3", "--deadline", "inf"),
    ("rotation", "plan", "--people", "30", "--rounds", "3", "--tables", "3", "--deadline", "-1"),
    ("rotation", "plan", "--people", "30", "--rounds", "3", "--tables", "3", "--officials", "-2"),
    ("rotation", "plan", "--sgp", "0-3-3"),
    ("rotation", "plan", "--sgp", "1000-1000-5"),
    ("rotation", "plan", "--sgp", "100-100-5"),
    ("rotation", "plan", "--people", "501", "--rounds", "3", "--tables", "60"),
    ("rotation", "plan", "--people", "60", "--rounds", "3", "--table-size", "31"),
    ("rotation", "plan", "--people", "60", "--rounds", "3", "--tables", "6", "--deadline", "0.5"),
    ("rotation", "plan", "--sgp", "5-3"),
    ("vote", "print", "--vote", FAKE_ID, "--kits", "0", "-o", "x.pdf"),
    ("vote", "print", "--vote", FAKE_ID, "--kits", "1000000", "-o", "x.pdf"),
]


@pytest.mark.parametrize("arguments", OUT_OF_RANGE, ids=[" ".join(a) for a in OUT_OF_RANGE])
def test_an_argument_out_of_range_is_a_usage_error(
    arguments: tuple[str, ...], demo: tuple[Path, Path, str], tmp_path: Path
) -> None:
    database, basedir, _vote = demo
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", *arguments, "--db", str(database), "--basedir", str(basedir)],
        capture_output=True, text=True, timeout=TIMEOUT_S, cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "error: argument" in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def closed_pipe(*arguments: str | Path) -> tuple[int, str]:
    """Run a command whose reader has gone: its exit status and what it wrote on stderr."""
    process = subprocess.Popen(
        [sys.executable, "-m", "facilitator", *map(str, arguments)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read().decode()
    return process.wait(timeout=TIMEOUT_S), errors


def test_a_closed_pipe_ends_a_command_quietly(demo: tuple[Path, Path, str], tmp_path: Path) -> None:
    database, basedir, vote = demo
    roster = tmp_path / "roster.csv"
    roster.write_text("Nom;Prénom\n" + "".join(f"Nom{n};Prénom{n}\n" for n in range(300)), encoding="utf-8")
    for arguments in (
        ("roster", "list", "--json"),
        ("results", "--vote", vote, "--json"),
        ("roster", "import", roster, "--assembly", "Autre assemblée"),
    ):
        status, errors = closed_pipe(*arguments, "--db", database, "--basedir", basedir)
        assert status == 141, errors
        assert errors == ""


def test_each_count_source_is_what_its_option_expects(demo: tuple[Path, Path, str], tmp_path: Path) -> None:
    database, basedir, vote = demo
    folder, pdf, codes = tmp_path / "scans", tmp_path / "copier.pdf", tmp_path / "codes.txt"
    folder.mkdir()
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    codes.write_text("", encoding="utf-8")
    expectations = {
        ("--pdf", folder): "--pdf attend un fichier PDF",
        ("--images", pdf): "--images attend un dossier",
        ("--codes", folder): "--codes attend un fichier texte",
        ("--entries", folder): "--entries attend un fichier texte",
        ("--images", tmp_path / "absent"): "existe pas",
        ("--pdf", tmp_path / "absent.pdf"): "existe pas",
    }
    for (option, source), expected in expectations.items():
        done = facilitator("count", "--vote", vote, option, source, "--db", database, basedir=basedir)
        assert done.returncode == 3, (option, source, done.stderr)
        assert expected in done.stderr and "Traceback" not in done.stderr


def test_a_pdf_of_one_huge_page_is_reported_not_rendered(demo: tuple[Path, Path, str], tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    database, basedir, vote = demo
    canvas = Canvas(str(tmp_path / "huge.pdf"), pagesize=(14_400, 14_400))
    canvas.drawString(100, 100, "one huge page")
    canvas.save()
    done = facilitator("count", "--vote", vote, "--pdf", tmp_path / "huge.pdf", "--db", database, basedir=basedir)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["pages"] == 1 and report["too_large_pages"] == [1] and report["accepted"] == []
