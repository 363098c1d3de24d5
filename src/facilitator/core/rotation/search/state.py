"""The search's bookkeeping: meetings, visits and category counts (:mod:`tally`) kept up to
date per swap, and the cost change of every possible swap in a round as one numpy matrix.

The cost is one weighted sum, hard terms weighing far more than soft ones:
Σ m² over pairs (repeats spread evenly when some cannot be avoided), Σ visits² per person and
table, pairs kept apart or together, per-table quota deviations (caps are a quota with no
floor), and seats changed from the previous plan.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from facilitator.core.rotation.search.tally import Quota, Tally

Matrix = NDArray[np.float64]
Seats = NDArray[np.int64]

MEETING = 100.0
REVISIT = 30.0
PAIR = 1000.0
CAP = 1000.0
MOVE = 15.0


class State:
    """Seats of every round (−1: not there) and what follows from them.

    ``movable[r, p]``: whether the search may change p's table in round r. ``meetings`` only
    counts the pairs whose meetings cost (``meeting_weight`` 1): not partners kept together.
    """

    def __init__(
        self,
        seats: Seats,
        movable: NDArray[np.bool_],
        table_count: int,
        meeting_weight: Matrix,
        pair_cost: Matrix,
        revisit_weight: Matrix,
        quotas: list[Quota],
        previous: Seats,
    ) -> None:
        self.seats = seats.copy()
        self.movable = movable
        self.tables = table_count
        self.meeting_weight = meeting_weight
        self.pair_cost = pair_cost
        self.revisit_weight = revisit_weight
        self.quotas = quotas
        self.previous = previous
        self.has_pairs = bool((pair_cost != 0).any())
        self.revisits_hard = False
        """Whether a table seen again is fixed before balance (when rounds are planned one by
        one, nothing else guarantees that nobody comes back to a table)."""
        self.rebuild()

    def rebuild(self) -> None:
        """Count again who met whom and who sat where. Two people met in a round when they sat
        at one table: comparing seats is n² per round, where the product of the one-hot seatings
        (n² × tables) grew with the room twice over."""
        rounds, people = self.seats.shape
        self.meetings = np.zeros((people, people))
        self.visits = np.zeros((people, self.tables))
        for r in range(rounds):
            seats = self.seats[r]
            self.meetings += (seats[:, None] == seats[None, :]) & (seats >= 0)[:, None]
            self.visits += self.onehot(r)
        self.meetings *= self.meeting_weight
        self.tally = Tally(self.quotas, self.seats, self.tables)

    def onehot(self, r: int) -> Matrix:
        onehot = np.zeros((self.seats.shape[1], self.tables))
        present = np.flatnonzero(self.seats[r] >= 0)
        onehot[present, self.seats[r][present]] = 1.0
        return onehot

    def cost(self) -> float:
        """The whole cost, recounted (the search checks its running total against it)."""
        total = MEETING * float((self.meetings**2).sum()) / 2
        total += REVISIT * float((self.revisit_weight[:, None] * self.visits**2).sum())
        for r in range(self.seats.shape[0]):
            onehot = self.onehot(r)
            together = onehot @ onehot.T
            np.fill_diagonal(together, 0)
            total += float((self.pair_cost * together).sum()) / 2
        total += self.tally.cost()
        moved = (self.previous >= 0) & (self.seats != self.previous) & (self.seats >= 0)
        return total + MOVE * float(moved.sum())

    def deltas(self, r: int, rows: NDArray[np.int64], cols: NDArray[np.int64]) -> Matrix:
        """The cost change of swapping ``rows[i]`` with ``cols[j]`` in round r (+inf at one table).

        Every term is "what the row person gains at the column person's table" plus the same
        the other way round, so that a rectangle of rows in conflict against everyone costs
        far less than the whole square.
        """
        onehot = self.onehot(r)
        seats = self.seats[r]
        tab_r, tab_c = seats[rows], seats[cols]
        own_r, own_c = np.arange(len(rows)), np.arange(len(cols))
        spread_r, spread_c = self.meetings[rows] @ onehot, self.meetings[cols] @ onehot
        count_r, count_c = self._counts(onehot, rows), self._counts(onehot, cols)
        direct = self.meetings[np.ix_(rows, cols)]
        plain = self.meeting_weight[np.ix_(rows, cols)]
        leave_r = count_r[own_r, tab_r] - 2 * spread_r[own_r, tab_r]
        leave_c = count_c[own_c, tab_c] - 2 * spread_c[own_c, tab_c]
        join_r = 2 * (spread_r[:, tab_c] - direct) + count_r[:, tab_c] - plain
        join_c = 2 * (spread_c[:, tab_r].T - direct) + count_c[:, tab_r].T - plain
        delta = MEETING * (leave_r[:, None] + join_r + leave_c[None, :] + join_c)

        visits_r, visits_c = self.visits[rows], self.visits[cols]
        step_r = self.revisit_weight[rows][:, None] * (2 * (visits_r[:, tab_c] - visits_r[own_r, tab_r][:, None]) + 2)
        step_c = self.revisit_weight[cols][None, :] * (2 * (visits_c[:, tab_r].T - visits_c[own_c, tab_c][None, :]) + 2)
        delta += REVISIT * (step_r + step_c)

        delta += self._placement_terms(r, onehot, rows, cols)

        previous = self.previous[r]
        if (previous >= 0).any():
            prev_r, prev_c = previous[rows], previous[cols]
            away_r = (prev_r >= 0)[:, None] * ((tab_c[None, :] != prev_r[:, None]) * 1.0 - (tab_r != prev_r)[:, None])
            away_c = (prev_c >= 0)[None, :] * ((tab_r[:, None] != prev_c[None, :]) * 1.0 - (tab_c != prev_c)[None, :])
            delta += MOVE * (away_r + away_c)

        delta[tab_r[:, None] == tab_c[None, :]] = np.inf
        return delta

    def itinerary_deltas(self, rounds: NDArray[np.int64], person: int, cols: NDArray[np.int64]) -> NDArray[np.float64]:
        """The cost change of ``person`` trading whole itineraries (over ``rounds``) with each of ``cols``.

        Only placement changes: in a fresh plan neither has a history, so their meetings and
        visits are traded, not changed (but for partners kept together, whom a trade parts at a
        pair's cost, more than any balance gain). All rounds at once, to keep numpy calls few.
        """
        seats = self.seats[rounds]
        spot = seats[:, person]
        spots = seats[:, cols]
        moved = spots != spot[:, None]
        delta = self.tally.trade_deltas(rounds, person, cols, spot, spots)
        if self.has_pairs:
            for r, one_round in enumerate(rounds):
                onehot = self.onehot(int(one_round))
                linear_p, linear_c = self.pair_cost[person] @ onehot, self.pair_cost[cols] @ onehot
                direct = self.pair_cost[person, cols]
                own = np.arange(len(cols))
                change = linear_p[spots[r]] - linear_p[spot[r]] - direct
                change += linear_c[own, spot[r]] - linear_c[own, spots[r]] - direct
                delta += change * moved[r]
        delta[cols == person] = np.inf
        return delta

    def _placement_terms(self, r: int, onehot: Matrix, rows: NDArray[np.int64], cols: NDArray[np.int64]) -> Matrix:
        """Quotas, caps and pairs: what depends on who sits with whom in this round only."""
        tab_r, tab_c = self.seats[r][rows], self.seats[r][cols]
        delta = np.zeros((len(rows), len(cols)))
        if self.has_pairs:
            own_r, own_c = np.arange(len(rows)), np.arange(len(cols))
            linear_r, linear_c = self.pair_cost[rows] @ onehot, self.pair_cost[cols] @ onehot
            direct_pair = self.pair_cost[np.ix_(rows, cols)]
            delta += linear_r[:, tab_c] - linear_r[own_r, tab_r][:, None] - direct_pair
            delta += linear_c[:, tab_r].T - linear_c[own_c, tab_c][None, :] - direct_pair
        return delta + self.tally.swap_deltas(r, rows, tab_r, cols, tab_c)

    def trade(self, rounds: NDArray[np.int64], first: int, second: int) -> None:
        """Exchange two people's tables in ``rounds``, all at once: as one swap per round, in a
        few numpy calls (the balancing of a fresh plan makes hundreds of these a second)."""
        seats = self.seats[rounds]
        a, b = seats[:, first].copy(), seats[:, second].copy()
        moved = (a != b) & (a >= 0) & (b >= 0)
        rounds, a, b, seats = rounds[moved], a[moved], b[moved], seats[moved]
        if len(rounds) == 0:
            return
        gained = (seats == b[:, None]).sum(axis=0) - (seats == a[:, None]).sum(axis=0)
        gained[[first, second]] = 0
        for person, sign in ((first, 1.0), (second, -1.0)):  # the first goes from a to b, the second back
            change = sign * gained * self.meeting_weight[person]
            self.meetings[person] += change
            self.meetings[:, person] += change
        np.add.at(self.visits[first], a, -1)
        np.add.at(self.visits[first], b, 1)
        np.add.at(self.visits[second], b, -1)
        np.add.at(self.visits[second], a, 1)
        self.tally.move(
            np.concatenate((rounds, rounds)),
            np.repeat([first, second], len(rounds)),
            np.concatenate((a, b)),
            np.concatenate((b, a)),
        )
        self.seats[rounds, first], self.seats[rounds, second] = b, a

    def _counts(self, onehot: Matrix, people: NDArray[np.int64]) -> Matrix:
        """Per person and table, how many there would count as meetings (self and partners aside)."""
        counts = onehot.sum(axis=0)[None, :] - onehot[people]
        if self.has_pairs:
            counts -= (self.meeting_weight[people] == 0) @ onehot - onehot[people]
        return counts

    def conflicted(self, r: int) -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
        """Who, in round r, is part of a hard conflict (repeat, pair, cap), and who is back at a
        table or sits at one out of quota on a balanced attribute: the people worth moving."""
        seats = self.seats[r]
        present = seats >= 0
        same = (seats[:, None] == seats[None, :]) & present[:, None] & present[None, :]
        np.fill_diagonal(same, False)
        hard = (same & (self.meetings >= 2)).any(axis=1)
        tab = np.where(present, seats, 0)
        if self.has_pairs:
            hard |= (same & (self.pair_cost > 0)).any(axis=1)
            partners = (self.pair_cost < 0) & present[None, :]
            hard |= (partners & ~same).any(axis=1)
        soft = (self.revisit_weight > 0) & (self.visits[np.arange(len(seats)), tab] >= 2)
        if self.revisits_hard:
            hard |= soft
        over, unbalanced = self.tally.out_of_quota(r, tab)
        hard |= over
        soft |= unbalanced
        movable = present & self.movable[r]
        return hard & movable, soft & movable

    def hard_cost(self, weighed: bool = False) -> float:
        """Repeats, pair and cap violations (and tables seen again, when those are hard): what the
        search never stops on while some are left. ``weighed``: each as the cost weighs it (a
        pair met m times MEETING × (m² − 1), a pair kept apart or together PAIR, an official too
        many CAP, a table seen v times REVISIT × (v² − 1)), so that plans with different kinds
        of conflict compare as the cost says."""
        weights = (MEETING, CAP, PAIR, REVISIT) if weighed else (1.0, 1.0, 1.0, 1.0)
        repeats = float(_excess(self.meetings, weighed).sum()) / 2
        caps = self.tally.over_caps()
        pairs = 0.0
        if self.has_pairs:
            for r in range(self.seats.shape[0]):
                seats = self.seats[r]
                present = seats >= 0
                same = (seats[:, None] == seats[None, :]) & present[:, None] & present[None, :]
                np.fill_diagonal(same, False)
                pairs += float((same & (self.pair_cost > 0)).sum()) / 2
                pairs += float(((self.pair_cost < 0) & ~same & present[:, None] & present[None, :]).sum()) / 2
        revisits = 0.0
        if self.revisits_hard:
            revisits = float((self.revisit_weight[:, None] * _excess(self.visits, weighed)).sum())
        return float(np.dot(weights, (repeats, caps, pairs, revisits)))

    def revisits(self) -> float:
        """Times someone who should not is back at a table (weighted)."""
        return float((self.revisit_weight[:, None] * np.maximum(0, self.visits - 1)).sum())

    def swap(self, r: int, first: int, second: int) -> None:
        self.rotate(r, [first, second])

    def rotate(self, r: int, people: Sequence[int]) -> None:
        """Each of ``people`` (at distinct tables) takes the next one's seat in round r, the last
        the first's: a cycle at once, with one count of who sits with whom before and after."""
        movers = np.array(people, dtype=np.int64)
        seats = self.seats[r]
        source = seats[movers].copy()
        target = np.roll(source, -1)
        before = self.onehot(r)
        seats[movers] = target
        after = self.onehot(r)
        change = (after[movers] @ after.T - before[movers] @ before.T) * self.meeting_weight[movers]
        self.meetings[movers] += change
        self.meetings[:, movers] += change.T
        self.meetings[np.ix_(movers, movers)] -= change[:, movers]
        self.visits[movers, source] -= 1
        self.visits[movers, target] += 1
        self.tally.move(np.full(len(movers), r), movers, source, target)


def _excess(counts: Matrix, weighed: bool) -> Matrix:
    """Per count above one, c − 1, or c² − 1 when ``weighed`` (as Σ c² in the cost)."""
    over = np.maximum(0, counts - 1)
    return over * (over + 2) if weighed else over
