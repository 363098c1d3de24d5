"""Rules, claims and statements on a real database file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from facilitator.core.assemblies import AssemblyRules
from facilitator.core.attendance.presence import HalfDayRules, Quorum
from facilitator.core.indemnity.amounts import Claim, IndemnityRules, IndemnityUnit
from facilitator.core.indemnity.travel import TravelMeans
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.services.assemblies.rules import load_rules, save_rules
from facilitator.services.assemblies.sessions import create_session, get_session
from facilitator.services.attendance.desk import (
    NotHere,
    check_in,
    check_out,
    load_session_attendance,
    record_attendance,
    register_walk_in,
)
from facilitator.services.indemnity.claims import load_claim, remove_claim, save_claim, suggested_claim
from facilitator.services.indemnity.statements import session_costs, session_indemnities, year_indemnities
from facilitator.services.roster.participants import (
    ParticipantNotFound,
    add_participant,
    list_participants,
    remove_participant,
)
from facilitator.store.database import Database
from facilitator.store.models import ChangeLog
from tests.samples import JEANNE

MARCH_7 = dt.date(2026, 3, 7)
MARCH_21 = dt.date(2026, 3, 21)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


@pytest.fixture
def people(db: Database, assembly: uuid.UUID) -> dict[str, uuid.UUID]:
    added = {
        "jeanne": add_participant(db, assembly, JEANNE).value,
        "helene": add_participant(
            db, assembly, ParticipantDetails("Hélène", "Lefèvre", Role.ELECTED, Gender.FEMALE)
        ).value,
        "paul": add_participant(db, assembly, ParticipantDetails("Paul", "Martin", Role.CITIZEN, Gender.MALE)).value,
    }
    return {name: person.id for name, person in added.items()}


def test_rules_have_defaults_until_saved_then_round_trip(db: Database, assembly: uuid.UUID) -> None:
    assert load_rules(db, assembly) == AssemblyRules()
    rules = AssemblyRules(
        IndemnityRules(
            unit=IndemnityUnit.HALF_DAY,
            rate_cents=4400,
            half_days=HalfDayRules(dt.time(10, 30), dt.time(11, 30), dt.time(14, 30), dt.time(15, 30)),
            annual_cap_cents=80000,
            eligible_roles=frozenset({Role.CITIZEN, Role.EXPERT}),
            childcare=False,
        ),
        Quorum(50),
        10,
        "Mme la maire",
    )
    assert save_rules(db, assembly, rules).value
    assert load_rules(db, assembly) == rules
    assert not save_rules(db, assembly, rules).value
    assert save_rules(db, assembly, dataclasses.replace(rules, late_after_minutes=20)).value
    with db.read() as session:
        changes = session.scalars(select(ChangeLog).where(ChangeLog.entity == "assembly_rules")).all()
    assert [change.operation for change in changes] == ["insert", "update"]
    assert changes[-1].payload == {"late_after_minutes": 20}


def test_sessions_keep_their_slots_and_start(db: Database, assembly: uuid.UUID) -> None:
    session_id = create_session(
        db, assembly, MARCH_7, "Matinée", morning=True, afternoon=False, starts_at=dt.time(9, 30)
    ).value
    summary = get_session(db, session_id)
    assert (summary.morning, summary.afternoon, summary.starts_at) == (True, False, dt.time(9, 30))
    with pytest.raises(ValueError):
        create_session(db, assembly, MARCH_7, morning=False, afternoon=False)


def test_a_session_statement_pays_who_came(db: Database, assembly: uuid.UUID, people: dict[str, uuid.UUID]) -> None:
    session_id = create_session(db, assembly, MARCH_7, "Plénière", "Salle des fêtes").value
    for name in people:
        check_in(db, session_id, people[name], at(MARCH_7, 9, 5))
    check_out(db, session_id, people["paul"], at(MARCH_7, 12, 30))
    save_claim(db, session_id, people["jeanne"], Claim(TravelMeans.CAR, 40, 5, 0, 120, 3000), "justificatif crèche")
    report = session_indemnities(db, session_id)
    assert [line.participant.details.last_name for line in report.lines] == ["Dupont", "Martin"]  # no elected
    jeanne, paul = (line.amounts for line in report.lines)
    assert (jeanne.gross_cents, jeanne.travel_cents, jeanne.childcare_cents) == (9000, 40 * 32, 3000)
    assert paul.gross_cents == 4500
    assert report.total("total_cents") == 9000 + 1280 + 3000 + 4500
    assert session_costs(db, assembly) == {session_id: report.total("total_cents")}


def test_the_year_statement_applies_the_cap_and_agrees_with_its_sessions(
    db: Database, assembly: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    save_rules(db, assembly, AssemblyRules(IndemnityRules(annual_cap_cents=15000)))
    first = create_session(db, assembly, MARCH_7).value
    second = create_session(db, assembly, MARCH_21).value
    other_year = create_session(db, assembly, dt.date(2027, 1, 9)).value
    for session_id, day in ((first, MARCH_7), (second, MARCH_21), (other_year, dt.date(2027, 1, 9))):
        check_in(db, session_id, people["jeanne"], at(day, 9))
    year = year_indemnities(db, assembly, 2026)
    (line,) = year.lines
    assert [s.deduction_cents for s in line.amounts.sessions] == [0, 3000]
    assert line.amounts.net_cents == 15000
    assert session_indemnities(db, second).lines[0].amounts.net_cents == 6000
    assert year_indemnities(db, assembly, 2027).lines[0].amounts.net_cents == 9000


def test_claims_are_one_per_person_and_session_and_suggest_the_next(
    db: Database, assembly: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    first = create_session(db, assembly, MARCH_7).value
    second = create_session(db, assembly, MARCH_21).value
    assert suggested_claim(db, second, people["jeanne"]) == Claim()
    save_claim(db, first, people["jeanne"], Claim(TravelMeans.CAR, 40, 5, 200))
    assert save_claim(db, first, people["jeanne"], Claim(TravelMeans.CAR, 42, 5, 200), "détour").value
    assert load_claim(db, first, people["jeanne"]) == (Claim(TravelMeans.CAR, 42, 5, 200), "détour")
    assert suggested_claim(db, second, people["jeanne"]) == Claim(TravelMeans.CAR, 42, 5)
    assert remove_claim(db, first, people["jeanne"]).value
    assert load_claim(db, first, people["jeanne"]) is None
    with pytest.raises(ParticipantNotFound):
        save_claim(db, first, uuid.uuid4(), Claim())


def test_a_walk_in_is_added_signed_in_and_flagged_in_one_go(db: Database, assembly: uuid.UUID) -> None:
    session_id = create_session(db, assembly, MARCH_7).value
    details = ParticipantDetails("  Zoé ", "Nguyen", Role.ELECTED, Gender.FEMALE, phone="06 12 34 56 78")
    person, result = register_walk_in(db, session_id, details, at(MARCH_7, 9, 40)).value
    stored = next(p for p in list_participants(db, assembly) if p.id == person.id)
    assert stored.details.first_name == "Zoé"
    assert stored.details.role is Role.CITIZEN and stored.details.to_review and not stored.details.drawn
    state = load_session_attendance(db, session_id)
    assert state.presence[person.id].arrived_at == at(MARCH_7, 9, 40)
    assert result.event_id is not None
    with pytest.raises(ValueError):
        register_walk_in(db, session_id, ParticipantDetails("", "X"), at(MARCH_7, 9, 41))


def test_the_desk_state_knows_lateness_and_quorum(
    db: Database, assembly: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    save_rules(db, assembly, AssemblyRules(quorum=Quorum(50), late_after_minutes=10))
    session_id = create_session(db, assembly, MARCH_7, starts_at=dt.time(9, 30)).value
    check_in(db, session_id, people["jeanne"], at(MARCH_7, 9, 40))
    check_in(db, session_id, people["paul"], at(MARCH_7, 9, 41))
    state = load_session_attendance(db, session_id)
    assert state.quorum == Quorum(50)
    assert state.figures().late == 1


def test_people_removed_from_the_roster_stay_on_the_payment_records(
    db: Database, assembly: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    session_id = create_session(db, assembly, MARCH_7).value
    check_in(db, session_id, people["paul"], at(MARCH_7, 9))
    remove_participant(db, people["paul"])
    assert [line.participant.details.last_name for line in session_indemnities(db, session_id).lines] == ["Martin"]
    assert year_indemnities(db, assembly, 2026).total("total_cents") == 9000


def test_a_script_states_a_whole_day_in_one_transaction(
    db: Database, assembly: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    session_id = create_session(db, assembly, MARCH_7).value
    presence = record_attendance(db, session_id, people["jeanne"], at(MARCH_7, 9), at(MARCH_7, 16)).value
    assert (presence.arrived_at, presence.departed_at) == (at(MARCH_7, 9), at(MARCH_7, 16))
    before = load_session_attendance(db, session_id).events
    with pytest.raises(NotHere):  # she already left at 16:00: a departure at 12:00 is refused, arrival too
        record_attendance(db, session_id, people["jeanne"], at(MARCH_7, 9), at(MARCH_7, 12))
    assert load_session_attendance(db, session_id).events == before
    corrected = record_attendance(db, session_id, people["jeanne"], at(MARCH_7, 9), at(MARCH_7, 12), "erreur").value
    assert corrected.departed_at == at(MARCH_7, 16)  # a correction adds facts; the latest departure stands
