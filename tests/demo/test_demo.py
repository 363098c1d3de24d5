from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from facilitator.core.participants import Gender, Role
from facilitator.core.voting.count import Outcome
from facilitator.core.voting.model import Method
from facilitator.core.voting.results import Decision
from facilitator.demo import DEMO_ASSEMBLY, METHOD_COMMITTEE, PROPOSAL_GROUP, TODAY_TITLE, DemoAlreadyThere, create_demo
from facilitator.services.assemblies.assemblies import list_assemblies, list_sub_bodies
from facilitator.services.assemblies.sessions import list_sessions
from facilitator.services.roster.participants import list_participants
from facilitator.services.voting.count import load_count
from facilitator.services.voting.votes import list_votes
from facilitator.store.database import Database

TODAY = dt.date(2026, 11, 23)


def test_the_demo_is_a_realistic_assembly(db: Database) -> None:
    assembly = create_demo(db, TODAY)
    people = list_participants(db, assembly)
    assert 110 <= len(people) <= 130
    roles = Counter(p.details.role for p in people)
    assert set(roles) == set(Role)
    assert sum(p.details.minority for p in people if p.details.role is Role.ELECTED) == 2
    citizens = [p for p in people if p.details.role is Role.CITIZEN]
    assert 0 < sum(not p.details.drawn for p in citizens) < len(citizens) / 2
    genders = Counter(p.details.gender for p in people)
    assert abs(genders[Gender.FEMALE] - genders[Gender.MALE]) <= 6
    assert len({p.details.neighbourhood for p in citizens}) >= 6
    assert len({p.details.display_name for p in people}) == len(people)
    assert any(p.details.childcare_needed for p in people) and any(p.details.accessibility_needs for p in people)
    assert {(s.name, s.members) for s in list_sub_bodies(db, assembly)} == {(PROPOSAL_GROUP, 30), (METHOD_COMMITTEE, 9)}
    proposal = [p for p in people if PROPOSAL_GROUP in p.details.sub_bodies]
    assert Counter(p.details.role for p in proposal) == {Role.CITIZEN: 20, Role.ELECTED: 6, Role.STAFF: 4}
    sessions = list_sessions(db, assembly)
    assert len(sessions) >= 4
    assert any(s.date < TODAY for s in sessions) and any(s.date > TODAY for s in sessions)
    assert all(s.date.weekday() == 5 for s in sessions if s.title != TODAY_TITLE)
    assert [s.date for s in sessions if s.title == TODAY_TITLE] == [TODAY]


def test_the_demo_is_the_same_every_time(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from facilitator.store.opening import open_database

    create_demo(db, TODAY)
    other = open_database(tmp_path / "other.sqlite", "device")
    create_demo(other, TODAY)
    first = [p.details for p in list_participants(db, list_assemblies(db)[0].id)]
    second = [p.details for p in list_participants(other, list_assemblies(other)[0].id)]
    assert first == second
    other.dispose()


def test_the_demo_is_written_once(db: Database) -> None:
    create_demo(db, TODAY)
    with pytest.raises(DemoAlreadyThere):
        create_demo(db, TODAY)
    assert [a.name for a in list_assemblies(db)] == [DEMO_ASSEMBLY]


def test_the_demo_has_a_planned_group_session_and_one_set_up_today(db: Database) -> None:
    from facilitator.services.rotation.view import Basis, load_rotation

    assembly = create_demo(db, TODAY)
    sessions = {session.title: session for session in list_sessions(db, assembly)}
    evening = dt.datetime.combine(TODAY, dt.time(18, 0))
    groups = load_rotation(db, sessions["Travail en groupes"].id, evening)
    assert groups.basis == Basis.ATTENDED and len(groups.rounds) == 4
    assert groups.current_round == 2 and groups.revisions == 2  # the plan, then one swap by hand
    metrics = groups.metrics()
    assert metrics.repeated_pairs == 0 and metrics.official_clashes == 0 and metrics.revisits == 0
    assert all(set(seats) == set(groups.rounds[0]) for seats in groups.rounds)
    today = load_rotation(db, sessions[TODAY_TITLE].id, evening)
    assert today.settings is not None and not today.planned and today.basis == Basis.EXPECTED


def test_the_demo_has_a_counted_vote_of_each_method_and_one_to_print_today(db: Database) -> None:
    assembly = create_demo(db, TODAY)
    sessions = list_sessions(db, assembly)
    groups = next(s for s in sessions if s.title == "Travail en groupes")
    counted = [load_count(db, vote.id) for vote in list_votes(db, groups.id)]
    assert [view.vote.rules.method for view in counted] == [
        Method.YES_NO,
        Method.SINGLE,
        Method.APPROVAL,
        Method.JUDGMENT,
    ]
    for view in counted:
        result = view.result
        assert result.voters == view.eligible_present > 50
        assert result.blanks >= 1 and result.nuls == 1 and result.unsettled == 0
        assert all(check.agrees for check in view.checks)
        assert result.decision in (Decision.ADOPTED, Decision.CHOSEN)
        assert view.vote.officers.president and len(view.vote.officers.counters) == 2
        assert any(outcome.outcome is Outcome.DUPLICATE for outcome in view.count.outcomes)  # a double read
    today = next(s for s in sessions if s.title == TODAY_TITLE)
    [upcoming] = list_votes(db, today.id)
    assert load_count(db, upcoming.id).result.voters == 0
