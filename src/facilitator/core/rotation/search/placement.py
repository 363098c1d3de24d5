"""Who sits on which slot of the construction, and the weights the search's state starts from
(which pairs cost when they meet, and which must sit apart or together)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from facilitator.core.rotation.model import Constraints, Person
from facilitator.core.rotation.search.state import PAIR


def slotted_movers(
    people: Sequence[Person], constraints: Constraints, movers: list[int], paths: Sequence[Sequence[int]]
) -> list[int]:
    """The mover on each slot: capped kinds and keep-apart pairs first, each on slots that never
    share a table with the others of its group (one step class, in a prime room), then the
    others in order of their categories, so that step classes come out alike in gender first."""
    cells = [{(r, table) for r, table in enumerate(path)} for path in paths]
    placed: dict[int, int] = {}
    free = list(range(len(paths)))
    groups = [[person for person in movers if people[person].kind == kind] for kind in constraints.caps]
    groups += [
        sorted(person for person in pair if person in movers) for pair in sorted(map(sorted, constraints.keep_apart))
    ]
    for group in groups:
        taken = set().union(*(cells[placed[person]] for person in group if person in placed))
        waiting = [person for person in group if person not in placed]
        apart = _apart_slots(cells, free, taken, len(waiting))
        for person in waiting:
            slot = apart.pop(0) if apart else next((slot for slot in free if cells[slot].isdisjoint(taken)), free[0])
            free.remove(slot)
            placed[person] = slot
            taken |= cells[slot]
    rest = sorted(
        (person for person in movers if person not in placed),
        key=lambda person: (
            *(people[person].categories.get(a, "") for a in ("gender", "drawn", "age_band", "neighbourhood")),
            person,
        ),
    )
    placed.update(zip(rest, free, strict=True))
    return sorted(placed, key=placed.__getitem__)


APART_BUDGET = 100_000
"""Steps of the search for slots that never share a table: it finds twelve among the 115 slots
of 15 tables one short of GF(16) in about 0.02 s, and gives up on a group that cannot be kept
apart (twelve officials at ten tables) in about as long."""


def _apart_slots(
    cells: list[set[tuple[int, int]]], free: list[int], taken: set[tuple[int, int]], wanted: int
) -> list[int]:
    """``wanted`` free slots that share no (round, table) with ``taken`` nor with each other, by
    a bounded depth-first search, or [] if it finds none. Taking the first that fits, as many
    as there are, stalls when one step class is full: 8 of 12 officials on 15 tables one short
    of GF(16), where 15 such slots exist."""
    if not wanted:
        return []
    candidates = [slot for slot in free if cells[slot].isdisjoint(taken)]
    steps = 0

    def grow(start: int, chosen: list[int], used: set[tuple[int, int]]) -> list[int] | None:
        nonlocal steps
        if len(chosen) == wanted:
            return chosen
        for index in range(start, len(candidates)):
            steps += 1
            if steps > APART_BUDGET or len(chosen) + len(candidates) - index < wanted:
                return None
            slot = candidates[index]
            if cells[slot].isdisjoint(used):
                found = grow(index + 1, [*chosen, slot], used | cells[slot])
                if found is not None:
                    return found
        return None

    return grow(0, [], set()) or []


def meeting_weight(count: int, constraints: Constraints) -> np.ndarray:
    weight = np.ones((count, count))
    np.fill_diagonal(weight, 0)
    for pair in constraints.keep_together:
        first, second = sorted(pair)
        weight[first, second] = weight[second, first] = 0
    return weight


def pair_cost(count: int, constraints: Constraints) -> np.ndarray:
    cost = np.zeros((count, count))
    for pairs, sign in ((constraints.keep_apart, 1.0), (constraints.keep_together, -1.0)):
        for pair in pairs:
            first, second = sorted(pair)
            cost[first, second] = cost[second, first] = sign * PAIR
    return cost
