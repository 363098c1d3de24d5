"""This laptop's links to sync services: the town hall's central store, and the hub of the room
it works in today. Kept in its database (not in the settings), because they belong to the data
they sync: another database on the same laptop has other links."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from facilitator.core.hlc import Stamp
from facilitator.services.sync.exchange import count_lacking
from facilitator.store.database import Database
from facilitator.store.models import SyncLink


class LinkKind(IntEnum):
    """Which service a link reaches (its row's id)."""

    CENTRAL = 1
    ROOM = 2


@dataclass(frozen=True)
class Link:
    server: str
    store: str
    device_name: str
    assemblies: frozenset[uuid.UUID] = frozenset()
    """The assemblies this laptop was given besides those it holds."""
    last_sync: dt.datetime | None = None
    last_outcome: Mapping[str, Any] = field(default_factory=dict)
    pinned_cert: str | None = None
    """A room hub's certificate, pinned at pairing (None for the central store, whose
    certificate the operating system vouches for)."""


class NotLinked(Exception):
    """The database was never linked to a sync service (« Relier à la base centrale »)."""


def read_link(db: Database, kind: LinkKind = LinkKind.CENTRAL) -> Link:
    with db.read() as session:
        row = session.get(SyncLink, kind)
    if row is None:
        raise NotLinked
    return Link(
        server=row.server,
        store=row.store,
        device_name=row.device_name,
        assemblies=frozenset(uuid.UUID(assembly) for assembly in row.assemblies),
        last_sync=row.last_sync,
        last_outcome=row.last_outcome or {},
        pinned_cert=row.pinned_cert,
    )


def is_linked(db: Database, kind: LinkKind = LinkKind.CENTRAL) -> bool:
    with db.read() as session:
        return session.get(SyncLink, kind) is not None


def save_link(
    db: Database,
    server: str,
    store: str,
    device_name: str,
    *,
    kind: LinkKind = LinkKind.CENTRAL,
    pinned_cert: str | None = None,
) -> Link:
    """Link this database to ``server`` (replacing any earlier link of that kind)."""
    with db.write() as writer:
        row = writer.session.get(SyncLink, kind)
        if row is None:
            row = SyncLink(id=kind, assemblies=[])
            writer.session.add(row)
        row.server = server
        row.store = store
        row.device_name = device_name
        row.last_sync = None
        row.last_outcome = None
        row.pinned_cert = pinned_cert
    return read_link(db, kind)


def follow_assemblies(db: Database, assemblies: Collection[uuid.UUID], kind: LinkKind = LinkKind.CENTRAL) -> None:
    """Add ``assemblies`` to those this laptop pulls, even before it holds them."""
    with db.write() as writer:
        row = writer.session.get(SyncLink, kind)
        if row is None:
            raise NotLinked
        row.assemblies = sorted({*row.assemblies, *(str(assembly) for assembly in assemblies)})


def record_sync(db: Database, at: dt.datetime, outcome: Mapping[str, Any], kind: LinkKind = LinkKind.CENTRAL) -> None:
    with db.write() as writer:
        row = writer.session.get(SyncLink, kind)
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
