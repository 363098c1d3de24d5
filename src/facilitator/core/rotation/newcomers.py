"""Late arrivals seated without moving anyone: round by round, at a table with room where they
meet nobody twice (depth first, emptiest tables first). A newcomer with no such path takes the
emptiest tables and is left to the search."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from facilitator.core.rotation.model import Constraints, Person
from facilitator.core.rotation.seating import size_ranges

NEWCOMER_NODES = 20_000
"""Tables tried per newcomer before leaving them to the search."""


def seat_newcomers(
    planned: list[np.ndarray],
    newcomers: list[int],
    frozen: list[np.ndarray],
    people: Sequence[Person],
    constraints: Constraints,
    capacities: list[int],
) -> None:
    """Seat each of ``newcomers`` in every planned round; everybody else keeps their seats."""
    for person in newcomers:
        for seats in planned:
            seats[person] = -1
    for person in newcomers:
        met = {int(other) for seats in frozen if seats[person] >= 0 for other in np.flatnonzero(seats == seats[person])}
        met.discard(person)
        apart = {other for pair in constraints.keep_apart if person in pair for other in pair if other != person}
        cap = constraints.caps.get(people[person].kind)
        budget = [NEWCOMER_NODES]
        path = _newcomer_path(planned, 0, met | apart, person, people, cap, capacities, budget)
        for seats, table in zip(planned, path or _emptiest(planned, capacities), strict=True):
            seats[person] = table


def _newcomer_path(
    planned: list[np.ndarray],
    r: int,
    avoid: set[int],
    person: int,
    people: Sequence[Person],
    cap: int | None,
    capacities: list[int],
    budget: list[int],
) -> list[int] | None:
    if r == len(planned):
        return []
    seats = planned[r]
    high = [top for _, top in size_ranges(int((seats >= 0).sum()) + 1, capacities)]
    sizes = np.bincount(seats[seats >= 0], minlength=len(capacities))
    for table in sorted(range(len(capacities)), key=lambda t: (sizes[t], t)):
        budget[0] -= 1
        if budget[0] < 0:
            return None
        if sizes[table] >= high[table]:
            continue
        mates = {int(other) for other in np.flatnonzero(seats == table)}
        if mates & avoid:
            continue
        if cap is not None and sum(people[other].kind == people[person].kind for other in mates) >= cap:
            continue
        rest = _newcomer_path(planned, r + 1, avoid | mates, person, people, cap, capacities, budget)
        if rest is not None:
            return [table, *rest]
    return None


def _emptiest(planned: list[np.ndarray], capacities: list[int]) -> list[int]:
    return [int(np.argmin(np.bincount(seats[seats >= 0], minlength=len(capacities)))) for seats in planned]
