"""Table numbers for rounds given as groups, so that people come back to a table they sat at
as seldom as the design allows.

A design (a stored schedule, a packing) says who sits together, not where; numbering its
groups anyhow would send people back to the same table round after round, and the search
would then trade repeated pairs for new tables. Numbering one round, the others fixed, is an
assignment of groups to tables at a cost (the members who sat at that table in another
round), solved exactly by dynamic programming over the sets of tables taken (designs have at
most a dozen tables). Rounds are numbered in turn, then again while that lowers the total:
each pass can only lower it, so it ends.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from facilitator.core.rotation.model import Round

MAX_TABLES = 12
"""2^12 sets of tables per assignment: instant. Designs here have 5 to 10 tables."""

Groups = Sequence[Sequence[int]]


def numbered(rounds: Sequence[Groups], people: int) -> tuple[Round, ...]:
    """Per round, each person's table, with ``rounds`` given as that round's groups."""
    table_count = max((len(groups) for groups in rounds), default=0)
    if table_count > MAX_TABLES:
        raise ValueError(f"{table_count} tables: too many to number exactly")
    visits = np.zeros((people, table_count), dtype=np.int64)
    tables: list[list[int] | None] = [None] * len(rounds)
    best = None
    while True:
        for r, groups in enumerate(rounds):
            previous = tables[r]
            if previous is not None:
                _sit(visits, groups, previous, -1)
            assigned = _assign(groups, visits, table_count)
            _sit(visits, groups, assigned, 1)
            tables[r] = assigned
        revisits = int(np.maximum(visits - 1, 0).sum())
        if best is not None and revisits >= best:
            break
        best = revisits
    return tuple(_seats(groups, labels, people) for groups, labels in zip(rounds, tables, strict=True))  # type: ignore[arg-type]


def _sit(visits: np.ndarray, groups: Groups, labels: list[int], sign: int) -> None:
    for group, table in zip(groups, labels, strict=True):
        visits[list(group), table] += sign


def _assign(groups: Groups, visits: np.ndarray, table_count: int) -> list[int]:
    """The table of each group that sends fewest people back to a table they know."""
    cost = [[int((visits[list(group), table] > 0).sum()) for table in range(table_count)] for group in groups]
    size = 1 << table_count
    total = [0] + [10**9] * (size - 1)
    choice = [0] * size
    for taken in range(size):
        group = taken.bit_count()
        if group >= len(groups) or total[taken] >= 10**9:
            continue
        for table in range(table_count):
            if not taken >> table & 1:
                following = taken | 1 << table
                if total[taken] + cost[group][table] < total[following]:
                    total[following] = total[taken] + cost[group][table]
                    choice[following] = table
    finished = [taken for taken in range(size) if taken.bit_count() == len(groups)]
    taken = min(finished, key=lambda mask: (total[mask], mask))
    labels = []
    while taken:
        labels.append(choice[taken])
        taken ^= 1 << choice[taken]
    return labels[::-1]


def _seats(groups: Groups, labels: list[int], people: int) -> Round:
    seats: list[int | None] = [None] * people
    for group, table in zip(groups, labels, strict=True):
        for person in group:
            seats[person] = table
    return tuple(seats)
