"""The USB stick: a bundle of every change this laptop holds, written to a file, and a bundle
read from one and applied.

Without knowing the receiving laptop, a bundle carries all this laptop holds (its own changes
and those it received): applied, it gives the receiver whatever it lacked, relays a third
laptop's changes, and changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from facilitator.app.errors import file_problem
from facilitator.app.files import write_atomically
from facilitator.core.changes import Changed
from facilitator.core.sync import Bundle, decode_bundle, encode_bundle, vector_of
from facilitator.services.sync.apply import ApplyReport, apply_changes
from facilitator.services.sync.link import LinkKind
from facilitator.services.sync.log import read_changes
from facilitator.store.database import Database
from facilitator.store.migrate import SCHEMA_REVISION
from facilitator.store.models import ChangeLog, SyncLink


def linked_store(db: Database) -> str | None:
    """The central store this laptop is linked to (its bundles name it), if any."""
    with db.read() as session:
        return session.scalar(select(SyncLink.store).where(SyncLink.id == LinkKind.CENTRAL))


def export_bundle(db: Database, path: Path) -> int:
    """Write every change this laptop holds to ``path``; how many."""
    changes = read_changes(db)
    bundle = Bundle(linked_store(db), SCHEMA_REVISION, db.device_id, vector_of(changes), changes)
    write_atomically(path, encode_bundle(bundle))
    return len(changes)


def import_bundle(
    db: Database,
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Changed[ApplyReport]:
    """Apply the bundle in ``path``: ``BundleRefused`` (nothing applied) if it is not whole and
    of this store and schema; ``ApplyCancelled`` (nothing applied) if stopped."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise file_problem(error) from error
    bundle = decode_bundle(data, store=linked_store(db), schema=SCHEMA_REVISION)
    return apply_changes(db, bundle.changes, progress=progress, cancelled=cancelled)


@dataclass(frozen=True)
class SyncStatus:
    device: str
    held: int
    """Changes this laptop holds, its own and those received."""
    received: int
    """Of those, the ones made on other laptops."""


def sync_status(db: Database) -> SyncStatus:
    with db.read() as session:
        held = session.scalar(select(func.count()).select_from(ChangeLog)) or 0
        own = session.scalar(select(func.count()).where(ChangeLog.device_id == db.device_id)) or 0
    return SyncStatus(db.device_id, held, held - own)
