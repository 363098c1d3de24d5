"""Who is here: presence derived from append-only arrival and departure events.

Desks never edit a presence; they add events. A forgotten arrival or an early departure is
a new event carrying the time it concerns and the agent's note; "undo" is an event that
cancels another. Events from several desks on several laptops therefore merge by simple
union, and everything here is a function of that set, whatever order it arrives in.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from facilitator.core.participants import Gender, Participant, Role


class EventKind(StrEnum):
    ARRIVAL = "arrival"
    DEPARTURE = "departure"
    CANCEL = "cancel"


@dataclass(frozen=True)
class AttendanceEvent:
    """One thing a desk recorded.

    ``at`` is the time the event is about (the arrival time, possibly typed in afterwards);
    ``stamp`` is the hybrid-clock stamp of its recording, which orders events recorded at
    the same ``at`` and tells which action is the last one to undo.
    """

    id: uuid.UUID
    participant_id: uuid.UUID
    kind: EventKind
    at: dt.datetime
    stamp: str
    cancels: uuid.UUID | None = None
    note: str = ""


Span = tuple[dt.datetime, dt.datetime | None]
"""A stretch of time in the room: arrival, and departure if any."""


@dataclass(frozen=True)
class Presence:
    """One person's day: when they first arrived, when they last left, if they did, and the
    stretches in between (someone who left at 10:00 and came back at 14:00 was not there
    for the morning)."""

    arrived_at: dt.datetime
    departed_at: dt.datetime | None
    periods: tuple[Span, ...] = ()
    """In time order; empty means one stretch, from ``arrived_at`` to ``departed_at``."""

    @property
    def present(self) -> bool:
        return self.departed_at is None

    @property
    def spans(self) -> tuple[Span, ...]:
        return self.periods or ((self.arrived_at, self.departed_at),)

    def present_at(self, moment: dt.datetime) -> bool:
        return any(start <= moment and (end is None or end > moment) for start, end in self.spans)


def effective(events: Iterable[AttendanceEvent]) -> list[AttendanceEvent]:
    """The arrivals and departures that stand: not cancelled, cancels themselves removed.

    A cancel of a cancel restores the original event (undoing an undo).
    """
    events = list(events)
    cancellers: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for event in events:
        if event.kind is EventKind.CANCEL and event.cancels is not None:
            cancellers[event.cancels].append(event.id)
    known: dict[uuid.UUID, bool] = {}

    def cancelled(event_id: uuid.UUID) -> bool:
        """True when a standing cancel points at the event (cancels never form cycles: a
        cancel can only point at an event recorded before it)."""
        if event_id not in known:
            known[event_id] = any(not cancelled(canceller) for canceller in cancellers.get(event_id, ()))
        return known[event_id]

    return [event for event in events if event.kind is not EventKind.CANCEL and not cancelled(event.id)]


def presences(events: Iterable[AttendanceEvent]) -> dict[uuid.UUID, Presence]:
    """Each person who came, with their first arrival and the departure that ends their day.

    Events are replayed in time order: a departure before any arrival means nothing; an
    arrival after a departure (back from lunch, a departure recorded by mistake) reopens the
    day with a new stretch. Two arrivals are one: signing in twice never checks anybody out.
    Of two departures in a row the later stands (a correction and the desk's own record).
    """
    by_person: dict[uuid.UUID, list[AttendanceEvent]] = defaultdict(list)
    for event in effective(events):
        by_person[event.participant_id].append(event)
    result: dict[uuid.UUID, Presence] = {}
    for person, person_events in by_person.items():
        spans: list[Span] = []
        for event in sorted(person_events, key=lambda e: (e.at, e.stamp)):
            in_room = bool(spans) and spans[-1][1] is None
            if event.kind is EventKind.ARRIVAL and not in_room:
                spans.append((event.at, None))
            elif event.kind is EventKind.DEPARTURE and spans:
                spans[-1] = (spans[-1][0], event.at)
        if spans:
            result[person] = Presence(spans[0][0], spans[-1][1], tuple(spans) if len(spans) > 1 else ())
    return result


def last_action(events: Iterable[AttendanceEvent], stamps_of_this_desk: set[str]) -> AttendanceEvent | None:
    """The latest event this desk recorded that still stands, the one "undo" cancels."""
    standing = [event for event in effective(events) if event.stamp in stamps_of_this_desk]
    return max(standing, key=lambda event: event.stamp, default=None)


@dataclass(frozen=True)
class HalfDayRules:
    """When a presence counts as a morning, an afternoon, or both (the assembly's délibération).

    A morning counts when the person arrived before ``morning_arrival_before`` and did not
    leave before ``morning_departure_after``; an afternoon when they had arrived before
    ``afternoon_arrival_before`` and were still there at ``afternoon_departure_after`` (or
    never left). Boundaries: arriving exactly at a threshold is too late, leaving exactly at
    one is early enough.
    """

    morning_arrival_before: dt.time = dt.time(11, 0)
    morning_departure_after: dt.time = dt.time(11, 0)
    afternoon_arrival_before: dt.time = dt.time(15, 0)
    afternoon_departure_after: dt.time = dt.time(14, 0)


@dataclass(frozen=True)
class HalfDays:
    morning: bool
    afternoon: bool

    @property
    def count(self) -> int:
        return int(self.morning) + int(self.afternoon)


NO_HALF_DAY = HalfDays(False, False)


def half_days(
    presence: Presence | None, rules: HalfDayRules, *, morning: bool = True, afternoon: bool = True
) -> HalfDays:
    """The half-days a presence counts for, in a session held in the morning, the afternoon or both."""
    if presence is None:
        return NO_HALF_DAY

    def covered(arrive_before: dt.time, stay_until: dt.time) -> bool:
        """One stretch in the room began before the first time and lasted until the second."""
        return any(
            start.time() < arrive_before and (end is None or end.time() >= stay_until) for start, end in presence.spans
        )

    counts_morning = morning and covered(rules.morning_arrival_before, rules.morning_departure_after)
    counts_afternoon = afternoon and covered(rules.afternoon_arrival_before, rules.afternoon_departure_after)
    return HalfDays(counts_morning, counts_afternoon)


def lateness_threshold(date: dt.date, starts_at: dt.time, grace_minutes: int) -> dt.datetime:
    """The moment after which an arrival at a session is late."""
    return dt.datetime.combine(date, starts_at) + dt.timedelta(minutes=grace_minutes)


def is_late(presence: Presence, late_after: dt.datetime | None) -> bool:
    """Arrived after the session's start and its grace (None: lateness is not followed)."""
    return late_after is not None and presence.arrived_at > late_after


@dataclass(frozen=True)
class Quorum:
    """The assembly's quorum: at least ``percent`` % of the people expected must be present."""

    percent: int

    def required(self, expected: int) -> int:
        """The smallest head count that reaches the quorum (rounded up: 50 % of 41 is 21)."""
        return -(-expected * self.percent // 100)

    def reached(self, present: int, expected: int) -> bool:
        return present >= self.required(expected)


@dataclass(frozen=True)
class Tally:
    present: int
    expected: int


@dataclass(frozen=True)
class Figures:
    """The desk's live counter: who is in the room against who is expected.

    People present but not expected (an expert, a member of another sub-body) count in
    ``present`` and in their role and gender, with nothing expected for them.
    """

    present: int
    expected: int
    present_expected: int
    """Of the people present, those expected: what a quorum counts (staff or experts in the
    room do not make a quorum of members)."""
    departed: int
    late: int
    """People who came (present or since gone) after the session's start and grace."""
    by_role: dict[Role, Tally]
    by_gender: dict[Gender, Tally]


def figures(
    people: Iterable[Participant],
    expected: set[uuid.UUID],
    presence: dict[uuid.UUID, Presence],
    late_after: dt.datetime | None = None,
) -> Figures:
    present_by_role: dict[Role, int] = defaultdict(int)
    expected_by_role: dict[Role, int] = defaultdict(int)
    present_by_gender: dict[Gender, int] = defaultdict(int)
    expected_by_gender: dict[Gender, int] = defaultdict(int)
    present = present_expected = departed = late = 0
    for person in people:
        details = person.details
        if person.id in expected:
            expected_by_role[details.role] += 1
            expected_by_gender[details.gender] += 1
        state = presence.get(person.id)
        if state is None:
            continue
        late += is_late(state, late_after)
        if state.present:
            present += 1
            present_expected += person.id in expected
            present_by_role[details.role] += 1
            present_by_gender[details.gender] += 1
        else:
            departed += 1
    return Figures(
        present=present,
        expected=len(expected),
        present_expected=present_expected,
        departed=departed,
        late=late,
        by_role={
            role: Tally(present_by_role[role], expected_by_role[role])
            for role in Role
            if present_by_role[role] or expected_by_role[role]
        },
        by_gender={
            gender: Tally(present_by_gender[gender], expected_by_gender[gender])
            for gender in Gender
            if present_by_gender[gender] or expected_by_gender[gender]
        },
    )
