"""Reading engagement from a real database: sessions, expected sets, presences, roster."""

from __future__ import annotations

import datetime as dt
import uuid

from facilitator.core.assemblies import AssemblyRules
from facilitator.core.attendance.presence import EventKind, HalfDayRules, Presence
from facilitator.core.engagement import Mark, follow_up, histories, session_indicators
from facilitator.core.indemnity.amounts import IndemnityRules
from facilitator.core.participants import Gender, ParticipantDetails
from facilitator.services.assemblies.assemblies import create_assembly, list_sub_bodies
from facilitator.services.assemblies.rules import save_rules
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in, check_out, correct, undo_last
from facilitator.services.engagement.overview import load_engagement
from facilitator.services.roster.participants import add_participant, remove_participant
from facilitator.store.database import Database
from tests.helpers.times import at
from tests.samples import JEANNE

FIRST, SECOND, THIRD = dt.date(2026, 1, 17), dt.date(2026, 2, 14), dt.date(2026, 3, 14)
TODAY = dt.date(2026, 3, 18)


def test_sessions_expected_sets_and_presences(db: Database, assembly: uuid.UUID) -> None:
    jeanne = add_participant(db, assembly, JEANNE).value.id
    paul = add_participant(db, assembly, ParticipantDetails("Paul", "Martin", gender=Gender.MALE)).value.id
    (group,) = list_sub_bodies(db, assembly)
    plenary = create_session(db, assembly, FIRST, "Séance d'installation").value
    workshop = create_session(
        db, assembly, SECOND, "Atelier", sub_body_id=group.id, morning=False, starts_at=dt.time(13, 45)
    ).value
    check_in(db, plenary, jeanne, at(FIRST, "9:05"))
    check_out(db, plenary, jeanne, at(FIRST, "12:10"))
    check_in(db, plenary, paul, at(FIRST, "9:20"))
    check_in(db, workshop, jeanne, at(SECOND, "14:00"))

    data = load_engagement(db, assembly)

    assert data.assembly_id == assembly
    assert [p.id for p in data.people] == [jeanne, paul]
    first, second = data.sessions
    assert (first.id, first.date, first.title) == (plenary, FIRST, "Séance d'installation")
    assert first.expected == {jeanne, paul}
    assert first.presence == {
        jeanne: Presence(at(FIRST, "9:05"), at(FIRST, "12:10")),
        paul: Presence(at(FIRST, "9:20"), None),
    }
    assert (first.morning, first.afternoon, first.late_after) == (True, True, at(FIRST, "9:15"))
    assert second.expected == {jeanne}
    assert second.presence.keys() == {jeanne}
    assert (second.morning, second.afternoon, second.late_after) == (False, True, at(SECOND, "14:00"))
    assert data.half_days == HalfDayRules()


def test_the_assembly_s_rules_decide_half_days_and_lateness(db: Database, assembly: uuid.UUID) -> None:
    jeanne = add_participant(db, assembly, JEANNE).value.id
    plenary = create_session(db, assembly, FIRST).value
    check_in(db, plenary, jeanne, at(FIRST, "9:10"))
    check_out(db, plenary, jeanne, at(FIRST, "14:30"))
    rules = AssemblyRules(
        IndemnityRules(half_days=HalfDayRules(afternoon_departure_after=dt.time(15, 0))), late_after_minutes=5
    )
    save_rules(db, assembly, rules)

    data = load_engagement(db, assembly)

    (history,) = histories(data.sessions, data.people, TODAY, data.half_days)
    (cell,) = history.cells
    assert (cell.mark, cell.late) == (Mark.LEFT_EARLY, True)


def test_only_this_assembly_and_live_rows(db: Database, assembly: uuid.UUID) -> None:
    jeanne = add_participant(db, assembly, JEANNE).value.id
    gone = add_participant(db, assembly, ParticipantDetails("Paul", "Martin")).value.id
    plenary = create_session(db, assembly, FIRST).value
    check_in(db, plenary, gone, at(FIRST, "9:00"))
    remove_participant(db, gone)
    other = create_assembly(db, "Autre assemblée", "Ailleurs").value
    create_session(db, other, FIRST)
    add_participant(db, other, ParticipantDetails("Lina", "Roux"))

    data = load_engagement(db, assembly)

    assert [p.id for p in data.people] == [jeanne]
    (only,) = data.sessions
    assert only.expected == {jeanne}


def test_an_undone_arrival_leaves_the_session_not_run(db: Database, assembly: uuid.UUID) -> None:
    jeanne = add_participant(db, assembly, JEANNE).value.id
    plenary = create_session(db, assembly, FIRST).value
    check_in(db, plenary, jeanne, at(FIRST, "9:00"))
    undo_last(db, plenary, at(FIRST, "9:01"))

    data = load_engagement(db, assembly)

    (record,) = data.sessions
    assert not record.was_run
    (history,) = histories(data.sessions, data.people, TODAY, data.half_days)
    assert history.cells == ()


def test_from_the_desk_to_the_follow_up_list(db: Database, assembly: uuid.UUID) -> None:
    """Three Saturdays: Jeanne comes to the first only, Paul to all (late once, corrected once)."""
    jeanne = add_participant(db, assembly, JEANNE).value.id
    paul = add_participant(db, assembly, ParticipantDetails("Paul", "Martin", gender=Gender.MALE)).value.id
    sessions = [create_session(db, assembly, day, f"Séance du {day:%d/%m}").value for day in (FIRST, SECOND, THIRD)]
    create_session(db, assembly, TODAY + dt.timedelta(days=30), "Délibération")
    check_in(db, sessions[0], jeanne, at(FIRST, "9:00"))
    check_in(db, sessions[0], paul, at(FIRST, "13:30"))
    correct(db, sessions[1], paul, EventKind.ARRIVAL, at(SECOND, "9:10"), "a signé la feuille papier")
    check_in(db, sessions[2], paul, at(THIRD, "9:00"))

    data = load_engagement(db, assembly)
    everyone = histories(data.sessions, data.people, TODAY, data.half_days)

    by_id = {h.participant.id: h for h in everyone}
    assert [cell.mark for cell in by_id[paul].cells] == [Mark.ARRIVED_LATE, Mark.PRESENT, Mark.PRESENT]
    assert [cell.mark for cell in by_id[jeanne].cells] == [Mark.PRESENT, Mark.ABSENT, Mark.ABSENT]
    (to_call,) = follow_up(everyone)
    assert to_call.participant.details.phone == "06 12 34 56 78"
    assert (to_call.absence_streak, to_call.last_seen) == (2, FIRST)
    assert [(item.present, item.expected) for item in session_indicators(data.sessions, data.people, TODAY)] == [
        (2, 2),
        (1, 2),
        (1, 2),
    ]
