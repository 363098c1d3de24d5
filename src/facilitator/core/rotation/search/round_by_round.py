"""Round by round: each round dealt like a deck sorted by category, then searched, the earlier
rounds fixed, before the next is dealt.

The modular construction promises no repeated pair, but its step classes are rigid: people of a
class sit one per table every round, so a category a class holds unevenly is uneven at the
tables, and a swap that would even it out almost always brings two people together again. When
the day is light enough for the room (see ``LOAD`` and ``MEAN_LOAD``),
there is room to plan the other way round: every round starts balanced, and the search keeps
it free of repeats. The planner uses the construction otherwise, or when a round's repeats
can be parted neither in it nor in the rounds before (see :func:`plan_rounds`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from facilitator.core.rotation.model import ATTRIBUTES, Constraints, Person, quota
from facilitator.core.rotation.search.cycles import exchange
from facilitator.core.rotation.search.quotas import build_quotas
from facilitator.core.rotation.search.state import MEETING, REVISIT, State
from facilitator.core.rotation.search.tabu import Outcome, improve

LOAD = 2.0
"""The most meeting load, rounds × (most movers at a table − 1)² / (movers − 1), for the rounds
to be planned one by one (hosts meet nobody twice: nobody comes back to a table). The square
is how much harder a bigger table makes the last rounds: a swap must keep a person clear of
everyone met at the table they go to. Measured at 1 s, one plan at a time, before cycles
mended rounds: 158 rooms of 85 to 200 people (tables of 6 to 10, 3 to 8 rounds, two seeds)
up to 2.0 were all planned one by one, with no repeat or revisit and gender in quota at every
table in 157; between 2.0 and 2.6, 7 rooms of 18 could not free a round of repeats, and the
construction started that late did worse than on its own (130 people at tables of 7 for 8
rounds: age band 32 % against 68 %). With the cycles, rooms up to 2.7 are often freed of
repeats round by round but not reliably (90 people at tables of 6 for 7 rounds, load 1.97:
5 seeds of 8 fell back)."""
CROWDED = 120
"""From this many people present, the most meeting load is ``CROWDED_LOAD``: the last rounds
have more people to choose from. With rounds dealt near their quotas and a last round's
repeats mended in the rounds before (see :func:`plan_rounds`), all 24 rooms of 120 to 200
people with loads from 2.0 to 2.47 tried (3 seeds each, tables of 5 to 10, 4 to 8 rounds,
some with hosts) were planned one by one, the age band in quota as often as with the
construction or more (140 people at 16 hosted tables for 6 rounds: 78 % of the tables
against 44 % at worst; 170 at tables of 9 for 6 rounds: 87 % against 54 %), gender at 98 %
of the tables or more. Under 120 people, 3 rooms of 10 with loads from 2.35 to 2.45 fell
back (104 people at 13 tables for 5 rounds), and above 2.47 most rooms did (120 at 15
tables for 6 rounds, load 2.47; 194 at 22 tables for 8 rounds, 2.65)."""
CROWDED_LOAD = 2.4
MEAN_LOAD = 2.25
"""The most meeting load measured on the mean table instead, rounds × (present / tables − 1 −
hosted)² / (movers − 1), from ``CROWDED`` people (``MEAN_SMALL_LOAD`` under them): a room
passes on either. The largest table overstates the load when few tables are that large (170
people at 21 tables: one of 9, twenty of 8). Most of all with a host at every table, where the
construction balances worst: the hosts are a class that never moves, their categories set table
by table, and no moving class can make up for them round after round (170 people at 21 hosted
tables for 8 rounds: age band in quota at 79 % of the tables, 100 at 14 for 6 rounds: 51 %).
Planned one by one, 3 seeds each, 5 to 8 rounds: of 22 hosted rooms of 120 to 200 people at
1.95 to 2.29, one plan fell back, at 2.28 (130 people at 17 tables for 8 rounds); the others
had the age band in quota at 75 to 97 % of the tables, against 43 to 92 % with the construction
(170 at 21 hosted tables: 92 to 93 %; 170 at 18 for 6 rounds, 2.20: 89 to 93 %, against 63 %).
None of 21 rooms without hosts at 1.85 to 2.24 fell back (150 people at 18 tables for 6 rounds:
87 to 94 %, against 65 %; 190 at 23 for 8: 93 to 94 %, against 78 %). Above, rooms fell back
more and more (130 at 16 tables for 6 rounds, 2.36: 2 seeds of 3; 160 at 16 hosted tables for 6
rounds, 2.69: 2 of 3), too late for the construction to balance (about 35 %): the limit sits
below the first room that fell back."""
MEAN_SMALL_LOAD = 2.0
"""The same under ``CROWDED`` people. Of 25 hosted rooms of 80 to 119 people at loads up to
2.0, two fell back (80 people at 13 tables for 7 rounds, 1.83: 2 seeds of 3; 80 at 12 for 6,
1.95: 1 of 3), where the construction taking over balanced about as well as on its own (age
band 54 to 58 % against 58 %, 35 % against 33 %: a small room's construction is quick to
balance); the others gained (85 people at 12 tables for 5 rounds: 80 to 85 % against 55 %;
90 at 12 for 5, 1.96: 68 to 80 % against 37 %). Of 12 rooms without hosts at 1.79 to 1.99,
two fell back in one seed of 3, at 85 people (15 tables for 7 rounds, 1.81: 58 % against 59
to 65 % for the construction alone; 14 tables for 6 rounds: 73 % against 70 to 83 %); the
others gained (100 people at 15 tables for 6 rounds: 86 to 92 % against 67 to 78 %). From
2.04, rooms fell back often (80 at 11 hosted tables for 5 rounds: 3 seeds of 3; 95 at 13
tables for 5 rounds, 2.12: 1 of 3)."""
LARGE = 80
"""The fewest people present for rounds planned one by one straight away: a small round has too
few people to choose from. Under 80, the load above lets through little more than 24 people at
tables of 4 for 3 rounds, where the construction kept gender in quota better (97 % of tables
against 89 % over two seeds). A smaller room light on its mean table is planned on the
construction and round by round, and the better plan kept (see :func:`planner.plan`)."""
ROUND_STEPS = 640
"""The most swaps a round may take to be freed of what its cycles left (see
:func:`_search_round`): past them, cycles again, then the mend over the rounds before, and the
construction if those fail too, while there is time left and at the same step on any laptop. In
36 plans of 80 to 200 people at loads up to 2.7 (measured when the swaps balanced the round
too), every round freed of repeats by swaps took at most 460. The rounds that ran out of 1 240
swaps ended the same with 640: freed by the cycles after them (100 people at 17 tables for 8
rounds), or not (81 at 12 for 6)."""


def loose(present: int, movers: int, most_at_table: int, rounds: int) -> bool:
    """Whether the room is large and its movers' meeting load at most ``LOAD`` (``CROWDED_LOAD``
    from ``CROWDED`` people). With a host at every table the load is lighter than the sizes
    say: 140 people at 20 tables for 8 rounds, 120 of them moving 6 to a table, were planned
    one by one with the age band in quota at 92 % of the tables at worst (3 seeds), against
    89 % for the construction; 120 at 18 tables, 85 % against 69 %; none of the 13 rooms of
    100 to 200 people with hosts that this lets through fell back on the construction (3 seeds
    each)."""
    limit = CROWDED_LOAD if present >= CROWDED else LOAD
    return present >= LARGE and rounds * (most_at_table - 1) ** 2 <= limit * (movers - 1)


def loose_on_average(present: int, movers: int, tables: int, rounds: int, hosted: bool) -> bool:
    """Whether the room is large and its load on the mean table at most ``MEAN_LOAD``
    (``MEAN_SMALL_LOAD`` under ``CROWDED`` people), when :func:`loose` finds its largest table
    too heavy; ``hosted``: a host at every table, who stays."""
    limit = MEAN_LOAD if present >= CROWDED else MEAN_SMALL_LOAD
    return present >= LARGE and mean_load(present, movers, tables, rounds, hosted) <= limit


def mean_load(present: int, movers: int, tables: int, rounds: int, hosted: bool) -> float:
    """rounds × (others at the mean table)² / (movers − 1), the others being all but the mover
    and, with a host at every table, the host."""
    return rounds * (present / tables - 1 - hosted) ** 2 / max(1, movers - 1)


def balanced_attributes(people: Sequence[Person], movers: Sequence[int]) -> bool:
    """Whether any attribute varies among the movers: otherwise only repeats matter, which the
    construction settles better."""
    return any(len({people[p].categories.get(attribute, "") for p in movers}) > 1 for attribute in ATTRIBUTES)


def plan_rounds(
    state: State,
    people: Sequence[Person],
    constraints: Constraints,
    rounds: Sequence[int],
    ranges: Sequence[tuple[int, int]],
    rng: np.random.Generator,
    *,
    stop_at: float,
    mend_until: float,
    clock: Callable[[], float],
) -> Outcome | None:
    """Deal and search ``rounds`` one at a time; ``state`` holds only the pinned people in them.

    A round left with a hard conflict (a repeat, most often) is mended in every round dealt so
    far, until ``mend_until`` (see :func:`_mend`); None if that fails too: the caller plans
    another way. Otherwise the state is the plan, finished if no round was cut by the deadline.
    Each round balances for its share of the time left at most, so that on a slow laptop the
    last rounds still have time to be freed of repeats (170 people at 25 tables for 8 rounds
    take 1 to 1.3 s on a slow 2-core machine; cut at 1 s, a last round left with a repeat
    handed the plan to a construction with no time left to balance it)."""
    order = _deck(people, constraints, rounds, state)
    iterations = 0
    finished = True
    state.revisits_hard = True
    dealing = 0.0
    try:
        for index, r in enumerate(rounds):
            began = clock()
            _deal(state, r, order, ranges, rng)
            state.quotas = build_quotas(people, constraints, state.seats, state.tables)
            state.rebuild()
            now = clock()
            dealing = max(dealing, now - began)
            # The rounds still to come take time to deal and count whatever the search does (a
            # large room's most of all): that time is left to them.
            later = (len(rounds) - index - 1) * dealing
            stop = max(now, stop_at - later)
            outcome = _search_round(state, r, rng, stop, now + (stop - now) / (len(rounds) - index), clock)
            mend_stop = max(now, mend_until - later)
            if state.hard_cost() > 0 and not _mend(state, rounds[: index + 1], rng, mend_stop, clock):
                return None
            iterations += outcome.iterations
            finished &= outcome.finished
    finally:
        state.revisits_hard = False
    return Outcome(iterations=iterations, finished=finished)


def _search_round(
    state: State, r: int, rng: np.random.Generator, stop_at: float, balance_until: float, clock: Callable[[], float]
) -> Outcome:
    """Cycles; then, if a repeat or a clash is left, swaps that part it and cycles again. The
    cycles alone balance the round: they mend most of a dealt round's repeats in a few
    hundredths of a second (90 people at tables of 6, last of 7 rounds: 28 hard conflicts to
    none), and the swaps that used to balance after them made the later rounds worse. At 170
    people at 21 hosted tables for 8 rounds, without them the age band was in quota at 92 to
    93 % of the tables (3 seeds) instead of 88 to 90 %, in 0.35 s instead of 0.6; over 30
    rooms of 90 to 190 people already planned this way, the figures stayed the same. The first
    cycles stop at the round's share of the time (``balance_until``): on a slow laptop they
    took the last round's time (170 people at 21 hosted tables: the eighth round was left
    0.02 s and handed its 27 repeats to the construction)."""
    dealt = exchange(state, [r], rng, stop_at=balance_until, clock=clock)
    if state.hard_cost() == 0:
        return Outcome(iterations=0, finished=not dealt.cut)
    outcome = improve(state, [r], rng, stop_at=stop_at, clock=clock, budget=ROUND_STEPS, balance=False)
    repaired = exchange(state, [r], rng, stop_at=stop_at, clock=clock)
    return Outcome(outcome.iterations, outcome.finished and not dealt.cut and not repaired.cut)


def _mend(
    state: State, dealt: Sequence[int], rng: np.random.Generator, stop_at: float, clock: Callable[[], float]
) -> bool:
    """Part what the last round dealt could not, in any round dealt so far, with cycles that
    weigh hard conflicts only: a repeat left in the last round is often parted by moving one of
    the two in an earlier round. 90 people at 15 tables for 7 rounds: the seventh round was
    left with 1 to 5 conflicts in 6 seeds; the cycles mended 4 in at most 0.016 s (the age band
    then in quota at 76 to 85 % of the tables), where the construction taking over had 0.1 s
    to balance (35 % at best). Swaps after them mended no more in 0.03 s, and took the
    construction's time to part its officials. Returns whether nothing hard is left."""
    exchange(state, dealt, rng, stop_at=stop_at, clock=clock, hard_only=True)
    return state.hard_cost() == 0


def _deck(people: Sequence[Person], constraints: Constraints, rounds: Sequence[int], state: State) -> list[int]:
    """The movers in order of kind and categories: dealt in runs of one per table, capped kinds
    come out one per table and every category near its share everywhere."""
    movers = np.flatnonzero(state.movable[list(rounds)].all(axis=0))
    return sorted(
        (int(person) for person in movers),
        key=lambda person: (
            people[person].kind not in constraints.caps,
            people[person].kind,
            *(people[person].categories.get(a, "") for a in ("gender", "age_band", "drawn", "neighbourhood")),
            person,
        ),
    )


def _deal(state: State, r: int, order: list[int], ranges: Sequence[tuple[int, int]], rng: np.random.Generator) -> None:
    """Deal round r: each run of as many movers as there are tables with room goes one per
    table, each to the table where they would meet fewest people already met and which they
    have not sat at yet, then where their categories have not reached the table's ceiling
    (⌈size·share⌉, weighted like the quotas), the earliest, cheapest pairs first, ties at
    random. Dealt on meetings alone, runs that mix categories stacked them at a few tables: the
    cycles after spent the round's time evening them out (170 people at 21 hosted tables: the
    first round's quota deviation 330 instead of 171, six cycles more)."""
    seats = state.seats[r]
    sizes = np.bincount(seats[seats >= 0], minlength=state.tables)
    high = np.array([high for _, high in ranges])
    onehot = state.onehot(r)
    balanced = [one for one in state.quotas if not one.cap]
    present = seats >= 0
    present[order] = True
    ceilings = [_ceilings(one.category, present, high) for one in balanced]
    counts = [np.zeros(ceiling.shape) for ceiling in ceilings]
    for one, count in zip(balanced, counts, strict=True):
        np.add.at(count, (seats[seats >= 0], one.category[seats >= 0]), 1)
    start = 0
    while start < len(order):
        room = np.flatnonzero(sizes < high)
        run = order[start : start + len(room)]
        start += len(run)
        cost = MEETING * (state.meetings[run] @ onehot)[:, room] + REVISIT * state.visits[run][:, room]
        for one, ceiling, count in zip(balanced, ceilings, counts, strict=True):
            mine = one.category[run]
            cost += one.weight * (count[room][:, mine].T >= ceiling[room][:, mine].T)
        cost += rng.random(cost.shape) * 1e-3
        for i, j in enumerate(_assign(cost)):
            person, table = run[i], int(room[j])
            seats[person] = table
            sizes[table] += 1
            onehot[person, table] = 1.0
            for one, count in zip(balanced, counts, strict=True):
                count[table, one.category[person]] += 1


def _ceilings(category: np.ndarray, present: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Per table (of the size it is filled to) and category, the most its quota allows."""
    counts = np.bincount(category[present], minlength=int(category.max()) + 1)
    shares = counts / max(1, int(present.sum()))
    return np.array([[quota(int(size), float(share))[1] for share in shares] for size in sizes], dtype=float)


def _assign(cost: np.ndarray) -> list[int]:
    """Rows to distinct columns, cheapest pairs first, then improved by exchanging two rows'
    columns while that lowers the total (the last rows of a greedy pass take what is left)."""
    left = cost.copy()
    chosen = [0] * cost.shape[0]
    for _ in range(cost.shape[0]):
        i, j = np.unravel_index(int(np.argmin(left)), left.shape)
        chosen[int(i)] = int(j)
        left[i, :] = np.inf
        left[:, j] = np.inf
    columns = np.array(chosen)
    rows = np.arange(len(columns))
    while True:
        own = cost[rows, columns]
        gain = own[:, None] + own[None, :] - cost[:, columns] - cost[:, columns].T
        i, k = np.unravel_index(int(np.argmax(gain)), gain.shape)
        if gain[i, k] <= 1e-9:
            return columns.tolist()
        columns[[i, k]] = columns[[k, i]]
