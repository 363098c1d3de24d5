"""A session's small groups as they stand: the setup, who is in the room, the seats of every
round, replayed from the revisions (``rotation_actions`` writes them).

Seats are append-only: every plan, re-plan or hand move is a revision whose group assignments
are replayed in recording order (a plan replaces every round, a re-plan the rounds from the
current one, a move only the seats it names), so the history of the day is kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from facilitator.app.clock import local_now
from facilitator.core.participants import Participant, Role, age_band, by_name
from facilitator.core.rotation import (
    Bound,
    Conflict,
    Constraints,
    Metrics,
    Person,
    RevisionKind,
    RotationProblem,
    Round,
    Table,
    conflicts,
    measure,
)
from facilitator.core.rotation.setup import RotationRefused, RotationSettings
from facilitator.services.assemblies.sessions import session_row
from facilitator.services.attendance.desk import load_session_attendance
from facilitator.services.roster.participants import load_participants
from facilitator.services.rotation.setup import settings_of, setup_row
from facilitator.store.database import Database
from facilitator.store.models import GroupAssignment, RotationRevision
from facilitator.store.models import Participant as ParticipantRow

Seats = dict[uuid.UUID, int]
"""One round: participant → table index (people not seated are absent)."""


class Basis(StrEnum):
    """Who a plan is for: the people signed in; once everyone has left, the people who came
    (the session is over: nothing to re-plan); before anyone is signed in, the people expected."""

    PRESENT = "present"
    ATTENDED = "attended"
    EXPECTED = "expected"


@dataclass(frozen=True)
class RotationView:
    session_id: uuid.UUID
    date: dt.date
    settings: RotationSettings | None
    people: dict[uuid.UUID, Participant]
    """Everyone of the assembly (plans may name people since removed from the room)."""
    room: frozenset[uuid.UUID]
    """Who the next plan or re-plan is for."""
    came: frozenset[uuid.UUID]
    """Who signed in at some time of the session (the others of a plan have not arrived)."""
    basis: Basis
    rounds: tuple[Seats, ...]
    current_round: int
    seed: int | None
    revisions: int

    @property
    def planned(self) -> bool:
        return bool(self.rounds)

    def arrivals(self) -> list[uuid.UUID]:
        """In the room, but without a seat in the current round: a re-plan seats them."""
        if not self.planned or self.basis == Basis.ATTENDED:
            return []
        seated = self.rounds[min(self.current_round, len(self.rounds) - 1)]
        return sorted((p for p in self.room if p not in seated), key=lambda p: by_name(self.people[p]))

    def departures(self) -> list[uuid.UUID]:
        """Seated in a round to come (or the current one), came, but no longer in the room."""
        return [p for p in self._gone() if p in self.came]

    def absent(self) -> list[uuid.UUID]:
        """Seated in a round to come, but not signed in yet (a plan made for the people expected)."""
        return [p for p in self._gone() if p not in self.came] if self.basis == Basis.PRESENT else []

    def _gone(self) -> list[uuid.UUID]:
        if self.basis == Basis.ATTENDED:
            return []
        later = {p for seats in self.rounds[self.current_round :] for p in seats}
        return sorted((p for p in later if p not in self.room), key=lambda p: by_name(self.people[p]))

    @property
    def stale(self) -> bool:
        """The plan seats people at tables the setup no longer has: only a new plan can follow."""
        tables = len(self.settings.tables) if self.settings else 0
        return any(table >= tables for seats in self.rounds for table in seats.values())

    @functools.cached_property
    def indexed(self) -> IndexedPlan:
        if self.settings is None:
            raise RotationRefused(RotationProblem.NO_SETUP)
        return index_plan(self.people, self.settings, self.rounds, self.room, self.date)

    def metrics(self) -> Metrics:
        plan_ = self.indexed
        return measure(plan_.rounds, plan_.persons, plan_.tables, plan_.constraints)

    def bound(self) -> Bound:
        """How many rounds this room's tables allow without anyone meeting again."""
        assert self.settings is not None
        return self.settings.reach(len(self.room))

    def met_before(self, round_index: int, person: uuid.UUID) -> list[tuple[uuid.UUID, int]]:
        """Tablemates of ``person`` in that round whom they sat with in another round, and which."""
        seats = self.rounds[round_index]
        mates = [p for p, t in seats.items() if t == seats[person] and p != person]
        return [
            (mate, other_index)
            for other_index, other in enumerate(self.rounds)
            if other_index != round_index and person in other
            for mate in mates
            if other.get(mate) == other[person]
        ]

    def conflicts(self, round_index: int) -> dict[uuid.UUID, set[Conflict]]:
        plan_ = self.indexed
        found = conflicts(plan_.rounds, plan_.persons, plan_.tables, plan_.constraints, round_index)
        return {plan_.ids[person]: reasons for person, reasons in found.items()}


@dataclass(frozen=True)
class IndexedPlan:
    """The plan as the core sees it: people by index, in name order."""

    ids: list[uuid.UUID]
    persons: list[Person]
    tables: list[Table]
    constraints: Constraints
    rounds: tuple[Round, ...]
    present: list[bool]


def person_of(participant: Participant, on: dt.date) -> Person:
    details = participant.details
    band = age_band(details.birth_year, on)
    origin = ("drawn" if details.drawn else "volunteer") if details.role == Role.CITIZEN else "other"
    return Person(
        categories={
            "gender": details.gender.value,
            "age_band": band.value if band else "unknown",
            "neighbourhood": details.neighbourhood.strip().casefold() or "unknown",
            "drawn": origin,
        },
        kind=details.role.value,
    )


def index_plan(
    people: dict[uuid.UUID, Participant],
    settings: RotationSettings,
    rounds: Sequence[Seats],
    room: frozenset[uuid.UUID],
    on: dt.date,
) -> IndexedPlan:
    mentioned = set(room).union(*(seats.keys() for seats in rounds))
    ids = sorted(mentioned, key=lambda p: by_name(people[p]))
    index = {person: number for number, person in enumerate(ids)}
    hosts = settings.hosts()
    tables = [Table(table.capacity, index.get(table.host) if table.host in room else None) for table in settings.tables]
    constraints = Constraints(
        caps={role.value: cap for role, cap in settings.caps.items()},
        keep_apart=_indexed_pairs(settings.keep_apart, index),
        keep_together=_indexed_pairs(settings.keep_together, index),
        stays={index[p]: t for p, t in settings.stays.items() if p in room and p not in hosts},
    )
    return IndexedPlan(
        ids=ids,
        persons=[person_of(people[p], on) for p in ids],
        tables=tables,
        constraints=constraints,
        rounds=tuple(tuple(seats.get(p) for p in ids) for seats in rounds),
        present=[p in room for p in ids],
    )


def _indexed_pairs(pairs: frozenset[frozenset[uuid.UUID]], index: dict[uuid.UUID, int]) -> frozenset[frozenset[int]]:
    return frozenset(frozenset(index[p] for p in pair) for pair in pairs if all(p in index for p in pair))


def load_rotation(db: Database, session_id: uuid.UUID, at: dt.datetime | None = None) -> RotationView:
    """The plan as it stands at ``at`` (default: now): the room is who is present then; for a
    session of an earlier day, which is over, everyone who came."""
    attendance = load_session_attendance(db, session_id)
    moment = at or local_now()
    over = attendance.date < moment.date()
    with db.read() as session:
        row = session_row(session, session_id)
        setup = setup_row(session, session_id)
        people = load_participants(session, ParticipantRow.assembly_id == row.assembly_id, include_removed=True)
        revisions = list(
            session.scalars(
                select(RotationRevision)
                .where(RotationRevision.session_id == session_id)
                .order_by(RotationRevision.stamp)
            )
        )
        assignments: dict[uuid.UUID, list[GroupAssignment]] = {revision.id: [] for revision in revisions}
        for assignment in session.scalars(
            select(GroupAssignment)
            .join(RotationRevision, RotationRevision.id == GroupAssignment.revision_id)
            .where(RotationRevision.session_id == session_id)
        ):
            assignments[assignment.revision_id].append(assignment)
    present = {person for person, presence in attendance.presence.items() if presence.present_at(moment)}
    if not over and attendance.presence:
        basis, room = Basis.PRESENT, present
    elif attendance.presence:
        basis, room = Basis.ATTENDED, set(attendance.presence)
    else:
        basis, room = Basis.EXPECTED, attendance.expected
    live = {person.id for person in attendance.people}
    seed = next((r.seed for r in reversed(revisions) if r.kind != RevisionKind.MOVE), None)
    return RotationView(
        session_id=session_id,
        date=row.date,
        settings=settings_of(setup) if setup is not None else None,
        people={person.id: person for person in people},
        room=frozenset(room & live),
        came=frozenset(attendance.presence),
        basis=basis,
        rounds=_replay(revisions, assignments),
        current_round=setup.current_round if setup is not None else 0,
        seed=seed,
        revisions=len(revisions),
    )


def _replay(
    revisions: list[RotationRevision], assignments: dict[uuid.UUID, list[GroupAssignment]]
) -> tuple[Seats, ...]:
    rounds: list[Seats] = []
    for revision in revisions:
        if revision.kind != RevisionKind.MOVE:
            del rounds[revision.from_round :]
        for assignment in assignments[revision.id]:
            while len(rounds) <= assignment.round_index:
                rounds.append({})
            rounds[assignment.round_index][assignment.participant_id] = assignment.table_index
    return tuple(rounds)
