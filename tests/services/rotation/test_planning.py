"""Small groups on a real database file: setup, plan, hand moves, re-plan, history, restart."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from facilitator.app.runtime import Runtime
from facilitator.core.participants import Role
from facilitator.core.rotation import RotationProblem
from facilitator.core.rotation.setup import (
    RotationRefused,
    RotationSettings,
    TableSetup,
    by_table_count,
    by_table_size,
    default_settings,
)
from facilitator.demo.rooms import DAY, seated_room
from facilitator.services.attendance.desk import check_in, check_out
from facilitator.services.rotation.planning import (
    move_person,
    plan_groups,
    replan_groups,
    set_current_round,
    swap_people,
)
from facilitator.services.rotation.setup import save_settings
from facilitator.services.rotation.view import Basis, load_rotation
from facilitator.store.database import Database
from facilitator.store.models import ChangeLog, GroupAssignment

LUNCH = dt.datetime.combine(DAY, dt.time(12, 30))


def planned_room(
    db: Database, assembly: uuid.UUID, count: int = 40, rounds: int = 4
) -> tuple[uuid.UUID, list[uuid.UUID]]:
    session_id, ids = seated_room(db, assembly, count)
    save_settings(db, session_id, default_settings(count, table_size=5, rounds=rounds), set(ids))
    plan_groups(db, session_id, LUNCH, seed=7)
    return session_id, ids


def test_defaults_and_table_shapes() -> None:
    settings = default_settings(170)
    assert len(settings.tables) == 22 and settings.seats >= 170
    assert [table.capacity for table in by_table_count(170, 21, settings).tables] == [9] * 21
    assert len(by_table_size(170, 10, settings).tables) == 17


def test_a_setup_is_checked_and_kept(db: Database, assembly: uuid.UUID) -> None:
    session_id, ids = seated_room(db, assembly, 20)
    with pytest.raises(RotationRefused) as refused:
        save_settings(db, session_id, RotationSettings(3, (TableSetup(5), TableSetup(5))), set(ids))
    assert refused.value.problem == RotationProblem.TOO_FEW_SEATS
    stranger = uuid.uuid4()
    with pytest.raises(RotationRefused) as refused:
        save_settings(db, session_id, RotationSettings(3, (TableSetup(10, stranger), TableSetup(10))), set(ids))
    assert refused.value.problem == RotationProblem.HOST_ABSENT
    settings = RotationSettings(
        3,
        (TableSetup(10, ids[5]), TableSetup(10)),
        caps={Role.ELECTED: 1, Role.STAFF: 1},
        keep_apart=frozenset({frozenset({ids[6], ids[7]})}),
        stays={ids[8]: 1},
    )
    assert save_settings(db, session_id, settings, set(ids)).value
    assert not save_settings(db, session_id, settings, set(ids)).value
    assert load_rotation(db, session_id, LUNCH).settings == settings


def test_a_plan_seats_everyone_present_with_no_repeated_pair(db: Database, assembly: uuid.UUID) -> None:
    session_id, ids = planned_room(db, assembly)
    view = load_rotation(db, session_id, LUNCH)
    assert view.basis == Basis.PRESENT
    assert len(view.rounds) == 4
    assert all(set(seats) == set(ids) for seats in view.rounds)
    metrics = view.metrics()
    assert metrics.repeated_pairs == 0
    assert metrics.official_clashes == 0
    assert view.seed == 7
    with db.read() as session:
        assert session.query(GroupAssignment).count() == 4 * 40
        assert session.query(ChangeLog).filter(ChangeLog.entity == "group_assignment").count() == 4 * 40


def test_before_anyone_signs_in_the_plan_is_for_the_people_expected(db: Database, assembly: uuid.UUID) -> None:
    session_id, ids = seated_room(db, assembly, 24, signed_in=0)
    view = load_rotation(db, session_id, LUNCH)
    assert view.basis == Basis.EXPECTED
    assert view.room == set(ids)


def test_refusals_without_setup_or_plan(db: Database, assembly: uuid.UUID) -> None:
    session_id, ids = seated_room(db, assembly, 12)
    with pytest.raises(RotationRefused) as refused:
        plan_groups(db, session_id, LUNCH)
    assert refused.value.problem == RotationProblem.NO_SETUP
    save_settings(db, session_id, default_settings(12, 4, 2), set(ids))
    with pytest.raises(RotationRefused) as refused:
        replan_groups(db, session_id, LUNCH)
    assert refused.value.problem == RotationProblem.NO_PLAN


def test_moves_and_swaps_are_new_revisions_over_the_plan(db: Database, assembly: uuid.UUID) -> None:
    session_id, ids = planned_room(db, assembly)
    before = load_rotation(db, session_id, LUNCH)
    first, second = next((a, b) for a in ids for b in ids if before.rounds[1][a] != before.rounds[1][b])
    swap_people(db, session_id, 1, first, second, LUNCH)
    after = load_rotation(db, session_id, LUNCH)
    assert after.rounds[1][first] == before.rounds[1][second]
    assert after.rounds[1][second] == before.rounds[1][first]
    assert after.rounds[0] == before.rounds[0] and after.rounds[2] == before.rounds[2]
    move_person(db, session_id, 2, first, 0, LUNCH)
    moved = load_rotation(db, session_id, LUNCH)
    assert moved.rounds[2][first] == 0
    assert moved.revisions == 3
    with pytest.raises(RotationRefused):
        move_person(db, session_id, 9, first, 0, LUNCH)


def test_a_replan_after_lunch_seats_the_late_and_frees_the_seats_of_who_left(db: Database, assembly: uuid.UUID) -> None:
    session_id, ids = seated_room(db, assembly, 44, signed_in=40)
    save_settings(db, session_id, default_settings(44, table_size=5, rounds=5), set(ids))
    plan_groups(db, session_id, LUNCH, seed=3)
    set_current_round(db, session_id, 2)
    planned = load_rotation(db, session_id, LUNCH)
    for person in ids[40:]:
        check_in(db, session_id, person, LUNCH)
    for person in ids[10:12]:
        check_out(db, session_id, person, LUNCH)
    view = load_rotation(db, session_id, LUNCH)
    assert set(view.arrivals()) == set(ids[40:])
    assert set(view.departures()) == set(ids[10:12])
    replan_groups(db, session_id, LUNCH, seed=5)
    after = load_rotation(db, session_id, LUNCH)
    assert after.rounds[:2] == planned.rounds[:2]
    for person in ids:
        if person in ids[10:12]:
            assert all(person not in seats for seats in after.rounds[2:])
        elif person in ids[40:]:
            assert all(person in seats for seats in after.rounds[2:])
        else:
            assert after.rounds[2][person] == planned.rounds[2][person]
    assert after.arrivals() == [] and after.departures() == []
    assert after.revisions == 2


def test_the_plan_survives_a_restart(context: Runtime, tmp_path: Path, db: Database, assembly: uuid.UUID) -> None:
    session_id, _ = planned_room(db, assembly)
    rounds = load_rotation(db, session_id, LUNCH).rounds
    db.dispose()
    reopened = context.open_database(tmp_path / "test.sqlite")
    try:
        assert load_rotation(reopened, session_id, LUNCH).rounds == rounds
    finally:
        reopened.dispose()


def test_a_plan_whose_tables_changed_is_out_of_date_until_planned_again(db: Database, assembly: uuid.UUID) -> None:
    from facilitator.services.rotation.documents import print_table_cards

    session_id, ids = planned_room(db, assembly, count=40)
    view = load_rotation(db, session_id, LUNCH)
    assert view.settings is not None and not view.stale
    fewer = by_table_count(40, 4, view.settings)
    save_settings(db, session_id, RotationSettings(4, fewer.tables), set(ids))
    stale = load_rotation(db, session_id, LUNCH)
    assert stale.stale
    for refused_action in (
        lambda: replan_groups(db, session_id, LUNCH),
        lambda: swap_people(db, session_id, 0, ids[0], ids[1], LUNCH),
        lambda: print_table_cards(db, session_id, Path("/nonexistent/cards.pdf"), LUNCH),
    ):
        with pytest.raises(RotationRefused) as refused:
            refused_action()
        assert refused.value.problem == RotationProblem.TABLES_CHANGED
    plan_groups(db, session_id, LUNCH, seed=1)
    assert not load_rotation(db, session_id, LUNCH).stale


def test_refusals_of_an_empty_room_a_stay_beyond_the_tables_and_a_round_beyond_the_plan(
    db: Database, assembly: uuid.UUID
) -> None:
    session_id, ids = planned_room(db, assembly, count=20, rounds=3)
    with pytest.raises(RotationRefused) as refused:
        save_settings(
            db, session_id, RotationSettings(3, (TableSetup(10), TableSetup(10)), stays={ids[0]: 5}), set(ids)
        )
    assert refused.value.problem == RotationProblem.STAY_NO_TABLE
    with pytest.raises(RotationRefused) as refused:
        set_current_round(db, session_id, 3)
    assert refused.value.problem == RotationProblem.NO_SUCH_ROUND
    for person in ids:
        check_out(db, session_id, person, LUNCH - dt.timedelta(minutes=1))
    with pytest.raises(RotationRefused) as refused:
        plan_groups(db, session_id, LUNCH)
    assert refused.value.problem == RotationProblem.EMPTY_ROOM


def test_hand_moves_that_change_nothing_say_so(db: Database, assembly: uuid.UUID) -> None:
    session_id, ids = planned_room(db, assembly, count=20, rounds=2)
    seats = load_rotation(db, session_id, LUNCH).rounds[0]
    same_table = next(other for other in ids[1:] if seats[other] == seats[ids[0]])
    assert not swap_people(db, session_id, 0, ids[0], same_table, LUNCH).value
    assert not move_person(db, session_id, 0, ids[0], seats[ids[0]], LUNCH).value
    assert load_rotation(db, session_id, LUNCH).revisions == 1


def test_a_replan_follows_the_rounds_of_the_setup(db: Database, assembly: uuid.UUID) -> None:
    session_id, ids = planned_room(db, assembly, count=30, rounds=5)
    view = load_rotation(db, session_id, LUNCH)
    assert view.settings is not None
    save_settings(db, session_id, RotationSettings(3, view.settings.tables), set(ids))
    check_out(db, session_id, ids[0], LUNCH - dt.timedelta(minutes=1))
    replan_groups(db, session_id, LUNCH, seed=2)
    after = load_rotation(db, session_id, LUNCH)
    assert len(after.rounds) == 3 and after.rounds[0] == {p: t for p, t in view.rounds[0].items() if p != ids[0]}


def test_people_not_arrived_yet_are_not_said_to_have_left(db: Database, assembly: uuid.UUID) -> None:
    session_id, ids = seated_room(db, assembly, 24, signed_in=0)
    save_settings(db, session_id, default_settings(24, table_size=6, rounds=3), set(ids))
    plan_groups(db, session_id, LUNCH, seed=4)
    check_in(db, session_id, ids[0], LUNCH)
    view = load_rotation(db, session_id, LUNCH + dt.timedelta(minutes=1))
    assert view.basis == Basis.PRESENT and view.departures() == [] and len(view.absent()) == 23


def test_who_a_person_met_before_and_how_many_rounds_the_tables_allow(db: Database, assembly: uuid.UUID) -> None:
    session_id, ids = planned_room(db, assembly, count=40, rounds=3)
    view = load_rotation(db, session_id, LUNCH)
    assert view.metrics().repeated_pairs == 0
    person = ids[0]
    first_mates = [p for p, t in view.rounds[0].items() if t == view.rounds[0][person] and p != person]
    mate = first_mates[0]
    swap_to = next(p for p in ids if view.rounds[1].get(p) == view.rounds[1][mate] and p != mate)
    swap_people(db, session_id, 1, person, swap_to, LUNCH)
    after = load_rotation(db, session_id, LUNCH)
    assert (mate, 0) in after.met_before(1, person)
    assert (person, 1) in after.met_before(0, mate)
    assert view.met_before(1, person) == []
    assert view.bound().counting == (40 - 1) // (5 - 1)
