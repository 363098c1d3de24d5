"""The independent checker against schedules made by hand, and the quota rule."""

from __future__ import annotations

import pytest

from facilitator.core.rotation.checker import Conflict, conflicts, measure
from facilitator.core.rotation.model import Constraints, Person, Table, quota

PLAIN = Constraints(caps={})


def people(count: int, **kinds: list[int]) -> list[Person]:
    kind_of = {person: kind for kind, members in kinds.items() for person in members}
    return [Person(kind=kind_of.get(person, "citizen")) for person in range(count)]


def test_a_schedule_where_nobody_meets_twice() -> None:
    rounds = [(0, 0, 1, 1), (0, 1, 0, 1)]
    metrics = measure(rounds, people(4), [Table(2), Table(2)], PLAIN)
    assert metrics.repeated_pairs == 0
    assert metrics.most_meetings == 1
    assert metrics.new_faces_min == 1.0


def test_repeated_pairs_count_every_meeting_after_the_first() -> None:
    rounds = [(0, 0, 1, 1), (0, 1, 0, 1), (0, 0, 1, 1), (0, 0, 1, 1)]
    metrics = measure(rounds, people(4), [Table(2), Table(2)], PLAIN)
    assert metrics.repeated_pairs == 4  # (0, 1) and (2, 3) met three times each
    assert metrics.most_meetings == 3
    assert metrics.new_faces_min == 0.0


def test_partners_kept_together_do_not_count_as_repeats() -> None:
    rounds = [(0, 0, 1, 1), (0, 0, 1, 1)]
    together = Constraints(caps={}, keep_together=frozenset({frozenset({0, 1})}))
    metrics = measure(rounds, people(4), [Table(2), Table(2)], together)
    assert metrics.repeated_pairs == 1
    assert metrics.together_violations == 0


def test_officials_at_one_table_are_clashes() -> None:
    rounds = [(0, 0, 1, 1, 0, 1)]
    metrics = measure(rounds, people(6, elected=[0, 1, 2]), [Table(3), Table(3)], Constraints())
    assert metrics.official_clashes == 1


def test_revisits_hosts_and_capacities() -> None:
    rounds = [(0, 1, 0, 1, 0), (0, 0, 1, 1, 0), (1, 0, 1, 0, 0)]
    tables = [Table(2, host=4), Table(3)]
    metrics = measure(rounds, people(5), tables, PLAIN)
    assert metrics.pinned_moves == 0
    assert metrics.revisits == 4  # each of the four who move sits twice at one table
    assert metrics.capacity_excess == 1 + 1 + 1  # three at table 0 each round
    moved = [*rounds, (0, 0, 0, 1, 1)]
    assert measure(moved, people(5), tables, PLAIN).pinned_moves == 1


def test_revisits_count_only_where_tables_are_places() -> None:
    """Social Golfer groups have no place of their own: coming back to group 0 is no flaw."""
    rounds = [(0, 0, 1, 1), (0, 1, 0, 1), (0, 1, 1, 0)]
    golfers = Constraints(caps={}, avoid_revisits=False)
    assert measure(rounds, people(4), [Table(2), Table(2)], golfers).revisits == 0
    assert measure(rounds, people(4), [Table(2), Table(2)], Constraints(caps={})).revisits == 2 + 1 + 1 + 1


def test_pairs_kept_apart_and_together() -> None:
    rounds = [(0, 0, 1, 1), (0, 1, 0, 1)]
    constraints = Constraints(
        caps={}, keep_apart=frozenset({frozenset({0, 1})}), keep_together=frozenset({frozenset({2, 3})})
    )
    metrics = measure(rounds, people(4), [Table(2), Table(2)], constraints)
    assert metrics.apart_violations == 1
    assert metrics.together_violations == 1


def test_absent_people_are_left_out() -> None:
    rounds = [(0, 0, 1, None), (0, 1, 0, None)]
    metrics = measure(rounds, people(4), [Table(2), Table(2)], PLAIN)
    assert metrics.repeated_pairs == 0
    assert metrics.uneven_rounds == 0


@pytest.mark.parametrize(
    ("size", "share", "expected"),
    [(8, 0.5, (4, 4)), (9, 0.5, (4, 5)), (8, 0.2, (1, 2)), (10, 0.2, (2, 2)), (7, 0.0, (0, 0))],
)
def test_quota_is_floor_to_ceiling_of_the_expected_count(size: int, share: float, expected: tuple[int, int]) -> None:
    assert quota(size, share) == expected


def test_balance_is_the_share_of_tables_within_quota() -> None:
    genders = ["female", "female", "male", "male", "female", "female", "male", "male"]
    room = [Person(categories={"gender": gender}) for gender in genders]
    mixed = [(0, 0, 0, 0, 1, 1, 1, 1)]  # F F M M at both tables
    lopsided = [(0, 0, 1, 1, 0, 0, 1, 1)]  # F F F F and M M M M
    tables = [Table(4), Table(4)]
    assert measure(mixed, room, tables, PLAIN).balance["gender"] == 1.0
    assert measure(lopsided, room, tables, PLAIN).balance["gender"] == 0.0


def test_conflicts_say_what_is_wrong_with_each_seat() -> None:
    rounds = [(0, 0, 1, 1), (0, 0, 1, 1)]
    room = people(4, elected=[2, 3])
    found = conflicts(rounds, room, [Table(2), Table(2)], Constraints(), 1)
    assert found[0] == {Conflict.REPEAT, Conflict.REVISIT}
    assert found[2] == {Conflict.REPEAT, Conflict.REVISIT, Conflict.CAP}
