"""The setup proposed for a room lets its people go the rounds without meeting twice."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.rotation import Constraints, Person, Table, plan
from facilitator.core.rotation.setup import PROPOSED_TABLE_SIZES, default_settings, proposed_table_size
from tests.helpers.clock import StepClock


def test_thirty_nine_people_get_seven_tables_of_five_or_six() -> None:
    settings = default_settings(39)
    assert (len(settings.tables), settings.tables[0].capacity, settings.rounds) == (7, 6, 4)
    assert not settings.reach(39).crowded


def test_a_large_room_keeps_tables_of_eight() -> None:
    settings = default_settings(170)
    assert (len(settings.tables), settings.tables[0].capacity) == (22, 8)


def test_six_tables_of_six_are_not_proposed_for_four_rounds() -> None:
    """6 × 6 allows 3 rounds at most (no pair of orthogonal Latin squares of order 6)."""
    for count in (33, 34, 35, 36):
        assert len(default_settings(count).tables) != 6


@given(st.integers(10, 400), st.integers(2, 6))
def test_the_proposal_is_never_crowded_when_some_size_is_not(count: int, rounds: int) -> None:
    settings = default_settings(count, rounds=rounds)
    reach = settings.reach(count)
    some_size_fits = any(
        not default_settings(count, size, rounds).reach(count).crowded
        and default_settings(count, size, rounds).reach(count).limit >= rounds
        for size in PROPOSED_TABLE_SIZES
    )
    if some_size_fits:
        assert not reach.crowded and reach.limit >= rounds
    assert settings.seats >= count
    assert proposed_table_size(count, rounds) in PROPOSED_TABLE_SIZES


@given(st.integers(9, 90))
def test_the_planner_meets_the_proposal_for_four_rounds(count: int) -> None:
    settings = default_settings(count)
    result = plan(
        [Person() for _ in range(count)],
        [Table(table.capacity) for table in settings.tables],
        settings.rounds,
        Constraints(caps={}),
        seed=3,
        clock=StepClock(),
    )
    assert result.metrics.repeated_pairs == 0


def test_a_room_too_large_to_plan_within_its_deadline_is_refused_up_front() -> None:
    from facilitator.core.rotation.model import RotationProblem
    from facilitator.core.rotation.setup import MAX_PEOPLE, MAX_ROUNDS, MAX_TABLE_SIZE, RotationRefused

    cases = [
        ([Person() for _ in range(MAX_PEOPLE + 1)], [Table(10)] * 51, 4, RotationProblem.TOO_MANY_PEOPLE),
        ([Person() for _ in range(60)], [Table(MAX_TABLE_SIZE + 1)] * 2, 4, RotationProblem.TABLE_TOO_LARGE),
        ([Person() for _ in range(60)], [Table(6)] * 10, MAX_ROUNDS + 1, RotationProblem.TOO_MANY_ROUNDS),
    ]
    for people, tables, rounds, problem in cases:
        try:
            plan(people, tables, rounds, Constraints(caps={}), clock=StepClock())
        except RotationRefused as refused:
            assert refused.problem is problem
        else:
            raise AssertionError(f"{len(people)} people at {len(tables)} tables for {rounds} rounds were planned")
