"""Applying changes that come from other laptops: idempotent, field by field, never blocked by
one bad change.

Each change is applied once (its id is the key: a replay is « already there ») and gets an
outcome. An event is inserted as it was recorded. A mutable row is made again from every change
this laptop holds for it plus the new one, by the merge rules of ``core.sync``: the same row
whatever order the changes came in. A change that cannot apply (an unknown table or field, a
value of the wrong kind, an edit of a row never created here) is rejected with its reason and
the others go on. The received changes join the change log with their own ids, stamps and
devices, so that they travel on (a relay) and the local clock moves past them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Date, Enum, Time, Uuid, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from facilitator.app import crashpoints
from facilitator.core.changes import Changed
from facilitator.core.sync import ApplyReport, ChangeOutcome, Operation, Outcome, Record, Rejection, SyncChange
from facilitator.services.sync.log import sync_change
from facilitator.store.changes import change_of
from facilitator.store.database import Database, Writer
from facilitator.store.models import Base, ChangeLog, Event, Instant, synced_models

PROGRESS_EVERY = 100
"""Changes applied between two reports of progress."""


class ChangeRejected(Exception):
    def __init__(self, rejection: Rejection, detail: str = "") -> None:
        super().__init__(f"{rejection}: {detail}")
        self.rejection = rejection
        self.detail = detail


class ApplyCancelled(Exception):
    """The person stopped the import: its transaction was rolled back, nothing was applied."""


MayWrite = Callable[[uuid.UUID | None], bool]
"""Whether the sender may change the given assembly (None: a row whose assembly is unknown)."""


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
    models = synced_models()
    ordered = sorted(changes, key=lambda change: (change.stamp, change.id))
    with db.write() as writer:
        for done, change in enumerate(ordered):
            if cancelled is not None and cancelled():
                raise ApplyCancelled
            report.outcomes.append(_apply_one(writer, models, change, may_write))
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, len(ordered))
        crashpoints.reach("sync_applied_before_commit")
        return writer.done(report)


def _apply_one(
    writer: Writer, models: dict[str, type[Base]], change: SyncChange, may_write: MayWrite | None
) -> ChangeOutcome:
    session = writer.session
    if session.get(ChangeLog, change.id) is not None:
        return ChangeOutcome(change, Outcome.ALREADY_THERE)
    try:
        model = models.get(change.entity)
        if model is None:
            raise ChangeRejected(Rejection.UNKNOWN_TABLE, change.entity)
        assembly = _checked_assembly(writer, change, may_write)
        with session.begin_nested():
            if issubclass(model, Event):
                _insert_event(session, model, change)
            else:
                _merge_row(session, model, change)
            session.add(_log_row(change, assembly))
            session.flush()
    except ChangeRejected as rejected:
        return ChangeOutcome(change, Outcome.REJECTED, rejected.rejection, rejected.detail)
    except IntegrityError as error:
        return ChangeOutcome(change, Outcome.REJECTED, Rejection.BROKEN_LINK, str(error.orig))
    writer.changes |= change_of(change.entity)
    return ChangeOutcome(change, Outcome.APPLIED)


def _checked_assembly(writer: Writer, change: SyncChange, may_write: MayWrite | None) -> uuid.UUID | None:
    """The assembly of the changed row, once the change is made; both it and the row's assembly
    as stored must be ones the sender may write (a change cannot move a row into, or out of,
    an assembly it may not touch)."""
    stored = writer.scopes.of_row(change.entity, change.entity_id)
    assembly = writer.scopes.of_change(change.entity, change.entity_id, change.payload)
    touched = {assembly} if stored is None else {stored, assembly}
    if may_write is not None and not all(may_write(item) for item in touched):
        raise ChangeRejected(Rejection.OUTSIDE_SCOPE, str(assembly))
    return assembly


def _insert_event(session: Session, model: type[Base], change: SyncChange) -> None:
    if session.get(model, change.entity_id) is not None:
        return
    values = _python_values(model, change.payload)
    values.update(id=change.entity_id)
    session.add(model(**values))


def _merge_row(session: Session, model: type[Base], change: SyncChange) -> None:
    """The row made again from every change held for it and this one (``core.sync`` rules)."""
    held = session.scalars(
        select(ChangeLog).where(ChangeLog.entity == change.entity, ChangeLog.entity_id == change.entity_id)
    )
    record = Record()
    count = 0
    for earlier in [*map(sync_change, held), change]:
        record = record.apply(earlier)
        count += 1
    values = _python_values(model, record.values())
    stamps = [value.stamp for value in record.fields.values()]
    if record.tombstone is not None:
        stamps.append(record.tombstone.stamp)
    row: Any = session.get(model, change.entity_id)
    if row is None:
        if change.operation is not Operation.INSERT:
            raise ChangeRejected(Rejection.NO_SUCH_ROW, str(change.entity_id))
        row = model(id=change.entity_id)
        session.add(row)
    for name, value in values.items():
        setattr(row, name, value)
    row.deleted = record.deleted
    row.stamp = max(stamps).encode()
    row.version = count


def _log_row(change: SyncChange, assembly: uuid.UUID | None) -> ChangeLog:
    return ChangeLog(
        id=change.id,
        stamp=change.stamp.encode(),
        device_id=change.device,
        entity=change.entity,
        entity_id=change.entity_id,
        operation=change.operation.value,
        payload=dict(change.payload),
        schema=change.schema,
        assembly_id=assembly,
    )


def _python_values(model: type[Base], payload: dict[str, Any] | Any) -> dict[str, Any]:
    """The payload's JSON values as the table's columns take them; an unknown field or a value
    of the wrong kind rejects the change."""
    columns = {column.key: column for column in model.__table__.columns}
    values = {}
    for name, value in dict(payload).items():
        column = columns.get(name)
        if column is None:
            raise ChangeRejected(Rejection.UNKNOWN_FIELD, name)
        try:
            values[name] = _python_value(column, value)
        except (ValueError, TypeError, LookupError) as error:
            raise ChangeRejected(Rejection.BAD_VALUE, f"{name}: {error}") from error
    return values


def _python_value(column: Any, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.UUID(value)
    if isinstance(kind, Instant):
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError("an instant without its zone")
        return moment
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Time):
        return dt.time.fromisoformat(value)
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    return value
