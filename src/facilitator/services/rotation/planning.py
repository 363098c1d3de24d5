"""Writing a session's small groups: plan, re-plan, move by hand, choose the round under way.

Each action reads the plan as it stands, asks the core planner, and writes one revision (and
its group assignments) in one transaction. A refusal says why (``RotationRefused``).
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid

from facilitator.core.changes import Change, Changed
from facilitator.core.rotation import History, Plan, RevisionKind, RotationProblem, plan
from facilitator.core.rotation.setup import RotationRefused, RotationSettings, check_settings
from facilitator.services.rotation.setup import setup_row, write_settings
from facilitator.services.rotation.view import RotationView, index_plan, load_rotation
from facilitator.store.database import Database, Writer
from facilitator.store.models import GroupAssignment, RotationRevision

PLAN_SECONDS = 1.0

Seat = tuple[int, uuid.UUID, int]
"""Round, participant, table."""


def _write_revision(
    writer: Writer,
    session_id: uuid.UUID,
    kind: RevisionKind,
    at: dt.datetime,
    from_round: int,
    seats: list[Seat],
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


def _seats_of(result: Plan, ids: list[uuid.UUID], from_round: int) -> list[Seat]:
    return [
        (r, ids[person], table)
        for r in range(from_round, len(result.schedule.rounds))
        for person, table in enumerate(result.schedule.rounds[r])
        if table is not None
    ]


def _seed(seed: int | None) -> int:
    return secrets.randbelow(1_000_000) if seed is None else seed


def plan_groups(
    db: Database,
    session_id: uuid.UUID,
    at: dt.datetime,
    seed: int | None = None,
    deadline: float = PLAN_SECONDS,
    settings: RotationSettings | None = None,
) -> Changed[Plan]:
    """A new plan of every round for the people in the room (the previous one stays in history).

    With ``settings``, the setup is checked and saved in the plan's own transaction."""
    view = load_rotation(db, session_id, at)
    chosen_settings = settings or view.settings
    if chosen_settings is None:
        raise RotationRefused(RotationProblem.NO_SETUP)
    if not view.room:
        raise RotationRefused(RotationProblem.EMPTY_ROOM)
    check_settings(chosen_settings, view.room)
    chosen = _seed(seed)
    indexed = index_plan(view.people, chosen_settings, (), view.room, view.date)
    result = plan(
        indexed.persons,
        indexed.tables,
        chosen_settings.rounds,
        indexed.constraints,
        present=indexed.present,
        seed=chosen,
        deadline=deadline,
    )
    with db.write() as writer:
        if settings is not None:
            write_settings(writer, session_id, settings)
        _write_revision(writer, session_id, RevisionKind.PLAN, at, 0, _seats_of(result, indexed.ids, 0), chosen)
        _set_round(writer, session_id, 0, chosen_settings.rounds)
        return writer.done(result)


def replan_groups(
    db: Database, session_id: uuid.UUID, at: dt.datetime, seed: int | None = None, deadline: float = PLAN_SECONDS
) -> Changed[Plan]:
    """Seat late arrivals, free the seats of who left: rounds before the current one are kept,
    the current one keeps its seats, the next ones change as little as they can (their number
    follows the setup, if it changed)."""
    view = load_rotation(db, session_id, at)
    if view.settings is None:
        raise RotationRefused(RotationProblem.NO_SETUP)
    if not view.planned:
        raise RotationRefused(RotationProblem.NO_PLAN)
    if not view.room:
        raise RotationRefused(RotationProblem.EMPTY_ROOM)
    check_settings(view.settings, view.room)
    if view.stale:
        raise RotationRefused(RotationProblem.TABLES_CHANGED)
    current = min(view.current_round, len(view.rounds) - 1)
    indexed = view.indexed
    chosen = _seed(seed)
    result = plan(
        indexed.persons,
        indexed.tables,
        max(0, view.settings.rounds - current - 1),
        indexed.constraints,
        history=History(
            rounds=indexed.rounds[:current], current=indexed.rounds[current], previous=indexed.rounds[current + 1 :]
        ),
        present=indexed.present,
        seed=chosen,
        deadline=deadline,
    )
    with db.write() as writer:
        _write_revision(
            writer, session_id, RevisionKind.REPLAN, at, current, _seats_of(result, indexed.ids, current), chosen
        )
        return writer.done(result)


def move_person(
    db: Database, session_id: uuid.UUID, round_index: int, person: uuid.UUID, table: int, at: dt.datetime
) -> Changed[bool]:
    """One person to another table in one round; False when they already sit there."""
    view = _seated_view(db, session_id, round_index, [person])
    assert view.settings is not None
    if not 0 <= table < len(view.settings.tables):
        raise RotationRefused(RotationProblem.NO_SUCH_SEAT)
    if view.rounds[round_index][person] == table:
        return Changed(False, Change.NONE)
    with db.write() as writer:
        _write_revision(writer, session_id, RevisionKind.MOVE, at, round_index, [(round_index, person, table)])
        return writer.done(True)


def swap_people(
    db: Database, session_id: uuid.UUID, round_index: int, first: uuid.UUID, second: uuid.UUID, at: dt.datetime
) -> Changed[bool]:
    """Two people trade seats in one round; False when they sit at the same table."""
    view = _seated_view(db, session_id, round_index, [first, second])
    seats = view.rounds[round_index]
    if seats[first] == seats[second]:
        return Changed(False, Change.NONE)
    with db.write() as writer:
        _write_revision(
            writer,
            session_id,
            RevisionKind.MOVE,
            at,
            round_index,
            [(round_index, first, seats[second]), (round_index, second, seats[first])],
        )
        return writer.done(True)


def _seated_view(db: Database, session_id: uuid.UUID, round_index: int, people: list[uuid.UUID]) -> RotationView:
    view = load_rotation(db, session_id)
    if view.settings is None:
        raise RotationRefused(RotationProblem.NO_SETUP)
    if view.stale:
        raise RotationRefused(RotationProblem.TABLES_CHANGED)
    if not 0 <= round_index < len(view.rounds) or any(p not in view.rounds[round_index] for p in people):
        raise RotationRefused(RotationProblem.NO_SUCH_SEAT)
    return view


def set_current_round(db: Database, session_id: uuid.UUID, round_index: int) -> Changed[bool]:
    """Mark the round under way (a re-plan keeps the rounds before it as played)."""
    rounds = len(load_rotation(db, session_id).rounds)
    with db.write() as writer:
        return writer.done(_set_round(writer, session_id, round_index, rounds))


def _set_round(writer: Writer, session_id: uuid.UUID, round_index: int, rounds: int) -> bool:
    row = setup_row(writer.session, session_id)
    if row is None:
        raise RotationRefused(RotationProblem.NO_SETUP)
    if not 0 <= round_index < rounds:
        raise RotationRefused(RotationProblem.NO_SUCH_ROUND)
    return writer.change(row, current_round=round_index)
