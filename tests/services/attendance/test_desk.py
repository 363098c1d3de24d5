"""The sign-in desk's actions on a real database file."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from facilitator.core.assemblies import NotToday
from facilitator.core.attendance.presence import EventKind, Presence
from facilitator.core.changes import Change
from facilitator.core.participants import ParticipantDetails
from facilitator.services.assemblies.assemblies import create_assembly, list_sub_bodies
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import (
    NotHere,
    NothingToUndo,
    Outcome,
    check_in,
    check_out,
    correct,
    load_session_attendance,
    register_walk_in,
    undo_last,
)
from facilitator.services.roster.participants import ParticipantNotFound, add_participant
from facilitator.store.database import Database
from facilitator.store.models import AttendanceEvent, ChangeLog
from facilitator.store.opening import open_database
from tests.helpers.times import on
from tests.samples import JEANNE

DAY = dt.date(2026, 11, 28)


at = on(DAY)


@pytest.fixture
def session_id(db: Database, assembly: uuid.UUID) -> uuid.UUID:
    return create_session(db, assembly, DAY, "Séance plénière", "Salle des fêtes").value


@pytest.fixture
def jeanne(db: Database, assembly: uuid.UUID) -> uuid.UUID:
    return add_participant(db, assembly, JEANNE).value.id


def event_count(db: Database) -> tuple[int, int]:
    with db.read() as session:
        events = session.scalar(select(func.count()).select_from(AttendanceEvent))
        logged = session.scalar(
            select(func.count()).select_from(ChangeLog).where(ChangeLog.entity == "attendance_event")
        )
    return events or 0, logged or 0


def test_each_action_says_what_it_changed(db: Database, session_id: uuid.UUID, jeanne: uuid.UUID) -> None:
    assert check_in(db, session_id, jeanne, at("9:12")).changes == Change.ATTENDANCE
    assert check_in(db, session_id, jeanne, at("9:13")).changes == Change.NONE  # already here: nothing written
    assert check_out(db, session_id, jeanne, at("16:00")).changes == Change.ATTENDANCE
    walk_in = register_walk_in(db, session_id, ParticipantDetails("Ana", "Lima"), at("16:05"))
    assert walk_in.changes == Change.ATTENDANCE | Change.ROSTER


@pytest.mark.parametrize("day", [DAY - dt.timedelta(days=7), DAY + dt.timedelta(days=1)])
def test_the_desk_records_only_into_the_session_of_the_day(
    db: Database, session_id: uuid.UUID, jeanne: uuid.UUID, day: dt.date
) -> None:
    moment = dt.datetime.combine(day, dt.time(9, 0))
    for action in (
        lambda: check_in(db, session_id, jeanne, moment),
        lambda: check_out(db, session_id, jeanne, moment),
        lambda: register_walk_in(db, session_id, ParticipantDetails("Ana", "Lima"), moment),
    ):
        with pytest.raises(NotToday) as refused:
            action()
        assert refused.value.date == DAY
    assert event_count(db) == (0, 0)
    correct(db, session_id, jeanne, EventKind.ARRIVAL, at("9:00"), "badge oublié")  # a correction states its day
    assert event_count(db) == (1, 1)


def test_signing_in_twice_is_idempotent(db: Database, session_id: uuid.UUID, jeanne: uuid.UUID) -> None:
    first = check_in(db, session_id, jeanne, at("9:12")).value
    assert first.outcome is Outcome.ARRIVED and first.event_id is not None
    again = check_in(db, session_id, jeanne, at("9:40")).value
    assert (again.outcome, again.at, again.event_id) == (Outcome.ALREADY_HERE, at("9:12"), None)
    assert event_count(db) == (1, 1)
    assert load_session_attendance(db, session_id).presence == {jeanne: Presence(at("9:12"), None)}


def test_departure_and_return(db: Database, session_id: uuid.UUID, jeanne: uuid.UUID) -> None:
    with pytest.raises(NotHere):
        check_out(db, session_id, jeanne, at("9:00"))
    check_in(db, session_id, jeanne, at("9:00"))
    assert check_out(db, session_id, jeanne, at("12:00")).value.outcome is Outcome.DEPARTED
    with pytest.raises(NotHere):
        check_out(db, session_id, jeanne, at("12:05"))
    assert check_in(db, session_id, jeanne, at("13:30")).value.outcome is Outcome.BACK
    presence = load_session_attendance(db, session_id).presence[jeanne]
    assert (presence.arrived_at, presence.departed_at) == (at("9:00"), None)
    assert presence.spans == ((at("9:00"), at("12:00")), (at("13:30"), None))


def test_a_correction_needs_a_note_and_states_its_time(db: Database, session_id: uuid.UUID, jeanne: uuid.UUID) -> None:
    with pytest.raises(ValueError):
        correct(db, session_id, jeanne, EventKind.ARRIVAL, at("9:05"), "  ")
    check_in(db, session_id, jeanne, at("10:30"))
    correct(db, session_id, jeanne, EventKind.ARRIVAL, at("9:05"), "Arrivée à 9 h, oubliée à l'accueil")
    correct(db, session_id, jeanne, EventKind.DEPARTURE, at("15:00"), "Partie plus tôt (rendez-vous)")
    state = load_session_attendance(db, session_id)
    assert state.presence[jeanne] == Presence(at("9:05"), at("15:00"))
    assert sorted(e.note for e in state.events) == [
        "",
        "Arrivée à 9 h, oubliée à l'accueil",
        "Partie plus tôt (rendez-vous)",
    ]


def test_undo_cancels_this_laptops_last_action_only(
    db: Database, session_id: uuid.UUID, jeanne: uuid.UUID, assembly: uuid.UUID, tmp_path: Path
) -> None:
    paul = add_participant(db, assembly, ParticipantDetails("Paul", "Martin")).value.id
    check_in(db, session_id, jeanne, at("9:00"))
    other_desk = open_database(Path(str(db.engine.url.database)), "autre-poste")
    try:
        check_in(other_desk, session_id, paul, at("9:01"))
        undone = undo_last(db, session_id, at("9:02")).value
        assert (undone.participant_id, undone.undone) == (jeanne, EventKind.ARRIVAL)
        assert set(load_session_attendance(db, session_id).presence) == {paul}
        with pytest.raises(NothingToUndo):
            undo_last(db, session_id, at("9:03"))
    finally:
        other_desk.dispose()


def test_someone_from_another_assembly_cannot_be_signed_in(db: Database, session_id: uuid.UUID) -> None:
    elsewhere = create_assembly(db, "Conseil des jeunes").value
    stranger = add_participant(db, elsewhere, ParticipantDetails("Léa", "Petit")).value.id
    with pytest.raises(ParticipantNotFound):
        check_in(db, session_id, stranger, at("9:00"))
    assert event_count(db) == (0, 0)


def test_a_sub_body_session_expects_its_members(db: Database, assembly: uuid.UUID, jeanne: uuid.UUID) -> None:
    add_participant(db, assembly, ParticipantDetails("Paul", "Martin"))
    (group,) = list_sub_bodies(db, assembly)
    workshop = create_session(db, assembly, DAY, "Atelier", sub_body_id=group.id).value
    whole = create_session(db, assembly, DAY, "Plénière").value
    assert load_session_attendance(db, workshop).expected == {jeanne}
    assert len(load_session_attendance(db, whole).expected) == 2
    check_in(db, workshop, jeanne, at("9:00"))
    figures = load_session_attendance(db, workshop).figures()
    assert (figures.present, figures.expected) == (1, 1)
