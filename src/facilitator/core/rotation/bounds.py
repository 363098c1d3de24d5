"""What can be reached at all: the counting bound, known impossibilities, best-known rounds.

Used to say *why* repeats remain: "at tables of 6 for 36 people, 4 rounds without a repeated
pair do not exist" is a fact a facilitator can act on (fewer rounds, other table sizes), and so
is "a table of 9 at 7 tables cannot send its people to 9 different tables" (see
:attr:`Bound.crowded`).
"""

from __future__ import annotations

from dataclasses import dataclass

BEST_KNOWN = {
    (2, 2): 3, (3, 3): 4, (4, 4): 5,
    (5, 3): 7, (5, 4): 5, (5, 5): 6,
    (6, 3): 8, (6, 4): 7, (6, 5): 6, (6, 6): 3,
    (7, 3): 10, (7, 4): 9, (7, 5): 7, (7, 6): 7, (7, 7): 8,
    (8, 3): 11, (8, 4): 10, (8, 5): 8, (8, 6): 8, (8, 7): 8, (8, 8): 9,
    (9, 3): 13, (9, 4): 11, (9, 5): 9, (9, 6): 9, (9, 7): 9, (9, 8): 9,
    (10, 3): 14, (10, 4): 13, (10, 5): 9, (10, 6): 7, (10, 7): 7, (10, 8): 5,
}  # fmt: skip
"""Rounds reached without a repeated pair, by (tables, table size) (CSPLib prob010 results; the
affine planes of orders 2, 3 and 4 for the square shapes up to 4)."""

PROVEN_LIMITS = {(6, 6): 3}
"""Proven most rounds: 6 tables of 6 cannot have 4 (no pair of orthogonal Latin squares of order 6)."""


NO_LIMIT = 10**9
"""Tables of one: nobody ever meets anyone, any number of rounds goes without a repeat."""


@dataclass(frozen=True)
class Bound:
    counting: int
    """⌊(n − 1) / (s − 1)⌋: each round uses s − 1 of a person's n − 1 possible new faces."""
    proven: int | None
    best_known: int | None
    largest_table: int = 0
    table_count: int = 0

    @property
    def limit(self) -> int:
        return min(self.counting, self.proven) if self.proven is not None else self.counting

    @property
    def crowded(self) -> bool:
        """A table seats more people than there are tables: in the next round they cannot all
        sit at different tables, so some of them meet again."""
        return self.largest_table > self.table_count > 0


def bound(people: int, largest_table: int, table_count: int) -> Bound:
    counting = (people - 1) // (largest_table - 1) if largest_table > 1 else NO_LIMIT
    shape = (table_count, largest_table)
    exact = people == table_count * largest_table
    limits = [PROVEN_LIMITS[shape]] if exact and shape in PROVEN_LIMITS else []
    if largest_table > table_count:
        limits.append(1)
    return Bound(
        counting=counting,
        proven=min(limits, default=None),
        best_known=BEST_KNOWN.get(shape) if exact else None,
        largest_table=largest_table,
        table_count=table_count,
    )
