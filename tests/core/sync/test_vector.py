"""Version vectors: a replica is sent what it lacks, nothing twice, relays included."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.sync import SyncChange, lacking, vector_of
from facilitator.core.sync.vector import merged
from tests.core.sync.strategies import change_lists, replicas


def held_prefixes(changes: list[SyncChange], cut: int) -> list[SyncChange]:
    """What a replica holds: each device's changes up to some point (sync sends them in order)."""
    by_device: dict[str, list[SyncChange]] = {}
    for change in sorted(changes, key=lambda change: change.stamp):
        by_device.setdefault(change.device, []).append(change)
    return [change for device_changes in by_device.values() for change in device_changes[:cut]]


@given(change_lists, st.integers(0, 10))
def test_what_is_lacking_completes_the_replica_exactly(changes: list[SyncChange], cut: int) -> None:
    held = held_prefixes(changes, cut)
    sent = lacking(changes, vector_of(held))
    assert {change.id for change in held} | {change.id for change in sent} == {change.id for change in changes}
    assert not {change.id for change in held} & {change.id for change in sent}
    assert lacking(changes, vector_of(held + sent)) == []


@given(replicas())
def test_a_relay_carries_a_third_laptop_s_changes(pair: tuple[list[SyncChange], list[SyncChange]]) -> None:
    """A stick takes the desk's changes to the facilitator, then both to the town hall."""
    desk, facilitator = pair
    town_hall: list[SyncChange] = []
    stick = lacking(desk, vector_of(facilitator))
    facilitator_now = facilitator + [change for change in stick if change not in facilitator]
    second = lacking(facilitator_now, vector_of(town_hall))
    assert {change.id for change in second} >= {change.id for change in desk} - {change.id for change in facilitator}
    assert merged(vector_of(desk), vector_of(facilitator)) == vector_of(desk + facilitator)
