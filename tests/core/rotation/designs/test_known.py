"""Schedules from designs: the packings of PG(3, 2) and PG(3, 3), cyclic triple systems, the
stored 8-4-10, and the numbering of their tables."""

from __future__ import annotations

import random
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.rotation.checker import measure
from facilitator.core.rotation.designs.kirkman import triple_rounds
from facilitator.core.rotation.designs.known import known_schedule
from facilitator.core.rotation.designs.labels import numbered
from facilitator.core.rotation.designs.projective import packing_rounds
from facilitator.core.rotation.model import Constraints, Person, Table
from facilitator.core.rotation.planner import plan

SGP = Constraints(caps={}, avoid_revisits=False)


@pytest.mark.parametrize(("q", "spreads"), [(2, 7), (3, 13)])
def test_a_packing_splits_everyone_into_full_tables_and_never_repeats_a_pair(q: int, spreads: int) -> None:
    tables, size = q * q + 1, q + 1
    rounds = packing_rounds(tables, size, spreads)
    assert rounds is not None and len(rounds) == spreads
    met: set[tuple[int, int]] = set()
    for groups in rounds:
        assert sorted(person for group in groups for person in group) == list(range(tables * size))
        assert all(len(group) == size for group in groups)
        for group in groups:
            for pair in combinations(sorted(group), 2):
                assert pair not in met
                met.add(pair)
    everyone = tables * size
    assert len(met) == everyone * (everyone - 1) // 2  # a full packing: every pair meets exactly once


def test_packings_exist_only_for_their_shape_and_rounds() -> None:
    assert packing_rounds(10, 4, 14) is None
    assert packing_rounds(10, 5, 3) is None
    assert packing_rounds(17, 5, 5) is None  # q = 4 is left to the modular construction


@pytest.mark.parametrize("people", [18, 24, 30, 36])
def test_a_cyclic_triple_system_reaches_the_most_rounds_and_leaves_one_unmet_partner_each(people: int) -> None:
    rounds = triple_rounds(people // 3, 3, people // 2 - 1)
    assert rounds is not None and len(rounds) == people // 2 - 1
    met: set[tuple[int, int]] = set()
    for groups in rounds:
        assert sorted(person for group in groups for person in group) == list(range(people))
        for group in groups:
            for pair in combinations(sorted(group), 2):
                assert pair not in met
                met.add(pair)
    unmet = [pair for pair in combinations(range(people), 2) if pair not in met]
    assert sorted(person for pair in unmet for person in pair) == list(range(people))  # a perfect matching
    assert triple_rounds(people // 3, 3, people // 2) is None
    assert triple_rounds(people // 3, 4, 3) is None


@pytest.mark.parametrize(("tables", "size", "rounds"), [(10, 4, 10), (5, 3, 7), (8, 4, 10), (6, 3, 8), (8, 3, 11)])
def test_design_schedules_reach_the_best_known_rounds(tables: int, size: int, rounds: int) -> None:
    people = [Person() for _ in range(tables * size)]
    room = [Table(size) for _ in range(tables)]
    schedule = known_schedule(tables, size, rounds)
    assert schedule is not None
    assert measure(schedule, people, room, SGP).repeated_pairs == 0
    result = plan(people, room, rounds, SGP, seed=0)
    assert result.metrics.repeated_pairs == 0


def test_numbering_sends_people_back_less_than_numbering_in_order() -> None:
    rounds = packing_rounds(10, 4, 10)
    assert rounds is not None
    people = [Person() for _ in range(40)]
    tables = [Table(4) for _ in range(10)]
    in_order = [tuple(next(t for t, g in enumerate(groups) if p in g) for p in range(40)) for groups in rounds]
    revisits = measure(numbered(rounds, 40), people, tables, Constraints(caps={})).revisits
    assert revisits < measure(in_order, people, tables, Constraints(caps={})).revisits


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 6), st.integers(1, 4), st.integers(1, 6), st.integers(0, 10**6))
def test_numbering_keeps_who_sits_with_whom(tables: int, size: int, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    count = tables * size
    grouped = []
    for _ in range(rounds):
        order = list(range(count))
        rng.shuffle(order)
        grouped.append([order[t * size : (t + 1) * size] for t in range(tables)])
    seats = numbered(grouped, count)
    for groups, one_round in zip(grouped, seats, strict=True):
        assert sorted(sorted(group) for group in groups) == sorted(
            sorted(p for p in range(count) if one_round[p] == t) for t in range(tables)
        )
    if rounds <= 1:
        assert measure(seats, [Person()] * count, [Table(size)] * tables, Constraints(caps={})).revisits == 0
