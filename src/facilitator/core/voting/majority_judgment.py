"""Majority judgment (Balinski & Laraki): majority grade, gauge and ranking from per-grade tallies.

Grades run from 0 (worst) to ``grade_count - 1`` (best). A tally is the number of judgments each grade
received for one proposal; every proposal must be judged by the same N ballots, so that shares and the
tie-break compare like with like. Exact fractions keep the procès-verbal free of rounding disputes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from itertools import accumulate

Tally = tuple[int, ...]
Run = tuple[int, int]
"""A grade and how many consecutive judgments, in sorted order, have it."""
PairRun = tuple[int, int, int]
"""A grade below the median, a grade above it, and how many consecutive tie-break steps remove that pair."""


class TallyError(ValueError):
    """The tallies cannot be counted as given: a counting or reconciliation mistake, never to be guessed at."""


class GaugeSign(StrEnum):
    """Which side of the majority grade weighs more, shown after it ("Bien+", "Passable−")."""

    PLUS = "+"
    MINUS = "−"


@dataclass(frozen=True)
class ProposalResult:
    """One proposal's line of the procès-verbal and of the merit profile."""

    index: int
    """Position of the proposal in the input."""
    tally: Tally
    """Judgments per grade, worst first, after any missing judgments were given the default grade."""
    majority_grade: int | None
    """α, the lower median grade; None when nobody voted (every proposal then shares rank 1)."""
    above_count: int
    """Judgments strictly better than α."""
    below_count: int
    """Judgments strictly worse than α."""
    above_share: Fraction
    """p: the share of judgments strictly better than α (0 when nobody voted)."""
    below_share: Fraction
    """q: the share of judgments strictly worse than α (0 when nobody voted)."""
    sign: GaugeSign | None
    """"+" when p > q, else "−"; None when nobody voted."""
    rank: int
    """Standard competition rank: identical tallies share a rank and the next rank is skipped (1, 1, 3)."""


def complete_tallies(
    tallies: Iterable[Sequence[int]], grade_count: int, ballot_count: int, *, default_grade: int = 0
) -> list[Tally]:
    """Give every judgment a ballot left empty the grade announced before the vote.

    A blank row on a ballot is not an abstention in majority judgment: it counts as the default grade
    (the worst, unless the assembly declared another), so that every proposal is judged by all N ballots.
    """
    _check_grade_count(grade_count)
    if not _is_count(ballot_count):
        raise TallyError(f"the number of ballots must be a non-negative integer, not {ballot_count!r}")
    if not _is_count(default_grade) or default_grade >= grade_count:
        raise TallyError(f"the default grade must be an integer from 0 to {grade_count - 1}, not {default_grade!r}")
    completed = []
    for index, raw in enumerate(tallies):
        tally = list(_checked_tally(index, raw, grade_count))
        judgments = sum(tally)
        if judgments > ballot_count:
            raise TallyError(
                f"proposal at index {index} has {judgments} judgments but there are {ballot_count} ballots"
            )
        tally[default_grade] += ballot_count - judgments
        completed.append(tuple(tally))
    return completed


def rank_proposals(
    tallies: Iterable[Sequence[int]],
    grade_count: int,
    *,
    ballot_count: int | None = None,
    default_grade: int = 0,
) -> list[ProposalResult]:
    """Majority grade, gauge and rank of each proposal, in input order.

    Without ``ballot_count`` the tallies must already be complete (equal sums): a proposal with fewer
    judgments is a counting mistake to show, not to fill in silently. With it, missing judgments get
    ``default_grade`` first (see ``complete_tallies``).
    """
    if ballot_count is None:
        _check_grade_count(grade_count)
        checked = [_checked_tally(index, raw, grade_count) for index, raw in enumerate(tallies)]
        _check_equal_sums(checked)
    else:
        checked = complete_tallies(tallies, grade_count, ballot_count, default_grade=default_grade)
    keys = [_rank_key(tally) for tally in checked]
    ascending = sorted(keys)
    return [
        _result(index, tally, rank=len(keys) - bisect_right(ascending, key) + 1)
        for index, (tally, key) in enumerate(zip(checked, keys, strict=True))
    ]


def majority_grade(tally: Sequence[int]) -> int | None:
    """α, the lower median: a strict majority judged the proposal α or better (an even N's upper median would not).

    None when the tally is empty, since no grade is then backed by anyone.
    """
    judgments = sum(tally)
    if judgments == 0:
        return None
    return bisect_left(list(accumulate(tally)), (judgments + 1) // 2)


def majority_value_key(tally: Sequence[int]) -> tuple[int, ...]:
    """A key whose order is the lexicographic order of the majority values of tallies with the same N.

    The majority value is the sequence of grades removed by repeatedly taking the lower median. On the
    sorted judgments x1 ≤ … ≤ xN that removal order is fixed: the middle one (two for an even N), then
    pairs (one just below, one just above), moving outwards. Pairs repeat in O(grade_count) runs, so the
    key is built from the runs, not from N steps. Within equal prefixes, a run of one pair is better the
    shorter it is when the next pair is better, and the longer it is when the next pair is worse; the
    run's weight encodes that (positive, decreasing with length / negative, increasing / 0 for the last
    run), which lets plain tuple comparison do the lexicographic comparison.
    """
    judgments = sum(tally)
    pair_count = (judgments - 1) // 2 if judgments else 0
    middle = _grade_runs(tally, pair_count + 1, judgments - pair_count)
    below = _grade_runs(tally, 1, pair_count)[::-1]
    above = _grade_runs(tally, judgments - pair_count + 1, judgments)
    head = tuple(grade for grade, count in middle for _ in range(count))
    return head + _weighted_runs(list(_pair_runs(below, above)), judgments + 1)


def _is_count(value: object) -> bool:
    """Booleans are ints in Python, but a True in a tally is a bug upstream, not one judgment."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _check_grade_count(grade_count: int) -> None:
    if not _is_count(grade_count) or grade_count < 2:
        raise TallyError(f"a grade scale needs an integer number of grades, at least 2, not {grade_count!r}")


def _checked_tally(index: int, tally: Sequence[int], grade_count: int) -> Tally:
    counts = tuple(tally)
    if len(counts) != grade_count:
        raise TallyError(f"proposal at index {index} has {len(counts)} grade counts, the scale has {grade_count}")
    for grade, count in enumerate(counts):
        if not _is_count(count):
            raise TallyError(
                f"proposal at index {index}: the count for grade {grade} must be a non-negative integer, not {count!r}"
            )
    return counts


def _check_equal_sums(tallies: Sequence[Tally]) -> None:
    sums = [sum(tally) for tally in tallies]
    for index, judgments in enumerate(sums):
        if judgments != sums[0]:
            raise TallyError(
                f"proposal at index {index} has {judgments} judgments, proposal at index 0 has {sums[0]}:"
                " give the number of ballots to complete the missing judgments with the default grade"
            )


def _gauge_counts(tally: Tally, grade: int) -> tuple[int, int]:
    return sum(tally[grade + 1 :]), sum(tally[:grade])


def _rank_key(tally: Tally) -> tuple[object, ...]:
    """Steps 1–4 of the reference in order: α, then +p or −q, then the majority value.

    The gauge compares counts rather than shares: all proposals have the same N. Empty when nobody
    voted: all proposals then have empty tallies and compare equal.
    """
    grade = majority_grade(tally)
    if grade is None:
        return ()
    above, below = _gauge_counts(tally, grade)
    gauge = above if above > below else -below
    return (grade, gauge, majority_value_key(tally))


def _result(index: int, tally: Tally, *, rank: int) -> ProposalResult:
    grade = majority_grade(tally)
    if grade is None:
        return ProposalResult(index, tally, None, 0, 0, Fraction(0), Fraction(0), None, rank)
    above, below = _gauge_counts(tally, grade)
    judgments = sum(tally)
    sign = GaugeSign.PLUS if above > below else GaugeSign.MINUS
    return ProposalResult(
        index, tally, grade, above, below, Fraction(above, judgments), Fraction(below, judgments), sign, rank
    )


def _grade_runs(tally: Sequence[int], first: int, last: int) -> list[Run]:
    """The grades of the sorted judgments at positions first..last (1-based, inclusive), worst first."""
    runs = []
    start = 1
    for grade, count in enumerate(tally):
        overlap = min(start + count - 1, last) - max(start, first) + 1
        if overlap > 0:
            runs.append((grade, overlap))
        start += count
    return runs


def _pair_runs(below: Sequence[Run], above: Sequence[Run]) -> Iterator[PairRun]:
    """Read two run sequences of equal total length side by side, as runs of (below, above) pairs."""
    below_runs, above_runs = iter(below), iter(above)
    low, low_left = next(below_runs, (0, 0))
    high, high_left = next(above_runs, (0, 0))
    while low_left:
        length = min(low_left, high_left)
        yield low, high, length
        low_left -= length
        high_left -= length
        if not low_left:
            low, low_left = next(below_runs, (low, 0))
        if not high_left:
            high, high_left = next(above_runs, (high, 0))


def _weighted_runs(runs: Sequence[PairRun], bound: int) -> tuple[int, ...]:
    """Flatten runs to (below, above, weight) triples; ``bound`` exceeds any run length.

    The next pair can only be worse below (the grade under the median drops) or, with the same grade
    below, better above; so a grade drop below means "worse next".
    """
    key: list[int] = []
    for position, (low, high, length) in enumerate(runs, start=1):
        if position == len(runs):
            weight = 0
        elif runs[position][0] < low:
            weight = length - bound
        else:
            weight = bound - length
        key += (low, high, weight)
    return tuple(key)
