"""The quotas of a plan side by side, counted per round and table, with what one person more or
less at a table would change there, kept up to date cell by cell.

Every quota's categories are columns of one array: a move updates every quota in a few numpy
calls, a trade of two itineraries is weighed in a handful whatever the number of attributes,
and the swaps of a round read the cached changes instead of recounting the round. On a slow
laptop a search step costs a few milliseconds, and the search takes hundreds of steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float64]
Cells = NDArray[np.int64]


@dataclass(frozen=True)
class Quota:
    """One balanced attribute (or a cap): each person's category and the weight of a miss.

    ``low`` and ``high`` give, per round, table and category, the counts allowed.
    """

    category: NDArray[np.int64]
    weight: float
    low: NDArray[np.int64]
    high: NDArray[np.int64]
    balanced: bool = True
    """Whether a table out of this quota is worth a move of its own (not for neighbourhoods,
    whose quotas are rarely all met: they only break ties between other moves)."""
    cap: bool = False
    """A cap ("at most one elected official"): a table over it is a hard conflict."""


class Tally:
    """Counts per round, table and column (a category of a quota), each person's column in each
    quota, and per cell the deviation from the quota now (``now``) and its change when one
    person leaves (``removed``) or arrives (``added``), weighted by the quota's weight."""

    def __init__(self, quotas: Sequence[Quota], seats: NDArray[np.int64], tables: int) -> None:
        rounds, people = seats.shape
        widths = [quota.low.shape[2] for quota in quotas]
        offsets = np.cumsum([0, *widths])[:-1]
        self.category = np.zeros((people, len(quotas)), dtype=np.int64)
        for index, quota in enumerate(quotas):
            self.category[:, index] = quota.category + offsets[index]
        empty = np.zeros((rounds, tables, 0), dtype=np.int64)
        self.low = np.concatenate([empty, *(quota.low for quota in quotas)], axis=2)
        self.high = np.concatenate([empty, *(quota.high for quota in quotas)], axis=2)
        self.weight = np.repeat(np.array([quota.weight for quota in quotas], dtype=float), widths)
        self.capped = np.array([quota.cap for quota in quotas], dtype=bool)
        self.cap_columns = np.repeat(self.capped, widths)
        self.balanced_columns = np.repeat(np.array([q.balanced and not q.cap for q in quotas], dtype=bool), widths)
        self.counts = np.zeros(self.low.shape)
        for r in range(rounds):
            present = seats[r] >= 0
            np.add.at(self.counts[r], (seats[r][present][:, None], self.category[present]), 1)
        self.now, self.removed, self.added = self._gains(self.counts, self.low, self.high)

    def _gains(self, counts: Matrix, low: Matrix, high: Matrix) -> tuple[Matrix, Matrix, Matrix]:
        now = deviation(counts, low, high)
        removed = (deviation(counts - 1, low, high) - now) * self.weight
        added = (deviation(counts + 1, low, high) - now) * self.weight
        return now, removed, added

    def _refresh(self, rounds: Cells, tables: Cells) -> None:
        cells = (rounds, tables)
        self.now[cells], self.removed[cells], self.added[cells] = self._gains(
            self.counts[cells], self.low[cells], self.high[cells]
        )

    def cost(self) -> float:
        """The weighted deviation of the whole plan, recounted."""
        return float((deviation(self.counts, self.low, self.high) * self.weight).sum())

    def over_caps(self) -> float:
        return float(self.now[..., self.cap_columns].sum())

    def move(self, rounds: Cells, people: Cells, source: Cells, target: Cells) -> None:
        """Each ``people[k]`` goes from table ``source[k]`` to ``target[k]`` in round
        ``rounds[k]``: the moves of a cycle, or of a trade over several rounds. No two moves
        leave one table of one round, nor reach one, so that plain indexed updates do what
        ``np.add.at`` would, faster."""
        columns, at_r = self.category[people], rounds[:, None]
        self.counts[at_r, source[:, None], columns] -= 1
        self.counts[at_r, target[:, None], columns] += 1
        self._refresh(np.concatenate((rounds, rounds)), np.concatenate((source, target)))

    def swap_deltas(self, r: int, rows: Cells, tab_r: Cells, cols: Cells, tab_c: Cells) -> Matrix:
        """The weighted change of swapping ``rows[i]`` (at ``tab_r[i]``) with ``cols[j]`` (at
        ``tab_c[j]``) in round r: each takes the other's place."""
        return self.replace_deltas(r, rows, cols, tab_c) + self.replace_deltas(r, cols, rows, tab_r).T

    def replace_deltas(self, r: int, arriving: Cells, leaving: Cells, at: Cells) -> Matrix:
        """The weighted change at table ``at[j]`` in round r when ``arriving[i]`` takes the place
        of ``leaving[j]`` there (a category the two share does not change). One quota at a
        time: arrays stay flat (three times faster than one array with a quota axis for 30 rows
        against 150 people)."""
        removed, added = self.removed[r], self.added[r]
        delta = np.zeros((len(arriving), len(leaving)))
        for coming, going in zip(self.category[arriving].T, self.category[leaving].T, strict=True):
            change = removed[at, going][None, :] + added[at][:, coming].T
            delta += change * (coming[:, None] != going[None, :])
        return delta

    def replace_pairs(self, r: int, arriving: Cells, leaving: Cells, at: Cells, caps_only: bool = False) -> Matrix:
        """As :meth:`replace_deltas` for pairs only: ``arriving[k]`` takes the place of
        ``leaving[k]`` at table ``at[k]`` (the few arcs of a cycle search, not every pair);
        with ``caps_only``, the change of the caps alone."""
        coming, going = self.category[arriving], self.category[leaving]
        change = self.removed[r][at[:, None], going] + self.added[r][at[:, None], coming]
        change *= coming != going
        if caps_only:
            change *= self.capped[None, :]
        return change.sum(axis=1)

    def trade_deltas(self, rounds: Cells, person: int, cols: Cells, spot: Cells, spots: Cells) -> Matrix:
        """The weighted change of ``person`` (at ``spot[r]``) trading itineraries over ``rounds``
        with each of ``cols`` (at ``spots[r, j]``)."""
        mine, theirs = self.category[person], self.category[cols]
        removed, added = self.removed[rounds], self.added[rounds]
        each = np.arange(len(rounds))[:, None, None]
        change = removed[each[:, :, 0], spot[:, None], mine[None, :]][:, None, :]
        change = change + added[each, spot[:, None, None], theirs[None, :, :]]
        change += removed[each, spots[:, :, None], theirs[None, :, :]]
        change += added[each, spots[:, :, None], mine[None, None, :]]
        moved = (spots != spot[:, None])[:, :, None]
        return (change * moved * (theirs != mine)[None, :, :]).sum(axis=(0, 2))

    def out_of_quota(self, r: int, tables: Cells) -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
        """Per person (at ``tables``): over a cap in their own category, and at a table out of a
        balanced quota in any category."""
        now = self.now[r]
        over = now[tables[:, None], self.category][:, self.capped] > 0
        unbalanced = (now * self.balanced_columns).sum(axis=1) > 0
        return over.any(axis=1), unbalanced[tables]


def deviation(counts: Matrix, low: Matrix, high: Matrix) -> Matrix:
    return np.maximum(0, counts - high) + np.maximum(0, low - counts)
