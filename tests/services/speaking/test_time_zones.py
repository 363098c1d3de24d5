"""A turn lasts what it lasted: across a daylight-saving change, and whatever the zone of the
machine that recorded it or reads it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest

from facilitator.app.clock import posix_seconds
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.core.speaking.model import RequestKind
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in
from facilitator.services.roster.participants import add_participant
from facilitator.services.speaking.agenda import add_phase, ensure_profiles
from facilitator.services.speaking.floor import end_turn, give_floor, load_floor, request_floor
from facilitator.store.database import Database
from tests.helpers.zones import machine_zone

SPRING = dt.date(2027, 3, 28)
"""At 2:00 the clocks of Paris go to 3:00."""
AUTUMN = dt.date(2026, 10, 25)
"""At 3:00 the clocks of Paris go back to 2:00: 2:30 comes twice."""


@pytest.fixture(params=["Europe/Paris", "UTC", "America/New_York"])
def machine(request: pytest.FixtureRequest) -> Iterator[str]:
    """The machine set to another zone than the assemblies'."""
    with machine_zone(request.param):
        yield request.param


def one_turn(db: Database, assembly: uuid.UUID, day: dt.date, given: dt.datetime, ended: dt.datetime) -> float:
    """A turn given and ended at these wall times of Paris; its seconds, read back."""
    person = add_participant(db, assembly, ParticipantDetails("Awa", "Barbier", Role.CITIZEN, Gender.FEMALE)).value.id
    session = create_session(db, assembly, day, "Nuit de veille").value
    check_in(db, session, person, dt.datetime.combine(day, dt.time(0, 30)))
    profile = ensure_profiles(db, assembly).value[0].id
    phase = add_phase(db, session, "Veille", profile).value
    asked = dt.datetime.combine(day, dt.time(0, 45))
    request = request_floor(db, session, phase, person, RequestKind.CONTRIBUTION, asked).value
    give_floor(db, session, request, given)
    end_turn(db, session, ended)
    turn = load_floor(db, session).floor.turns[0]
    return turn.seconds(posix_seconds(ended) + 3600)


def test_a_fifty_minute_turn_across_the_spring_change(db: Database, assembly: uuid.UUID, machine: str) -> None:
    given = dt.datetime.combine(SPRING, dt.time(1, 40))
    ended = dt.datetime.combine(SPRING, dt.time(3, 30))
    assert one_turn(db, assembly, SPRING, given, ended) == 50 * 60


def test_an_hour_long_turn_across_the_autumn_change(db: Database, assembly: uuid.UUID, machine: str) -> None:
    given = dt.datetime.combine(AUTUMN, dt.time(2, 30))
    ended = given.replace(fold=1)
    assert one_turn(db, assembly, AUTUMN, given, ended) == 60 * 60


def test_instants_are_stored_in_utc(db: Database, assembly: uuid.UUID) -> None:
    from sqlalchemy import text

    person = add_participant(db, assembly, ParticipantDetails("Awa", "Barbier", Role.CITIZEN)).value.id
    session = create_session(db, assembly, dt.date(2026, 7, 4), "Été").value
    check_in(db, session, person, dt.datetime(2026, 7, 4, 9, 15))
    with db.read() as reading:
        stored = reading.execute(text("SELECT at FROM attendance_event")).scalar()
        logged = reading.execute(text("SELECT payload FROM change_log WHERE entity = 'attendance_event'")).scalar()
    assert str(stored).startswith("2026-07-04 07:15")
    assert "2026-07-04T07:15:00+00:00" in str(logged)
