"""Rooms at tables of 3 for v/2 − 1 rounds (18 people at 6 tables for 8 rounds…): a nearly
Kirkman triple system, found as one that a cyclic group of shifts leaves unchanged.

Tables of three for v = 6t people meet each person's v − 1 others at most (v − 2)/2 times, so
v/2 − 1 rounds is the most there can be; a design reaching it (NKTS(v), known to exist for
v ≡ 0 mod 6, v ≥ 18) leaves one pair per person unmet. Local search stalls one or two repeated
pairs short of it (6-3-8 is famous for that). Searching only for a schedule that shifting the
people round a cycle maps onto itself shrinks the problem to choosing one or two *base* rounds:
the group's images of a base round are the other rounds, and the schedule repeats no pair
exactly when the base rounds use each orbit of pairs once. The pairs a shift maps to
themselves in fewer steps (short orbits) are the unmet ones.

Shapes: for v = 18, four levels of Z₄ plus two fixed people and two base rounds (with one base
round and Z₈ there is none: checked to the end); for v = 24, 30, 36, two levels of Z_n, n =
v/2 − 1, plus two fixed people. A branch-and-bound on the most constrained (round, person)
finds them in 10 to 200 ms, in a fixed order (the same schedule every time).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

Triple = tuple[int, int, int]
Permutation = list[int]

SIZES = (18, 24, 30, 36)
"""The room sizes offered: larger ones take the search seconds (see the module's docstring)."""


@dataclass(frozen=True)
class _Shape:
    cycle: int
    levels: int
    base_rounds: int
    unmet: tuple[tuple[int, int], ...]
    """Pairs of full orbits that must stay unmet too (they complete the one-pair-per-person rest)."""


def triple_rounds(table_count: int, size: int, rounds: int) -> tuple[tuple[Triple, ...], ...] | None:
    """``rounds`` rounds of tables of 3 with no pair twice, or None for another shape."""
    people = table_count * size
    if size != 3 or people not in SIZES or rounds > people // 2 - 1:
        return None
    return _design(people)[:rounds]


@cache
def _design(people: int) -> tuple[tuple[Triple, ...], ...]:
    shape = _shape(people)
    group = _shifts(shape.cycle, shape.levels, people - shape.cycle * shape.levels)
    found = _search(people, group, shape.base_rounds, set(shape.unmet))
    if found is None:
        raise AssertionError(f"no cyclic design for {people} people")  # each shape was searched to a solution
    return found


def _shape(people: int) -> _Shape:
    cycle = people // 2 - 1
    fixed = (2 * cycle, 2 * cycle + 1)
    if people == 18:
        return _Shape(cycle=4, levels=4, base_rounds=2, unmet=((16, 17),))
    unmet = (fixed, *((x, cycle + x) for x in range(cycle))) if cycle % 2 else (fixed,)
    return _Shape(cycle=cycle, levels=2, base_rounds=1, unmet=unmet)


def _shifts(cycle: int, levels: int, fixed: int) -> list[Permutation]:
    """Every power of the shift (x, level) → (x + 1, level), fixed people left in place."""
    step = [level * cycle + (x + 1) % cycle for level in range(levels) for x in range(cycle)]
    step += list(range(cycle * levels, cycle * levels + fixed))
    powers = [list(range(len(step)))]
    for _ in range(cycle - 1):
        powers.append([step[p] for p in powers[-1]])
    return powers


def _orbits(people: int, group: list[Permutation], unmet: set[tuple[int, int]]) -> tuple[list[list[int]], int]:
    """Each pair's orbit number, -1 for the pairs that must stay unmet (short orbits, ``unmet``)."""
    orbit = [[-1] * people for _ in range(people)]
    seen = [[False] * people for _ in range(people)]
    count = 0
    for a in range(people):
        for b in range(a + 1, people):
            if seen[a][b]:
                continue
            images = {(min(g[a], g[b]), max(g[a], g[b])) for g in group}
            usable = len(images) == len(group) and not images & unmet
            for x, y in images:
                seen[x][y] = seen[y][x] = True
                if usable:
                    orbit[x][y] = orbit[y][x] = count
            count += usable
    return orbit, count


def _search(
    people: int, group: list[Permutation], base_rounds: int, unmet: set[tuple[int, int]]
) -> tuple[tuple[Triple, ...], ...] | None:
    orbit, orbit_count = _orbits(people, group, unmet)
    used = [False] * orbit_count
    free = [set(range(people)) for _ in range(base_rounds)]
    bases: list[list[Triple]] = [[] for _ in range(base_rounds)]

    def options(base: int, person: int) -> list[tuple[Triple, tuple[int, int, int]]]:
        others = sorted(free[base] - {person})
        found = []
        for index, second in enumerate(others):
            first_orbit = orbit[person][second]
            if first_orbit < 0 or used[first_orbit]:
                continue
            for third in others[index + 1 :]:
                o2, o3 = orbit[person][third], orbit[second][third]
                if o2 < 0 or o3 < 0 or used[o2] or used[o3] or len({first_orbit, o2, o3}) < 3:
                    continue
                found.append(((person, second, third), (first_orbit, o2, o3)))
        return found

    def tightest() -> tuple[int, list[tuple[Triple, tuple[int, int, int]]]] | None:
        best: tuple[int, list[tuple[Triple, tuple[int, int, int]]]] | None = None
        for base in range(base_rounds):
            for person in sorted(free[base]):
                choices = options(base, person)
                if best is None or len(choices) < len(best[1]):
                    best = (base, choices)
                    if len(choices) <= 1:
                        return best
        return best

    def grow() -> bool:
        chosen = tightest()
        if chosen is None:
            return True
        base, choices = chosen
        for triple, orbits in choices:
            for o in orbits:
                used[o] = True
            free[base].difference_update(triple)
            bases[base].append(triple)
            if grow():
                return True
            bases[base].pop()
            free[base].update(triple)
            for o in orbits:
                used[o] = False
        return False

    if not grow():
        return None
    return tuple(
        tuple(tuple(sorted(g[p] for p in triple)) for triple in bases[base])  # type: ignore[misc]
        for base in range(base_rounds)
        for g in group
    )
