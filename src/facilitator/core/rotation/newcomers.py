"""Late arrivals seated without moving anyone: round by round, at a table with room where they
meet nobody twice and, in a world café, that they have not sat at (depth first, emptiest tables
first). A newcomer who stays at one table (a host, reduced mobility) sits there every round; one
with no such path takes the emptiest tables not yet visited and is left to the search."""

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
    pins: dict[int, int],
) -> None:
    """Seat each of ``newcomers`` in every planned round; everybody else keeps their seats."""
    for person in newcomers:
        for seats in planned:
            seats[person] = pins.get(person, -1)
    for person in newcomers:
        if person in pins:
            continue
        met = {int(other) for seats in frozen if seats[person] >= 0 for other in np.flatnonzero(seats == seats[person])}
        met.discard(person)
        apart = {other for pair in constraints.keep_apart if person in pair for other in pair if other != person}
        visited = {int(seats[person]) for seats in frozen if seats[person] >= 0} if constraints.avoid_revisits else None
        search = _Search(planned, person, people, constraints.caps.get(people[person].kind), capacities, visited)
        path = search.path(0, met | apart, visited or set())
        for seats, table in zip(planned, path or search.emptiest(), strict=True):
            seats[person] = table


class _Search:
    """The depth-first search of one newcomer's tables, round by round."""

    def __init__(
        self,
        planned: list[np.ndarray],
        person: int,
        people: Sequence[Person],
        cap: int | None,
        capacities: list[int],
        visited: set[int] | None,
    ) -> None:
        self.planned = planned
        self.person = person
        self.people = people
        self.cap = cap
        self.capacities = capacities
        self.revisits_matter = visited is not None
        self.budget = NEWCOMER_NODES

    def path(self, r: int, avoid: set[int], visited: set[int]) -> list[int] | None:
        if r == len(self.planned):
            return []
        seats = self.planned[r]
        high = [top for _, top in size_ranges(int((seats >= 0).sum()) + 1, self.capacities)]
        sizes = np.bincount(seats[seats >= 0], minlength=len(self.capacities))
        for table in sorted(range(len(self.capacities)), key=lambda t: (sizes[t], t)):
            self.budget -= 1
            if self.budget < 0:
                return None
            if sizes[table] >= high[table] or (self.revisits_matter and table in visited):
                continue
            mates = {int(other) for other in np.flatnonzero(seats == table)}
            if mates & avoid or not self._room_for_kind(mates):
                continue
            rest = self.path(r + 1, avoid | mates, visited | {table})
            if rest is not None:
                return [table, *rest]
        return None

    def _room_for_kind(self, mates: set[int]) -> bool:
        if self.cap is None:
            return True
        kind = self.people[self.person].kind
        return sum(self.people[other].kind == kind for other in mates) < self.cap

    def emptiest(self) -> list[int]:
        """Round by round, the emptiest table not sat at yet (any table once all were)."""
        chosen: list[int] = []
        for seats in self.planned:
            sizes = np.bincount(seats[seats >= 0], minlength=len(self.capacities))
            fresh = [t for t in range(len(self.capacities)) if t not in chosen] or list(range(len(self.capacities)))
            chosen.append(min(fresh, key=lambda t: (sizes[t], t)))
        return chosen
