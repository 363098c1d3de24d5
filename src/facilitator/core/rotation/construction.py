"""The modular construction: slots that move by a fixed step, so that no two meet twice.

A slot starts at table ``start`` and sits at ``start + r·step`` in round ``r`` (GF(q) arithmetic
for a prime-power table count, modulo T otherwise). Slots of one step class are at distinct
tables every round; two classes whose steps differ by ``d`` meet at most once while the rounds
stay within the order of ``d``. The planner puts people on slots; the search repairs what the
construction cannot promise (composite table counts, more rounds than tables, pinned people).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.core.rotation.arithmetic import Ring, prime_power, ring


@dataclass(frozen=True)
class Construction:
    seats: tuple[tuple[int, ...], ...]
    """Per slot, its table in each round."""
    classes: tuple[range, ...]
    """The slots of each step class (people of one class never share a table, but for the
    extra tables of a composite room, which one class fills in one round: see
    :func:`_with_extra_tables`)."""
    guaranteed: bool
    """True when the construction alone promises no repeated pair (and no revisit but for a
    class that must stay put because every step is taken)."""


def construct(slot_count: int, table_count: int, rounds: int) -> Construction:
    if not ring(table_count).field:
        for base in range(table_count - 1, max(rounds, 2) - 1, -1):
            if prime_power(base) is not None:
                spread = _with_extra_tables(construct(slot_count, base, rounds), table_count, rounds)
                if spread is not None:
                    return spread
    return _modular(slot_count, table_count, rounds)


def _modular(slot_count: int, table_count: int, rounds: int) -> Construction:
    arithmetic = ring(table_count)
    class_count = -(-slot_count // table_count)
    affine = arithmetic.field and rounds == table_count + 1 and slot_count == table_count**2
    stepped_rounds = rounds - 1 if affine else rounds
    steps, admissible = _steps(arithmetic, class_count, stepped_rounds)
    classes = tuple(range(k * table_count, min(slot_count, (k + 1) * table_count)) for k in range(class_count))
    seats = []
    for k, members in enumerate(classes):
        starts = _starts(len(members), table_count)
        for start in starts:
            path = [_table(arithmetic, start, steps[k], r) for r in range(stepped_rounds)]
            if affine:
                path.append(k)
            seats.append(tuple(path))
    guaranteed = admissible and stepped_rounds <= table_count
    return Construction(seats=tuple(seats), classes=classes, guaranteed=guaranteed)


def _table(arithmetic: Ring, start: int, step: int, round_index: int) -> int:
    multiplier = round_index % arithmetic.size
    return arithmetic.add[start][arithmetic.mul[multiplier][step]]


def _starts(members: int, table_count: int) -> list[int]:
    """Start tables spread over the room, so that a partial class keeps sizes within one."""
    return [index * table_count // members for index in range(members)]


def _steps(arithmetic: Ring, class_count: int, rounds: int) -> tuple[list[int], bool]:
    """Steps for ``class_count`` classes, and whether every pair of them is admissible.

    Moving steps come first; step 0 (a class that stays put) only when no other step is left.
    Past the largest admissible set, each further step is the one that repeats least.
    """
    size = arithmetic.size
    candidates = [step for step in range(1, size) if arithmetic.order(step) >= rounds] + [0]
    chosen = _largest_clique(arithmetic, candidates, rounds, class_count)
    admissible = len(chosen) >= class_count
    while len(chosen) < class_count:
        chosen.append(min(range(size), key=lambda step: (_clashes(arithmetic, chosen, step, rounds), step)))
    return chosen[:class_count], admissible


def _compatible(arithmetic: Ring, first: int, second: int, rounds: int) -> bool:
    difference = arithmetic.add[first][_negative(arithmetic, second)]
    return arithmetic.order(difference) >= rounds


def _negative(arithmetic: Ring, value: int) -> int:
    return next(other for other in range(arithmetic.size) if arithmetic.add[value][other] == 0)


def _clashes(arithmetic: Ring, chosen: Sequence[int], step: int, rounds: int) -> int:
    """Extra meetings a class of ``step`` would cause with the chosen classes per pair of slots."""
    total = 0
    for other in chosen:
        difference = arithmetic.add[step][_negative(arithmetic, other)]
        total += rounds // arithmetic.order(difference)
    return total


def _largest_clique(arithmetic: Ring, candidates: list[int], rounds: int, wanted: int) -> list[int]:
    """The largest set of pairwise admissible steps (stopping at ``wanted``), in candidate order."""
    best: list[int] = []

    def grow(chosen: list[int], rest: list[int]) -> bool:
        nonlocal best
        if len(chosen) > len(best):
            best = list(chosen)
        if len(best) >= wanted:
            return True
        if len(chosen) + len(rest) <= len(best):
            return False
        for index, step in enumerate(rest):
            following = [other for other in rest[index + 1 :] if _compatible(arithmetic, step, other, rounds)]
            if grow([*chosen, step], following):
                return True
        return False

    grow([], candidates)
    return best


def _with_extra_tables(base: Construction, table_count: int, rounds: int) -> Construction | None:
    """A composite room as a prime-power one plus extra tables (21 = 19 + 2): in round r, class
    r sends some of its members to the extra tables.

    People of one class never meet at the base tables, and each class goes out in one round
    only, so the extra tables repeat no pair; nobody sees an extra table twice, or its host.
    Steps modulo a composite count cannot promise that much (21 tables for 8 rounds leave
    hundreds of repeats to search). None when the base construction is not clean, there are
    fewer classes than rounds, or the sizes cannot end within one.
    """
    if not base.guaranteed or len(base.classes) < rounds:
        return None
    seats = [list(path) for path in base.seats]
    base_tables = 1 + max(max(path) for path in base.seats)
    extra = table_count - base_tables
    level, _ = divmod(len(seats), table_count)
    for r in range(rounds):
        sizes = [0] * base_tables
        for path in seats:
            sizes[path[r]] += 1
        members = {seats[slot][r]: slot for slot in base.classes[r]}
        must = [t for t in range(base_tables) if sizes[t] > level + 1]
        optional = [t for t in range(base_tables) if sizes[t] == level + 1]
        if any(t not in members for t in must) or any(size < level or size > level + 2 for size in sizes):
            return None
        optional = [t for t in optional if t in members]
        leaving = max(len(must), extra * level)
        if leaving > min(len(must) + len(optional), extra * (level + 1)):
            return None
        going = must + optional[: leaving - len(must)]
        for index, table in enumerate(sorted(going)):
            seats[members[table]][r] = base_tables + index % extra
    return Construction(seats=tuple(tuple(path) for path in seats), classes=base.classes, guaranteed=True)
