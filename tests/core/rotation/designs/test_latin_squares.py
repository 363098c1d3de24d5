"""The ten-table itineraries from two orthogonal Latin squares, checked by the independent
checker, and the planner using them for a world café of 10 hosted tables."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from facilitator.core.rotation.checker import measure
from facilitator.core.rotation.designs.latin_squares import APART, ITINERARIES, SQUARE_A, SQUARE_B, ten_table_paths
from facilitator.core.rotation.model import Constraints, Person, Table
from facilitator.core.rotation.planner import plan
from facilitator.demo.rooms import synthetic_room


def test_the_squares_are_orthogonal_idempotent_latin_squares() -> None:
    for square in (SQUARE_A, SQUARE_B):
        assert all(sorted(row) == list(range(10)) for row in square)
        assert all(sorted(column) == list(range(10)) for column in zip(*square, strict=True))
        assert all(square[i][i] == i for i in range(10))
    assert len({(SQUARE_A[i][j], SQUARE_B[i][j]) for i in range(10) for j in range(10)}) == 100


def test_the_cells_kept_apart_never_share_a_table() -> None:
    paths = ITINERARIES[: len(APART)]
    assert all(a != b for first, second in combinations(paths, 2) for a, b in zip(first, second, strict=True))


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 90), st.integers(1, 4))
def test_itineraries_repeat_no_pair_and_revisit_no_table(movers: int, rounds: int) -> None:
    paths = ten_table_paths(movers, rounds)
    assume(paths is not None)
    assert paths is not None
    schedule = [tuple(path[r] for path in paths) for r in range(rounds)]
    metrics = measure(schedule, [Person()] * movers, [Table(9)] * 10, Constraints(caps={}))
    assert (metrics.repeated_pairs, metrics.revisits, metrics.uneven_rounds) == (0, 0, 0)
    assert len(paths) == movers


def test_every_number_of_movers_near_full_tables_fits() -> None:
    assert all(ten_table_paths(movers, 4) is not None for movers in range(83, 91))
    full = ten_table_paths(90, 4)
    assert full is not None and all(set(Counter(p[r] for p in full).values()) == {9} for r in range(4))
    assert ten_table_paths(90, 5) is None and ten_table_paths(91, 4) is None


def test_a_world_cafe_of_ten_hosted_tables_meets_nobody_twice() -> None:
    """100 people at 10 hosted tables of 10 for 4 rounds, 9 elected officials: the search alone
    left 13 to 17 repeated pairs."""
    people = synthetic_room(100, 9, 7)
    tables = [Table(10, host=99 - t) for t in range(10)]
    result = plan(people, tables, 4, Constraints(), seed=0)
    metrics = result.metrics
    assert (metrics.repeated_pairs, metrics.revisits, metrics.official_clashes, metrics.hard_violations) == (0,) * 4
    assert result.constructed
