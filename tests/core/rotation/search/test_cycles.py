"""Cyclic exchanges within a round: a cycle's cost is the sum of its arcs, it never seats anyone
with someone met in another round, and it balances a construction the trades cannot."""

from __future__ import annotations

from unittest.mock import patch

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.rotation import planner
from facilitator.core.rotation.checker import measure
from facilitator.core.rotation.model import Constraints, Table
from facilitator.core.rotation.planner import plan
from facilitator.core.rotation.search.cycles import Arcs, exchange, negative_cycle
from facilitator.core.rotation.search.state import State
from tests.core.rotation.search.test_state import _same_bookkeeping, _state
from tests.core.rotation.test_planner import room
from tests.helpers.clock import StepClock


def _repeats(state: State) -> float:
    return float(np.maximum(0, state.meetings - 1).sum()) / 2


def _random_cycle(found: Arcs, rng: np.random.Generator) -> list[int] | None:
    """A random cycle whose arcs are all allowed, as indexes into ``found.people``."""
    for _ in range(300):
        if len(found.people) < 2:
            return None
        size = int(rng.integers(2, min(5, len(found.people)) + 1))
        cycle = [int(i) for i in rng.choice(len(found.people), size=size, replace=False)]
        links = list(zip(cycle, cycle[1:] + cycle[:1], strict=True))
        if len(set(found.tables[cycle].tolist())) == size and all(np.isfinite(found.cost[i, j]) for i, j in links):
            return cycle
    return None


def _hard_cost(state: State) -> float:
    """The whole cost but the balanced quotas (caps stay)."""
    tally = state.tally
    return state.cost() - float((tally.now * tally.weight)[..., ~tally.cap_columns].sum())


@given(
    seed=st.integers(0, 10_000),
    people=st.integers(10, 36),
    tables=st.integers(3, 7),
    absent=st.booleans(),
    hard_only=st.booleans(),
)
@settings(max_examples=80, deadline=None)
def test_a_cycle_changes_the_cost_by_the_sum_of_its_arcs(
    seed: int, people: int, tables: int, absent: bool, hard_only: bool
) -> None:
    """On random plans (repeats, revisits, caps, pairs kept apart or together, absent people,
    a previous plan to stay close to), every allowed cycle costs exactly what its arcs say:
    the whole cost, or all of it but balance when only hard terms are weighed; and the arcs
    weighed again after a cycle are those of the round as it is now."""
    state = _state(seed, people, tables, 3, absent)
    rng = np.random.default_rng(seed + 7)
    r = int(rng.integers(3))
    weighed = _hard_cost if hard_only else State.cost
    found = Arcs(state, r, hard_only=hard_only)
    for _ in range(3):
        cycle = _random_cycle(found, rng)
        if cycle is None:
            break
        predicted = sum(found.cost[i, j] for i, j in zip(cycle, cycle[1:] + cycle[:1], strict=True))
        tables_before = state.seats[r, found.people[cycle]].copy()
        before, repeats = weighed(state), _repeats(state)
        state.rotate(r, [int(found.people[i]) for i in cycle])
        assert abs(weighed(state) - before - predicted) < 1e-6
        assert np.array_equal(state.seats[r, found.people[cycle]], np.roll(tables_before, -1))
        assert _repeats(state) <= repeats
        _same_bookkeeping(state)
        found.reweigh(cycle)
        fresh = Arcs(state, r, hard_only=hard_only)
        assert np.array_equal(found.tables, fresh.tables)
        allowed = np.isfinite(fresh.cost)
        assert np.array_equal(np.isfinite(found.cost), allowed)
        assert np.allclose(found.cost[allowed], fresh.cost[allowed])


@given(seed=st.integers(0, 10_000), people=st.integers(10, 36), tables=st.integers(3, 7))
@settings(max_examples=60, deadline=None)
def test_the_negative_cycle_found_is_negative_at_distinct_tables(seed: int, people: int, tables: int) -> None:
    state = _state(seed, people, tables, 3, absent=False)
    rng = np.random.default_rng(seed)
    found = Arcs(state, 1)
    cycle = negative_cycle(found, rng)
    if cycle is None:
        assert not (found.cost + found.cost.T < 0).any(), "a negative swap was missed"
        return
    links = list(zip(cycle, cycle[1:] + cycle[:1], strict=True))
    assert sum(found.cost[i, j] for i, j in links) < 0
    assert len(set(found.tables[cycle].tolist())) == len(cycle)


@given(seed=st.integers(0, 10_000), people=st.integers(10, 30), tables=st.integers(3, 6))
@settings(max_examples=40, deadline=None)
def test_exchanges_never_raise_the_cost_nor_bring_anyone_together_again(seed: int, people: int, tables: int) -> None:
    state = _state(seed, people, tables, 4, absent=True)
    before, repeats = state.cost(), _repeats(state)
    visits = (state.visits > 1).sum()
    done = exchange(state, range(4), np.random.default_rng(seed), stop_at=1e9, clock=lambda: 0.0)
    assert not done.cut
    assert state.cost() <= before + 1e-6
    assert _repeats(state) <= repeats and (state.visits > 1).sum() <= visits
    _same_bookkeeping(state)
    assert all(negative_cycle(Arcs(state, r), np.random.default_rng(0)) is None for r in range(4))


def test_exchanges_balance_the_assembly_at_23_tables() -> None:
    """170 people at 23 tables for 8 rounds: itinerary trades alone left the age band in quota
    at about 80 % of the tables; with the exchanges every goal is met, still with no repeat.
    (The room is now planned round by round: the construction is asked for here.)"""
    people = room(170, officials=12, seed=7)
    tables = [Table(8) for _ in range(23)]
    with patch.object(planner, "_one_by_one", return_value=False):
        result = plan(people, tables, 8, seed=0, clock=StepClock())
    assert result.constructed
    metrics = measure(result.schedule.rounds, people, tables, Constraints())
    assert metrics.repeated_pairs == 0 and metrics.revisits == 0 and metrics.official_clashes == 0
    assert metrics.balance["gender"] == 1.0
    assert metrics.balance["drawn"] >= 0.9 and metrics.balance["age_band"] >= 0.9
