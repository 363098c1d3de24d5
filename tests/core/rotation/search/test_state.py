"""The search's bookkeeping against recounting: swap and trade deltas, and the counts kept up
to date by moves, on random rooms with caps, keep-together pairs and absent people."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.rotation.model import Constraints
from facilitator.core.rotation.search.placement import meeting_weight, pair_cost
from facilitator.core.rotation.search.quotas import build_quotas
from facilitator.core.rotation.search.state import State
from facilitator.core.rotation.search.tally import Tally
from tests.core.rotation.test_planner import room


def _state(seed: int, people: int, tables: int, rounds: int, absent: bool, together: bool = True) -> State:
    rng = np.random.default_rng(seed)
    everyone = room(people, officials=max(1, people // 8), seed=seed)
    partners = frozenset({frozenset((0, 1))}) if together else frozenset()
    constraints = Constraints(keep_together=partners, keep_apart=frozenset({frozenset((2, 3))}))
    seats = rng.integers(0, tables, size=(rounds, people))
    if absent:
        seats[rng.random(seats.shape) < 0.1] = -1
    previous = np.where(rng.random(seats.shape) < 0.5, rng.integers(0, tables, size=seats.shape), -1)
    return State(
        seats,
        np.ones(seats.shape, dtype=bool),
        tables,
        meeting_weight(people, constraints),
        pair_cost(people, constraints),
        np.ones(people),
        build_quotas(everyone, constraints, seats, tables),
        previous,
    )


def _same_bookkeeping(state: State) -> None:
    fresh = Tally(state.quotas, state.seats, state.tables)
    moved = state.tally
    for name in ("counts", "now", "removed", "added"):
        assert np.array_equal(getattr(moved, name), getattr(fresh, name)), name
    meetings, visits = state.meetings.copy(), state.visits.copy()
    state.rebuild()
    assert np.array_equal(meetings, state.meetings)
    assert np.array_equal(visits, state.visits)


@given(seed=st.integers(0, 10_000), people=st.integers(8, 30), tables=st.integers(2, 6), absent=st.booleans())
@settings(max_examples=60, deadline=None)
def test_swap_deltas_are_the_change_of_the_whole_cost(seed: int, people: int, tables: int, absent: bool) -> None:
    state = _state(seed, people, tables, 3, absent)
    rng = np.random.default_rng(seed + 1)
    r = int(rng.integers(3))
    present = np.flatnonzero(state.seats[r] >= 0)
    rows, cols = np.sort(rng.choice(present, size=min(4, len(present)), replace=False)), present
    delta = state.deltas(r, rows, cols)
    before = state.cost()
    for i, j in zip(rng.integers(len(rows), size=5), rng.integers(len(cols), size=5), strict=True):
        first, second = int(rows[i]), int(cols[j])
        if state.seats[r, first] == state.seats[r, second]:
            assert np.isinf(delta[i, j])
            continue
        state.swap(r, first, second)
        assert abs(state.cost() - before - delta[i, j]) < 1e-6
        _same_bookkeeping(state)
        state.swap(r, first, second)


@given(seed=st.integers(0, 10_000), people=st.integers(8, 30), tables=st.integers(2, 6), absent=st.booleans())
@settings(max_examples=60, deadline=None)
def test_a_trade_is_a_swap_in_every_round_where_two_people_sit_apart(
    seed: int, people: int, tables: int, absent: bool
) -> None:
    traded, swapped = _state(seed, people, tables, 4, absent), _state(seed, people, tables, 4, absent)
    rng = np.random.default_rng(seed + 2)
    rounds = np.arange(4)
    first, second = (int(p) for p in rng.choice(people, size=2, replace=False))
    traded.trade(rounds, first, second)
    for r in rounds:
        seats = swapped.seats[r]
        if seats[first] != seats[second] and seats[first] >= 0 and seats[second] >= 0:
            swapped.swap(int(r), first, second)
    assert np.array_equal(traded.seats, swapped.seats)
    assert np.array_equal(traded.meetings, swapped.meetings)
    assert np.array_equal(traded.visits, swapped.visits)
    _same_bookkeeping(traded)


@given(seed=st.integers(0, 10_000), people=st.integers(8, 30), tables=st.integers(2, 6))
@settings(max_examples=60, deadline=None)
def test_trade_deltas_are_the_change_of_placement_in_a_fresh_plan(seed: int, people: int, tables: int) -> None:
    """In a fresh plan (everyone there, no previous plan) a trade exchanges meetings and
    visits: only who sits at a table out of quota, over a cap or with someone kept apart
    changes (partners kept together aside: parting them costs a pair, more than any balance)."""
    state = _state(seed, people, tables, 3, absent=False, together=False)
    state.previous[:] = -1
    rng = np.random.default_rng(seed + 3)
    rounds = np.arange(3)
    person = int(rng.integers(people))
    cols = np.arange(people)
    delta = state.itinerary_deltas(rounds, person, cols)
    assert np.isinf(delta[person])
    before = state.cost()
    for other in rng.choice(np.delete(cols, person), size=4, replace=False):
        state.trade(rounds, person, int(other))
        assert abs(state.cost() - before - delta[other]) < 1e-6
        state.trade(rounds, person, int(other))
