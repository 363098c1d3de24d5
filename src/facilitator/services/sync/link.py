"""This laptop's link to a sync service: kept in its database (not in the settings), because it
belongs to the data it syncs: another database on the same laptop is another link."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from facilitator.core.hlc import Stamp
from facilitator.services.sync.exchange import count_lacking
from facilitator.store.database import Database
from facilitator.store.models import SyncLink

LINK_ROW = 1


@dataclass(frozen=True)
class Link:
    server: str
    store: str
    device_name: str
    assemblies: frozenset[uuid.UUID] = frozenset()
    """The assemblies this laptop was given besides those it holds."""
    last_sync: dt.datetime | None = None
    last_outcome: Mapping[str, Any] = field(default_factory=dict)


class NotLinked(Exception):
    """The database was never linked to a sync service (« Relier à la base centrale »)."""


def read_link(db: Database) -> Link:
    with db.read() as session:
        row = session.get(SyncLink, LINK_ROW)
    if row is None:
        raise NotLinked
    return Link(
        server=row.server,
        store=row.store,
        device_name=row.device_name,
        assemblies=frozenset(uuid.UUID(assembly) for assembly in row.assemblies),
        last_sync=row.last_sync,
        last_outcome=row.last_outcome or {},
    )


def is_linked(db: Database) -> bool:
    with db.read() as session:
        return session.scalar(select(SyncLink.id)) is not None


def save_link(db: Database, server: str, store: str, device_name: str) -> Link:
    """Link this database to ``server`` (replacing any earlier link)."""
    with db.write() as writer:
        row = writer.session.get(SyncLink, LINK_ROW)
        if row is None:
            row = SyncLink(id=LINK_ROW, assemblies=[])
            writer.session.add(row)
        row.server = server
        row.store = store
        row.device_name = device_name
        row.last_sync = None
        row.last_outcome = None
    return read_link(db)


def follow_assemblies(db: Database, assemblies: Collection[uuid.UUID]) -> None:
    """Add ``assemblies`` to those this laptop pulls, even before it holds them."""
    with db.write() as writer:
        row = writer.session.get(SyncLink, LINK_ROW)
        if row is None:
            raise NotLinked
        row.assemblies = sorted({*row.assemblies, *(str(assembly) for assembly in assemblies)})


def record_sync(db: Database, at: dt.datetime, outcome: Mapping[str, Any]) -> None:
    with db.write() as writer:
        row = writer.session.get(SyncLink, LINK_ROW)
        if row is None:
            raise NotLinked
        row.last_sync = at
        row.last_outcome = dict(outcome)


def pending_changes(db: Database, link: Link | None) -> int:
    """The changes held here that the service did not hold after the last sync (all of them
    before the first): what « Synchroniser » will send."""
    stored = link.last_outcome.get("server_vector", {}) if link is not None else {}
    return count_lacking(db, {str(device): Stamp.decode(stamp) for device, stamp in stored.items()})


@dataclass(frozen=True)
class LinkState:
    """What the Synchronisation workspace shows of the link."""

    link: Link | None
    pending: int


def link_state(db: Database) -> LinkState:
    link = read_link(db) if is_linked(db) else None
    return LinkState(link, pending_changes(db, link))
