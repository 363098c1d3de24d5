"""The procès-verbal and the results' CSV of the demo's counted votes, read back as text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication

from facilitator.core.voting.count import Entry, EntryKind
from facilitator.core.voting.model import Method
from facilitator.demo import create_demo
from facilitator.services.assemblies.sessions import list_sessions
from facilitator.services.voting.count import record_entry
from facilitator.services.voting.minutes import export_results, print_minutes
from facilitator.services.voting.votes import list_votes
from facilitator.store.database import Database
from tests.conftest import french_catalogue

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def french(qapp: QCoreApplication):  # type: ignore[no-untyped-def]
    with french_catalogue(qapp):
        yield


@pytest.fixture
def votes(db: Database) -> dict[Method, uuid.UUID]:
    assembly = create_demo(db, TODAY)
    groups = next(s for s in list_sessions(db, assembly) if s.title == "Travail en groupes")
    return {vote.rules.method: vote.id for vote in list_votes(db, groups.id)}


def text(path: Path) -> str:
    """The document's words, one space between them (headers wrap inside their cells)."""
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())


def test_the_record_of_a_yes_no_count_holds_every_field(db: Database, votes: dict, tmp_path: Path) -> None:
    path = tmp_path / "pv.pdf"
    view = print_minutes(db, votes[Method.YES_NO], path, dt.datetime(2026, 11, 21, 17, 0)).value
    printed = text(path)
    for words in (
        "Procès-verbal de dépouillement",
        "Question soumise au vote",
        "rue scolaire",
        "Règles annoncées avant le vote",
        "Majorité absolue des suffrages exprimés",
        "Bureau de dépouillement",
        "Claire Fontaine",
        "Awa Diallo, Jean-Pierre Morel",
        "Présences",
        "Quorum",
        "Émargements",
        "Jeux de bulletins distribués",
        "Enveloppes dans l’urne (votants)",
        "bulletin annoté",
        "Suffrages exprimés",
        "Contrôles",
        "concorde",
        "Majorité requise",
        "Adopté",
        "Incidents",
        "Signatures",
        "Annexe : lectures rejetées ou mises de côté",
    ):
        assert words in printed, words
    assert view.result.digest[:40] in printed.replace(" ", "")
    assert f"{view.result.voters}" in printed and "ÉCART" not in printed


def test_the_record_of_majority_judgment_gives_tallies_grades_and_ranks(
    db: Database, votes: dict, tmp_path: Path
) -> None:
    path = tmp_path / "pv-mj.pdf"
    print_minutes(db, votes[Method.JUDGMENT], path, dt.datetime(2026, 11, 21, 17, 0))
    printed = text(path)
    expected = ("Jugement majoritaire", "Mention d’une ligne laissée vide", "À rejeter", "Excellent",
                "Mention majoritaire", "p / q", "Rang", "Un jardin partagé", "Retenu : Un jardin partagé")  # fmt: skip
    for words in expected:
        assert words in printed, words


def test_a_mismatch_is_printed_as_such(db: Database, votes: dict, tmp_path: Path) -> None:
    record_entry(db, votes[Method.SINGLE], Entry(kind=EntryKind.HANDED_OUT, number=3), dt.datetime(2026, 11, 21, 17, 0))
    path = tmp_path / "pv-gap.pdf"
    print_minutes(db, votes[Method.SINGLE], path, dt.datetime(2026, 11, 21, 17, 5))
    assert "ÉCART" in text(path)


def test_the_results_as_csv(db: Database, votes: dict, tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    assert export_results(db, votes[Method.APPROVAL], path) == 5
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Choix", "Approbations", "Part des exprimés", "Rang"]
    assert rows[1][0] == "Mobilités" and rows[1][3] == "1"
