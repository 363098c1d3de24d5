"""Concurrent edits: the same field of one row set on two laptops, each without knowing the
other's value. The later stamp wins (``merge``) on every replica alike; the other value is not
dropped silently but shown to a person, who takes it back or keeps the winner.

An edit knew an earlier one when the row's stamp it was based on (``SyncChange.base``) is not
older than that one's stamp. Only edits with a base (recorded since schema 0012) and from
different devices are compared; a deletion's tombstone is not a field.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from facilitator.core.sync.changes import SyncChange
from facilitator.core.sync.merge import DELETED


@dataclass(frozen=True)
class FieldConflict:
    field: str
    kept: SyncChange
    """The change whose value the row holds (the later stamp)."""
    other: SyncChange
    """A change that set another value without knowing the kept one."""

    @property
    def kept_value(self) -> Any:
        return self.kept.payload[self.field]

    @property
    def other_value(self) -> Any:
        return self.other.payload[self.field]


def concurrent_edits(history: Iterable[SyncChange]) -> list[FieldConflict]:
    """For each field of one row, the values the winner overrode without having seen them
    (at most one per field: the latest such value)."""
    by_field: dict[str, list[SyncChange]] = {}
    for change in history:
        for name in change.payload:
            if name != DELETED:
                by_field.setdefault(name, []).append(change)
    conflicts = []
    for name, changes in sorted(by_field.items()):
        ordered = sorted(changes, key=lambda change: change.stamp)
        kept = ordered[-1]
        if kept.base is None:
            continue
        overridden = [
            change
            for change in ordered[:-1]
            if change.device != kept.device
            and change.base is not None
            and kept.base < change.stamp
            and change.payload[name] != kept.payload[name]
        ]
        if overridden:
            conflicts.append(FieldConflict(name, kept, overridden[-1]))
    return conflicts
