"""Tabu search over swaps of two people in one round, at least one of them in conflict.

Each step takes the best swap of a round whose people still conflict (ties broken at random
from the seed), forbids moving those two again in that round for a few steps unless it beats
the best plan, and after a long stall goes back to the best plan and shakes it with random
swaps (the random breakout of Dotú & Van Hentenryck's social-golfer search).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from facilitator.core.rotation.search.cycles import exchange
from facilitator.core.rotation.search.state import State

STALL = 150
"""Steps without a better plan before going back to the best one: then, if it has no hard
conflict left, the search stops (only balance was left to gain); otherwise it shakes it."""
KICKS = 3
BALANCE_STEPS = 250
"""Steps spent on balance alone (no hard conflict left in the rounds looked at): a fixed number,
so that the plan is the same for a seed on a fast or a slow laptop, within the deadline here."""
ROUND_SAMPLE = 320
"""People × rounds looked at per step (see :func:`_sample`)."""
TRADE_STALL = 300
"""Itinerary trades without a better plan before the balancing stops."""
TRADE_STEPS = 700
"""The most trades tried: a fixed number, like ``BALANCE_STEPS``, within the deadline here."""
FIRST_TRADES = 150
"""Trades before the cyclic exchanges (see :mod:`exchange`), which balance better where the
rounds offer them; the others are made after, where they do not."""


@dataclass(frozen=True)
class Outcome:
    iterations: int
    finished: bool
    """The search stopped on its own (nothing left to improve, or its balancing steps spent),
    not cut by the deadline or the step budget: only then is the plan the same for a seed on
    any machine."""


def improve(
    state: State,
    rounds: Sequence[int],
    rng: np.random.Generator,
    *,
    stop_at: float,
    clock: Callable[[], float],
    budget: int,
    balance: bool = True,
) -> Outcome:
    """Swap until nothing is left to fix, balance included for ``BALANCE_STEPS`` steps. Without
    ``balance`` only hard conflicts are worth a move: in a re-plan, a table a little out of
    proportion does not justify moving someone; in a round planned one by one, its cycles
    balance it.

    The best plan is the one with the least weight of hard conflicts, then the cheapest: weighed
    in one sum with the rest, two repeated pairs cost less than the seats a re-plan changed to
    part them (170 people at 21 hosted tables, re-planned at round 4 for 6 arrivals and 4
    departures: the search found a plan with no repeat and went back to one with 2, 142
    cheaper). A tabu move is still allowed when its cost alone beats the best plan's."""
    tabu = np.zeros(state.seats.shape, dtype=np.int64)
    current = best = state.cost()
    conflicts = best_conflicts = state.hard_cost(weighed=True)
    best_seats = state.seats.copy()
    clean: set[int] = set()
    last_better = 0
    iteration = 0
    balancing = 0
    finished = False
    while iteration < budget:
        dirty = [r for r in rounds if r not in clean]
        if not dirty:
            finished = True
            break
        if clock() >= stop_at:
            break
        options = []
        for r in _sample(dirty, state.seats.shape[1], rng):
            hard, soft = state.conflicted(r)
            rows = np.flatnonzero(hard if hard.any() or not balance else soft)
            cols = np.flatnonzero(state.movable[r] & (state.seats[r] >= 0))
            if len(rows) == 0 or len(cols) < 2:
                clean.add(r)
                continue
            options.append((bool(hard.any()), r, rows, cols))
        if not options:
            continue
        if any(option[0] for option in options):
            options = [option for option in options if option[0]]
        elif balancing >= BALANCE_STEPS:
            finished = True
            break
        else:
            balancing += 1
        iteration += 1
        found = []
        for _, r, rows, cols in options:
            delta = state.deltas(r, rows, cols)
            forbidden_r = tabu[r, rows] > iteration
            forbidden_c = tabu[r, cols] > iteration
            blocked = (forbidden_r[:, None] | forbidden_c[None, :]) & (current + delta >= best - 1e-9)
            delta[blocked] = np.inf
            found.append((float(delta.min()), r, rows, cols, delta))
        lowest = min(item[0] for item in found)
        if not np.isfinite(lowest):
            _kick(state, rounds, rng)
            current, conflicts = state.cost(), state.hard_cost(weighed=True)
            clean.clear()
            continue
        candidates = [item for item in found if item[0] <= lowest + 1e-9]
        _, r, rows, cols, delta = candidates[rng.integers(len(candidates))]
        ties = np.flatnonzero(delta.ravel() <= lowest + 1e-9)
        i, j = divmod(int(ties[rng.integers(len(ties))]), len(cols))
        first, second = int(rows[i]), int(cols[j])
        state.swap(r, first, second)
        current += lowest
        tenure = 3 + int(rng.integers(8))
        tabu[r, first] = tabu[r, second] = iteration + tenure
        clean.clear()
        conflicts = state.hard_cost(weighed=True)
        if _better(conflicts, current, best_conflicts, best):
            best, best_conflicts, best_seats, last_better = current, conflicts, state.seats.copy(), iteration
        elif iteration - last_better > STALL:
            state.seats[:] = best_seats
            state.rebuild()
            current, conflicts = best, best_conflicts
            if conflicts == 0:
                finished = True
                break
            _kick(state, rounds, rng)
            current, conflicts = state.cost(), state.hard_cost(weighed=True)
            last_better = iteration
    if _better(best_conflicts, best, conflicts, current):
        state.seats[:] = best_seats
        state.rebuild()
    return Outcome(iterations=iteration, finished=finished)


def repair(
    state: State,
    rounds: Sequence[int],
    rng: np.random.Generator,
    *,
    stop_at: float,
    clock: Callable[[], float],
    budget: int,
) -> Outcome:
    """A re-plan's search: swaps that part what the arrivals and departures brought into
    conflict (balance is not worth a move here), then cycles weighing hard terms and changed
    seats only, bringing nobody back to a table, which put back those the swaps moved on their
    way. The swaps part conflicts by
    whatever path the tabu search took: at 170 people at 21 hosted tables re-planned at round 4
    for 6 arrivals and 4 departures, 13 and 20 people moved in 2 seeds of 5; 2 and 3 after the
    cycles, still with no repeat."""
    outcome = improve(state, rounds, rng, stop_at=stop_at, clock=clock, budget=budget, balance=False)
    restored = exchange(state, rounds, rng, stop_at=stop_at, clock=clock, hard_only=True, returns=False)
    return Outcome(outcome.iterations, outcome.finished and not restored.cut)


def _better(conflicts: float, cost: float, than_conflicts: float, than_cost: float) -> bool:
    """Whether a plan with these hard conflicts and cost beats the other: fewer hard conflicts
    first, then a lower cost."""
    if conflicts != than_conflicts:
        return conflicts < than_conflicts
    return cost < than_cost - 1e-9


def trade_itineraries(
    state: State,
    rounds: Sequence[int],
    rng: np.random.Generator,
    *,
    stop_at: float,
    clock: Callable[[], float],
    steps: int = TRADE_STEPS,
) -> bool:
    """Balance a fresh construction without touching who meets whom: tabu search over trades of
    two people's whole itineraries (one person out of quota against everyone), at most
    ``steps`` of them. Returns whether the deadline cut it short."""
    planned = np.array(rounds, dtype=np.int64)
    movers = np.flatnonzero(state.movable[planned].all(axis=0))
    if len(movers) < 2:
        return False
    tabu = np.zeros(state.seats.shape[1], dtype=np.int64)
    current = best = state.cost()
    best_seats = state.seats.copy()
    last_better = step = 0
    cut = False
    while step - last_better <= TRADE_STALL and step < steps:
        if clock() >= stop_at:
            cut = True
            break
        r = int(planned[rng.integers(len(planned))])
        hard, soft = state.conflicted(r)
        hot = np.flatnonzero((hard | soft) & state.movable[planned].all(axis=0))
        if len(hot) == 0:
            if not any(_any_conflict(state, int(other)) for other in planned):
                break
            continue
        step += 1
        person = int(hot[rng.integers(len(hot))])
        delta = state.itinerary_deltas(planned, person, movers)
        forbidden = tabu[movers] > step
        delta[forbidden & (current + delta >= best - 1e-9)] = np.inf
        lowest = float(delta.min())
        if not np.isfinite(lowest):
            continue
        ties = np.flatnonzero(delta <= lowest + 1e-9)
        other = int(movers[ties[rng.integers(len(ties))]])
        state.trade(planned, person, other)
        current += lowest
        tabu[person] = tabu[other] = step + 2 + int(rng.integers(6))
        if current < best - 1e-9:
            best, best_seats, last_better = current, state.seats.copy(), step
    if current > best + 1e-9:
        state.seats[:] = best_seats
        state.rebuild()
    return cut


def balance_fresh(
    state: State,
    rounds: Sequence[int],
    rng: np.random.Generator,
    *,
    stop_at: float,
    repair_until: float,
    clock: Callable[[], float],
) -> bool:
    """Balance a fresh plan without bringing anyone together again: a few trades of whole
    itineraries, then cyclic exchanges within rounds, then the rest of the trades where the
    rounds offered fewer cycles than there are rounds (at tables of 10 for 8 rounds hardly
    anyone can change table without meeting someone again). First, in rounds with a hard
    conflict, cycles weighing those only, until ``repair_until``: a construction whose classes
    could not keep the officials apart, handed over late, parts them before anything else.
    Returns whether the deadline cut it short."""
    cut = False
    conflicted = [r for r in rounds if state.conflicted(r)[0].any()]
    if conflicted:
        cut = exchange(state, conflicted, rng, stop_at=repair_until, clock=clock, hard_only=True).cut
    cut = trade_itineraries(state, rounds, rng, stop_at=stop_at, clock=clock, steps=FIRST_TRADES) or cut
    exchanged = exchange(state, rounds, rng, stop_at=stop_at, clock=clock)
    cut = cut or exchanged.cut
    if exchanged.made < len(rounds):
        steps = TRADE_STEPS - FIRST_TRADES
        cut = trade_itineraries(state, rounds, rng, stop_at=stop_at, clock=clock, steps=steps) or cut
    return cut


def _any_conflict(state: State, r: int) -> bool:
    hard, soft = state.conflicted(r)
    return bool((hard | soft).any())


def _sample(rounds: list[int], people: int, rng: np.random.Generator) -> list[int]:
    """The rounds to look at in one step: all of them in a small room (the best swap of the whole
    plan, which tight social-golfer instances need), a random few in a large one (where one
    step over every round would cost more than it finds)."""
    wanted = max(1, ROUND_SAMPLE // people)
    if len(rounds) <= wanted:
        return rounds
    return [int(r) for r in rng.choice(rounds, size=wanted, replace=False)]


def _kick(state: State, rounds: Sequence[int], rng: np.random.Generator) -> None:
    """A few random swaps between people of different tables in random rounds."""
    for _ in range(KICKS):
        r = rounds[int(rng.integers(len(rounds)))]
        chosen = np.flatnonzero(state.movable[r] & (state.seats[r] >= 0))
        if len(chosen) < 2:
            continue
        first, second = (int(person) for person in rng.choice(chosen, size=2, replace=False))
        if state.seats[r, first] != state.seats[r, second]:
            state.swap(r, first, second)
