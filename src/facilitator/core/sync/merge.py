"""The merge rules: what a row is once every change to it, from any laptop, has arrived.

A mutable row is its fields, each with the stamp of the change that set it: the latest stamp
wins, field by field, whatever order the changes arrive in, however often (last writer wins on
the hybrid clock; two stamps never tie, the device breaks it). The tombstone is a field apart:
only a deletion sets it and only a later restore lifts it, so an edit made offline after a
deletion elsewhere does not bring the row back. Events (arrivals, turns, seats, ballot reads)
are never changed, only added: replicas merge them by union of their ids.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from facilitator.core.hlc import Stamp
from facilitator.core.sync.changes import Operation, SyncChange

DELETED = "deleted"


@dataclass(frozen=True)
class FieldValue:
    value: Any
    stamp: Stamp


@dataclass(frozen=True)
class Record:
    """One row as the changes made it: each field's value and the stamp that set it."""

    fields: Mapping[str, FieldValue] = field(default_factory=dict)
    tombstone: FieldValue | None = None
    """The latest deletion or restore: deleted when its value is True."""

    @property
    def deleted(self) -> bool:
        return self.tombstone is not None and bool(self.tombstone.value)

    def values(self) -> dict[str, Any]:
        return {name: value.value for name, value in self.fields.items()}

    def apply(self, change: SyncChange) -> Record:
        """This row with ``change`` merged in (unchanged when every field it sets is newer here)."""
        fields = dict(self.fields)
        for name, value in change.payload.items():
            if name != DELETED:
                fields[name] = _later(fields.get(name), FieldValue(value, change.stamp))
        tombstone = self.tombstone
        if change.operation in (Operation.DELETE, Operation.RESTORE):
            tombstone = _later(tombstone, FieldValue(change.operation is Operation.DELETE, change.stamp))
        return Record(fields, tombstone)


def _later(current: FieldValue | None, incoming: FieldValue) -> FieldValue:
    return incoming if current is None or incoming.stamp > current.stamp else current


def merge_records(first: Record, second: Record) -> Record:
    """Two replicas' views of one row, merged: the same as applying both's changes in any order."""
    fields = dict(first.fields)
    for name, value in second.fields.items():
        fields[name] = _later(fields.get(name), value)
    tombstone = first.tombstone if second.tombstone is None else _later(first.tombstone, second.tombstone)
    return Record(fields, tombstone)


def replay(changes: Iterable[SyncChange]) -> dict[tuple[str, uuid.UUID], Record]:
    """Every row the changes touch, as they make it (in any order: the result is the same)."""
    rows: dict[tuple[str, uuid.UUID], Record] = {}
    for change in changes:
        key = (change.entity, change.entity_id)
        rows[key] = rows.get(key, Record()).apply(change)
    return rows


def union_events(*replicas: Iterable[SyncChange]) -> list[SyncChange]:
    """The events every replica holds, each once, in clock order."""
    seen: dict[uuid.UUID, SyncChange] = {}
    for replica in replicas:
        for change in replica:
            seen.setdefault(change.id, change)
    return sorted(seen.values(), key=lambda change: (change.stamp, change.id))
