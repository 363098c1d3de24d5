"""A change as it travels between replicas: one row of a laptop's change log.

The change's id is its idempotency key (applying it twice is applying it once); its clock stamp
orders it against every other change to the same field; its schema revision says which
migrations wrote it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from facilitator.core.hlc import Stamp


class Operation(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    """Sets the tombstone: a later edit does not lift it."""
    RESTORE = "restore"
    """Lifts a tombstone, if later than it: the only way back from a deletion."""


@dataclass(frozen=True)
class SyncChange:
    id: uuid.UUID
    stamp: Stamp
    entity: str
    """The table of the row changed."""
    entity_id: uuid.UUID
    operation: Operation
    payload: Mapping[str, Any]
    """The fields the change sets, JSON values (an insert: all of them)."""
    schema: str
    """The schema revision of the replica that wrote the change."""
    base: Stamp | None = None
    """The row's stamp on the replica that made the change, just before it: the latest change
    to the row that replica had seen (None for a creation). A change to a field whose base is
    older than another device's change to it was made without knowing that one: concurrent."""

    @property
    def device(self) -> str:
        return self.stamp.device
