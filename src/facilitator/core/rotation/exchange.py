"""Cyclic exchanges in one round: a few people each take the next one's seat, at tables all
different, and none of them sits down with anyone met in another round.

Trading whole itineraries keeps who meets whom, so the construction's step classes keep what
they hold; a swap in one round almost always brings two people together again. A cycle is the
move in between: each of its tables loses one person and gains another, who has met none of
the others there, so a plan free of repeats stays free of them while the tables' make-up
changes (170 people at 23 tables for 8 rounds: the age band in quota at 93 to 98 % of the
tables instead of about 80 %).

The cycles are looked for as in Thompson and Orlin's cyclic transfers: an arc
p → q, "p takes q's seat", weighs what that changes at q's table and for p and q, so that a
cycle's cost is the sum of its arcs (its tables are distinct); a cycle of negative cost has a
rotation whose every prefix is negative, so paths only grow while their total is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray

from facilitator.core.rotation.state import MEETING, MOVE, REVISIT, State

DEPTH = 7
"""The most people in one cycle. At 170 people and 23 tables for 8 rounds, cycles of at most 3
left the age band in quota at 83–86 % of the tables, of 4 at 94–97 %, of 5 at 97 %. Of 7, worst
of 5 seeds: 97.3 % against 93.5 % for 5, and 73.8 % against 71.4 % at 21 tables with hosts, in
about the same time; rounds planned one by one fell back in 2 plans of 48 instead of 4."""
PATHS = 3000
"""Paths kept at each length, the most negative first: bounds a step's time in a large room."""
STEPS = 600
"""The most cycles made: a fixed number, so that a seed gives the same plan on any laptop (a
construction for 170 people at 23 tables takes about 300 before no round has one left)."""
EPSILON = 1e-9

Matrix = NDArray[np.float64]
Indexes = NDArray[np.int64]


@dataclass(frozen=True)
class Exchanged:
    made: int
    """Cycles made."""
    cut: bool
    """Whether the deadline cut the exchanges short."""


@dataclass(frozen=True)
class Arcs:
    """The people of one round who may take part in a cycle, their tables, and
    ``cost[i, j]``: the change when ``people[i]`` takes the seat of ``people[j]`` (inf where
    that would seat them with someone met in another round, or, unless only hard terms are
    weighed, at a table seen before)."""

    people: Indexes
    tables: Indexes
    cost: Matrix


def exchange(
    state: State,
    rounds: Sequence[int],
    rng: np.random.Generator,
    *,
    stop_at: float,
    clock: Callable[[], float],
    steps: int = STEPS,
    hard_only: bool = False,
) -> Exchanged:
    """Make negative cycles in random rounds until no round has one, or ``steps`` of them are
    made. ``hard_only``: cycles weigh repeats, revisits, caps and seats changed only, not
    balance, and may bring someone back to a table (a repair with little time left: each cycle
    mends something, and a table seen again weighs less than two officials together).

    One round's arcs serve for several cycles: a cycle changes the round only at its own
    tables, and who met whom in the other rounds not at all, so arcs between other tables stay
    exact, and the next cycle is looked for among them."""
    settled: set[int] = set()
    made = 0
    while made < steps:
        open_rounds = [r for r in rounds if r not in settled]
        if not open_rounds:
            break
        if clock() >= stop_at:
            return Exchanged(made, cut=True)
        r = int(open_rounds[rng.integers(len(open_rounds))])
        found = arcs(state, r, hard_only=hard_only)
        cost = found.cost
        cycle = negative_cycle(found, rng)
        if cycle is None:
            settled.add(r)
            continue
        settled.clear()
        while cycle is not None and made < steps:
            apply_cycle(state, r, [int(found.people[i]) for i in cycle])
            made += 1
            touched = np.isin(found.tables, found.tables[cycle])
            cost[touched, :] = np.inf
            cost[:, touched] = np.inf
            cycle = negative_cycle(found, rng)
    return Exchanged(made, cut=False)


def arcs(state: State, r: int, *, hard_only: bool = False) -> Arcs:
    """Every arc of round r between movers with no pair to keep apart or together (a cycle
    would have to weigh those pairs too; the construction already placed them). With
    ``hard_only``, quotas but caps weigh nothing and a table seen before is allowed at its
    cost."""
    seats = state.seats[r]
    onehot = state.onehot(r)
    free = state.movable[r] & (seats >= 0)
    if state.has_pairs:
        free &= ~(state.pair_cost != 0).any(axis=1)
    people = np.flatnonzero(free)
    tables = seats[people]
    weight, met = state.meeting_weight[people], state.meetings[people]
    elsewhere = (met - (tables[:, None] == seats[None, :]) * weight) > 0
    weight_at, met_at = weight @ onehot, met @ onehot
    own = np.arange(len(people))
    blocked = (elsewhere @ onehot)[:, tables] - elsewhere[:, people] > 0
    cost = MEETING * (weight_at[:, tables] - weight[:, people])
    revisit = state.revisit_weight[people]
    visits = state.visits[np.ix_(people, tables)]
    if not hard_only:
        blocked |= (revisit[:, None] > 0) & (visits > 0)
    blocked |= tables[:, None] == tables[None, :]
    cost += REVISIT * revisit[:, None] * (2 * visits + 1)
    leaving = MEETING * (weight_at[own, tables] - 2 * met_at[own, tables])
    leaving += REVISIT * revisit * (1 - 2 * state.visits[people, tables])
    cost += leaving[None, :]
    previous = state.previous[r][people]
    before = (tables != previous).astype(float)
    after = (tables[None, :] != previous[:, None]).astype(float)
    cost += MOVE * (previous >= 0)[:, None] * (after - before[:, None])
    cost += state.tally.replace_deltas(r, people, people, tables, caps_only=hard_only)
    cost[blocked] = np.inf
    return Arcs(people, tables, cost)


def negative_cycle(found: Arcs, rng: np.random.Generator) -> list[int] | None:
    """The shortest cycle of negative cost at distinct tables (the most negative of that length,
    ties at random), as indexes into ``found.people``: each takes the next one's seat, the
    last the first's. None when no cycle of up to ``DEPTH`` people has a negative cost."""
    cost, tables = found.cost, found.tables
    first, second = np.nonzero(cost < -EPSILON)
    paths = np.stack([first, second], axis=1)
    total = cost[first, second]
    while len(paths):
        closing = total + cost[paths[:, -1], paths[:, 0]]
        lowest = closing.min()
        if lowest < -EPSILON:
            best = np.flatnonzero(closing <= lowest + EPSILON)
            return paths[best[rng.integers(len(best))]].tolist()
        if paths.shape[1] == DEPTH:
            return None
        grown = total[:, None] + cost[paths[:, -1]]
        seen = (tables[paths][:, :, None] == tables[None, None, :]).any(axis=1)
        rows, cols = np.nonzero((grown < -EPSILON) & ~seen)
        if len(rows) > PATHS:
            kept = np.argsort(grown[rows, cols], kind="stable")[:PATHS]
            rows, cols = rows[kept], cols[kept]
        paths = np.concatenate([paths[rows], cols[:, None]], axis=1)
        total = grown[rows, cols]
    return None


def apply_cycle(state: State, r: int, cycle: list[int]) -> None:
    """Each person of ``cycle`` takes the next one's seat in round r, the last the first's: one
    swap per link (the first with the second puts the first in place, and so on)."""
    for first, second in pairwise(cycle):
        state.swap(r, first, second)
