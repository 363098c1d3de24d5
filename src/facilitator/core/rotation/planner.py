"""``plan``: a rotation for the people present, built, then repaired by search, then measured.

A large room with categories to balance and a light day (small tables, few rounds: see
:func:`sequential.loose` and :func:`sequential.loose_on_average`) is planned round
by round, which balances tables better. Other fresh plans, and a loose room whose rounds cannot
all be freed of repeats that way, start from the modular construction with people placed on its
slots (capped kinds and keep-apart pairs in one step class each, so that they never share a
table; the others in order of their categories, so that every class is alike and the tables
with it), balanced by trades and cycles that bring nobody together again (see
:func:`search.balance_fresh`); the tabu search runs only when something is left to repair
(after them its swaps gained nothing at 170 people at 17, 21 or 23 tables, a few tables' worth
at 110 at 16, and took 0.14 to 0.38 s).
Re-plans start from the previous plan: played rounds stay, the current round keeps its seats
(late arrivals join a table), departures leave, and the search moves as few people as it can
(see :func:`search.repair`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from facilitator.core.rotation.bounds import Bound, bound
from facilitator.core.rotation.checker import Metrics, measure
from facilitator.core.rotation.designs.known import known_schedule
from facilitator.core.rotation.designs.latin_squares import squared
from facilitator.core.rotation.designs.modular import Construction, construct
from facilitator.core.rotation.designs.truncated import one_table_short
from facilitator.core.rotation.model import Constraints, History, Person, Round, Schedule, Table
from facilitator.core.rotation.newcomers import seat_newcomers
from facilitator.core.rotation.replanning import array_of, carried_over, current_round, inheritors, unplanned
from facilitator.core.rotation.search.placement import meeting_weight, pair_cost, slotted_movers
from facilitator.core.rotation.search.quotas import WEIGHTS, build_quotas
from facilitator.core.rotation.search.round_by_round import (
    LARGE,
    MEAN_SMALL_LOAD,
    balanced_attributes,
    loose,
    loose_on_average,
    mean_load,
    plan_rounds,
)
from facilitator.core.rotation.search.state import State
from facilitator.core.rotation.search.tabu import Outcome, balance_fresh, improve, repair
from facilitator.core.rotation.seating import balance_sizes, largest_table, size_ranges
from facilitator.core.rotation.setup import check_size

STEP_BUDGET = 20_000
SEARCH_SHARE = 0.9
"""Of the deadline, what the search may use: the rest is for the checker and the answer."""
ROUNDS_SHARE = 0.8
"""Of the deadline, what rounds planned one by one may use: a plan that falls back on the
construction late keeps a tenth of the deadline for cycles to part the officials that its
classes could not keep apart (90 people at 15 tables for 7 rounds: 16 clashes with no time)."""
MEND_SHARE = 0.83
"""Of the deadline, till when a round planned one by one and left with a repeat may be mended
in the rounds before it (see :func:`sequential.plan_rounds`): the mends that succeed take a
hundredth of a second, and the construction that takes over when one fails needs the rest to
part its officials."""
EITHER_SHARE = 0.5
"""Of the deadline, the most a small room's construction may take for the room to be planned
round by round too (see :func:`plan`): the construction of such rooms takes 0.03 to 0.3 s, or
the whole second when the room cannot be freed of repeats. Only a laptop several times slower
would skip the second way, and give another plan for the same seed."""
TRADE_SHARE = 0.85
"""Of the deadline, what the balancing of a construction (trades and cycles: see
:func:`search.balance_fresh`) may use: their fixed numbers of steps take about half a second at
170 people on a slow 2-core laptop; the swaps, when something is left to repair, the rest."""


@dataclass(frozen=True)
class Plan:
    schedule: Schedule
    """Every round, played ones first."""
    first_planned: int
    """The first round this plan chose (earlier ones were given as history)."""
    metrics: Metrics
    bound: Bound
    seed: int
    seconds: float
    iterations: int
    finished: bool
    constructed: bool
    """The construction alone promised no repeated pair."""
    moved: int
    """People whose table changed in a round of the previous plan."""


def plan(
    people: Sequence[Person],
    tables: Sequence[Table],
    rounds: int,
    constraints: Constraints | None = None,
    *,
    history: History | None = None,
    present: Sequence[bool] | None = None,
    seed: int = 0,
    deadline: float = 1.0,
    clock: Callable[[], float] = time.perf_counter,
) -> Plan:
    """Plan ``rounds`` rounds after ``history``; ``deadline`` in seconds from the call.

    A first plan of a room under ``LARGE`` people that is light on its mean table is planned both
    ways when the construction leaves time (``EITHER_SHARE``), and the better plan is kept (see
    :func:`_flaws`): round by round balances most such rooms better, but not all (it alone put
    gender out of quota at some tables where the construction had none: 52 people at 8 tables
    for 3 rounds, 83 % against 100 %). Over 55 rooms of 36 to 79 people, 3 seeds each, the age
    band was then in quota at 91.9 % of the tables on average against 88.9 % for the
    construction alone without hosts, 89.3 % against 84.8 % with them, and gender never lower.

    A room beyond ``MAX_PEOPLE``, ``MAX_TABLE_SIZE`` or ``MAX_ROUNDS`` is refused
    (``RotationRefused``) before anything is planned."""
    check_size(len(people), [table.capacity for table in tables], rounds)
    started = clock()

    def one_way(way: bool | None, within: float) -> Plan:
        return _plan(
            people,
            tables,
            rounds,
            constraints,
            history=history,
            present=present,
            seed=seed,
            deadline=within,
            clock=clock,
            way=way,
        )

    built = one_way(None, deadline)
    left = deadline - (clock() - started)
    if not built.finished or left < (1 - EITHER_SHARE) * deadline:
        return built
    here, pins = _attending(people, tables, present, constraints or Constraints())
    if not (history or History()).empty or not _either_way(people, tables, rounds, here, pins):
        return built
    dealt = one_way(True, left)
    better = dealt if not dealt.constructed and _flaws(dealt) < _flaws(built) else built
    return replace(better, seconds=clock() - started)


def _plan(
    people: Sequence[Person],
    tables: Sequence[Table],
    rounds: int,
    constraints: Constraints | None,
    *,
    history: History | None,
    present: Sequence[bool] | None,
    seed: int,
    deadline: float,
    clock: Callable[[], float],
    way: bool | None,
) -> Plan:
    """One plan; a first plan round by round if ``way``, built on the construction if not
    ``way``, as :func:`_one_by_one` says if None."""
    started = clock()
    constraints = constraints or Constraints()
    history = history or History()
    here, pins = _attending(people, tables, present, constraints)
    if not any(here) or not tables:
        return _nobody(people, tables, rounds, constraints, history, seed)
    rng = np.random.default_rng(seed)
    frozen = [np.array(array_of(one_round), dtype=np.int64) for one_round in history.rounds]
    heirs = inheritors(history, here, set(constraints.pinned(tables)))
    current, arrivals = current_round(history, here, heirs)
    first_plan = history.empty
    one_by_one = first_plan and (_one_by_one(people, tables, rounds, here, pins) if way is None else way)
    if one_by_one:
        future, constructed = _pinned_only(len(people), rounds, pins), False
    else:
        future, constructed = _future(people, tables, rounds, constraints, history, here, pins, heirs)
    planned = ([current] if current is not None else []) + future
    movable_rounds = []
    capacities = [table.capacity for table in tables]
    newcomers = [p for p in np.flatnonzero(arrivals | unplanned(history, len(people))) if int(p) not in heirs]
    if newcomers and planned:
        seat_newcomers(planned, [int(p) for p in newcomers], frozen, people, constraints, capacities, pins)
    for offset, seats in enumerate(planned):
        movable = np.array([here[p] and p not in pins for p in range(len(people))])
        if offset == 0 and current is not None:
            movable &= arrivals
        if not one_by_one:
            ranges = size_ranges(int((seats >= 0).sum()), capacities)
            balance_sizes(seats, movable, ranges, rng, prefer=arrivals | unplanned(history, len(people)))
        movable_rounds.append(movable)
    seats = np.array(frozen + planned, dtype=np.int64).reshape(len(frozen) + len(planned), len(people))
    movable = np.array([np.zeros(len(people), dtype=bool)] * len(frozen) + movable_rounds, dtype=bool)
    previous = np.full(seats.shape, -1, dtype=np.int64)
    first_future = len(frozen) + (current is not None)
    for index, one_round in enumerate(history.previous[: len(future)]):
        previous[first_future + index] = array_of(one_round)
    kept = previous.copy()
    for heir, left in heirs.items():
        kept[first_future:, heir] = previous[first_future:, left]
    state = State(
        seats,
        movable.reshape(seats.shape),
        len(tables),
        meeting_weight(len(people), constraints),
        pair_cost(len(people), constraints),
        np.array([float(constraints.avoid_revisits and person not in pins) for person in range(len(people))]),
        build_quotas(people, constraints, seats, len(tables)),
        kept,
    )
    fresh = list(range(len(frozen), seats.shape[0]))
    outcome = None
    if one_by_one:
        outcome = plan_rounds(
            state,
            people,
            constraints,
            fresh,
            size_ranges(sum(here), capacities),
            rng,
            stop_at=started + ROUNDS_SHARE * deadline,
            mend_until=started + MEND_SHARE * deadline,
            clock=clock,
        )
        if outcome is None:
            future, constructed = _future(people, tables, rounds, constraints, history, here, pins, heirs)
            _settle(state, people, constraints, future, capacities, rng)
    balancing_cut = False
    if outcome is None and first_plan:
        stop_at, repair_until = started + TRADE_SHARE * deadline, started + SEARCH_SHARE * deadline
        balancing_cut = balance_fresh(state, fresh, rng, stop_at=stop_at, repair_until=repair_until, clock=clock)
        if state.hard_cost() == 0 and state.revisits() == 0:
            outcome = Outcome(iterations=0, finished=True)
    if outcome is None:
        search = improve if first_plan else repair
        outcome = search(state, fresh, rng, stop_at=started + SEARCH_SHARE * deadline, clock=clock, budget=STEP_BUDGET)
    final = tuple(tuple(int(t) if t >= 0 else None for t in row) for row in state.seats)
    moved = {
        person
        for r in range(first_future, seats.shape[0])
        for person in range(len(people))
        if previous[r, person] >= 0 and state.seats[r, person] >= 0 and previous[r, person] != state.seats[r, person]
    }
    largest = largest_table(sum(here), capacities)
    return Plan(
        schedule=Schedule(final),
        first_planned=len(frozen),
        metrics=measure(final, people, tables, constraints, scored_from=len(frozen)),
        bound=bound(sum(here), largest, len(tables)),
        seed=seed,
        seconds=clock() - started,
        iterations=outcome.iterations,
        finished=outcome.finished and not balancing_cut,
        constructed=constructed,
        moved=len(moved),
    )


def _nobody(
    people: Sequence[Person],
    tables: Sequence[Table],
    rounds: int,
    constraints: Constraints,
    history: History,
    seed: int,
) -> Plan:
    """An empty room (or no table): the rounds asked for, with nobody seated."""
    empty: Round = (None,) * len(people)
    played = (*history.rounds, *((history.current,) if history.current is not None else ()))
    schedule = (*played, *((empty,) * rounds))
    return Plan(
        schedule=Schedule(schedule),
        first_planned=len(history.rounds),
        metrics=measure(schedule, people, tables, constraints, scored_from=len(history.rounds)),
        bound=bound(0, 1, len(tables)),
        seed=seed,
        seconds=0.0,
        iterations=0,
        finished=True,
        constructed=True,
        moved=0,
    )


def _future(
    people: Sequence[Person],
    tables: Sequence[Table],
    rounds: int,
    constraints: Constraints,
    history: History,
    here: list[bool],
    pins: dict[int, int],
    heirs: dict[int, int],
) -> tuple[list[np.ndarray], bool]:
    count = len(people)
    if rounds <= 0:
        return [], True
    if len(history.previous) >= rounds:
        return [carried_over(one_round, here, heirs) for one_round in history.previous[:rounds]], False
    movers = _movers(here, pins)
    built = construct(len(movers), len(tables), rounds)
    if not built.guaranteed and not pins:
        built = _stored(len(movers), tables, rounds) or built
    if not built.guaranteed and not pins_crowd(pins):
        built = squared(len(movers), len(tables), rounds) or one_table_short(len(movers), len(tables), rounds) or built
    movers = slotted_movers(people, constraints, movers, built.seats)
    future = _pinned_only(count, rounds, pins)
    for r, seats in enumerate(future):
        for slot, person in enumerate(movers):
            seats[person] = built.seats[slot][r]
    return future, built.guaranteed and not pins_crowd(pins)


def _attending(
    people: Sequence[Person], tables: Sequence[Table], present: Sequence[bool] | None, constraints: Constraints
) -> tuple[list[bool], dict[int, int]]:
    """Who is here, and who of them never moves: person → table."""
    here = [True] * len(people) if present is None else list(present)
    return here, {person: table for person, table in constraints.pinned(tables).items() if here[person]}


def _one_by_one(
    people: Sequence[Person], tables: Sequence[Table], rounds: int, here: list[bool], pins: dict[int, int]
) -> bool:
    """Whether a first plan is planned round by round (see :mod:`sequential`): a loose room that
    could be (see :func:`_could_go_one_by_one`)."""
    movers = _movers(here, pins)
    largest = largest_table(sum(here), [table.capacity for table in tables])
    hosted = len(pins) == len(tables)
    return _could_go_one_by_one(people, rounds, movers, pins) and (
        loose(sum(here), len(movers), largest - hosted, rounds)
        or loose_on_average(sum(here), len(movers), len(tables), rounds, hosted)
    )


def _either_way(
    people: Sequence[Person], tables: Sequence[Table], rounds: int, here: list[bool], pins: dict[int, int]
) -> bool:
    """Whether a first plan that was built on the construction may be planned round by round
    too: a room under ``LARGE`` people, light on its mean table (``MEAN_SMALL_LOAD``), that
    could be (see :func:`_could_go_one_by_one`)."""
    movers = _movers(here, pins)
    load = mean_load(sum(here), len(movers), len(tables), rounds, len(pins) == len(tables))
    return _could_go_one_by_one(people, rounds, movers, pins) and sum(here) < LARGE and load <= MEAN_SMALL_LOAD


def _movers(here: list[bool], pins: dict[int, int]) -> list[int]:
    return [person for person in range(len(here)) if here[person] and person not in pins]


def _could_go_one_by_one(people: Sequence[Person], rounds: int, movers: list[int], pins: dict[int, int]) -> bool:
    """Rounds to plan, categories to balance among the movers, and pinned people who never
    share a table (the rounds are dealt around them)."""
    return rounds > 0 and not pins_crowd(pins) and balanced_attributes(people, movers)


def _flaws(result: Plan) -> tuple[int, float, float]:
    """What makes a plan worse: first what must be zero, then the tables out of the gender quota
    (its goal is all of them), then those out of the others' weighed like the quotas. Weighed
    in one sum with the others, a gender cell went for better neighbourhoods (48 people at 8
    hosted tables for 4 rounds: gender in quota at 93.8 % of the tables against 100 %)."""
    metrics = result.metrics
    hard = metrics.repeated_pairs + metrics.revisits + metrics.hard_violations + metrics.uneven_rounds
    balance = dict(metrics.balance)
    gender = round(1 - balance.pop("gender", 1.0), 9)
    return hard, gender, sum(WEIGHTS[attribute] * (1 - share) for attribute, share in balance.items())


def _pinned_only(count: int, rounds: int, pins: dict[int, int]) -> list[np.ndarray]:
    """Rounds with only the pinned people seated, for the movers to be put in."""
    future = []
    for _ in range(rounds):
        seats = np.full(count, -1, dtype=np.int64)
        for person, table in pins.items():
            seats[person] = table
        future.append(seats)
    return future


def _settle(
    state: State,
    people: Sequence[Person],
    constraints: Constraints,
    future: list[np.ndarray],
    capacities: list[int],
    rng: np.random.Generator,
) -> None:
    """Put the construction's rounds in place of a first plan that could not be planned round by
    round (its quotas follow the new table sizes)."""
    for r, seats in enumerate(future):
        balance_sizes(seats, state.movable[r], size_ranges(int((seats >= 0).sum()), capacities), rng)
        state.seats[r] = seats
    state.quotas = build_quotas(people, constraints, state.seats, state.tables)
    state.rebuild()


def _stored(count: int, tables: Sequence[Table], rounds: int) -> Construction | None:
    """A design's schedule (8 tables of 4 for 10 rounds, 10 of 4 for up to 13…) when the room
    has exactly its shape: taken when the modular construction cannot promise no repeat."""
    sizes = {table.capacity for table in tables}
    if len(sizes) != 1 or count != len(tables) * next(iter(sizes)):
        return None
    stored = known_schedule(len(tables), next(iter(sizes)), rounds)
    if stored is None:
        return None
    seats = tuple(tuple(int(one_round[slot]) for one_round in stored) for slot in range(count))  # type: ignore[arg-type]
    return Construction(seats=seats, classes=(range(count),), guaranteed=True)


def pins_crowd(pins: dict[int, int]) -> bool:
    """Two pinned people at one table meet every round: the construction cannot help it."""
    return len(set(pins.values())) < len(pins)
