"""Table sizes: as even as the capacities allow, settled before the search (swaps keep them).

Water-filling: the level ℓ is the smallest size such that tables filled up to min(capacity, ℓ)
seat everyone; a table smaller than ℓ is full, the others seat ℓ − 1 or ℓ. Sizes then differ
by at most one among the tables that have room.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def size_ranges(count: int, capacities: Sequence[int]) -> list[tuple[int, int]]:
    """Per table, the fewest and most people it should seat for ``count`` people."""
    if count > sum(capacities):
        over = count - sum(capacities)
        return [(cap + over // len(capacities), cap + -(-over // len(capacities))) for cap in capacities]
    level = 0
    while sum(min(cap, level) for cap in capacities) < count:
        level += 1
    return [(cap, cap) if cap < level else (max(0, level - 1), level) for cap in capacities]


def largest_table(count: int, capacities: Sequence[int]) -> int:
    return max((high for _, high in size_ranges(count, capacities)), default=1)


def balance_sizes(
    seats: np.ndarray,
    movable: np.ndarray,
    ranges: Sequence[tuple[int, int]],
    rng: np.random.Generator,
    prefer: np.ndarray | None = None,
) -> None:
    """Move movable people (``prefer``-red ones first) until every table is within its range."""
    table_count = len(ranges)
    low = np.array([r[0] for r in ranges])
    high = np.array([r[1] for r in ranges])
    stuck: set[int] = set()
    while True:
        sizes = np.bincount(seats[seats >= 0], minlength=table_count)
        over = [t for t in np.argsort(high - sizes, kind="stable") if sizes[t] > high[t] and t not in stuck]
        under = [t for t in np.argsort(sizes - low, kind="stable") if sizes[t] < low[t]]
        if over:
            source = int(over[0])
            targets = under or [t for t in np.argsort(sizes - high, kind="stable") if sizes[t] < high[t]]
        elif under:
            targets = under
            sources = [t for t in np.argsort(low - sizes, kind="stable") if sizes[t] > low[t] and t not in stuck]
            if not sources:
                return
            source = int(sources[0])
        else:
            return
        if not targets:
            return
        seated = np.flatnonzero((seats == source) & movable)
        if len(seated) == 0:
            stuck.add(source)
            continue
        favoured = seated[prefer[seated]] if prefer is not None else seated[:0]
        pool = favoured if len(favoured) else seated
        seats[int(pool[rng.integers(len(pool))])] = int(targets[0])


def even_subset(paths: Sequence[Sequence[int]], count: int, table_count: int) -> list[int] | None:
    """Which ``count`` of the itineraries ``paths`` (each a table per round) to keep, in their
    order: those left out are taken at the fullest tables (the last listed first on a tie, so
    that the first ones stay), and None if the rounds' tables still differ by more than one."""
    if not paths:
        return [] if count == 0 else None
    tables = np.array(paths, dtype=np.int64)
    rounds = np.arange(tables.shape[1])
    load = np.zeros((tables.shape[1], table_count), dtype=np.int64)
    np.add.at(load, (np.broadcast_to(rounds, tables.shape), tables), 1)
    kept = np.arange(len(paths))
    while len(kept) > count:
        at = load[rounds, tables[kept]]
        fullness = (at == load.max(axis=1)).sum(axis=1) * (len(paths) * len(rounds) + 1) + at.sum(axis=1)
        left_out = len(kept) - 1 - int(np.argmax(fullness[::-1]))
        load[rounds, tables[kept[left_out]]] -= 1
        kept = np.delete(kept, left_out)
    if int((load.max(axis=1) - load.min(axis=1)).max()) > 1:
        return None
    return [int(index) for index in kept]
