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

import numpy as np
from numpy.typing import NDArray

from facilitator.core.rotation.search.state import MEETING, MOVE, REVISIT, State

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

Indexes = NDArray[np.int64]


@dataclass(frozen=True)
class Exchanged:
    made: int
    """Cycles made."""
    cut: bool
    """Whether the deadline cut the exchanges short."""


def exchange(
    state: State,
    rounds: Sequence[int],
    rng: np.random.Generator,
    *,
    stop_at: float,
    clock: Callable[[], float],
    steps: int = STEPS,
    hard_only: bool = False,
    returns: bool | None = None,
) -> Exchanged:
    """Make negative cycles in random rounds until no round has one, or ``steps`` of them are
    made. ``hard_only``: cycles weigh repeats, revisits, caps and seats changed only, not
    balance. ``returns``: whether a cycle may bring someone back to a table, at its cost; by
    default only with ``hard_only`` (a repair with little time left: each cycle mends
    something, and a table seen again weighs less than two officials together).

    One round's arcs serve for all its cycles: a cycle changes the round only at its own
    tables, and who met whom in the other rounds not at all, so only the arcs from and to the
    people of those tables are weighed again before the next cycle is looked for."""
    settled: set[int] = set()
    made = 0
    while made < steps:
        open_rounds = [r for r in rounds if r not in settled]
        if not open_rounds:
            break
        if clock() >= stop_at:
            return Exchanged(made, cut=True)
        r = int(open_rounds[rng.integers(len(open_rounds))])
        found = Arcs(state, r, hard_only=hard_only, returns=returns)
        cycle = negative_cycle(found, rng)
        if cycle is not None:
            settled.clear()
        while cycle is not None and made < steps:
            state.rotate(r, [int(found.people[i]) for i in cycle])
            made += 1
            found.reweigh(cycle)
            if clock() >= stop_at:
                return Exchanged(made, cut=True)
            cycle = negative_cycle(found, rng)
        if cycle is None:
            settled.add(r)
    return Exchanged(made, cut=False)


class Arcs:
    """Every arc of a round between movers with no pair to keep apart or together (a cycle
    would have to weigh those pairs too; the construction already placed them): the people,
    their tables, and ``cost[i, j]``, the change when ``people[i]`` takes the seat of
    ``people[j]`` (inf where that would seat them with someone met in another round, or,
    unless ``returns``, at a table seen before), kept exact from cycle to cycle by
    :meth:`reweigh`. With ``hard_only``, quotas but caps weigh nothing; ``returns`` (a table seen
    before allowed at its cost) is ``hard_only`` unless given.

    Who met whom in the other rounds does not change while only this round does: it is kept
    per mover, with its sum per table, and a cycle changes the sums of its own tables only."""

    def __init__(self, state: State, r: int, *, hard_only: bool = False, returns: bool | None = None) -> None:
        seats = state.seats[r]
        free = state.movable[r] & (seats >= 0)
        if state.has_pairs:
            free &= ~(state.pair_cost != 0).any(axis=1)
        self.people = np.flatnonzero(free)
        self.tables = seats[self.people].copy()
        self._state, self._round, self._hard_only = state, r, hard_only
        self._returns = hard_only if returns is None else returns
        self._weight = state.meeting_weight[self.people]
        self._others = state.meetings[self.people] - (self.tables[:, None] == seats[None, :]) * self._weight
        self._elsewhere = (self._others > 0).astype(float)
        onehot = state.onehot(r)
        self._weight_at, self._others_at, self._elsewhere_at = (
            self._weight @ onehot,
            self._others @ onehot,
            self._elsewhere @ onehot,
        )
        everyone = np.arange(len(self.people))
        self.cost = np.full((len(everyone), len(everyone)), np.inf)
        self._weigh(everyone, everyone)

    def reweigh(self, cycle: list[int]) -> None:
        """After ``cycle`` was made: the arcs of its people, who sit elsewhere, and the arcs to
        everyone at its tables, whose make-up changed. (An arc from someone else at those
        tables to another table weighs what is there and what it takes them from: the same.)"""
        state = self._state
        self.tables[cycle] = state.seats[self._round][self.people[cycle]]
        changed = self.tables[cycle]
        members = state.onehot(self._round)[:, changed]
        self._weight_at[:, changed] = self._weight @ members
        self._others_at[:, changed] = self._others @ members
        self._elsewhere_at[:, changed] = self._elsewhere @ members
        marked = np.zeros(state.tables, dtype=bool)
        marked[changed] = True
        everyone = np.arange(len(self.people))
        self._weigh(np.array(cycle), everyone)
        self._weigh(everyone, np.flatnonzero(marked[self.tables]))

    def _weigh(self, rows: Indexes, cols: Indexes) -> None:
        """The arcs from ``people[rows]`` to ``people[cols]``. Which are allowed is settled first,
        for the whole block at once; the costs are weighed for the allowed ones only (about
        one pair in twelve in the last rounds at 170 people and 21 tables)."""
        state, r = self._state, self._round
        own, at = self.tables[rows], self.tables[cols]
        blocked = self._elsewhere_at[rows][:, at] - self._elsewhere[np.ix_(rows, self.people[cols])] > 0
        blocked |= own[:, None] == at[None, :]
        if not self._returns:
            takers = self.people[rows]
            blocked |= (state.revisit_weight[takers][:, None] > 0) & (state.visits[np.ix_(takers, at)] > 0)
        self.cost[np.ix_(rows, cols)] = np.inf
        i, j = np.nonzero(~blocked)
        rows, cols = rows[i], cols[j]
        takers, seated = self.people[rows], self.people[cols]
        own, at = self.tables[rows], self.tables[cols]
        previous = state.previous[r][takers]
        arc = MEETING * (self._weight_at[rows, at] - self._weight[rows, seated])
        arc -= MEETING * (self._weight_at[cols, at] + 2 * self._others_at[cols, at])
        arc += REVISIT * state.revisit_weight[seated] * (1 - 2 * state.visits[seated, at])
        arc += REVISIT * state.revisit_weight[takers] * (2 * state.visits[takers, at] + 1)
        arc += MOVE * (previous >= 0) * ((at != previous) * 1.0 - (own != previous))
        arc += state.tally.replace_pairs(r, takers, seated, at, caps_only=self._hard_only)
        self.cost[rows, cols] = arc


def negative_cycle(found: Arcs, rng: np.random.Generator) -> list[int] | None:
    """The shortest cycle of negative cost at distinct tables (the most negative of that length,
    ties at random), as indexes into ``found.people``: each takes the next one's seat, the
    last the first's. None when no cycle of up to ``DEPTH`` people has a negative cost."""
    cost, tables = found.cost, found.tables
    first, second = np.nonzero(cost < -EPSILON)
    paths = np.stack([first, second], axis=1)
    total = cost[first, second]
    seen = np.zeros((len(paths), int(tables.max(initial=0)) + 1), dtype=bool)
    for step in range(2):
        seen[np.arange(len(paths)), tables[paths[:, step]]] = True
    while len(paths):
        closing = total + cost[paths[:, -1], paths[:, 0]]
        lowest = closing.min()
        if lowest < -EPSILON:
            best = np.flatnonzero(closing <= lowest + EPSILON)
            return paths[best[rng.integers(len(best))]].tolist()
        if paths.shape[1] == DEPTH:
            return None
        grown = total[:, None] + cost[paths[:, -1]]
        rows, cols = np.nonzero((grown < -EPSILON) & ~seen[:, tables])
        if len(rows) > PATHS:
            kept = np.argsort(grown[rows, cols], kind="stable")[:PATHS]
            rows, cols = rows[kept], cols[kept]
        paths = np.concatenate([paths[rows], cols[:, None]], axis=1)
        total = grown[rows, cols]
        seen = seen[rows]
        seen[np.arange(len(rows)), tables[cols]] = True
    return None
