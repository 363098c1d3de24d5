"""What no plan can beat when a table is as large as the number of tables, checked against the
planner and the independent checker."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.rotation.bounds import bound, full_tables, room_bound
from facilitator.core.rotation.model import Constraints, Person, Table
from facilitator.core.rotation.planner import plan
from facilitator.core.rotation.seating import size_ranges

PLAIN = Constraints(caps={})


def test_a_table_larger_than_the_room_allows_one_round() -> None:
    crowded = bound(60, 9, 7)
    assert crowded.crowded and crowded.proven == 1 and crowded.limit == 1
    assert not bound(49, 7, 7).crowded and bound(49, 7, 7).proven is None
    assert bound(36, 6, 6).limit == 3  # the orthogonal Latin squares of order 6 still count


def test_tables_as_large_as_the_room_send_someone_back() -> None:
    assert full_tables(120, size_ranges(120, [11] * 11), pinned_tables=0) == 10
    assert full_tables(121, size_ranges(121, [11] * 11), pinned_tables=0) == 11
    assert full_tables(121, size_ranges(121, [11] * 11), pinned_tables=11) == 0  # world café
    assert full_tables(110, size_ranges(110, [11] * 11), pinned_tables=0) == 0  # tables of 10
    assert full_tables(110, size_ranges(110, [12, 12, 12, *[10] * 8]), pinned_tables=0) == 0
    assert room_bound(120, [11] * 11, 0).forced_returns(6) == 10 * 5
    assert full_tables(45, size_ranges(45, [9] * 5), pinned_tables=0) == 0  # crowded: repeats say it
    assert room_bound(120, [11] * 11, 0).forced_returns(1) == 0


@settings(max_examples=8, deadline=None)
@given(st.sampled_from([3, 5, 7]), st.integers(0, 6), st.integers(2, 5), st.integers(0, 99))
def test_no_plan_beats_the_returns_it_cannot_avoid(tables: int, short: int, rounds: int, seed: int) -> None:
    """Rooms of t tables seating t(t − 1) + 1 to t² people: whatever plan comes out without a
    repeated pair comes back to tables at least as often as the bound says."""
    people = tables * tables - min(short, tables - 1)
    capacities = [tables] * tables
    result = plan([Person()] * people, [Table(c) for c in capacities], rounds, PLAIN, seed=seed, deadline=0.3)
    least = room_bound(people, capacities, 0).forced_returns(rounds)
    assert least == (people - tables * (tables - 1)) * (rounds - 1)
    if result.metrics.repeated_pairs == 0:
        assert result.metrics.revisits >= least


@settings(max_examples=6, deadline=None)
@given(st.sampled_from([3, 4, 5]), st.integers(1, 3), st.integers(0, 99))
def test_no_plan_of_a_crowded_room_goes_two_rounds_without_a_repeat(tables: int, more: int, seed: int) -> None:
    size = tables + more
    result = plan([Person()] * (tables * size), [Table(size)] * tables, 2, PLAIN, seed=seed, deadline=0.3)
    assert result.bound.crowded and result.bound.limit == 1
    assert result.metrics.repeated_pairs > 0
