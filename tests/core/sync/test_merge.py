"""The merge rules: whatever order changes arrive in, however often, every replica ends equal."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.hlc import Stamp
from facilitator.core.sync import Operation, Record, SyncChange, merge_records, replay, union_events
from tests.core.sync.strategies import change_lists, replicas

PERSON = uuid.UUID(int=7)


def change(wall: int, device: str, operation: Operation, **fields: str) -> SyncChange:
    return SyncChange(uuid.uuid4(), Stamp(wall, 0, device), "participant", PERSON, operation, fields, "0007")


def test_the_later_edit_of_a_field_wins_and_the_other_fields_stay() -> None:
    rows = replay(
        [
            change(1, "accueil-1", Operation.INSERT, first_name="Jeanne", phone="0601"),
            change(5, "accueil-2", Operation.UPDATE, phone="0699"),
            change(3, "accueil-1", Operation.UPDATE, phone="0655", first_name="Jeanne-Marie"),
        ]
    )
    assert rows["participant", PERSON].values() == {"first_name": "Jeanne-Marie", "phone": "0699"}


def test_an_edit_made_after_a_deletion_elsewhere_does_not_bring_the_row_back() -> None:
    rows = replay(
        [
            change(1, "accueil-1", Operation.INSERT, first_name="Jeanne"),
            change(2, "accueil-2", Operation.DELETE),
            change(9, "accueil-1", Operation.UPDATE, first_name="Jeanne-Marie"),
        ]
    )
    assert rows["participant", PERSON].deleted
    restored = replay([*[change(2, "a", Operation.DELETE)], change(4, "b", Operation.RESTORE)])
    assert not restored["participant", PERSON].deleted


@given(change_lists, st.randoms())
def test_the_order_of_arrival_does_not_matter(changes: list[SyncChange], random: object) -> None:
    shuffled = list(changes)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert replay(shuffled) == replay(changes)


@given(change_lists)
def test_a_change_applied_twice_is_applied_once(changes: list[SyncChange]) -> None:
    assert replay(changes + changes) == replay(changes)


@given(replicas())
def test_merging_two_replicas_is_replaying_both(pair: tuple[list[SyncChange], list[SyncChange]]) -> None:
    first, second = pair
    left, right, both = replay(first), replay(second), replay(first + second)
    for key in both:
        assert merge_records(left.get(key, Record()), right.get(key, Record())) == both[key]
        assert merge_records(right.get(key, Record()), left.get(key, Record())) == both[key]


@given(replicas())
def test_events_merge_by_union_of_their_ids(pair: tuple[list[SyncChange], list[SyncChange]]) -> None:
    first, second = pair
    merged = union_events(first, second, first)
    assert {change.id for change in merged} == {change.id for change in first + second}
    assert len(merged) == len({change.id for change in merged})
    assert union_events(second, first) == merged
