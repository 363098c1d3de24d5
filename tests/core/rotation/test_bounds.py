"""What no plan can beat when a table is as large as the number of tables, checked against the
planner: a larger table makes people meet again, one as large sends someone back to it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.rotation.bounds import bound
from facilitator.core.rotation.checker import measure
from facilitator.core.rotation.model import Constraints, Person, Table
from facilitator.core.rotation.planner import plan

PLAIN = Constraints(caps={})


def test_a_table_larger_than_the_room_allows_one_round() -> None:
    crowded = bound(60, 9, 7)
    assert crowded.crowded and crowded.proven == 1 and crowded.limit == 1
    assert not bound(49, 7, 7).crowded and bound(49, 7, 7).proven is None
    assert bound(36, 6, 6).limit == 3  # the orthogonal Latin squares of order 6 still count


def test_forced_returns_count_full_tables_of_people_seated_before() -> None:
    """Three tables: a table of three in round 2 takes one person from each table of round 1."""
    rounds = [(0, 0, 0, 1, 1, 2, 2), (0, 1, 2, 0, 1, 0, 2), (0, 1, 2, 0, None, 1, 2)]
    tables = [Table(3)] * 3
    metrics = measure(rounds, [Person()] * 7, tables, PLAIN)
    assert metrics.forced_returns == 1 + 0  # round 3's table 0 holds only two, its tables of 2
    late = [(0, 0, 0, None, 1, 2, 2), *rounds[1:]]
    assert measure(late, [Person()] * 7, tables, PLAIN).forced_returns == 0  # person 3 came late
    hosted = [Table(3, host=0), Table(3), Table(3)]
    assert measure(rounds, [Person()] * 7, hosted, PLAIN).forced_returns == 0  # the host stays
    golfers = Constraints(caps={}, avoid_revisits=False)
    assert measure(rounds, [Person()] * 7, tables, golfers).forced_returns == 0


@settings(max_examples=8, deadline=None)
@given(st.sampled_from([3, 5, 7]), st.integers(0, 6), st.integers(2, 5), st.integers(0, 99))
def test_no_plan_beats_the_returns_it_cannot_avoid(tables: int, short: int, rounds: int, seed: int) -> None:
    """Rooms of t tables seating t(t − 1) + 1 to t² people: whatever plan comes out without a
    repeated pair comes back to tables at least as often as its table sizes force."""
    people = tables * tables - min(short, tables - 1)
    result = plan([Person()] * people, [Table(tables)] * tables, rounds, PLAIN, seed=seed, deadline=0.3)
    assert result.metrics.forced_returns == (people - tables * (tables - 1)) * (rounds - 1)
    if result.metrics.repeated_pairs == 0:
        assert result.metrics.revisits >= result.metrics.forced_returns


@settings(max_examples=6, deadline=None)
@given(st.sampled_from([3, 4, 5]), st.integers(1, 3), st.integers(0, 99))
def test_no_plan_of_a_crowded_room_goes_two_rounds_without_a_repeat(tables: int, more: int, seed: int) -> None:
    size = tables + more
    result = plan([Person()] * (tables * size), [Table(size)] * tables, 2, PLAIN, seed=seed, deadline=0.3)
    assert result.bound.crowded and result.bound.limit == 1
    assert result.metrics.repeated_pairs > 0
