"""Schedules no modular construction reaches: stored published solutions, packings of
projective space (``geometry``) and cyclic triple systems (``orbits``).

8 tables of 4 for 10 rounds (32 golfers, 10 weeks; constructed by Aguado in 2004, pure local
search stops at 9): from the Wolfram Demonstration "Social Golfer Problem", as quoted in
fpvandoorn/Dagstuhl-tables (literature.md, its 11-week schedule of T(32,4) without the last
week, whose pairs repeat). Each round gives each person's table.
"""

from __future__ import annotations

from facilitator.core.rotation.designs.kirkman import triple_rounds
from facilitator.core.rotation.designs.labels import numbered
from facilitator.core.rotation.designs.projective import packing_rounds
from facilitator.core.rotation.model import Round

EIGHT_FOUR_TEN: tuple[Round, ...] = (
    (0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7),
    (0, 1, 5, 2, 0, 2, 5, 1, 0, 7, 2, 6, 4, 6, 7, 3, 4, 5, 1, 3, 4, 3, 1, 5, 4, 6, 3, 7, 0, 7, 6, 2),
    (0, 1, 5, 2, 6, 3, 2, 4, 7, 5, 4, 3, 4, 2, 3, 5, 3, 4, 6, 7, 5, 0, 7, 1, 2, 6, 1, 0, 1, 7, 0, 6),
    (0, 1, 5, 2, 6, 3, 4, 7, 5, 2, 1, 0, 6, 7, 4, 3, 5, 2, 0, 1, 7, 4, 3, 6, 0, 1, 2, 5, 7, 6, 3, 4),
    (0, 1, 5, 2, 1, 6, 7, 2, 2, 6, 0, 4, 6, 0, 3, 1, 7, 4, 6, 3, 4, 5, 0, 3, 3, 5, 7, 1, 5, 7, 2, 4),
    (0, 1, 5, 2, 6, 1, 4, 7, 3, 0, 4, 6, 5, 3, 2, 7, 7, 3, 2, 5, 4, 3, 6, 0, 1, 7, 6, 4, 2, 1, 5, 0),
    (0, 1, 5, 2, 2, 0, 1, 5, 7, 1, 4, 5, 7, 3, 6, 4, 2, 6, 3, 0, 0, 2, 6, 3, 4, 6, 7, 3, 4, 5, 1, 7),
    (0, 1, 5, 2, 5, 6, 7, 4, 6, 4, 5, 7, 2, 1, 5, 0, 1, 0, 3, 7, 3, 4, 2, 6, 4, 6, 3, 2, 7, 0, 3, 1),
    (0, 1, 5, 2, 6, 5, 0, 7, 1, 3, 4, 2, 0, 5, 1, 2, 3, 6, 4, 7, 1, 4, 3, 2, 6, 0, 5, 7, 3, 4, 6, 7),
    (0, 1, 5, 2, 6, 3, 4, 0, 4, 6, 7, 1, 1, 6, 0, 4, 7, 3, 4, 6, 2, 1, 5, 7, 5, 2, 0, 3, 3, 2, 7, 5),
)

KNOWN: dict[tuple[int, int], tuple[Round, ...]] = {(8, 4): EIGHT_FOUR_TEN}
"""By (tables, table size): a schedule of everyone at full tables."""


def known_schedule(table_count: int, size: int, rounds: int) -> tuple[Round, ...] | None:
    """A schedule of ``rounds`` rounds for ``table_count`` full tables of ``size`` from a design
    (stored here, or a packing of projective space), numbered so that nobody comes back to a
    table while that can be helped; None when there is none."""
    stored = KNOWN.get((table_count, size))
    if stored is not None and rounds <= len(stored):
        groups = [
            [[p for p, t in enumerate(one_round) if t == table] for table in range(table_count)] for one_round in stored
        ]
        return numbered(groups[:rounds], table_count * size)
    designed = packing_rounds(table_count, size, rounds) or triple_rounds(table_count, size, rounds)
    return numbered(designed, table_count * size) if designed is not None else None
