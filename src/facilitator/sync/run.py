"""A whole sync with the service, as « Synchroniser » and ``sync run`` do it: push what the
server lacks, pull what this laptop lacks, then compare both sides' tables.

Push and pull go by pages of changes; each pulled page is applied in one transaction that
also moves this laptop's vector (its change log), so a crash or a cut between two pages only
means the next sync starts from the last whole page. Pushing first lets the server's answer
include this laptop's changes; pulling never waits behind a rejected push (rejections are
reported, not retried).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from facilitator.app import crashpoints
from facilitator.app.clock import local_now
from facilitator.core.changes import Change, Changed
from facilitator.core.hlc import Stamp
from facilitator.core.sync import ApplyReport, Bundle, Outcome, decode_bundle, encode_bundle
from facilitator.core.sync.vector import merged, vector_of
from facilitator.services.assemblies.assemblies import AssemblyNotFound
from facilitator.services.sync.apply import apply_changes
from facilitator.services.sync.exchange import held_assemblies, lacking_changes, table_digests, vector_for
from facilitator.services.sync.link import Link, LinkKind, follow_assemblies, read_link, record_sync, save_link
from facilitator.store.database import Database
from facilitator.store.migrate import SCHEMA_REVISION
from facilitator.sync.client import RemoteAssembly, SyncClient
from facilitator.sync.protocol import PAGE, Refusal, SyncRefused
from facilitator.sync.tokens import checked_keyring, save_token

CLOCK_SKEW_WARNING = dt.timedelta(minutes=5)

Progress = Callable[[str, int], None]
"""(stage: "push", "pull" or "check", changes done so far)."""


def enrol(db: Database, server: str, code: str, *, keep_token: bool = True) -> tuple[Link, str]:
    """Link this database to the service at ``server`` with a one-time code: the link, and the
    token (kept in the keyring unless ``keep_token`` is False, for scripts). The keyring is
    checked before the code is spent."""
    if keep_token:
        checked_keyring()
    with SyncClient(server) as client:
        device_name, token, store = client.enrol(code, db.device_id)
        link = save_link(db, client.server, store, device_name)
    if keep_token:
        save_token(store, db.device_id, token)
    return link, token


@dataclass
class SyncReport:
    pushed: int = 0
    """Changes of this laptop the server applied."""
    pushed_known: int = 0
    refused_by_server: list[dict[str, str]] = field(default_factory=list)
    pulled: ApplyReport = field(default_factory=ApplyReport)
    in_step: bool | None = False
    """Both sides' per-table counts and digests agree for the assemblies synced (None: not
    compared this time, as a room's desk does between two checks)."""
    skew: dt.timedelta = dt.timedelta(0)
    """The server's clock minus this laptop's."""
    assemblies: list[uuid.UUID] = field(default_factory=list)
    devices: dict[str, str] = field(default_factory=dict)
    """Device id → name of the laptops the server knows (kept with the link)."""
    held_by_server: dict[str, Stamp] = field(default_factory=dict)
    """What the server holds after the sync, as far as this laptop knows (its vector before the
    push, with what it accepted and what came from it): what is beyond it waits to leave."""

    @property
    def clock_off(self) -> bool:
        return abs(self.skew) > CLOCK_SKEW_WARNING

    def as_json(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "pushed_already_there": self.pushed_known,
            "pulled": self.pulled.count(Outcome.APPLIED),
            "pulled_already_there": self.pulled.count(Outcome.ALREADY_THERE),
            "rejected": self.refused_by_server,
            "needs_attention": [
                {
                    "kind": "rejected_here",
                    "change": str(item.change.id),
                    "entity": item.change.entity,
                    "reason": str(item.rejection),
                    "detail": item.detail,
                }
                for item in self.pulled.rejected()
            ],
            "in_step": self.in_step,
            "clock_skew_seconds": round(self.skew.total_seconds(), 1),
            "assemblies": [str(assembly) for assembly in self.assemblies],
            "devices": dict(sorted(self.devices.items())),
            "server_vector": {device: stamp.encode() for device, stamp in sorted(self.held_by_server.items())},
        }


def run_sync(
    db: Database,
    client: SyncClient,
    *,
    wanted: Collection[str] = (),
    kind: LinkKind = LinkKind.CENTRAL,
    check: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Changed[SyncReport]:
    """Push, pull and check the assemblies this laptop holds or was given, plus ``wanted``
    (names or ids of the server's assemblies, followed from now on); with a room's hub, every
    assembly the hub holds (the room works on them together)."""
    link = read_link(db, kind)
    hello = client.hello()
    if hello.store != link.store:
        raise SyncRefused(Refusal.FOREIGN_STORE, hello.store)
    report = SyncReport(skew=dt.timedelta(milliseconds=hello.skew_ms), devices=hello.devices)
    remote = [item for item in hello.assemblies if not item.deleted]
    chosen = [item.id for item in remote] if kind is LinkKind.ROOM else _chosen(wanted, remote)
    if chosen:
        follow_assemblies(db, chosen, kind)
    with db.read() as session:
        scope = sorted({*held_assemblies(session), *link.assemblies, *chosen})
    report.assemblies = scope
    changed = Change.NONE
    for assembly in scope:  # one vector per assembly: one followed late is sent whole
        held_there = _push(db, client, link, assembly, report, progress)
        pulled, changed_here = _pull(db, client, link, assembly, report, progress, cancelled)
        changed |= changed_here
        report.held_by_server = merged(report.held_by_server, merged(held_there, pulled))
    if progress is not None:
        progress("check", 0)
    report.in_step = client.digests(scope) == table_digests(db, scope) if check else None
    record_sync(db, local_now(), report.as_json(), kind)
    return Changed(report, changed)


def _chosen(wanted: Collection[str], remote: Sequence[RemoteAssembly]) -> list[uuid.UUID]:
    """The server's assemblies named in ``wanted``, by id or by name (all those of that name)."""
    chosen = []
    for name in wanted:
        found = [item.id for item in remote if name in (item.name, str(item.id))]
        if not found:
            raise AssemblyNotFound(name, sorted({item.name for item in remote}))
        chosen.extend(found)
    return chosen


def _push(
    db: Database, client: SyncClient, link: Link, assembly: uuid.UUID, report: SyncReport, progress: Progress | None
) -> dict[str, Stamp]:
    """Send what the server lacks of one assembly; what the server holds of it afterwards (its
    vector, with the changes it accepted)."""
    held = client.vector([assembly])
    vector = dict(held)
    sent = 0
    while True:
        page, _more = lacking_changes(db, [assembly], vector, PAGE)
        if not page:
            return held
        vector = merged(vector, vector_of(page))
        answer = client.push(encode_bundle(Bundle(link.store, SCHEMA_REVISION, db.device_id, vector, page)))
        refused = {item["change"] for item in answer["rejected"]}
        held = merged(held, vector_of([change for change in page if str(change.id) not in refused]))
        report.pushed += int(answer["applied"])
        report.pushed_known += int(answer["already_there"])
        report.refused_by_server.extend(answer["rejected"])
        crashpoints.reach("after_push_page")
        sent += len(page)
        if progress is not None:
            progress("push", sent)


def _pull(
    db: Database,
    client: SyncClient,
    link: Link,
    assembly: uuid.UUID,
    report: SyncReport,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[dict[str, Stamp], Change]:
    """Receive what this laptop lacks of one assembly: the vector of what came, and what it changed."""
    vector = vector_for(db, [assembly])
    came: dict[str, Stamp] = {}
    changed = Change.NONE
    received = 0
    more = True
    while more:
        data, more = client.pull([assembly], vector, PAGE)
        bundle = decode_bundle(data, store=link.store, schema=SCHEMA_REVISION)
        applied = apply_changes(db, bundle.changes, cancelled=cancelled)
        changed |= applied.changes
        report.pulled.outcomes.extend(applied.value.outcomes)
        vector = merged(vector, vector_of(bundle.changes))
        came = merged(came, vector_of(bundle.changes))
        received += len(bundle.changes)
        if progress is not None:
            progress("pull", received)
    return came, changed
