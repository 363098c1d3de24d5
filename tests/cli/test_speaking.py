"""The speaking-time report from the command line, in a subprocess, on the demo's session."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pypdf

from tests.helpers.cli import facilitator


def test_the_report_as_json_pdf_and_csv(tmp_path: Path) -> None:
    database, basedir = tmp_path / "demo.sqlite", tmp_path / "base"
    assert facilitator("demo", "create", "--db", database, basedir=basedir).returncode == 0
    sessions = json.loads(facilitator("session", "list", "--db", database, "--json", basedir=basedir).stdout)
    held = next(s for s in sessions if s["title"] == "Travail en groupes")["id"]
    result = facilitator("speaking", "report", "--db", database, "--session", held, "--json", basedir=basedir)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["total"]["turns"] == sum(person["turns"] for person in report["people"])
    assert report["total"]["seconds"] == sum(phase["seconds"] for phase in report["phases"].values())
    assert set(report["phases"]) == {"Accueil et information", "Délibération", "Décision"}
    assert report["roles"]["elected"]["time_share"] < report["roles"]["elected"]["present_share"] + 0.5
    (override,) = report["overrides"]
    assert override["phase"] == "Décision" and override["reason"] == "Précision demandée sur le coût des travaux"
    pdf = tmp_path / "temps.pdf"
    assert (
        facilitator("speaking", "report", "--db", database, "--session", held, "--pdf", pdf, basedir=basedir).returncode
        == 0
    )
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "Temps de parole" in text and "Précision demandée sur le coût des travaux" in text
    table = tmp_path / "temps.csv"
    assert (
        facilitator(
            "speaking", "report", "--db", database, "--session", held, "--csv", table, basedir=basedir
        ).returncode
        == 0
    )
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Nom", "Rôle", "Genre"] and len(rows) == len(report["people"]) + 1
    missing = facilitator(
        "speaking",
        "report",
        "--db",
        database,
        "--session",
        "01a230cf-13df-78a1-9da5-840047aa822a",
        "--json",
        basedir=basedir,
    )
    assert missing.returncode == 5 and "Aucune séance" in missing.stderr
