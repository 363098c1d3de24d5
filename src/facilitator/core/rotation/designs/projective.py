"""Rooms of (q + 1)(q² + 1) people at q² + 1 tables of q + 1: a packing of projective space.

The points of PG(3, q) are the lines through the origin of GF(q)⁴; its lines (planes through
the origin) hold q + 1 points each, and two points lie on exactly one line. A *spread* is a
set of q² + 1 lines that splits the points: one round. A *packing* splits the lines into
q² + q + 1 spreads. Rounds taken from one packing never put two people together twice, since
the only line through both of them is in one spread only. For q = 2 this is Kirkman's
schoolgirls (5 tables of 3, 7 rounds); for q = 3, 10 tables of 4 for up to 13 rounds, which
neither the modular construction (10 is not a prime power) nor search (stuck at one or two
repeats) reaches.

Packings exist for every q (Denniston, 1972); here one is found by exact cover, twice: every
spread of PG(3, q) by covering the points, then a packing by covering the lines with spreads
(q = 3: 8 424 spreads, a packing in about twenty branchings, a tenth of a second in all).
Only q ≤ 3 is offered: PG(3, 4) has too many spreads to list at planning time, and rooms of
17 tables of 5 get 17 rounds from the modular construction anyway.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import product

from facilitator.core.rotation.designs.arithmetic import ring

ORDERS = (2, 3)
"""The field orders q whose packing is built (see the module's docstring)."""

Group = tuple[int, ...]


def packing_rounds(table_count: int, size: int, rounds: int) -> tuple[tuple[Group, ...], ...] | None:
    """``rounds`` rounds of groups for ``table_count`` full tables of ``size``, or None when no
    packing has this shape or the packing has fewer spreads than ``rounds``."""
    for q in ORDERS:
        if table_count == q * q + 1 and size == q + 1 and rounds <= q * q + q + 1:
            return _packing(q)[:rounds]
    return None


@cache
def _packing(q: int) -> tuple[tuple[Group, ...], ...]:
    point_count, lines = _geometry(q)
    spreads = list(_spreads(point_count, lines))
    chosen = _cover_lines(len(lines), spreads, q * q + q + 1)
    return tuple(tuple(lines[line] for line in _members(spreads[index])) for index in chosen)


def _geometry(q: int) -> tuple[int, list[Group]]:
    """The points of PG(3, q) (numbered) and its lines (each the sorted numbers of its points)."""
    field = ring(q)
    points = [vector for vector in product(range(q), repeat=4) if next((x for x in vector if x), 0) == 1]
    number = {point: index for index, point in enumerate(points)}
    inverse = {a: next(b for b in range(1, q) if field.mul[a][b] == 1) for a in range(1, q)}

    def normalised(vector: tuple[int, ...]) -> tuple[int, ...]:
        scale = inverse[next(x for x in vector if x)]
        return tuple(field.mul[scale][x] for x in vector)

    lines: set[Group] = set()
    for first_index, first in enumerate(points):
        for second in points[first_index + 1 :]:
            combinations = (
                tuple(field.add[x][field.mul[s][y]] for x, y in zip(first, second, strict=True)) for s in range(1, q)
            )
            line = {number[first], number[second], *(number[normalised(vector)] for vector in combinations)}
            lines.add(tuple(sorted(line)))
    return len(points), sorted(lines)


def _spreads(point_count: int, lines: list[Group]) -> Iterator[int]:
    """Every spread, as a bit set of line numbers: exact covers of the points by lines."""
    through: list[list[int]] = [[] for _ in range(point_count)]
    for index, line in enumerate(lines):
        for point in line:
            through[point].append(index)
    masks = [sum(1 << point for point in line) for line in lines]
    everyone = (1 << point_count) - 1

    def cover(covered: int, chosen: int) -> Iterator[int]:
        if covered == everyone:
            yield chosen
            return
        first_open = (~covered & (covered + 1)).bit_length() - 1
        for line in through[first_open]:
            if not masks[line] & covered:
                yield from cover(covered | masks[line], chosen | 1 << line)

    yield from cover(0, 0)


def _cover_lines(line_count: int, spreads: list[int], wanted: int) -> list[int]:
    """``wanted`` spreads with no line in common, by exact cover of the lines (the line in the
    fewest usable spreads first), in a fixed order: the same packing on every call."""
    containing: list[list[int]] = [[] for _ in range(line_count)]
    for index, spread in enumerate(spreads):
        for line in _members(spread):
            containing[line].append(index)

    def cover(used: int, chosen: list[int]) -> list[int] | None:
        if len(chosen) == wanted:
            return chosen
        options: list[int] | None = None
        for line in range(line_count):
            if not used >> line & 1:
                usable = [index for index in containing[line] if not spreads[index] & used]
                if options is None or len(usable) < len(options):
                    options = usable
                if len(options) <= 1:
                    break
        for index in options or []:
            found = cover(used | spreads[index], [*chosen, index])
            if found is not None:
                return found
        return None

    found = cover(0, [])
    if found is None:
        raise AssertionError(f"no packing of {wanted} spreads found")  # Denniston: one exists for every q
    return found


def _members(bits: int) -> Iterator[int]:
    while bits:
        lowest = bits & -bits
        yield lowest.bit_length() - 1
        bits ^= lowest
