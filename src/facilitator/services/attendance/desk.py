"""Signing people in and out at the desk: each action one transaction, one event.

The desk says "enregistré" only when the function returned, i.e. after the commit. Signing
in someone already present writes nothing and says when they arrived; signing in someone
who had left records their return.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.assemblies import check_today
from facilitator.core.attendance import presence as attendance
from facilitator.core.attendance.presence import EventKind, Presence, Quorum
from facilitator.core.changes import Changed
from facilitator.core.hlc import Stamp
from facilitator.core.names import tidy
from facilitator.core.participants import Participant, ParticipantDetails, Role
from facilitator.services.assemblies.rules import read_rules
from facilitator.services.assemblies.sessions import session_row
from facilitator.services.roster.merging import merged_aliases
from facilitator.services.roster.participants import (
    ParticipantNotFound,
    load_participants,
    next_badge_number,
    row_values,
)
from facilitator.services.sync.names import device_names
from facilitator.store.database import Database, Writer
from facilitator.store.models import AssemblySession, AttendanceEvent, Membership
from facilitator.store.models import Participant as ParticipantRow


class NotHere(Exception):
    """A departure for someone who has not arrived, or who already left."""


class NothingToUndo(Exception):
    """This laptop recorded no arrival or departure in the session that is still to undo."""


class Outcome(StrEnum):
    ARRIVED = "arrived"
    ALREADY_HERE = "already_here"
    BACK = "back"
    DEPARTED = "departed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class DeskResult:
    """What the desk shows after an action: whose, what happened, and the time that counts."""

    participant_id: uuid.UUID
    outcome: Outcome
    at: dt.datetime
    event_id: uuid.UUID | None
    """The event written, None when nothing was (already here)."""
    undone: EventKind | None = None
    """For an undo: what was cancelled (an arrival or a departure)."""
    by: str = ""
    """Already here: the name of the laptop that recorded the arrival, when another one did."""


@dataclass(frozen=True)
class SessionAttendance:
    """Everything the desk shows for one session, read in one go."""

    session_id: uuid.UUID
    assembly_id: uuid.UUID
    date: dt.date
    people: list[Participant]
    expected: set[uuid.UUID]
    events: list[attendance.AttendanceEvent]
    late_after: dt.datetime | None = None
    """Arrivals after this moment are late (the session's start plus the assembly's grace)."""
    quorum: Quorum | None = None

    @functools.cached_property
    def presence(self) -> dict[uuid.UUID, Presence]:
        """Replayed once per load: the desk reads it on every keystroke."""
        return attendance.presences(self.events)

    def figures(self) -> attendance.Figures:
        return attendance.figures(self.people, self.expected, self.presence, self.late_after)


def read_events(
    session: Session, session_id: uuid.UUID, participant_id: uuid.UUID | None = None
) -> list[attendance.AttendanceEvent]:
    """The session's events (or one person's), those recorded under a merged record counted for
    the record kept."""
    aliases = merged_aliases(session)
    query = select(AttendanceEvent).where(AttendanceEvent.session_id == session_id)
    if participant_id is not None:
        names = {participant_id, *(merged for merged, kept in aliases.items() if kept == participant_id)}
        query = query.where(AttendanceEvent.participant_id.in_(names))
    return [
        attendance.AttendanceEvent(
            row.id,
            aliases.get(row.participant_id, row.participant_id),
            row.kind,
            row.at,
            row.stamp,
            row.cancels_id,
            row.note,
        )
        for row in session.scalars(query)
    ]


def expected_ids(session: Session, row: AssemblySession) -> set[uuid.UUID]:
    """The whole assembly, or the members of the session's sub-body."""
    if row.sub_body_id is None:
        query = select(ParticipantRow.id).where(
            ParticipantRow.assembly_id == row.assembly_id, ParticipantRow.deleted.is_(False)
        )
    else:
        query = (
            select(Membership.participant_id)
            .join(ParticipantRow, ParticipantRow.id == Membership.participant_id)
            .where(
                Membership.sub_body_id == row.sub_body_id,
                Membership.deleted.is_(False),
                ParticipantRow.deleted.is_(False),
            )
        )
    return set(session.scalars(query))


def load_session_attendance(db: Database, session_id: uuid.UUID) -> SessionAttendance:
    with db.read() as session:
        row = session_row(session, session_id)
        people = load_participants(session, ParticipantRow.assembly_id == row.assembly_id)
        rules = read_rules(session, row.assembly_id)
        return SessionAttendance(
            session_id,
            row.assembly_id,
            row.date,
            people,
            expected_ids(session, row),
            read_events(session, session_id),
            attendance.lateness_threshold(row.date, row.starts_at, rules.late_after_minutes),
            rules.quorum,
        )


def _check_person(session: Session, row: AssemblySession, participant_id: uuid.UUID) -> None:
    person = session.get(ParticipantRow, participant_id)
    if person is None or person.deleted or person.assembly_id != row.assembly_id:
        raise ParticipantNotFound(participant_id)


def _record(
    writer: Writer, session_id: uuid.UUID, participant_id: uuid.UUID, kind: EventKind, at: dt.datetime, **extra: object
) -> uuid.UUID:
    row = writer.append(
        AttendanceEvent(session_id=session_id, participant_id=participant_id, kind=kind, at=at, **extra)
    )
    return row.id


def _presence_now(writer: Writer, session_id: uuid.UUID, participant_id: uuid.UUID) -> Presence | None:
    _check_person(writer.session, session_row(writer.session, session_id), participant_id)
    return attendance.presences(read_events(writer.session, session_id, participant_id)).get(participant_id)


def _presence_today(
    writer: Writer, session_id: uuid.UUID, participant_id: uuid.UUID, at: dt.datetime
) -> Presence | None:
    """As ``_presence_now``, for an action recorded at the current time (``NotToday`` for a
    session of another day)."""
    check_today(session_row(writer.session, session_id).date, at)
    return _presence_now(writer, session_id, participant_id)


def _recorded_elsewhere(
    db: Database, writer: Writer, session_id: uuid.UUID, participant_id: uuid.UUID, arrived: dt.datetime
) -> str:
    """The name of the laptop that recorded the arrival at ``arrived``, if not this one."""
    for event in read_events(writer.session, session_id, participant_id):
        device = Stamp.decode(event.stamp).device
        if event.kind is EventKind.ARRIVAL and event.at == arrived and device != db.device_id:
            return device_names(db).get(device, "")
    return ""


def check_in(db: Database, session_id: uuid.UUID, participant_id: uuid.UUID, at: dt.datetime) -> Changed[DeskResult]:
    """Sign someone in at ``at``, the current time; idempotent: a second sign-in only says when
    they arrived."""
    with db.write() as writer:
        presence = _presence_today(writer, session_id, participant_id, at)
        if presence is not None and presence.present:
            by = _recorded_elsewhere(db, writer, session_id, participant_id, presence.arrived_at)
            return writer.done(DeskResult(participant_id, Outcome.ALREADY_HERE, presence.arrived_at, None, by=by))
        event_id = _record(writer, session_id, participant_id, EventKind.ARRIVAL, at)
        outcome = Outcome.ARRIVED if presence is None else Outcome.BACK
        return writer.done(DeskResult(participant_id, outcome, at, event_id))


def register_walk_in(
    db: Database, session_id: uuid.UUID, details: ParticipantDetails, at: dt.datetime
) -> Changed[tuple[Participant, DeskResult]]:
    """A volunteer not on the roster, added and signed in at once (one transaction), flagged
    for an agent to check their details after the rush."""
    if not tidy(details.first_name) or not tidy(details.last_name):
        raise ValueError("a walk-in needs a first and a last name")
    details = replace(
        details,
        first_name=tidy(details.first_name),
        last_name=tidy(details.last_name),
        role=Role.CITIZEN,
        drawn=False,
        to_review=True,
        sub_bodies=(),
    )
    with db.write() as writer:
        row = session_row(writer.session, session_id)
        check_today(row.date, at)
        badge = next_badge_number(writer, row.assembly_id)
        person = writer.add(ParticipantRow(assembly_id=row.assembly_id, badge_number=badge, **row_values(details)))
        writer.session.flush()  # the arrival refers to the new row: no relationship tells the ORM the order
        event_id = _record(writer, session_id, person.id, EventKind.ARRIVAL, at)
        participant = Participant(person.id, badge, details)
        return writer.done((participant, DeskResult(person.id, Outcome.ARRIVED, at, event_id)))


def check_out(db: Database, session_id: uuid.UUID, participant_id: uuid.UUID, at: dt.datetime) -> Changed[DeskResult]:
    """Record a departure at ``at``, the current time; refused for someone who is not in the room."""
    with db.write() as writer:
        presence = _presence_today(writer, session_id, participant_id, at)
        if presence is None or not presence.present:
            raise NotHere(participant_id)
        event_id = _record(writer, session_id, participant_id, EventKind.DEPARTURE, at)
        return writer.done(DeskResult(participant_id, Outcome.DEPARTED, at, event_id))


def correct(
    db: Database, session_id: uuid.UUID, participant_id: uuid.UUID, kind: EventKind, at: dt.datetime, note: str
) -> Changed[DeskResult]:
    """A forgotten arrival or an early departure, entered afterwards with the agent's note.

    Unlike the desk's actions, a correction states its time and is recorded whatever the
    person's current state: it adds a fact, the presence is recomputed from all of them.
    """
    if kind is EventKind.CANCEL:
        raise ValueError("a correction is an arrival or a departure")
    note = tidy(note)
    if not note:
        raise ValueError("a correction needs a note")
    with db.write() as writer:
        _check_person(writer.session, session_row(writer.session, session_id), participant_id)
        event_id = _record(writer, session_id, participant_id, kind, at, note=note)
        outcome = Outcome.ARRIVED if kind is EventKind.ARRIVAL else Outcome.DEPARTED
        return writer.done(DeskResult(participant_id, outcome, at, event_id))


def record_attendance(
    db: Database,
    session_id: uuid.UUID,
    participant_id: uuid.UUID,
    arrival: dt.datetime,
    departure: dt.datetime | None = None,
    note: str = "",
) -> Changed[Presence]:
    """Someone's day at once, as a script states it: all of it or nothing, one transaction.

    Without a note it does what the desk does (an arrival for someone already here changes
    nothing; a departure for someone not in the room is refused with ``NotHere``); with a note
    both are corrections, recorded as stated. Returns the presence that results.
    """
    if departure is not None and departure < arrival:
        raise ValueError("the departure is before the arrival")
    note = tidy(note)
    with db.write() as writer:
        presence = _presence_now(writer, session_id, participant_id)
        if note or presence is None or not presence.present:
            _record(writer, session_id, participant_id, EventKind.ARRIVAL, arrival, note=note)
        if departure is not None:
            if not note:
                writer.session.flush()
                now = _presence_now(writer, session_id, participant_id)
                if now is None or not now.present or departure < now.arrived_at:
                    raise NotHere(participant_id)
            _record(writer, session_id, participant_id, EventKind.DEPARTURE, departure, note=note)
        writer.session.flush()
        result = _presence_now(writer, session_id, participant_id)
        assert result is not None
        return writer.done(result)


def undo_last(db: Database, session_id: uuid.UUID, at: dt.datetime) -> Changed[DeskResult]:
    """Cancel the last arrival or departure this laptop recorded in the session
    (``NothingToUndo`` when there is none left)."""
    with db.write() as writer:
        session_row(writer.session, session_id)
        mine = set(
            writer.session.scalars(
                select(AttendanceEvent.stamp).where(
                    AttendanceEvent.session_id == session_id, AttendanceEvent.device_id == db.device_id
                )
            )
        )
        last = attendance.last_action(read_events(writer.session, session_id), mine)
        if last is None:
            raise NothingToUndo(session_id)
        event_id = _record(writer, session_id, last.participant_id, EventKind.CANCEL, at, cancels_id=last.id)
        return writer.done(DeskResult(last.participant_id, Outcome.CANCELLED, last.at, event_id, undone=last.kind))
