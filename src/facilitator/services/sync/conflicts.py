"""Concurrent edits as a person sees them: which record, which field, the value kept (the later
edit) and the one it overrode, where and when each was typed; and the two ways to settle it,
« Reprendre cette valeur » (the overridden value becomes a new edit) and « Garder » (the kept
value is confirmed by a new edit). Either way the new edit knew both, so the conflict is gone
on every laptop once it syncs."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from facilitator.app.clock import from_posix
from facilitator.core.changes import Changed
from facilitator.core.sync import SyncChange
from facilitator.core.sync.conflicts import FieldConflict, concurrent_edits
from facilitator.services.sync.log import sync_change
from facilitator.services.sync.values import python_values
from facilitator.store.database import Database
from facilitator.store.models import ChangeLog, Event, synced_models


@dataclass(frozen=True)
class EditedValue:
    value: Any
    at: dt.datetime
    here: bool
    """Typed on this laptop (else on another)."""


@dataclass(frozen=True)
class RowConflict:
    entity: str
    entity_id: uuid.UUID
    record: str
    """The row as people name it (« Awa Barbier », a session's title), or empty."""
    field: str
    kept: EditedValue
    other: EditedValue


def _edited(change: SyncChange, value: Any, device: str) -> EditedValue:
    return EditedValue(value, from_posix(change.stamp.wall_ms / 1000), change.device == device)


def _record_name(row: Any) -> str:
    if row is None:
        return ""
    if hasattr(row, "first_name"):
        return f"{row.first_name} {row.last_name}"
    for attribute in ("name", "title", "question"):
        if hasattr(row, attribute):
            return str(getattr(row, attribute))
    return ""


def field_conflicts(db: Database) -> list[RowConflict]:
    """Every field whose kept value overrode another typed without knowing it."""
    mutable = [table for table, model in synced_models().items() if not issubclass(model, Event)]
    models = synced_models()
    with db.read() as session:
        candidates = session.execute(
            select(ChangeLog.entity, ChangeLog.entity_id)
            .where(ChangeLog.entity.in_(mutable), ChangeLog.base_stamp.is_not(None))
            .group_by(ChangeLog.entity, ChangeLog.entity_id)
            .having(func.count(func.distinct(ChangeLog.device_id)) > 1)
        ).all()
        found = []
        for entity, entity_id in candidates:
            history = session.scalars(
                select(ChangeLog).where(ChangeLog.entity == entity, ChangeLog.entity_id == entity_id)
            )
            for conflict in concurrent_edits(map(sync_change, history)):
                row = session.get(models[entity], entity_id)
                found.append(_row_conflict(db, entity, entity_id, _record_name(row), conflict))
    return sorted(found, key=lambda conflict: (conflict.record, conflict.field))


def _row_conflict(db: Database, entity: str, entity_id: uuid.UUID, name: str, conflict: FieldConflict) -> RowConflict:
    return RowConflict(
        entity,
        entity_id,
        name,
        conflict.field,
        _edited(conflict.kept, conflict.kept_value, db.device_id),
        _edited(conflict.other, conflict.other_value, db.device_id),
    )


def take_other_value(db: Database, conflict: RowConflict) -> Changed[bool]:
    """« Reprendre cette valeur »: the overridden value, typed again now."""
    model = synced_models()[conflict.entity]
    value = python_values(model, {conflict.field: conflict.other.value})[conflict.field]
    with db.write() as writer:
        row: Any = writer.session.get(model, conflict.entity_id)
        if row is None:
            return writer.done(False)
        return writer.done(writer.change(row, **{conflict.field: value}))


def keep_value(db: Database, conflict: RowConflict) -> Changed[bool]:
    """« Garder »: the kept value, confirmed by a new edit that knows the other."""
    model = synced_models()[conflict.entity]
    with db.write() as writer:
        row: Any = writer.session.get(model, conflict.entity_id)
        if row is None:
            return writer.done(False)
        writer.confirm(row, conflict.field)
        return writer.done(True)
