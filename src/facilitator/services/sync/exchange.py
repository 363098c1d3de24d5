"""What two replicas tell each other to sync over the network, on SQLite and PostgreSQL alike:
the version vector of the assemblies they share, the changes the other lacks, and per-table
digests that say whether both hold the same rows.

Everything is scoped by assembly: a laptop holds only the assemblies it was given, so vectors
and digests are computed over those assemblies' changes and rows, never over a whole store.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Collection, Mapping

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from facilitator.core.hlc import Stamp
from facilitator.core.sync import SyncChange
from facilitator.services.sync.log import sync_change
from facilitator.store.database import Database
from facilitator.store.models import Assembly, ChangeLog, synced_models

Assemblies = Collection[uuid.UUID]


def held_assemblies(session: Session) -> list[uuid.UUID]:
    """The assemblies this replica holds (even deleted ones: their tombstones sync too)."""
    return list(session.scalars(select(Assembly.id).order_by(Assembly.id)))


def vector_for(db: Database, assemblies: Assemblies) -> dict[str, Stamp]:
    """For each device, the latest of its changes to ``assemblies`` held here."""
    if not assemblies:
        return {}
    with db.read() as session:
        rows = session.execute(
            select(ChangeLog.device_id, func.max(ChangeLog.stamp))
            .where(ChangeLog.assembly_id.in_(list(assemblies)))
            .group_by(ChangeLog.device_id)
        )
        return {device: Stamp.decode(stamp) for device, stamp in rows}


def _beyond(vector: Mapping[str, Stamp]) -> ColumnElement[bool]:
    """The change-log rows a replica of ``vector`` does not hold."""
    known = [and_(ChangeLog.device_id == device, ChangeLog.stamp > stamp.encode()) for device, stamp in vector.items()]
    if not vector:
        return true()
    return or_(ChangeLog.device_id.not_in(list(vector)), *known)


def count_lacking(db: Database, vector: Mapping[str, Stamp]) -> int:
    """How many changes held here a replica of ``vector`` lacks (what waits to leave)."""
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog).where(_beyond(vector))) or 0


def lacking_changes(
    db: Database, assemblies: Assemblies, vector: Mapping[str, Stamp], limit: int
) -> tuple[list[SyncChange], bool]:
    """The first ``limit`` changes to ``assemblies`` that a replica of ``vector`` lacks, in
    clock order, and whether more remain. Taking them in clock order keeps each device's
    changes a prefix, so the vector after applying a page is right for the next one."""
    if not assemblies:
        return [], False
    query = (
        select(ChangeLog)
        .where(ChangeLog.assembly_id.in_(list(assemblies)), _beyond(vector))
        .order_by(ChangeLog.stamp)
        .limit(limit + 1)
    )
    with db.read() as session:
        rows = list(session.scalars(query))
    return [sync_change(row) for row in rows[:limit]], len(rows) > limit


def table_digests(db: Database, assemblies: Assemblies) -> dict[str, list[object]]:
    """Table → [rows, SHA-256 of their sorted (id, stamp)] for the rows of ``assemblies``: two
    replicas that agree on every table hold the same rows in the same state."""
    digests: dict[str, list[object]] = {}
    if not assemblies:
        return digests
    with db.read() as session:
        for table, model in sorted(synced_models().items()):
            ids = select(ChangeLog.entity_id).where(
                ChangeLog.entity == table, ChangeLog.assembly_id.in_(list(assemblies))
            )
            column = model.__table__.c
            rows = sorted(
                f"{row_id}:{stamp}\n"
                for row_id, stamp in session.execute(select(column.id, column.stamp).where(column.id.in_(ids)))
            )
            digest = hashlib.sha256("".join(rows).encode("ascii"))
            digests[table] = [len(rows), digest.hexdigest()]
    return digests
