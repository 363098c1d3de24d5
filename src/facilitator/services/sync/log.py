"""This laptop's change log as synchronisation reads it: every change it holds, its own and
those it received, with what each device's latest change is."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.hlc import Stamp
from facilitator.core.sync import Operation, SyncChange
from facilitator.store.database import Database
from facilitator.store.models import ChangeLog


def sync_change(row: ChangeLog) -> SyncChange:
    return SyncChange(
        id=row.id,
        stamp=Stamp.decode(row.stamp),
        entity=row.entity,
        entity_id=row.entity_id,
        operation=Operation(row.operation),
        payload=row.payload,
        schema=row.schema,
        base=Stamp.decode(row.base_stamp) if row.base_stamp else None,
    )


def held_changes(session: Session) -> list[SyncChange]:
    """Every change this laptop holds, in clock order."""
    return [sync_change(row) for row in session.scalars(select(ChangeLog).order_by(ChangeLog.stamp))]


def read_changes(db: Database) -> list[SyncChange]:
    with db.read() as session:
        return held_changes(session)
