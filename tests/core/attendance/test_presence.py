"""Presence from arrival and departure events: examples and properties of the merge."""

from __future__ import annotations

import datetime as dt
import uuid
from itertools import pairwise

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from facilitator.core.attendance.presence import (
    AttendanceEvent,
    EventKind,
    HalfDayRules,
    HalfDays,
    Presence,
    Quorum,
    Tally,
    figures,
    half_days,
    is_late,
    last_action,
    lateness_threshold,
    presences,
)
from facilitator.core.participants import Gender, Participant, ParticipantDetails, Role
from tests.helpers.times import on

DAY = dt.date(2026, 11, 28)
JEANNE = uuid.UUID(int=1)
PAUL = uuid.UUID(int=2)

at = on(DAY)


class Desk:
    """Builds events as a desk would record them, with increasing stamps."""

    def __init__(self, name: str = "a") -> None:
        self.name = name
        self.count = 0
        self.events: list[AttendanceEvent] = []

    def record(
        self, person: uuid.UUID, kind: EventKind, hhmm: str, cancels: AttendanceEvent | None = None
    ) -> AttendanceEvent:
        self.count += 1
        event = AttendanceEvent(
            uuid.uuid4(), person, kind, at(hhmm), f"{self.count:06d}{self.name}", cancels.id if cancels else None
        )
        self.events.append(event)
        return event


def test_a_second_sign_in_keeps_the_first_arrival() -> None:
    desk = Desk()
    desk.record(JEANNE, EventKind.ARRIVAL, "9:12")
    desk.record(JEANNE, EventKind.ARRIVAL, "9:40")
    assert presences(desk.events) == {JEANNE: Presence(at("9:12"), None)}


def test_departure_then_return_reopens_the_day() -> None:
    desk = Desk()
    desk.record(JEANNE, EventKind.ARRIVAL, "9:00")
    desk.record(JEANNE, EventKind.DEPARTURE, "12:00")
    assert presences(desk.events)[JEANNE] == Presence(at("9:00"), at("12:00"))
    desk.record(JEANNE, EventKind.ARRIVAL, "13:30")
    assert presences(desk.events)[JEANNE] == Presence(
        at("9:00"), None, ((at("9:00"), at("12:00")), (at("13:30"), None))
    )


def test_a_departure_without_arrival_means_nothing() -> None:
    desk = Desk()
    desk.record(PAUL, EventKind.DEPARTURE, "11:00")
    assert presences(desk.events) == {}


def test_a_forgotten_arrival_entered_later_counts_from_its_stated_time() -> None:
    desk = Desk()
    desk.record(JEANNE, EventKind.ARRIVAL, "10:30")
    desk.record(JEANNE, EventKind.ARRIVAL, "9:05")  # correction typed at 10:30: she was there at 9:05
    assert presences(desk.events)[JEANNE].arrived_at == at("9:05")


def test_undo_cancels_and_undoing_the_undo_restores() -> None:
    desk = Desk()
    arrival = desk.record(JEANNE, EventKind.ARRIVAL, "9:00")
    undo = desk.record(JEANNE, EventKind.CANCEL, "9:01", cancels=arrival)
    assert presences(desk.events) == {}
    desk.record(JEANNE, EventKind.CANCEL, "9:02", cancels=undo)
    assert presences(desk.events) == {JEANNE: Presence(at("9:00"), None)}


def test_the_last_action_is_this_desks_latest_standing_event() -> None:
    mine, other = Desk("a"), Desk("b")
    first = mine.record(JEANNE, EventKind.ARRIVAL, "9:00")
    second = mine.record(PAUL, EventKind.ARRIVAL, "9:01")
    other.record(PAUL, EventKind.DEPARTURE, "9:02")
    stamps = {event.stamp for event in mine.events}
    events = mine.events + other.events
    assert last_action(events, stamps) == second
    mine.record(PAUL, EventKind.CANCEL, "9:03", cancels=second)
    stamps = {event.stamp for event in mine.events}
    assert last_action(mine.events + other.events, stamps) == first


RULES = HalfDayRules()


def test_half_days_follow_the_thresholds() -> None:
    def count(arrival: str, departure: str | None) -> tuple[bool, bool]:
        days = half_days(Presence(at(arrival), at(departure) if departure else None), RULES)
        return days.morning, days.afternoon

    assert count("9:00", None) == (True, True)
    assert count("9:00", "16:30") == (True, True)
    assert count("9:00", "13:59") == (True, False)
    assert count("9:00", "14:00") == (True, True)
    assert count("11:00", None) == (False, True)
    assert count("10:59", None) == (True, True)
    assert count("15:00", None) == (False, False)
    assert count("9:00", "10:59") == (False, False)
    assert count("9:00", "11:00") == (True, False)
    assert half_days(None, RULES).count == 0


def test_a_morning_spent_away_does_not_count() -> None:
    desk = Desk()
    desk.record(JEANNE, EventKind.ARRIVAL, "9:00")
    desk.record(JEANNE, EventKind.DEPARTURE, "10:00")
    desk.record(JEANNE, EventKind.ARRIVAL, "14:00")
    presence = presences(desk.events)[JEANNE]
    assert (presence.arrived_at, presence.departed_at, presence.present) == (at("9:00"), None, True)
    assert presence.spans == ((at("9:00"), at("10:00")), (at("14:00"), None))
    assert half_days(presence, RULES) == HalfDays(False, True)
    desk.record(JEANNE, EventKind.DEPARTURE, "16:30")
    assert half_days(presences(desk.events)[JEANNE], RULES) == HalfDays(False, True)


def test_a_lunch_break_keeps_both_half_days() -> None:
    desk = Desk()
    for kind, hhmm in ((EventKind.ARRIVAL, "9:00"), (EventKind.DEPARTURE, "12:15"), (EventKind.ARRIVAL, "13:40")):
        desk.record(JEANNE, kind, hhmm)
    assert half_days(presences(desk.events)[JEANNE], RULES) == HalfDays(True, True)


def test_a_session_counts_only_the_slots_it_is_held_in() -> None:
    presence = Presence(at("9:00"), None)
    assert half_days(presence, RULES, afternoon=False) == HalfDays(True, False)
    assert half_days(presence, RULES, morning=False) == HalfDays(False, True)


def test_lateness_counts_from_the_start_and_its_grace() -> None:
    threshold = lateness_threshold(DAY, dt.time(9, 0), 15)
    assert not is_late(Presence(at("9:15"), None), threshold)
    assert is_late(Presence(at("9:16"), None), threshold)
    assert not is_late(Presence(at("11:00"), None), None)


def test_the_quorum_rounds_up() -> None:
    half = Quorum(50)
    assert half.required(41) == 21 and half.required(40) == 20
    assert half.reached(21, 41) and not half.reached(20, 41)
    assert Quorum(100).required(0) == 0


def person(identity: uuid.UUID, role: Role, gender: Gender) -> Participant:
    return Participant(identity, identity.int, ParticipantDetails("X", str(identity.int), role, gender))


def test_figures_count_present_people_against_the_expected() -> None:
    expert = uuid.UUID(int=3)
    people = [
        person(JEANNE, Role.CITIZEN, Gender.FEMALE),
        person(PAUL, Role.ELECTED, Gender.MALE),
        person(expert, Role.EXPERT, Gender.MALE),
        person(uuid.UUID(int=4), Role.CITIZEN, Gender.MALE),
    ]
    expected = {JEANNE, PAUL, uuid.UUID(int=4)}
    presence = {
        JEANNE: Presence(at("9:00"), None),
        PAUL: Presence(at("9:00"), at("11:00")),
        expert: Presence(at("10:00"), None),
    }
    result = figures(people, expected, presence)
    assert (result.present, result.expected, result.departed) == (2, 3, 1)
    assert result.present_expected == 1  # the expert in the room is not a member
    assert result.by_role == {
        Role.CITIZEN: Tally(1, 2),
        Role.ELECTED: Tally(0, 1),
        Role.EXPERT: Tally(1, 0),
    }
    assert result.by_gender == {Gender.FEMALE: Tally(1, 1), Gender.MALE: Tally(1, 2)}
    assert result.late == 0
    assert figures(people, expected, presence, lateness_threshold(DAY, dt.time(9, 0), 15)).late == 1


PEOPLE = [JEANNE, PAUL, uuid.UUID(int=3)]
ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(PEOPLE),
        st.sampled_from([EventKind.ARRIVAL, EventKind.DEPARTURE, EventKind.CANCEL]),
        st.integers(min_value=8 * 60, max_value=18 * 60),
        st.integers(min_value=0, max_value=50),
    ),
    max_size=30,
)


def build(actions: list[tuple[uuid.UUID, EventKind, int, int]]) -> list[AttendanceEvent]:
    desk = Desk()
    for who, kind, minute, target in actions:
        hhmm = f"{minute // 60}:{minute % 60:02d}"
        if kind is EventKind.CANCEL:
            if not desk.events:
                continue
            desk.record(who, kind, hhmm, cancels=desk.events[target % len(desk.events)])
        else:
            desk.record(who, kind, hhmm)
    return desk.events


@given(ACTIONS, st.randoms())
def test_presence_does_not_depend_on_the_order_events_arrive_in(actions: list, random: object) -> None:
    events = build(actions)
    shuffled = list(events)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert presences(shuffled) == presences(events)


@given(ACTIONS)
def test_merging_a_desk_twice_changes_nothing(actions: list) -> None:
    events = build(actions)
    assert presences(events + events) == presences(events)


@settings(suppress_health_check=[HealthCheck.filter_too_much])  # most random days leave the person absent
@given(ACTIONS, st.sampled_from(PEOPLE), st.integers(min_value=8 * 60, max_value=18 * 60))
def test_signing_in_someone_present_never_changes_their_day(actions: list, who: uuid.UUID, minute: int) -> None:
    events = build(actions)
    before = presences(events).get(who)
    assume(before is not None and before.present)
    assert before is not None
    late = AttendanceEvent(uuid.uuid4(), who, EventKind.ARRIVAL, at(f"{minute // 60}:{minute % 60:02d}"), "zzz")
    after = presences([*events, late])[who]
    assert after.present
    assert after.arrived_at == min(before.arrived_at, late.at)


@given(ACTIONS)
def test_presence_is_consistent_and_half_days_are_at_most_two(actions: list) -> None:
    for state in presences(build(actions)).values():
        assert state.departed_at is None or state.departed_at >= state.arrived_at
        assert 0 <= half_days(state, RULES).count <= 2
        spans = state.spans
        assert spans[0][0] == state.arrived_at and spans[-1][1] == state.departed_at
        for (start, end), (later, _) in pairwise(spans):
            assert end is not None and start <= end <= later  # one after the other, never overlapping
