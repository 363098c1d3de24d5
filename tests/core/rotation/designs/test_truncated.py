"""Table counts one below a prime power on GF(T + 1) without its last table, checked by the
independent checker; officials kept apart on it; the world café of 15 hosted tables."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from facilitator.core.rotation.checker import measure
from facilitator.core.rotation.designs.truncated import one_table_short
from facilitator.core.rotation.model import Constraints, Person, Table
from facilitator.core.rotation.planner import plan
from facilitator.core.rotation.search.placement import slotted_movers
from facilitator.demo.rooms import synthetic_room


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([6, 10, 12, 15]), st.integers(1, 8), st.integers(1, 130))
def test_one_table_short_repeats_no_pair_and_revisits_no_table(tables: int, rounds: int, people: int) -> None:
    built = one_table_short(people, tables, min(rounds, tables))
    assume(built is not None)
    assert built is not None
    rounds = min(rounds, tables)
    schedule = [tuple(path[r] for path in built.seats) for r in range(rounds)]
    metrics = measure(schedule, [Person()] * people, [Table(people)] * tables, Constraints(caps={}))
    assert (metrics.repeated_pairs, metrics.revisits, metrics.uneven_rounds) == (0, 0, 0)
    assert len(built.seats) == people and all(table < tables for path in built.seats for table in path)
    for members in built.classes:
        for r in range(rounds):
            assert len({built.seats[slot][r] for slot in members}) == len(members)


def test_fifteen_tables_of_eight_who_move_fit_exactly() -> None:
    assert one_table_short(120, 15, 8) is not None and one_table_short(121, 15, 8) is None
    assert one_table_short(100, 14, 4) is None  # 15 is no prime power


def test_officials_are_kept_apart_beyond_one_step_class() -> None:
    """One step class holds 8 slots here: first fit stopped there and seated 4 officials with
    others; a search finds 12 slots that never share a table."""
    built = one_table_short(115, 15, 8)
    assert built is not None
    people = synthetic_room(115, 12, 7)
    order = slotted_movers(people, Constraints(), list(range(115)), built.seats)
    slots = [order.index(official) for official in range(12)]
    cells = [(r, built.seats[slot][r]) for slot in slots for r in range(8)]
    assert len(set(cells)) == len(cells)


def test_a_world_cafe_of_fifteen_hosted_tables_for_eight_rounds() -> None:
    """130 people at 15 hosted tables of 9 for 8 rounds, 12 officials: GF(13) with two extra
    tables left 4 repeated pairs and a return the search could not part."""
    people = synthetic_room(130, 12, 7)
    tables = [Table(9, host=129 - t) for t in range(15)]
    result = plan(people, tables, 8, Constraints(), seed=1)
    metrics = result.metrics
    assert (metrics.repeated_pairs, metrics.revisits, metrics.official_clashes, metrics.hard_violations) == (0,) * 4
