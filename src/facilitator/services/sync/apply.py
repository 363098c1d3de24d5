"""Applying changes that come from other laptops: idempotent, field by field, never blocked by
one bad change.

Each change is applied once (its id is the key: a replay is « already there ») and gets an
outcome. An event is inserted as it was recorded. A mutable row is made again from every change
this replica holds for it plus the new one, by the merge rules of ``core.sync``: the same row
whatever order the changes came in. A change that cannot apply (an unknown table or field, a
value of the wrong kind, an edit of a row never created here, an assembly the sender may not
write) is rejected with its reason and the others go on. The received changes join the change
log with their own ids, stamps and devices, so that they travel on (a relay) and the local
clock moves past them.

Changes go by chunks: what a chunk needs (the changes already held, the rows it touches, their
history) is read in a few statements, and its rows are written table by table (a table's rows
in one statement, after the tables they may name; within a table, in clock order), so that a
Saturday's thousands of changes cost a few round trips to PostgreSQL rather than several each.
A chunk that breaks a constraint (a row that names one this replica does not hold) is rolled
back to its savepoint and applied again change by change, to reject only the faulty ones.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from facilitator.app import crashpoints
from facilitator.core.changes import Changed
from facilitator.core.sync import ApplyReport, ChangeOutcome, Operation, Outcome, Record, Rejection, SyncChange
from facilitator.services.sync.log import sync_change
from facilitator.services.sync.values import ChangeRejected, python_values
from facilitator.store.changes import change_of
from facilitator.store.database import Database, Writer
from facilitator.store.models import Base, ChangeLog, Event, synced_models
from facilitator.store.scope import Scopes

CHUNK = 500
"""Changes read and written together."""
_TABLE_ORDER = {table.name: rank for rank, table in enumerate(Base.metadata.sorted_tables)}
"""Tables in the order of their links: a row is written after the rows it names."""

MayWrite = Callable[[uuid.UUID | None], bool]
"""Whether the sender may change the given assembly (None: a row whose assembly is unknown)."""


class ApplyCancelled(Exception):
    """The person stopped the import: its transaction was rolled back, nothing was applied."""


def apply_changes(
    db: Database,
    changes: Sequence[SyncChange],
    *,
    may_write: MayWrite | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Changed[ApplyReport]:
    """Apply ``changes`` in clock order, in one transaction; what each did, and what it changed.
    A change to an assembly ``may_write`` refuses is rejected; ``cancelled`` stops it with
    nothing applied (``ApplyCancelled``)."""
    report = ApplyReport()
    ordered = sorted(changes, key=lambda change: (change.stamp, change.id))
    with db.write() as writer:
        for start in range(0, len(ordered), CHUNK):
            if cancelled is not None and cancelled():
                raise ApplyCancelled
            chunk = ordered[start : start + CHUNK]
            report.outcomes.extend(_apply_chunk(writer, chunk, may_write))
            if progress is not None:
                progress(start + len(chunk), len(ordered))
        crashpoints.reach("sync_applied_before_commit")
        return writer.done(report)


@dataclass
class _Chunk:
    """What a chunk's changes need, read once: the changes already held, the rows that exist
    (loaded into the session), and each mutable row's history."""

    models: dict[str, type[Base]]
    held: set[uuid.UUID]
    histories: dict[uuid.UUID, list[SyncChange]]
    rows: dict[tuple[str, uuid.UUID], Any] = field(default_factory=dict)
    """The mutable rows of the chunk (and, as None, its events) that exist or were added."""
    events: dict[type[Base], list[dict[str, Any]]] = field(default_factory=dict)
    logs: list[dict[str, Any]] = field(default_factory=list)

    def write(self, session: Session) -> None:
        """Write what waits: the merged rows (the session's), then the events and the change-log
        rows in one statement per table (the ORM's unit of work would cost an object each)."""
        session.flush()
        for model, rows in self.events.items():
            session.execute(insert(model), rows)
        if self.logs:
            session.execute(insert(ChangeLog), self.logs)
        self.events.clear()
        self.logs.clear()


def _read_chunk(writer: Writer, chunk: Sequence[SyncChange]) -> _Chunk:
    session = writer.session
    models = synced_models()
    held = set(session.scalars(select(ChangeLog.id).where(ChangeLog.id.in_([change.id for change in chunk]))))
    by_table: dict[str, set[uuid.UUID]] = {}
    for change in chunk:
        if change.entity in models and change.id not in held:
            by_table.setdefault(change.entity, set()).add(change.entity_id)
    state = _Chunk(models, held, {})
    for table, ids in by_table.items():
        model: Any = models[table]
        if issubclass(model, Event):
            for row_id in session.scalars(select(model.id).where(model.id.in_(ids))):
                state.rows[(table, row_id)] = None
        else:
            for row in session.scalars(select(model).where(model.id.in_(ids))):
                state.rows[(table, row.id)] = row
            logged = select(ChangeLog).where(ChangeLog.entity == table, ChangeLog.entity_id.in_(ids))
            for row in session.scalars(logged.order_by(ChangeLog.stamp)):
                state.histories.setdefault(row.entity_id, []).append(sync_change(row))
    return state


def _apply_chunk(writer: Writer, chunk: Sequence[SyncChange], may_write: MayWrite | None) -> list[ChangeOutcome]:
    session = writer.session
    state = _read_chunk(writer, chunk)
    try:
        with session.begin_nested():
            done: dict[int, ChangeOutcome] = {}
            previous = None
            for index, change in sorted(enumerate(chunk), key=lambda item: _TABLE_ORDER.get(item[1].entity, -1)):
                if previous is not None and previous != change.entity:
                    state.write(session)  # the rows it may name are written first
                done[index] = _apply_one(writer, state, change, may_write)
                previous = change.entity
            state.write(session)
            outcomes = [done[index] for index in range(len(chunk))]
    except IntegrityError:
        writer.scopes = Scopes(session)
        state = _read_chunk(writer, chunk)
        outcomes = [_apply_alone(writer, state, change, may_write) for change in chunk]
    for outcome in outcomes:
        if outcome.outcome is Outcome.APPLIED:
            writer.changes |= change_of(outcome.change.entity)
    return outcomes


def _apply_alone(writer: Writer, state: _Chunk, change: SyncChange, may_write: MayWrite | None) -> ChangeOutcome:
    """One change in its own savepoint: a broken link rejects it alone."""
    session = writer.session
    key = (change.entity, change.entity_id)
    existed, before = key in state.rows, state.rows.get(key)
    try:
        with session.begin_nested():
            outcome = _apply_one(writer, state, change, may_write)
            state.write(session)
    except IntegrityError as error:
        state.events.clear()
        state.logs.clear()
        state.held.discard(change.id)
        writer.scopes.forget(*key)
        if existed:  # rolled back to what it was (the session reloads it), never forgotten
            state.rows[key] = before
        else:
            state.rows.pop(key, None)
        history = state.histories.get(change.entity_id, [])
        if change in history:
            history.remove(change)
        return ChangeOutcome(change, Outcome.REJECTED, Rejection.BROKEN_LINK, str(error.orig))
    return outcome


def _apply_one(writer: Writer, state: _Chunk, change: SyncChange, may_write: MayWrite | None) -> ChangeOutcome:
    """Add what ``change`` writes to the session (unflushed); a rejection adds nothing."""
    if change.id in state.held:
        return ChangeOutcome(change, Outcome.ALREADY_THERE)
    try:
        model = state.models.get(change.entity)
        if model is None:
            raise ChangeRejected(Rejection.UNKNOWN_TABLE, change.entity)
        assembly = _checked_assembly(writer, state, change, may_write)
        if issubclass(model, Event):
            _insert_event(state, model, change)
        else:
            _merge_row(writer, state, model, change)
    except ChangeRejected as rejected:
        writer.scopes.forget(change.entity, change.entity_id)  # the row is not where the change said
        return ChangeOutcome(change, Outcome.REJECTED, rejected.rejection, rejected.detail)
    state.logs.append(_log_values(change, assembly))
    state.held.add(change.id)
    return ChangeOutcome(change, Outcome.APPLIED)


def _checked_assembly(
    writer: Writer, state: _Chunk, change: SyncChange, may_write: MayWrite | None
) -> uuid.UUID | None:
    """The assembly of the changed row, once the change is made; both it and the row's assembly
    as stored must be ones the sender may write (a change cannot move a row into, or out of,
    an assembly it may not touch)."""
    key = (change.entity, change.entity_id)
    stored = writer.scopes.of_row(*key) if key in state.rows else None
    assembly = writer.scopes.of_change(change.entity, change.entity_id, change.payload)
    touched = {assembly} if stored is None else {stored, assembly}
    if may_write is not None and not all(may_write(item) for item in touched):
        raise ChangeRejected(Rejection.OUTSIDE_SCOPE, str(assembly))
    return assembly


def _insert_event(state: _Chunk, model: type[Base], change: SyncChange) -> None:
    key = (change.entity, change.entity_id)
    if key in state.rows:
        return
    values = python_values(model, change.payload)
    values.update(id=change.entity_id)
    state.events.setdefault(model, []).append(values)
    state.rows[key] = None


def _merge_row(writer: Writer, state: _Chunk, model: type[Base], change: SyncChange) -> None:
    """The row made again from every change held for it and this one (``core.sync`` rules)."""
    history = state.histories.get(change.entity_id, [])
    record = Record()
    for earlier in [*history, change]:
        record = record.apply(earlier)
    values = python_values(model, record.values())
    stamps = [value.stamp for value in record.fields.values()]
    if record.tombstone is not None:
        stamps.append(record.tombstone.stamp)
    key = (change.entity, change.entity_id)
    row: Any = state.rows.get(key)
    if row is None:
        if change.operation is not Operation.INSERT:
            raise ChangeRejected(Rejection.NO_SUCH_ROW, str(change.entity_id))
        row = model(id=change.entity_id)
        writer.session.add(row)
        state.rows[key] = row
    for name, value in values.items():
        setattr(row, name, value)
    row.deleted = record.deleted
    row.stamp = max(stamps).encode()
    row.version = len(history) + 1
    state.histories.setdefault(change.entity_id, []).append(change)


def _log_values(change: SyncChange, assembly: uuid.UUID | None) -> dict[str, Any]:
    return {
        "id": change.id,
        "stamp": change.stamp.encode(),
        "device_id": change.device,
        "entity": change.entity,
        "entity_id": change.entity_id,
        "operation": change.operation.value,
        "payload": dict(change.payload),
        "schema": change.schema,
        "base_stamp": change.base.encode() if change.base is not None else None,
        "assembly_id": assembly,
    }
