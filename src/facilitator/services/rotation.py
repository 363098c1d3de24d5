"""Small groups of a session: plan, re-plan, move by hand, and the plan as it stands.

Seats are append-only: every plan, re-plan or hand move is a revision whose group assignments
are replayed in recording order (a plan replaces every round, a re-plan the rounds from the
current one, a move only the seats it names), so the history of the day is kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from facilitator.core.participants import Participant, Role, age_band, by_name
from facilitator.core.rotation import checker
from facilitator.core.rotation.checker import Metrics
from facilitator.core.rotation.model import Constraints, History, Person, RevisionKind, RotationProblem, Round, Table
from facilitator.core.rotation.planner import Plan, plan
from facilitator.services.attendance import load_session_attendance, session_row
from facilitator.services.participants import load_participants
from facilitator.services.rotation_setup import (
    RotationRefused,
    RotationSettings,
    check_settings,
    settings_of,
    setup_row,
)
from facilitator.store.database import Database, Writer
from facilitator.store.models import GroupAssignment, RotationRevision
from facilitator.store.models import Participant as ParticipantRow

PLAN_SECONDS = 1.0

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
        """Seated in a round to come (or the current one) but no longer in the room."""
        if self.basis == Basis.ATTENDED:
            return []
        later = {p for seats in self.rounds[self.current_round :] for p in seats}
        return sorted((p for p in later if p not in self.room), key=lambda p: by_name(self.people[p]))

    @functools.cached_property
    def indexed(self) -> IndexedPlan:
        if self.settings is None:
            raise RotationRefused(RotationProblem.NO_SETUP)
        return index_plan(self.people, self.settings, self.rounds, self.room, self.date)

    def metrics(self) -> Metrics:
        plan_ = self.indexed
        return checker.measure(plan_.rounds, plan_.persons, plan_.tables, plan_.constraints)

    def conflicts(self, round_index: int) -> dict[uuid.UUID, set[checker.Conflict]]:
        plan_ = self.indexed
        found = checker.conflicts(plan_.rounds, plan_.persons, plan_.tables, plan_.constraints, round_index)
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
    moment = at or dt.datetime.now()
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
    present = {
        person
        for person, presence in attendance.presence.items()
        if any(start <= moment and (end is None or end > moment) for start, end in presence.spans)
    }
    if present and not over:
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


def _write_revision(
    writer: Writer,
    session_id: uuid.UUID,
    kind: RevisionKind,
    at: dt.datetime,
    from_round: int,
    seats: list[tuple[int, uuid.UUID, int]],
    seed: int | None = None,
) -> uuid.UUID:
    revision = writer.append(
        RotationRevision(session_id=session_id, kind=kind, at=at, from_round=from_round, seed=seed)
    )
    writer.append_many(
        GroupAssignment,
        [
            {"revision_id": revision.id, "round_index": r, "participant_id": person, "table_index": table}
            for r, person, table in seats
        ],
    )
    return revision.id


def _seats_of(result: Plan, ids: list[uuid.UUID], from_round: int) -> list[tuple[int, uuid.UUID, int]]:
    return [
        (r, ids[person], table)
        for r in range(from_round, len(result.schedule.rounds))
        for person, table in enumerate(result.schedule.rounds[r])
        if table is not None
    ]


def plan_groups(
    db: Database, session_id: uuid.UUID, at: dt.datetime, seed: int | None = None, deadline: float = PLAN_SECONDS
) -> Plan:
    """A new plan of every round for the people in the room (the previous one stays in history)."""
    view = load_rotation(db, session_id, at)
    if view.settings is None:
        raise RotationRefused(RotationProblem.NO_SETUP)
    check_settings(view.settings, view.room)
    chosen = secrets.randbelow(1_000_000) if seed is None else seed
    indexed = index_plan(view.people, view.settings, (), view.room, view.date)
    result = plan(
        indexed.persons,
        indexed.tables,
        view.settings.rounds,
        indexed.constraints,
        present=indexed.present,
        seed=chosen,
        deadline=deadline,
    )
    with db.write() as writer:
        _write_revision(writer, session_id, RevisionKind.PLAN, at, 0, _seats_of(result, indexed.ids, 0), chosen)
        _set_round(writer, session_id, 0)
    return result


def replan_groups(
    db: Database, session_id: uuid.UUID, at: dt.datetime, seed: int | None = None, deadline: float = PLAN_SECONDS
) -> Plan:
    """Seat late arrivals, free the seats of who left: rounds before the current one are kept,
    the current one keeps its seats, the next ones change as little as they can."""
    view = load_rotation(db, session_id, at)
    if view.settings is None:
        raise RotationRefused(RotationProblem.NO_SETUP)
    if not view.planned:
        raise RotationRefused(RotationProblem.NO_PLAN)
    check_settings(view.settings, view.room)
    if any(table >= len(view.settings.tables) for seats in view.rounds for table in seats.values()):
        raise RotationRefused(RotationProblem.TABLES_CHANGED)
    current = min(view.current_round, len(view.rounds) - 1)
    indexed = view.indexed
    chosen = secrets.randbelow(1_000_000) if seed is None else seed
    result = plan(
        indexed.persons,
        indexed.tables,
        len(view.rounds) - current - 1,
        indexed.constraints,
        history=History(
            rounds=indexed.rounds[:current], current=indexed.rounds[current], previous=indexed.rounds[current + 1 :]
        ),
        present=indexed.present,
        seed=chosen,
        deadline=deadline,
    )
    seats = _seats_of(result, indexed.ids, current)
    with db.write() as writer:
        _write_revision(writer, session_id, RevisionKind.REPLAN, at, current, seats, chosen)
    return result


def move_person(
    db: Database, session_id: uuid.UUID, round_index: int, person: uuid.UUID, table: int, at: dt.datetime
) -> None:
    view = _seated_view(db, session_id, round_index, [person])
    assert view.settings is not None
    if not 0 <= table < len(view.settings.tables):
        raise RotationRefused(RotationProblem.NO_SUCH_SEAT)
    if view.rounds[round_index][person] == table:
        return
    with db.write() as writer:
        _write_revision(writer, session_id, RevisionKind.MOVE, at, round_index, [(round_index, person, table)])


def swap_people(
    db: Database, session_id: uuid.UUID, round_index: int, first: uuid.UUID, second: uuid.UUID, at: dt.datetime
) -> None:
    view = _seated_view(db, session_id, round_index, [first, second])
    seats = view.rounds[round_index]
    if seats[first] == seats[second]:
        return
    with db.write() as writer:
        _write_revision(
            writer,
            session_id,
            RevisionKind.MOVE,
            at,
            round_index,
            [(round_index, first, seats[second]), (round_index, second, seats[first])],
        )


def _seated_view(db: Database, session_id: uuid.UUID, round_index: int, people: list[uuid.UUID]) -> RotationView:
    view = load_rotation(db, session_id)
    if view.settings is None:
        raise RotationRefused(RotationProblem.NO_SETUP)
    if not 0 <= round_index < len(view.rounds) or any(p not in view.rounds[round_index] for p in people):
        raise RotationRefused(RotationProblem.NO_SUCH_SEAT)
    return view


def set_current_round(db: Database, session_id: uuid.UUID, round_index: int) -> bool:
    with db.write() as writer:
        return _set_round(writer, session_id, round_index)


def _set_round(writer: Writer, session_id: uuid.UUID, round_index: int) -> bool:
    row = setup_row(writer.session, session_id)
    if row is None:
        raise RotationRefused(RotationProblem.NO_SETUP)
    if not 0 <= round_index < row.rounds:
        raise RotationRefused(RotationProblem.NO_SUCH_SEAT)
    return writer.change(row, current_round=round_index)
