"""The speakers' list on a real database file: agenda, queue, floor, refusals, restarts."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from facilitator.app.clock import posix_seconds
from facilitator.app.runtime import Runtime
from facilitator.core.assemblies import NotToday
from facilitator.core.changes import Change
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.core.speaking.model import RequestKind
from facilitator.core.speaking.rules import Refusal
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in
from facilitator.services.roster.participants import add_participant
from facilitator.services.speaking.agenda import (
    STANDARD_PROFILES,
    PhaseInUse,
    add_phase,
    ensure_profiles,
    move_phase,
    remove_phase,
    save_profile,
    session_agenda,
)
from facilitator.services.speaking.floor import (
    FloorRefused,
    NoTurn,
    end_turn,
    give_floor,
    load_floor,
    pause_turn,
    request_floor,
    resume_turn,
    withdraw,
)
from facilitator.store.database import Database
from tests.samples import JEANNE

DAY = dt.date(2026, 3, 7)


def at(minute: int, second: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(10, minute, second))


@pytest.fixture
def plenary(db: Database, assembly: uuid.UUID) -> dict[str, uuid.UUID]:
    jeanne = add_participant(db, assembly, JEANNE).value.id
    maire = add_participant(db, assembly, ParticipantDetails("Hélène", "Lefèvre", Role.ELECTED, Gender.FEMALE)).value.id
    session_id = create_session(db, assembly, DAY, "Plénière").value
    for person in (jeanne, maire):
        check_in(db, session_id, person, dt.datetime.combine(DAY, dt.time(9, 0)))
    profiles = {profile.name: profile.id for profile in ensure_profiles(db, assembly).value}
    deliberation = add_phase(db, session_id, "Délibération", profiles["Délibération"]).value
    decision = add_phase(db, session_id, "Décision", profiles["Décision"]).value
    return {"session": session_id, "jeanne": jeanne, "maire": maire, "deliberation": deliberation, "decision": decision}


def test_an_assembly_starts_with_the_standard_profiles(db: Database, assembly: uuid.UUID) -> None:
    profiles = ensure_profiles(db, assembly).value
    assert sorted(p.name for p in profiles) == sorted(name for name, _ in STANDARD_PROFILES)
    assert ensure_profiles(db, assembly).value == profiles  # made once
    decision = next(p for p in profiles if p.name == "Décision")
    assert decision.discipline.budgets[Role.ELECTED].seconds == 0 and not decision.discipline.officials_may_ask
    renamed = save_profile(db, assembly, "Décision finale", decision.discipline, decision.id).value
    assert renamed == decision.id
    assert "Décision finale" in {p.name for p in ensure_profiles(db, assembly).value}


def test_the_agenda_is_ordered_and_movable(db: Database, plenary: dict[str, uuid.UUID]) -> None:
    names = [item.name for item in session_agenda(db, plenary["session"])]
    assert names == ["Délibération", "Décision"]
    assert move_phase(db, plenary["decision"], -1).value
    assert [item.name for item in session_agenda(db, plenary["session"])] == ["Décision", "Délibération"]
    assert not move_phase(db, plenary["decision"], -1).value


def test_a_turn_from_the_queue_to_its_end(db: Database, plenary: dict[str, uuid.UUID]) -> None:
    session_id, phase = plenary["session"], plenary["deliberation"]
    request = request_floor(db, session_id, phase, plenary["jeanne"], RequestKind.CONTRIBUTION, at(0)).value
    state = load_floor(db, session_id)
    assert [r.id for r in state.queue(phase)] == [request]
    give_floor(db, session_id, request, at(1))
    pause_turn(db, session_id, at(2))
    resume_turn(db, session_id, at(3))
    end_turn(db, session_id, at(4))
    state = load_floor(db, session_id)
    assert state.current() is None
    assert state.floor.turns[0].seconds(posix_seconds(at(10))) == 120
    with pytest.raises(NoTurn):
        end_turn(db, session_id, at(5))
    with pytest.raises(PhaseInUse):
        remove_phase(db, phase)


def test_officials_are_refused_with_the_reason_and_overrides_are_recorded(
    db: Database, plenary: dict[str, uuid.UUID]
) -> None:
    session_id, decision, deliberation = plenary["session"], plenary["decision"], plenary["deliberation"]
    with pytest.raises(FloorRefused) as refused:
        request_floor(db, session_id, decision, plenary["maire"], RequestKind.CONTRIBUTION, at(0))
    assert refused.value.refusal is Refusal.OFFICIALS_MAY_NOT_ASK
    request = request_floor(
        db, session_id, decision, plenary["maire"], RequestKind.QUESTION, at(1), override_note="question du public"
    ).value
    give_floor(db, session_id, request, at(2))  # the facilitator already decided, with a reason
    end_turn(db, session_id, at(3))
    jeanne = request_floor(db, session_id, decision, plenary["jeanne"], RequestKind.CONTRIBUTION, at(3)).value
    give_floor(db, session_id, jeanne, at(3))
    end_turn(db, session_id, at(4))
    state = load_floor(db, session_id)
    assert [o.note for o in state.floor.overrides] == ["question du public"]
    assert [t.overridden for t in state.floor.turns] == [True, False]
    second = request_floor(db, session_id, deliberation, plenary["maire"], RequestKind.CONTRIBUTION, at(5)).value
    give_floor(db, session_id, second, at(5))
    end_turn(db, session_id, at(7, 30))  # 150 s: over the deliberation's 120 s for officials
    third = request_floor(db, session_id, deliberation, plenary["maire"], RequestKind.CONTRIBUTION, at(8)).value
    with pytest.raises(FloorRefused) as spent:
        give_floor(db, session_id, third, at(8))
    assert spent.value.refusal is Refusal.BUDGET_SPENT
    assert spent.value.budget is not None and spent.value.budget.left == -30
    withdraw(db, session_id, third, at(9))
    assert not load_floor(db, session_id).floor.waiting


def test_the_floor_is_run_only_on_the_day_of_the_session(db: Database, plenary: dict[str, uuid.UUID]) -> None:
    session_id, phase = plenary["session"], plenary["deliberation"]
    request = request_floor(db, session_id, phase, plenary["jeanne"], RequestKind.CONTRIBUTION, at(0))
    assert request.changes == Change.SPEAKING
    next_day = at(5) + dt.timedelta(days=1)
    refused = (
        lambda: request_floor(db, session_id, phase, plenary["maire"], RequestKind.CONTRIBUTION, next_day),
        lambda: give_floor(db, session_id, request.value, next_day),
        lambda: withdraw(db, session_id, request.value, next_day),
        lambda: end_turn(db, session_id, next_day),
    )
    for action in refused:
        with pytest.raises(NotToday):
            action()
    assert list(load_floor(db, session_id).floor.waiting) == [request.value]


def test_a_turn_in_progress_survives_a_restart(
    context: Runtime, db: Database, plenary: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    session_id = plenary["session"]
    request = request_floor(
        db, session_id, plenary["deliberation"], plenary["jeanne"], RequestKind.CONTRIBUTION, at(0)
    ).value
    give_floor(db, session_id, request, at(1))
    db.dispose()
    reopened = context.open_database(tmp_path / "test.sqlite")
    current = load_floor(reopened, session_id).current()
    assert current is not None and current.running
    assert current.seconds(posix_seconds(at(3))) == 120
    reopened.dispose()


def test_a_role_without_time_in_the_phase_needs_an_override(
    db: Database, assembly: uuid.UUID, plenary: dict[str, uuid.UUID]
) -> None:
    agent = add_participant(db, assembly, ParticipantDetails("Paul", "Martin", Role.STAFF, Gender.MALE)).value.id
    session_id, decision = plenary["session"], plenary["decision"]
    request = request_floor(db, session_id, decision, agent, RequestKind.CONTRIBUTION, at(0)).value
    with pytest.raises(FloorRefused) as refused:
        give_floor(db, session_id, request, at(1))
    assert refused.value.refusal is Refusal.NO_TIME_IN_PHASE
    assert load_floor(db, session_id).current() is None  # refused: nothing written
    give_floor(db, session_id, request, at(2), override_note="précision sur le budget")
    state = load_floor(db, session_id)
    assert state.current() is not None and state.current().overridden  # type: ignore[union-attr]
    assert [o.note for o in state.floor.overrides] == ["précision sur le budget"]


def test_a_clock_set_back_between_two_runs_never_ends_a_turn_before_it_began(
    db: Database, plenary: dict[str, uuid.UUID]
) -> None:
    session_id, phase = plenary["session"], plenary["deliberation"]
    request = request_floor(db, session_id, phase, plenary["jeanne"], RequestKind.CONTRIBUTION, at(5)).value
    give_floor(db, session_id, request, at(5))
    end_turn(db, session_id, at(3))  # the laptop's clock went back three minutes across a restart
    state = load_floor(db, session_id)
    assert state.current() is None
    assert state.floor.turns[0].seconds(posix_seconds(at(30))) == 0
    again = request_floor(db, session_id, phase, plenary["jeanne"], RequestKind.CONTRIBUTION, at(3, 30)).value
    give_floor(db, session_id, again, at(3, 40))
    current = load_floor(db, session_id).current()
    assert current is not None and current.request.id == again and current.seconds(posix_seconds(at(6))) == 60
