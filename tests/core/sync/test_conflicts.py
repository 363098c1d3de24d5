"""Concurrent edits are told apart from edits that followed one another, whatever order the
changes arrive in."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.hlc import Stamp
from facilitator.core.sync import Operation, SyncChange
from facilitator.core.sync.conflicts import concurrent_edits

ROW = uuid.UUID(int=7)


def edit(ms: int, device: str, base: int | None, **payload: object) -> SyncChange:
    return SyncChange(
        id=uuid.uuid4(),
        stamp=Stamp(ms, 0, device),
        entity="participant",
        entity_id=ROW,
        operation=Operation.UPDATE if base is not None else Operation.INSERT,
        payload=payload,
        schema="0012",
        base=None if base is None else Stamp(base, 0, device),
    )


CREATED = edit(100, "a", None, phone="", email="")


def test_two_desks_editing_one_phone_apart_conflict() -> None:
    first = edit(200, "a", 100, phone="0601")
    second = edit(300, "b", 100, phone="0602")
    (conflict,) = concurrent_edits([CREATED, first, second])
    assert (conflict.field, conflict.kept_value, conflict.other_value) == ("phone", "0602", "0601")


def test_an_edit_made_after_seeing_the_other_is_no_conflict() -> None:
    first = edit(200, "a", 100, phone="0601")
    second = edit(300, "b", 200, phone="0602")
    assert concurrent_edits([CREATED, first, second]) == []


def test_other_fields_same_values_and_one_device_are_no_conflict() -> None:
    assert concurrent_edits([CREATED, edit(200, "a", 100, phone="1"), edit(300, "b", 100, email="x")]) == []
    assert concurrent_edits([CREATED, edit(200, "a", 100, phone="1"), edit(300, "b", 100, phone="1")]) == []
    assert concurrent_edits([CREATED, edit(200, "a", 100, phone="1"), edit(300, "a", 100, phone="2")]) == []


def test_taking_a_value_back_or_keeping_one_settles_it() -> None:
    first = edit(200, "a", 100, phone="0601")
    second = edit(300, "b", 100, phone="0602")
    taken_back = edit(400, "b", 300, phone="0601")
    kept = edit(400, "a", 300, phone="0602")
    assert concurrent_edits([CREATED, first, second, taken_back]) == []
    assert concurrent_edits([CREATED, first, second, kept]) == []


@given(
    st.permutations(
        [CREATED, edit(200, "a", 100, phone="1"), edit(250, "c", 100, phone="3"), edit(300, "b", 100, phone="2")]
    )
)
def test_the_order_of_arrival_does_not_matter(changes: list[SyncChange]) -> None:
    (conflict,) = concurrent_edits(changes)
    assert (conflict.kept_value, conflict.other_value) == ("2", "3")
