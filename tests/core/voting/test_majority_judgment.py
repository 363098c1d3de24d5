"""Majority judgment: the reference's vectors, the gauge, missing judgments, and the ranking's properties.

The oracle for the tie-break is the reference's literal procedure (remove the lower median, again and
again), written here only, on the expanded list of judgments rather than on tallies.
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction
from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.voting.majority_judgment import (
    GaugeSign,
    ProposalResult,
    TallyError,
    complete_tallies,
    majority_grade,
    majority_value_key,
    rank_proposals,
)

# Reference table, tallies worst → best. #3: 7 grades, 2 voters: A {6,6}, B {5,2}, C {5,5}, D {1,0}.
VECTOR_3 = [[0, 0, 0, 0, 0, 0, 2], [0, 0, 1, 0, 0, 1, 0], [0, 0, 0, 0, 0, 2, 0], [1, 1, 0, 0, 0, 0, 0]]
REFERENCE_VECTORS = [
    pytest.param([[0, 2, 5, 2, 4], [2, 1, 4, 1, 5], [0, 1, 6, 3, 3]], None, [2, 1, 3], id="1"),
    pytest.param([[0, 1, 1, 1, 0], [2, 0, 0, 0, 1], [1, 0, 1, 1, 0]], None, [1, 3, 2], id="2"),
    pytest.param(VECTOR_3, None, [1, 3, 2, 4], id="3"),
    pytest.param([[1, 1, 1], [1, 0, 2], [3, 0, 0], [2, 0, 1], [0, 3, 0]], None, [3, 1, 5, 4, 2], id="4"),
    pytest.param(
        [[2, 2, 2, 2, 2], [1, 2, 2, 2, 2], [0, 0, 4, 0, 0], [0, 0, 0, 0, 2], [0, 0, 0, 1, 1]],
        10,
        [1, 1, 3, 4, 5],
        id="5",
    ),
    pytest.param([[4, 5, 2, 1, 3, 1, 2], [3, 6, 2, 1, 3, 1, 2]], None, [2, 1], id="7"),
    pytest.param(
        [[2, 2, 2, 2, 2], [2, 1, 1, 1, 5], [2, 1, 1, 2, 4], [2, 1, 5, 0, 2], [2, 2, 2, 2, 2]],
        None,
        [4, 1, 2, 3, 4],
        id="9",
    ),
    pytest.param([[0, 1, 0, 1, 0, 1], [0, 0, 0, 1, 0, 1]], 3, [1, 2], id="10"),
]


def judgments_of(tally: list[int] | tuple[int, ...]) -> list[int]:
    return sorted(grade for grade, count in enumerate(tally) for _ in range(count))


def lower_median(judgments: list[int]) -> int:
    return judgments[(len(judgments) - 1) // 2]


def removal_sequence(tally: list[int] | tuple[int, ...]) -> list[int]:
    """The reference's majority value: take the lower median, remove one judgment of it, repeat."""
    judgments = judgments_of(tally)
    sequence = []
    while judgments:
        grade = lower_median(judgments)
        judgments.remove(grade)
        sequence.append(grade)
    return sequence


def literal_key(tally: list[int] | tuple[int, ...]) -> tuple[object, ...]:
    """Steps 1 to 4 of the reference, each computed from the list of judgments."""
    judgments = judgments_of(tally)
    if not judgments:
        return ()
    alpha = lower_median(judgments)
    p = Fraction(sum(j > alpha for j in judgments), len(judgments))
    q = Fraction(sum(j < alpha for j in judgments), len(judgments))
    return (alpha, p if p > q else -q, removal_sequence(tally))


def oracle_ranks(tallies: list[list[int]]) -> list[int]:
    keys = [literal_key(tally) for tally in tallies]
    return [1 + sum(other > key for other in keys) for key in keys]  # type: ignore[operator]


def ranks(results: list[ProposalResult]) -> list[int]:
    return [result.rank for result in results]


def all_tallies(ballots: int, grade_count: int) -> list[tuple[int, ...]]:
    return [
        (*head, ballots - sum(head))
        for head in product(range(ballots + 1), repeat=grade_count - 1)
        if sum(head) <= ballots
    ]


@st.composite
def elections(
    draw: st.DrawFn, min_proposals: int = 1, max_proposals: int = 6, max_ballots: int = 25
) -> tuple[int, list[list[int]]]:
    """A grade scale and complete tallies (same N) for a few proposals, drawn from a small pool so that ties occur."""
    grade_count = draw(st.integers(2, 7))
    ballots = draw(st.integers(0, max_ballots))
    tally = st.lists(st.integers(0, grade_count - 1), min_size=ballots, max_size=ballots).map(
        lambda judgments: [Counter(judgments)[grade] for grade in range(grade_count)]
    )
    pool = draw(st.lists(tally, min_size=1, max_size=max_proposals))
    picks = draw(st.lists(st.integers(0, len(pool) - 1), min_size=min_proposals, max_size=max_proposals))
    return grade_count, [list(pool[pick]) for pick in picks]


# The reference's vectors


@pytest.mark.parametrize(("tallies", "ballot_count", "expected"), REFERENCE_VECTORS)
def test_reference_vectors(tallies: list[list[int]], ballot_count: int | None, expected: list[int]) -> None:
    results = rank_proposals(tallies, len(tallies[0]), ballot_count=ballot_count)
    assert ranks(results) == expected
    assert [result.index for result in results] == list(range(len(tallies)))


@pytest.mark.parametrize(("tallies", "ballot_count", "expected"), REFERENCE_VECTORS)
def test_reference_vectors_agree_with_the_literal_procedure(
    tallies: list[list[int]], ballot_count: int | None, expected: list[int]
) -> None:
    completed = complete_tallies(tallies, len(tallies[0]), ballot_count or sum(tallies[0]))
    assert oracle_ranks([list(tally) for tally in completed]) == expected


def test_vector_3_majority_grades() -> None:
    assert [result.majority_grade for result in rank_proposals(VECTOR_3, 7)] == [6, 2, 5, 0]


def test_vector_5_fills_missing_judgments_with_the_worst_grade() -> None:
    tallies = [[2, 2, 2, 2, 2], [1, 2, 2, 2, 2], [0, 0, 4, 0, 0], [0, 0, 0, 0, 2], [0, 0, 0, 1, 1]]
    results = rank_proposals(tallies, 5, ballot_count=10)
    assert [result.tally for result in results] == [
        (2, 2, 2, 2, 2),
        (2, 2, 2, 2, 2),
        (6, 0, 4, 0, 0),
        (8, 0, 0, 0, 2),
        (8, 0, 0, 1, 1),
    ]
    assert [result.index for result in sorted(results, key=lambda result: (result.rank, result.index))] == [
        0,
        1,
        2,
        3,
        4,
    ]


# Majority grade and gauge


def test_majority_grade_and_gauge_of_an_odd_number_of_judgments() -> None:
    [result] = rank_proposals([[1, 2, 3, 4, 1]], 5)
    assert result.majority_grade == 2  # sorted judgments 0 1 1 2 2 [2] 3 3 3 3 4
    assert (result.above_count, result.below_count) == (5, 3)
    assert (result.above_share, result.below_share) == (Fraction(5, 11), Fraction(3, 11))
    assert result.sign is GaugeSign.PLUS


def test_the_majority_grade_is_the_lower_of_two_middle_judgments() -> None:
    [result] = rank_proposals([[0, 2, 2, 0]], 4)
    assert result.majority_grade == 1
    assert (result.above_share, result.below_share, result.sign) == (Fraction(1, 2), 0, GaugeSign.PLUS)


def test_the_gauge_is_minus_when_below_outweighs_above() -> None:
    [result] = rank_proposals([[2, 2, 1, 0]], 4)
    assert (result.majority_grade, result.above_count, result.below_count) == (1, 1, 2)
    assert (result.above_share, result.below_share) == (Fraction(1, 5), Fraction(2, 5))
    assert result.sign is GaugeSign.MINUS
    assert str(result.sign) == "−"


def test_the_gauge_is_minus_when_both_sides_weigh_the_same() -> None:
    [result] = rank_proposals([[1, 1, 1]], 3)
    assert result.above_share == result.below_share == Fraction(1, 3)
    assert result.sign is GaugeSign.MINUS


def test_the_gauge_decides_between_equal_majority_grades() -> None:
    # All have α = 2; +p for the first two (p = 3/10, 4/10), −q for the last two (q = 2/10, 4/10).
    tallies = [[1, 1, 5, 3, 0], [0, 1, 5, 2, 2], [1, 1, 7, 1, 0], [2, 2, 5, 0, 1]]
    results = rank_proposals(tallies, 5)
    assert {result.majority_grade for result in results} == {2}
    assert [result.sign for result in results] == [GaugeSign.PLUS, GaugeSign.PLUS, GaugeSign.MINUS, GaugeSign.MINUS]
    assert ranks(results) == [2, 1, 3, 4]


def test_majority_grade_of_nobody_is_none() -> None:
    assert majority_grade([0, 0, 0]) is None
    assert majority_grade([0, 0, 1]) == 2


def test_no_ballots_rank_every_proposal_first() -> None:
    for results in (rank_proposals([[0, 0, 0], [0, 0, 0]], 3), rank_proposals([[0, 0]] * 3, 2, ballot_count=0)):
        assert ranks(results) == [1] * len(results)
        for result in results:
            assert (result.majority_grade, result.sign) == (None, None)
            assert (result.above_share, result.below_share, result.above_count, result.below_count) == (0, 0, 0, 0)


def test_no_proposals_give_no_results() -> None:
    assert rank_proposals([], 5) == []


# Missing judgments and bad input


def test_missing_judgments_get_the_declared_default_grade() -> None:
    assert complete_tallies([[0, 1, 0], [1, 1, 1]], 3, 3) == [(2, 1, 0), (1, 1, 1)]
    assert complete_tallies([[0, 1, 0], [1, 1, 1]], 3, 3, default_grade=1) == [(0, 3, 0), (1, 1, 1)]
    results = rank_proposals([[0, 0, 1], [0, 1, 0]], 3, ballot_count=3, default_grade=2)
    assert [result.tally for result in results] == [(0, 0, 3), (0, 1, 2)]
    assert ranks(results) == [1, 2]


@pytest.mark.parametrize(
    ("tallies", "grade_count", "options", "message"),
    [
        pytest.param([[1, 2, 3]], 3, {"ballot_count": 5}, "has 6 judgments but there are 5 ballots", id="above-N"),
        pytest.param([[1, -1, 3]], 3, {}, "grade 1 must be a non-negative integer", id="negative"),
        pytest.param([[1, 1.5, 3]], 3, {}, "grade 1 must be a non-negative integer", id="float"),
        pytest.param([[1, True, 3]], 3, {}, "grade 1 must be a non-negative integer", id="bool"),
        pytest.param([[1, 2, 3], [1, 2]], 3, {}, "index 1 has 2 grade counts, the scale has 3", id="short"),
        pytest.param([[1, 2, 3, 0]], 3, {}, "index 0 has 4 grade counts", id="long"),
        pytest.param([[1, 2, 3], [1, 2, 2]], 3, {}, "index 1 has 5 judgments, proposal at index 0 has 6", id="unequal"),
        pytest.param([[1]], 1, {}, "at least 2", id="one-grade"),
        pytest.param([[1, 2]], 2, {"ballot_count": -1}, "number of ballots must be a non-negative", id="ballots"),
        pytest.param([[1, 2]], 2, {"ballot_count": 3, "default_grade": 2}, "from 0 to 1, not 2", id="default"),
        pytest.param([[1, 2]], 2, {"ballot_count": 3, "default_grade": -1}, "from 0 to 1, not -1", id="default<0"),
    ],
)
def test_bad_input_is_refused_with_a_message(
    tallies: list[list[object]], grade_count: int, options: dict[str, int], message: str
) -> None:
    with pytest.raises(TallyError, match=message) as refusal:
        rank_proposals(tallies, grade_count, **options)  # type: ignore[arg-type]
    assert isinstance(refusal.value, ValueError)


# The tie-break key against the literal removal procedure


@pytest.mark.parametrize("grade_count", [2, 3, 4])
def test_the_key_orders_every_small_tally_like_the_removal_procedure(grade_count: int) -> None:
    for ballots in range(8):
        tallies = all_tallies(ballots, grade_count)
        keys = {tally: majority_value_key(tally) for tally in tallies}
        sequences = {tally: removal_sequence(tally) for tally in tallies}
        for first, second in product(tallies, repeat=2):
            assert (keys[first] < keys[second]) == (sequences[first] < sequences[second]), (first, second)
            assert (keys[first] == keys[second]) == (first == second), (first, second)


@given(elections(min_proposals=2, max_proposals=2, max_ballots=60))
def test_the_key_orders_random_tallies_like_the_removal_procedure(election: tuple[int, list[list[int]]]) -> None:
    _, (first, second) = election
    first_key, second_key = majority_value_key(first), majority_value_key(second)
    first_sequence, second_sequence = removal_sequence(first), removal_sequence(second)
    assert (first_key < second_key) == (first_sequence < second_sequence)
    assert (first_key == second_key) == (first_sequence == second_sequence)


# Properties of the ranking


@given(elections())
def test_ranks_match_the_literal_procedure(election: tuple[int, list[list[int]]]) -> None:
    grade_count, tallies = election
    assert ranks(rank_proposals(tallies, grade_count)) == oracle_ranks(tallies)


@given(elections())
def test_gauge_and_majority_grade_match_the_list_of_judgments(election: tuple[int, list[list[int]]]) -> None:
    grade_count, tallies = election
    for tally, result in zip(tallies, rank_proposals(tallies, grade_count), strict=True):
        judgments = judgments_of(tally)
        if not judgments:
            assert result.majority_grade is None
            continue
        alpha = lower_median(judgments)
        above = sum(j > alpha for j in judgments)
        below = sum(j < alpha for j in judgments)
        assert (result.majority_grade, result.above_count, result.below_count) == (alpha, above, below)
        assert result.above_share == Fraction(above, len(judgments))
        assert result.below_share == Fraction(below, len(judgments))
        assert result.sign is (GaugeSign.PLUS if above > below else GaugeSign.MINUS)


@given(elections(), st.data())
def test_ranks_do_not_depend_on_the_order_of_proposals(
    election: tuple[int, list[list[int]]], data: st.DataObject
) -> None:
    grade_count, tallies = election
    order = data.draw(st.permutations(range(len(tallies))))
    before = ranks(rank_proposals(tallies, grade_count))
    after = ranks(rank_proposals([tallies[i] for i in order], grade_count))
    assert after == [before[i] for i in order]


@given(elections(), st.data())
def test_one_more_top_grade_never_lowers_a_rank(election: tuple[int, list[list[int]]], data: st.DataObject) -> None:
    grade_count, tallies = election
    chosen = data.draw(st.integers(0, len(tallies) - 1))
    raised = [list(tally) for tally in tallies]
    for index, tally in enumerate(raised):
        tally[grade_count - 1 if index == chosen else 0] += 1
    before = rank_proposals(tallies, grade_count)[chosen].rank
    assert rank_proposals(raised, grade_count)[chosen].rank <= before


@given(elections())
def test_identical_tallies_share_a_rank_and_ranks_are_competition_ranks(
    election: tuple[int, list[list[int]]],
) -> None:
    grade_count, tallies = election
    results = rank_proposals(tallies, grade_count)
    for first, second in product(results, repeat=2):
        if first.tally == second.tally:
            assert first.rank == second.rank
    for result in results:
        assert result.rank == 1 + sum(other.rank < result.rank for other in results)
    assert [result.rank for result in sorted(results, key=lambda result: (result.rank, result.index))] == sorted(
        ranks(results)
    )
