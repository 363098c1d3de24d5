"""The modular construction: slots that move by a fixed step, so that no two meet twice.

A slot starts at table ``start`` and sits at ``start + r·step`` in round ``r`` (GF(q) arithmetic
for a prime-power table count, modulo T otherwise). Slots of one step class are at distinct
tables every round; two classes whose steps differ by ``d`` meet at most once while the rounds
stay within the order of ``d``. A composite table count is the largest prime power below it
plus extra tables (see :func:`_with_extra_tables`). The planner puts people on slots; the search
repairs what the construction cannot promise (extra tables that no group meeting nowhere else
can fill, more rounds than tables, pinned people).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from facilitator.core.rotation.designs.arithmetic import Ring, prime_power, ring


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
        bases = [base for base in range(table_count - 1, max(rounds, 2) - 1, -1) if prime_power(base) is not None]
        built = [construct(slot_count, base, rounds) for base in bases]
        for one in built:
            spread = _with_extra_tables(one, table_count, rounds) or _class_per_round(one, table_count, rounds)
            if spread is not None:
                return spread
        modular = _modular(slot_count, table_count, rounds)
        if not built:
            return modular
        near = _with_extra_tables(built[0], table_count, rounds, strict=False)
        return modular if near is None else min((near, modular), key=lambda candidate: _repeats(candidate, rounds))
    return _modular(slot_count, table_count, rounds)


def _repeats(built: Construction, rounds: int) -> int:
    """Pairs of slots that meet more than once, counted with their extra meetings."""
    paths = np.array(built.seats, dtype=np.int64).reshape(len(built.seats), rounds)
    met = sum((paths[:, None, r] == paths[None, :, r]).astype(np.int64) for r in range(rounds))
    np.fill_diagonal(met, 0)
    return int(np.maximum(0, met - 1).sum()) // 2


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
            path = [table_at(arithmetic, start, steps[k], r) for r in range(stepped_rounds)]
            if affine:
                path.append(k)
            seats.append(tuple(path))
    guaranteed = admissible and stepped_rounds <= table_count
    return Construction(seats=tuple(seats), classes=classes, guaranteed=guaranteed)


def table_at(arithmetic: Ring, start: int, step: int, round_index: int) -> int:
    """The table of the slot starting at ``start`` with ``step`` in round ``round_index``."""
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


def _with_extra_tables(
    base: Construction, table_count: int, rounds: int, *, strict: bool = True
) -> Construction | None:
    """A composite room as a prime-power one plus extra tables (21 = 19 + 2): in each round,
    each extra table takes people from different base tables who meet nowhere else, and who
    have not sat there before (members of one class, who never share a base table, first).

    So the extra tables repeat no pair and nobody sees one twice, or its host. At most one of
    the first class sits at an extra table at a time: the planner puts capped kinds there.
    Steps modulo a composite count cannot promise that much (21 tables for 8 rounds leave
    hundreds of repeats to search). None when the base construction is not clean or the rounds
    cannot all end with sizes within one; unless not ``strict``: then a round whose groups
    cannot all be made of people who meet nowhere else takes whom it can, and the search is
    left the few repeats (130 people at 15 tables for 8 rounds: 21 repeated pairs, against 650
    with steps modulo 15).
    """
    if not base.guaranteed:
        return None
    seats = [list(path) for path in base.seats]
    base_tables = 1 + max(max(path) for path in base.seats)
    level, above = divmod(len(seats), table_count)
    clean = True
    for r in range(rounds):
        going = None
        for apart in (True, False)[: 1 if strict else 2]:
            outing = _Outing(seats, r, base.classes, base_tables, apart)
            going = _round_out(outing, level, above, table_count - base_tables)
            if going is not None:
                clean &= apart
                break
        if going is None:
            return None
        for index, group in enumerate(going):
            for slot in group:
                seats[slot][r] = base_tables + index
    return Construction(seats=tuple(tuple(path) for path in seats), classes=base.classes, guaranteed=clean)


def _round_out(outing: _Outing, level: int, above: int, extra: int) -> list[list[int]] | None:
    """Who goes to each extra table in the outing's round (as few as can be), for every table
    to end at ``level`` or one above; None if no group can be made up."""
    sizes = [0] * outing.base_tables
    for path in outing.seats:
        sizes[path[outing.r]] += 1
    for extra_above in range(min(above, extra) + 1):
        wanted = [level + 1] * extra_above + [level] * (extra - extra_above)
        most = [size - level for size in sizes]
        need = [max(0, size - level - 1) for size in sizes]
        if min(most) < 0 or max(need) > extra:
            return None
        if sum(need) > sum(wanted) or sum(most) < sum(wanted):
            continue
        going = outing.groups(most, need, wanted, [])
        if going is not None:
            return going
    return None


@dataclass(frozen=True)
class _Outing:
    """Round r of a composite room: the base construction's seats (as moved so far) and
    classes, and whether the people sent out together must meet nowhere else (``apart``)."""

    seats: list[list[int]]
    r: int
    classes: Sequence[range]
    base_tables: int
    apart: bool

    def groups(
        self, most: list[int], need: list[int], wanted: list[int], going: list[list[int]]
    ) -> list[list[int]] | None:
        """The groups for the extra tables left after ``going``: for each extra table, each
        group that can go there is tried in turn with the tables after it."""
        index = len(going)
        if index == len(wanted):
            return going
        taken = {slot for group in going for slot in group}
        for group in self.group(self.base_tables + index, most, need, len(wanted) - index, wanted[index], taken):
            left_most, left_need = list(most), list(need)
            for slot in group:
                table = self.seats[slot][self.r]
                left_most[table] -= 1
                left_need[table] = max(0, left_need[table] - 1)
            found = self.groups(left_most, left_need, wanted, [*going, group])
            if found is not None:
                return found
        return None

    def group(
        self, table: int, most: list[int], need: list[int], groups_left: int, wanted: int, taken: set[int]
    ) -> Iterator[list[int]]:
        """``wanted`` people for extra table ``table``, each from a different base table that may
        still send someone, who have never sat there, are not ``taken`` for another extra
        table and meet nowhere else (unless not ``apart``: then those who do complete the
        group when those who do not cannot). The tables that must send someone to each of the
        ``groups_left`` extra tables (this one included) are all among them; then come the
        tables that must send most, and those who have gone out least. Members of one class
        first, completed with others (at most one of the first class): one such group per
        class, the class with most people who can go first, the first class last."""
        seats, r = self.seats, self.r
        forced = {t for t, cut in enumerate(need) if cut >= groups_left}
        ready = [
            slot for slot, path in enumerate(seats) if most[path[r]] > 0 and table not in path and slot not in taken
        ]
        ready.sort(
            key=lambda slot: (
                seats[slot][r] not in forced,
                -need[seats[slot][r]],
                sum(t >= self.base_tables for t in seats[slot]),
                slot,
            )
        )
        first = self.classes[0]
        counts = [sum(1 for slot in ready if slot in members) for members in self.classes]
        for k in sorted(range(len(self.classes)), key=lambda k: (k == 0, -counts[k], k)):
            members = self.classes[k]
            order = [slot for slot in ready if slot in members] + [slot for slot in ready if slot not in members]
            group: list[int] = []
            tables: set[int] = set()
            for strict in (True, False)[: 1 if self.apart else 2]:
                for slot in order:
                    if len(group) == wanted:
                        break
                    if slot in group or seats[slot][r] in tables or (slot in first and any(o in first for o in group)):
                        continue
                    if not strict or all(_apart(seats[slot], seats[other], r) for other in group):
                        group.append(slot)
                        tables.add(seats[slot][r])
            if len(group) == wanted and forced <= tables:
                yield group


def _apart(path: list[int], other: list[int], r: int) -> bool:
    """Whether two slots share no table in any round but r."""
    return all(
        mine != theirs for round_index, (mine, theirs) in enumerate(zip(path, other, strict=True)) if round_index != r
    )


def _class_per_round(base: Construction, table_count: int, rounds: int) -> Construction | None:
    """A composite room as a prime-power one plus extra tables (21 = 19 + 2): in each round, one
    class sends some of its members to the extra tables (full classes first, and the first
    class last of those, for the capped kinds the planner puts there).

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
    classes = range(len(base.classes))
    order = sorted(classes, key=lambda k: (len(base.classes[k]) < base_tables, k == 0, k))
    level, _ = divmod(len(seats), table_count)
    for r in range(rounds):
        sizes = [0] * base_tables
        for path in seats:
            sizes[path[r]] += 1
        members = {seats[slot][r]: slot for slot in base.classes[order[r]]}
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
