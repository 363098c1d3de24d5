"""The demo's past sessions as they went: who came when, who left early, claims, corrections.

Realistic enough that every screen and document has something to show: turnout around 85 %
that erodes over the mandate, a handful of residents who stopped coming (the follow-up
list), late arrivals, afternoons-only, early departures, a forgotten arrival corrected with
a note, a walk-in volunteer to review, travel and child-care claims. Deterministic for a seed.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from facilitator.core.assemblies import AssemblyRules
from facilitator.core.attendance.presence import EventKind, Quorum
from facilitator.core.indemnity.travel import TravelMeans
from facilitator.core.participants import Gender, Participant, ParticipantDetails, Role
from facilitator.services.assemblies.rules import write_rules
from facilitator.services.indemnity.claims import claim_id
from facilitator.services.roster.participants import next_badge_number, row_values
from facilitator.store.database import Writer
from facilitator.store.models import AttendanceEvent, ExpenseClaim
from facilitator.store.models import Participant as ParticipantRow

DEMO_RULES = AssemblyRules(quorum=Quorum(50), signatory="Le maire de Villebrune ou son représentant")

_TURNOUT = {Role.CITIZEN: 0.9, Role.ELECTED: 0.7, Role.STAFF: 0.85, Role.EXPERT: 0.0, Role.FACILITATOR: 1.0}
_EROSION_PER_SESSION = 0.03
DROPPED_OUT = 4
"""Drawn residents who stopped coming after the first sessions (they fill the follow-up list)."""


@dataclass(frozen=True)
class DemoSession:
    id: uuid.UUID
    date: dt.date
    expected: frozenset[uuid.UUID]
    auditions: bool
    """Experts come to the auditions."""


def write_demo_attendance(
    writer: Writer, assembly_id: uuid.UUID, people: list[Participant], sessions: list[DemoSession], rng: random.Random
) -> None:
    """Arrivals, departures and claims for every session in ``sessions`` (all past ones)."""
    write_rules(writer, assembly_id, DEMO_RULES)
    drawn = [p for p in people if p.details.role is Role.CITIZEN and p.details.drawn]
    dropped = {p.id for p in rng.sample(drawn, DROPPED_OUT)}
    for index, session in enumerate(sorted(sessions, key=lambda s: s.date)):
        last = index == len(sessions) - 1
        for person in people:
            if _comes(person, session, index, dropped, last, rng):
                _attend(writer, session, person, rng)
        if last:
            _walk_in(writer, assembly_id, session, rng)


def _comes(
    person: Participant, session: DemoSession, index: int, dropped: set[uuid.UUID], last: bool, rng: random.Random
) -> bool:
    role = person.details.role
    if role is Role.EXPERT:
        return session.auditions
    if person.id not in session.expected:
        return False
    if person.id in dropped and index >= 1:
        return False
    return rng.random() < _TURNOUT[role] - _EROSION_PER_SESSION * index - (0.02 if last else 0)


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def _attend(writer: Writer, session: DemoSession, person: Participant, rng: random.Random) -> None:
    day = session.date
    draw = rng.random()
    if draw < 0.04:
        arrival = _at(day, 13, rng.randint(25, 55))  # afternoon only
    elif draw < 0.14:
        arrival = _at(day, 9, rng.randint(20, 59))  # late
    else:
        arrival = _at(day, 8, 40) + dt.timedelta(minutes=rng.randint(0, 33))
    forgotten = rng.random() < 0.01
    note = "a signé la feuille papier à l'entrée, badge oublié" if forgotten else ""
    _event(writer, session, person, EventKind.ARRIVAL, arrival, note)
    leaving = rng.random()
    if leaving < 0.06:
        note = "départ anticipé pour raison familiale" if leaving < 0.02 else ""
        _event(writer, session, person, EventKind.DEPARTURE, _at(day, 12, rng.randint(0, 45)), note)
    elif leaving < 0.5:
        _event(writer, session, person, EventKind.DEPARTURE, _at(day, 16, rng.randint(0, 25)))
    if person.details.role is Role.CITIZEN:
        _claim(writer, session, person, rng)


def _event(
    writer: Writer, session: DemoSession, person: Participant, kind: EventKind, at: dt.datetime, note: str = ""
) -> None:
    writer.append(AttendanceEvent(session_id=session.id, participant_id=person.id, kind=kind, at=at, note=note))


def _claim(writer: Writer, session: DemoSession, person: Participant, rng: random.Random) -> None:
    """About one resident in four claims travel; those who need child care claim it."""
    seeded = random.Random(person.badge_number)  # the same person comes the same way each time
    means = seeded.choices(
        [TravelMeans.NONE, TravelMeans.CAR, TravelMeans.PUBLIC_TRANSPORT, TravelMeans.MOPED], [72, 16, 10, 2]
    )[0]
    childcare = person.details.childcare_needed
    if means is TravelMeans.NONE and not childcare:
        return
    minutes = rng.choice([240, 300, 420]) if childcare else 0
    writer.add(
        ExpenseClaim(
            id=claim_id(session.id, person.id),
            session_id=session.id,
            participant_id=person.id,
            means=means,
            km=seeded.randint(8, 60) if means in (TravelMeans.CAR, TravelMeans.MOPED) else 0,
            fiscal_hp=seeded.randint(4, 7) if means is TravelMeans.CAR else None,
            ticket_cents=380 if means is TravelMeans.PUBLIC_TRANSPORT else 0,
            childcare_minutes=minutes,
            childcare_cents=minutes * rng.choice([20, 25]) if childcare else 0,
            note="justificatif de garde fourni" if childcare else "",
        )
    )


def _walk_in(writer: Writer, assembly_id: uuid.UUID, session: DemoSession, rng: random.Random) -> None:
    details = ParticipantDetails(
        "Inès", "Marchand", Role.CITIZEN, Gender.FEMALE, phone="06 39 98 71 04", to_review=True
    )
    row = writer.add(
        ParticipantRow(
            assembly_id=assembly_id, badge_number=next_badge_number(writer, assembly_id), **row_values(details)
        )
    )
    writer.session.flush()
    walk_in = Participant(row.id, row.badge_number, details)
    _event(writer, session, walk_in, EventKind.ARRIVAL, _at(session.date, 9, rng.randint(30, 50)))
