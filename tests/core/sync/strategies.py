"""Changes as several laptops make them: few rows, few fields, so that they collide."""

from __future__ import annotations

import uuid

from hypothesis import strategies as st

from facilitator.core.hlc import Stamp
from facilitator.core.sync import Operation, SyncChange

DEVICES = ("accueil-1", "accueil-2", "animation")
ROWS = tuple(uuid.UUID(int=n) for n in range(1, 4))
FIELDS = ("first_name", "last_name", "phone")
CHANGES = uuid.UUID("0b7d1c3e-5f0a-4c1e-9d2b-6a8e4f1c2d3b")
"""A change's id follows from its stamp here: one stamp, one change, as on real laptops."""

stamps = st.builds(
    Stamp, st.integers(1_700_000_000_000, 1_700_000_000_050), st.integers(0, 3), st.sampled_from(DEVICES)
)


@st.composite
def changes(draw: st.DrawFn) -> SyncChange:
    operation = draw(st.sampled_from(list(Operation)))
    payload = (
        {}
        if operation in (Operation.DELETE, Operation.RESTORE)
        else draw(st.dictionaries(st.sampled_from(FIELDS), st.text(max_size=4), min_size=1))
    )
    stamp = draw(stamps)
    return SyncChange(
        id=uuid.uuid5(CHANGES, stamp.encode()),
        stamp=stamp,
        entity="participant",
        entity_id=draw(st.sampled_from(ROWS)),
        operation=operation,
        payload=payload,
        schema="0007",
    )


def unique_stamps(items: list[SyncChange]) -> list[SyncChange]:
    """One change per stamp, as a device's clock guarantees (two stamps never tie)."""
    seen: dict[Stamp, SyncChange] = {}
    for change in items:
        seen.setdefault(change.stamp, change)
    return list(seen.values())


change_lists = st.lists(changes(), max_size=25).map(unique_stamps)


@st.composite
def replicas(draw: st.DrawFn) -> tuple[list[SyncChange], list[SyncChange]]:
    """Two replicas' changes, drawn from one history (the same stamp is the same change): each
    holds every device's changes up to some point, as pushes, pulls and bundles leave them."""
    by_device: dict[str, list[SyncChange]] = {}
    for change in sorted(draw(change_lists), key=lambda change: change.stamp):
        by_device.setdefault(change.device, []).append(change)

    def replica() -> list[SyncChange]:
        return [change for held in by_device.values() for change in held[: draw(st.integers(0, len(held)))]]

    return replica(), replica()
