"""Ten tables for up to four rounds: two orthogonal Latin squares of order 10, both idempotent.

Ten is no prime power: the modular construction has no four steps that keep everyone apart on
Z/10, and GF(9) with an extra table leaves repeats that the search cannot part when tables are
full (100 people at 10 hosted tables for 4 rounds: 13 to 17 repeated pairs). Each off-diagonal
cell (i, j) of the squares A and B is an itinerary: table i, then j, then A[i][j], then
B[i][j]. Two cells share at most one of row, column, A's symbol and B's (the squares are
orthogonal), so nobody meets anyone twice; A[i][i] = B[i][i] = i keeps each itinerary's four
tables distinct and leaves 9 people at every table of every round: a world café of 10 hosts and
90 people who move, or 90 people at tables of 9.

Found once by a search (a random Latin square of order 10, its 820 transversals, an exact
cover by 10 of them that each cross an 11th once), then that common transversal put on the
diagonal.
"""

from __future__ import annotations

from facilitator.core.rotation.designs.modular import Construction
from facilitator.core.rotation.seating import even_subset

TABLES = 10
ROUNDS = 4

SQUARE_A: tuple[tuple[int, ...], ...] = (
    (0, 9, 8, 5, 3, 7, 2, 4, 6, 1),
    (5, 1, 0, 4, 9, 6, 7, 8, 2, 3),
    (9, 4, 2, 7, 0, 8, 1, 6, 3, 5),
    (7, 0, 6, 3, 8, 2, 5, 1, 9, 4),
    (2, 5, 7, 6, 4, 9, 0, 3, 1, 8),
    (1, 6, 3, 8, 7, 5, 4, 9, 0, 2),
    (8, 2, 9, 0, 1, 3, 6, 5, 4, 7),
    (6, 3, 4, 9, 2, 1, 8, 7, 5, 0),
    (3, 7, 1, 2, 5, 4, 9, 0, 8, 6),
    (4, 8, 5, 1, 6, 0, 3, 2, 7, 9),
)
SQUARE_B: tuple[tuple[int, ...], ...] = (
    (0, 8, 3, 4, 2, 9, 1, 6, 7, 5),
    (9, 1, 4, 5, 6, 8, 2, 0, 3, 7),
    (3, 9, 2, 0, 7, 6, 4, 1, 5, 8),
    (1, 6, 9, 3, 5, 4, 7, 8, 2, 0),
    (8, 3, 6, 2, 4, 7, 5, 9, 0, 1),
    (2, 0, 1, 7, 8, 5, 3, 4, 9, 6),
    (4, 7, 5, 8, 9, 0, 6, 2, 1, 3),
    (5, 4, 8, 1, 0, 3, 9, 7, 6, 2),
    (6, 5, 7, 9, 1, 2, 0, 3, 8, 4),
    (7, 2, 0, 6, 3, 1, 8, 5, 4, 9),
)

APART = ((0, 1), (1, 0), (2, 7), (3, 4), (5, 6), (6, 5), (7, 9), (8, 2), (9, 8))
"""Nine cells no two of which share a table in any round, the most there are (no tenth exists,
searched to the end): listed first, the elected officials (and pairs kept apart) take them."""

CELLS = (
    *APART,
    *sorted(
        ((r, c) for r in range(TABLES) for c in range(TABLES) if r != c and (r, c) not in APART),
        key=lambda cell: ((cell[1] - cell[0]) % TABLES, cell[0]),
    ),
)
"""The cells, the nine kept apart first, then diagonal by diagonal: people put on them in
order of their categories (see :func:`placement.slotted_movers`) come out spread over the tables
of the first two rounds from the start, for the trades to balance the other two."""

ITINERARIES: tuple[tuple[int, int, int, int], ...] = tuple(
    (row, column, SQUARE_A[row][column], SQUARE_B[row][column]) for row, column in CELLS
)


def ten_table_paths(movers: int, rounds: int) -> list[tuple[int, ...]] | None:
    """Itineraries for ``movers`` people at 10 tables for ``rounds`` rounds, none of whom meets
    another twice or comes back to a table, or None when the squares do not fit. With fewer than
    90, those left out are taken at the fullest tables; None if the rounds' tables then differ by
    more than one person (83 to 90 people who move keep them even over 4 rounds; a search would
    have to even them out, and lose the squares' guarantee)."""
    if rounds > ROUNDS or not 0 < movers <= len(ITINERARIES):
        return None
    paths = [path[:rounds] for path in ITINERARIES]
    kept = even_subset(paths, movers, TABLES)
    return None if kept is None else [paths[index] for index in kept]


def squared(count: int, table_count: int, rounds: int) -> Construction | None:
    """The squares' itineraries as a construction, for ``count`` people who move at 10 tables."""
    paths = ten_table_paths(count, rounds) if table_count == TABLES else None
    if paths is None:
        return None
    return Construction(seats=tuple(paths), classes=(range(count),), guaranteed=True)
