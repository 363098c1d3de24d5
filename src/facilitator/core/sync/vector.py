"""Version vectors: for every device a replica has heard of, the latest of its changes it holds.

A device's stamps only grow, and a replica always receives a device's changes up to some stamp
(a push, a pull and a bundle each carry all that the other side lacks, in order), so the latest
stamp says which of that device's changes a replica holds. Comparing vectors tells a hub, a
server or a USB stick exactly what to send: nothing twice, a third laptop's changes relayed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from facilitator.core.hlc import Stamp
from facilitator.core.sync.changes import SyncChange

VersionVector = Mapping[str, Stamp]
"""Device id → the latest stamp of that device held."""


def vector_of(changes: Iterable[SyncChange]) -> dict[str, Stamp]:
    vector: dict[str, Stamp] = {}
    for change in changes:
        held = vector.get(change.device)
        if held is None or change.stamp > held:
            vector[change.device] = change.stamp
    return vector


def lacking(changes: Iterable[SyncChange], vector: VersionVector) -> list[SyncChange]:
    """The changes a replica of ``vector`` does not hold, in clock order."""
    missing = [change for change in changes if (held := vector.get(change.device)) is None or change.stamp > held]
    return sorted(missing, key=lambda change: change.stamp)


def merged(first: VersionVector, second: VersionVector) -> dict[str, Stamp]:
    """What a replica holds once it holds both (the latest stamp of each device)."""
    vector = dict(first)
    for device, stamp in second.items():
        if device not in vector or stamp > vector[device]:
            vector[device] = stamp
    return vector
