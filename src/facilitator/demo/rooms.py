"""Synthetic rooms for the tests and the benchmarks: a room of people on the roster (citizens
drawn or volunteers, officials, staff) signed in at a session, and a room for the planner alone,
with random categories."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.core.rotation import Person
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in
from facilitator.services.roster.participants import insert_participants
from facilitator.store.database import Database

DAY = dt.date(2026, 3, 7)
NINE = dt.datetime.combine(DAY, dt.time(9, 0))
NEIGHBOURHOODS = ("Centre", "Gare", "Les Vignes", "Port")
GENDERS = ("female", "male")
AGE_BANDS = ("16-24", "25-34", "35-49", "50-64", "65+")
PLANNER_NEIGHBOURHOODS = ("centre", "gare", "port", "vignes", "plateau", "moulin")


def room_people(count: int, officials: int = 4, staff: int = 2) -> list[ParticipantDetails]:
    people = []
    for number in range(count):
        role = Role.ELECTED if number < officials else Role.STAFF if number < officials + staff else Role.CITIZEN
        people.append(
            ParticipantDetails(
                first_name=f"Prénom{number:03d}",
                last_name=f"Nom{number:03d}",
                role=role,
                gender=Gender.FEMALE if number % 2 else Gender.MALE,
                birth_year=1950 + (number * 7) % 55,
                neighbourhood=NEIGHBOURHOODS[number % len(NEIGHBOURHOODS)],
                drawn=number % 3 != 0,
            )
        )
    return people


def seated_room(
    db: Database, assembly: uuid.UUID, count: int, *, signed_in: int | None = None
) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """A session and its people, the first ``signed_in`` of them (all by default) signed in."""
    with db.write() as writer:
        ids = insert_participants(writer, assembly, room_people(count))
    session_id = create_session(db, assembly, DAY, "Plénière").value
    for person in ids[: count if signed_in is None else signed_in]:
        check_in(db, session_id, person, NINE)
    return session_id, ids


def synthetic_room(count: int, officials: int, seed: int) -> list[Person]:
    """People for the planner alone, with random categories (the seed's), the first
    ``officials`` elected officials."""
    rng = random.Random(seed)
    return [
        Person(
            categories={
                "gender": rng.choice(GENDERS),
                "age_band": rng.choice(AGE_BANDS),
                "neighbourhood": rng.choice(PLANNER_NEIGHBOURHOODS),
                "drawn": "other" if person < officials else rng.choice(("drawn", "drawn", "volunteer")),
            },
            kind="elected" if person < officials else "citizen",
        )
        for person in range(count)
    ]
