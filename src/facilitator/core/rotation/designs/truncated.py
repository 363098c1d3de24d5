"""A table count one below a prime power (6, 10, 12, 15, 22…): the modular construction on
GF(q), q = T + 1, keeping only the slots that never sit at the table the room does not have.

A slot of step b ≠ 0 starting at a sits at a + b·x_r in round r; it meets the missing table z in
at most one round, exactly when a = z − b·x_r. Leaving out those R starts per step keeps
q − R slots per step, and, for every round and real table t, exactly q − R slots there (the b
for which t comes from a start that avoids z). Two slots still meet at most once, and nobody
comes back to a table, so a room of T tables of up to q − R people who move (a world café of
15 hosted tables of 9 for 8 rounds: 120 slots) is planned with neither repeats nor returns,
where GF(13) with two extra tables left repeats that the search could not part (130 people:
4 repeated pairs at 1 s, 1 to 2 at 10 s).
"""

from __future__ import annotations

from itertools import groupby

from facilitator.core.rotation.designs.arithmetic import ring
from facilitator.core.rotation.designs.modular import Construction, table_at
from facilitator.core.rotation.seating import even_subset


def one_table_short(slot_count: int, table_count: int, rounds: int) -> Construction | None:
    """Slots for ``slot_count`` people at ``table_count`` tables, or None when T + 1 is no prime
    power, there are too many people, or the slots left out (at the fullest tables, see
    :func:`seating.even_subset`) would make tables uneven."""
    arithmetic = ring(table_count + 1)
    if not arithmetic.field or not 0 < rounds <= table_count or slot_count <= 0:
        return None
    missing = table_count
    paths, step_of = [], []
    for step in range(1, arithmetic.size):
        for start in range(arithmetic.size):
            path = tuple(table_at(arithmetic, start, step, r) for r in range(rounds))
            if missing not in path:
                paths.append(path)
                step_of.append(step)
    kept = even_subset(paths, slot_count, table_count) if slot_count <= len(paths) else None
    if kept is None:
        return None
    classes, first = [], 0
    for _, members in groupby(step_of[index] for index in kept):  # kept in order: steps stay together
        size = len(list(members))
        classes.append(range(first, first + size))
        first += size
    return Construction(seats=tuple(paths[index] for index in kept), classes=tuple(classes), guaranteed=True)
