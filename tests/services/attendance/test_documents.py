"""The documents as the services write them from a real database, read back as text."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from facilitator.core.assemblies import AssemblyRules
from facilitator.core.attendance.presence import EventKind
from facilitator.core.indemnity.amounts import Claim, IndemnityRules
from facilitator.core.indemnity.travel import TravelMeans
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.services.assemblies.rules import save_rules
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in, check_out, correct
from facilitator.services.attendance.documents import (
    print_attendance_certificate,
    print_attendance_sheet,
    print_badges,
)
from facilitator.services.indemnity.claims import save_claim
from facilitator.services.indemnity.documents import print_indemnity_statement, print_travel_statements
from facilitator.services.indemnity.statements import session_indemnities, year_indemnities
from facilitator.services.roster.participants import add_participant
from facilitator.store.database import Database
from facilitator.text.indemnity import units_text
from tests.printing.pdf import flat, pages
from tests.samples import JEANNE

DAY = dt.date(2026, 3, 7)
NOW = dt.datetime(2026, 3, 7, 17, 30)


@pytest.fixture
def session(db: Database, assembly: uuid.UUID, french: None) -> dict[str, uuid.UUID]:
    people = {
        "jeanne": add_participant(db, assembly, JEANNE).value.id,
        "francoise": add_participant(
            db, assembly, ParticipantDetails("Françoise", "N’Diaye", Role.CITIZEN, Gender.FEMALE, address="3 rue Haute")
        ).value.id,
        "helene": add_participant(db, assembly, ParticipantDetails("Hélène", "Lefèvre", Role.ELECTED)).value.id,
        "absent": add_participant(db, assembly, ParticipantDetails("Œdipe", "Cœur", Role.CITIZEN)).value.id,
    }
    session_id = create_session(db, assembly, DAY, "Plénière d'ouverture", "Salle des fêtes").value
    check_in(db, session_id, people["jeanne"], dt.datetime.combine(DAY, dt.time(9, 5)))
    check_in(db, session_id, people["helene"], dt.datetime.combine(DAY, dt.time(9, 40)))
    check_out(db, session_id, people["helene"], dt.datetime.combine(DAY, dt.time(12, 10)))
    correct(
        db,
        session_id,
        people["francoise"],
        EventKind.ARRIVAL,
        dt.datetime.combine(DAY, dt.time(8, 55)),
        "feuille papier",
    )
    save_claim(db, session_id, people["francoise"], Claim(TravelMeans.CAR, 24, 5, 0, 180, 4500))
    return {**people, "session": session_id}


def read(path: Path) -> str:
    return flat("\n".join(pages(path.read_bytes())))


def test_badges_for_everyone_expected(db: Database, session: dict[str, uuid.UUID], tmp_path: Path) -> None:
    path = tmp_path / "badges.pdf"
    assert print_badges(db, session["session"], path, NOW).value == 4
    text = read(path)
    for name in ("Jeanne", "Françoise", "N’Diaye", "Hélène", "Œdipe", "Cœur"):
        assert name in text


def test_the_filled_sheet_has_times_absences_and_notes(
    db: Database, session: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "sheet.pdf"
    assert print_attendance_sheet(db, session["session"], path, NOW, filled=True) == 4
    text = read(path)
    assert "samedi 7 mars 2026" in text
    assert "9:05" in text and "12:10" in text and "8:55" in text
    assert "arrivée en retard" in text
    assert "feuille papier" in text
    assert "Absent·e" in text
    blank = tmp_path / "blank.pdf"
    print_attendance_sheet(db, session["session"], blank, NOW, filled=False)
    assert "9:05" not in read(blank)


def test_the_etat_liquidatif_of_the_session(db: Database, session: dict[str, uuid.UUID], tmp_path: Path) -> None:
    path = tmp_path / "etat.pdf"
    print_indemnity_statement(db, session_indemnities(db, session["session"]), path, NOW)
    text = read(path)
    assert "État liquidatif" in text
    assert "DUPONT Jeanne" in text and "N’DIAYE Françoise" in text
    assert "LEFÈVRE" not in text  # elected officials are not paid
    assert "90,00 €" in text
    assert "Taux : 90,00 € par journée ; une demi-journée seule vaut la moitié du taux journalier" in text
    assert "fractions de centime arrondies au centime inférieur" in text
    # Françoise: 90 € + 24 km × 0,32 € + child care as paid (45 €, under the cap of 3 h × 18 €).
    line = "N’DIAYE Françoise Habitant·e 07/03/2026 : journée 1 journée"
    assert f"{line} 90,00 € 90,00 € 0,00 € 90,00 € 7,68 € 45,00 € 142,68 €" in text
    assert "Certifié exact — service fait" in text and "Le maire ou son représentant" in text


def test_the_travel_statement_lists_the_trip(db: Database, session: dict[str, uuid.UUID], tmp_path: Path) -> None:
    path = tmp_path / "frais.pdf"
    assert print_travel_statements(db, session_indemnities(db, session["session"]), path, NOW) == 1
    text = read(path)
    assert "N’DIAYE Françoise" in text and "3 rue Haute" in text
    assert "Voiture personnelle" in text and "24" in text
    assert "Arrêté du 3 juillet 2006" in text


def test_the_year_statement_is_a_period_document(
    db: Database, assembly: uuid.UUID, session: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    save_rules(db, assembly, AssemblyRules(IndemnityRules(annual_cap_cents=5000)))
    path = tmp_path / "annee.pdf"
    print_indemnity_statement(db, year_indemnities(db, assembly, 2026), path, NOW)
    text = read(path)
    assert "1er janvier 2026" in text and "31 décembre 2026" in text
    assert "plafond annuel 50,00 €" in text
    assert "40,00 €" in text  # the deduction over the cap


def test_the_attestation_names_the_sessions(db: Database, session: dict[str, uuid.UUID], tmp_path: Path) -> None:
    path = tmp_path / "attestation.pdf"
    assert print_attendance_certificate(db, session["jeanne"], DAY, DAY, path, NOW) == 1
    text = read(path)
    assert "Jeanne" in text and "Dupont" in text
    assert "samedi 7 mars 2026" in text and "Plénière d'ouverture" in text
    nobody = tmp_path / "none.pdf"
    assert print_attendance_certificate(db, session["absent"], DAY, DAY, nobody, NOW) == 0
    assert not nobody.exists()


def test_units_read_as_french(french: None) -> None:
    from decimal import Decimal

    from facilitator.core.indemnity.amounts import IndemnityUnit

    assert units_text(Decimal("1.5"), IndemnityUnit.DAY) == "1,5 journée"
    assert units_text(Decimal(2), IndemnityUnit.DAY) == "2 journées"
    assert units_text(Decimal(3), IndemnityUnit.HALF_DAY) == "3 demi-journées"
    assert units_text(Decimal(1), IndemnityUnit.SESSION) == "1 séance"
