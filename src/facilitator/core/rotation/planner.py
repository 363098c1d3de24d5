"""``plan``: a rotation for the people present, built, then repaired by search, then measured.

Fresh plans start from the modular construction with people placed on its slots (capped kinds
and keep-apart pairs in one step class each, so that they never share a table; the others in
order of their categories, so that every class is alike and the tables with it). Re-plans start
from the previous plan: played rounds stay, the current round keeps its seats (late arrivals
join a table), departures leave, and the search moves as few people as it can.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from facilitator.core.rotation.bounds import Bound, bound
from facilitator.core.rotation.checker import Metrics, measure
from facilitator.core.rotation.construction import construct
from facilitator.core.rotation.model import Constraints, History, Person, Round, Schedule, Table
from facilitator.core.rotation.quotas import build_quotas
from facilitator.core.rotation.search import improve, trade_itineraries
from facilitator.core.rotation.seating import balance_sizes, largest_table, size_ranges
from facilitator.core.rotation.state import PAIR, State

STEP_BUDGET = 20_000


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
    """Plan ``rounds`` rounds after ``history``; ``deadline`` in seconds from the call."""
    started = clock()
    constraints = constraints or Constraints()
    history = history or History()
    here = [True] * len(people) if present is None else list(present)
    pins = {person: table for person, table in constraints.pinned(tables).items() if here[person]}
    rng = np.random.default_rng(seed)
    frozen = [np.array(_array(one_round), dtype=np.int64) for one_round in history.rounds]
    current, arrivals = _current(history, here)
    future, constructed = _future(people, tables, rounds, constraints, history, here, pins)
    planned = ([current] if current is not None else []) + future
    movable_rounds = []
    capacities = [table.capacity for table in tables]
    for offset, seats in enumerate(planned):
        movable = np.array([here[p] and p not in pins for p in range(len(people))])
        if offset == 0 and current is not None:
            movable &= arrivals
        ranges = size_ranges(int((seats >= 0).sum()), capacities)
        balance_sizes(seats, movable, ranges, rng, prefer=arrivals | _unplanned(history, len(people)))
        movable_rounds.append(movable)
    seats = np.array(frozen + planned, dtype=np.int64).reshape(len(frozen) + len(planned), len(people))
    movable = np.array([np.zeros(len(people), dtype=bool)] * len(frozen) + movable_rounds, dtype=bool)
    previous = np.full(seats.shape, -1, dtype=np.int64)
    first_future = len(frozen) + (current is not None)
    for index, one_round in enumerate(history.previous[: len(future)]):
        previous[first_future + index] = _array(one_round)
    state = State(
        seats,
        movable.reshape(seats.shape),
        len(tables),
        _meeting_weight(len(people), constraints),
        _pair_cost(len(people), constraints),
        np.array([float(constraints.avoid_revisits and person not in pins) for person in range(len(people))]),
        build_quotas(people, constraints, seats, len(tables)),
        previous,
    )
    fresh = list(range(len(frozen), seats.shape[0]))
    if not history.rounds and history.current is None and not history.previous:
        trade_itineraries(state, fresh, rng, stop_at=started + deadline / 2, clock=clock)
    outcome = improve(
        state,
        fresh,
        rng,
        stop_at=started + deadline,
        clock=clock,
        budget=STEP_BUDGET,
    )
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
        finished=outcome.finished,
        constructed=constructed,
        moved=len(moved),
    )


def _array(one_round: Round) -> list[int]:
    return [-1 if table is None else table for table in one_round]


def _unplanned(history: History, count: int) -> np.ndarray:
    """People the previous plan had no seat for (late arrivals): the first to take a free seat."""
    if not history.previous:
        return np.zeros(count, dtype=bool)
    return np.array([history.previous[0][person] is None for person in range(count)])


def _current(history: History, here: list[bool]) -> tuple[np.ndarray | None, np.ndarray]:
    """The round in progress: seats kept for who stays, −1 for who left; and who has just come."""
    if history.current is None:
        return None, np.zeros(len(here), dtype=bool)
    seats = np.array(_array(history.current), dtype=np.int64)
    seats[~np.array(here)] = -1
    arrivals = np.array(here) & (seats < 0)
    seats[arrivals] = 0
    return seats, arrivals


def _future(
    people: Sequence[Person],
    tables: Sequence[Table],
    rounds: int,
    constraints: Constraints,
    history: History,
    here: list[bool],
    pins: dict[int, int],
) -> tuple[list[np.ndarray], bool]:
    count = len(people)
    if rounds <= 0:
        return [], True
    if len(history.previous) >= rounds:
        future = []
        for one_round in history.previous[:rounds]:
            seats = np.array(_array(one_round), dtype=np.int64)
            seats[~np.array(here)] = -1
            seats[np.array(here) & (seats < 0)] = 0
            future.append(seats)
        return future, False
    movers = _ordered_movers(people, constraints, here, pins)
    built = construct(len(movers), len(tables), rounds)
    future = []
    for r in range(rounds):
        seats = np.full(count, -1, dtype=np.int64)
        for slot, person in enumerate(movers):
            seats[person] = built.seats[slot][r]
        for person, table in pins.items():
            seats[person] = table
        future.append(seats)
    return future, built.guaranteed and not pins_crowd(pins)


def pins_crowd(pins: dict[int, int]) -> bool:
    """Two pinned people at one table meet every round: the construction cannot help it."""
    return len(set(pins.values())) < len(pins)


def _ordered_movers(
    people: Sequence[Person], constraints: Constraints, here: list[bool], pins: dict[int, int]
) -> list[int]:
    """Movers in slot order: capped kinds, then keep-apart pairs, then by categories."""
    movers = [person for person in range(len(people)) if here[person] and person not in pins]
    first: list[int] = []
    for kind in constraints.caps:
        first.extend(person for person in movers if people[person].kind == kind and person not in first)
    for pair in sorted(sorted(pair) for pair in constraints.keep_apart):
        first.extend(person for person in pair if person in movers and person not in first)
    rest = sorted(
        (person for person in movers if person not in first),
        key=lambda person: (
            people[person].categories.get("gender", ""),
            people[person].categories.get("drawn", ""),
            people[person].categories.get("age_band", ""),
            people[person].categories.get("neighbourhood", ""),
            person,
        ),
    )
    return first + rest


def _meeting_weight(count: int, constraints: Constraints) -> np.ndarray:
    weight = np.ones((count, count))
    np.fill_diagonal(weight, 0)
    for pair in constraints.keep_together:
        first, second = sorted(pair)
        weight[first, second] = weight[second, first] = 0
    return weight


def _pair_cost(count: int, constraints: Constraints) -> np.ndarray:
    cost = np.zeros((count, count))
    for pairs, sign in ((constraints.keep_apart, 1.0), (constraints.keep_together, -1.0)):
        for pair in pairs:
            first, second = sorted(pair)
            cost[first, second] = cost[second, first] = sign * PAIR
    return cost
