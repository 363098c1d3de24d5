"""Engagement over a mandate: who keeps coming, who is slipping away, whom the sessions reach.

Drawn residents drop out over a long mandate, the most fragile first; agents call those who
missed the last sessions before they are lost. Everything here is derived from the sessions'
expected sets and their presences (``core.attendance.presences``), with two rules:

- only sessions that were run count: a past session where the desk recorded no arrival at all
  was not run in the application (held on paper, cancelled, or not yet), and nobody is marked
  absent from it;
- a person's sessions are those they were expected at, or came to: a resident who is not a
  member of a sub-body is not absent from that sub-body's workshop.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from facilitator.core.attendance.presence import HalfDayRules, HalfDays, Presence, Tally, half_days, is_late
from facilitator.core.names import fold
from facilitator.core.participants import AgeBand, Gender, Participant, Role, age_band, by_name

DEFAULT_FOLLOW_UP_ABSENCES = 2


class Mark(StrEnum):
    """What a run session was for one person who was expected at it or came."""

    PRESENT = "present"
    """Every half-day the session was held for."""
    LEFT_EARLY = "left_early"
    """The morning of a full day only: left before the afternoon counted."""
    ARRIVED_LATE = "arrived_late"
    """The afternoon of a full day only: arrived after the morning counted."""
    BRIEFLY = "briefly"
    """Came, but for too short a time for any half-day to count."""
    ABSENT = "absent"

    @property
    def came(self) -> bool:
        return self is not Mark.ABSENT


@dataclass(frozen=True)
class SessionRecord:
    """One session as engagement sees it: who was expected, and who came when.

    ``morning`` and ``afternoon`` are the half-days it was held for; ``late_after`` is the
    moment after which an arrival is late (its start plus the assembly's grace), None when
    lateness is not followed.
    """

    id: uuid.UUID
    date: dt.date
    title: str
    expected: frozenset[uuid.UUID]
    presence: Mapping[uuid.UUID, Presence]
    morning: bool = True
    afternoon: bool = True
    late_after: dt.datetime | None = None

    @property
    def was_run(self) -> bool:
        return bool(self.presence)


def _session_order(session: SessionRecord) -> tuple[dt.date, str, uuid.UUID]:
    return (session.date, fold(session.title), session.id)


def run_sessions(sessions: Iterable[SessionRecord], today: dt.date) -> list[SessionRecord]:
    """The sessions that count, oldest first: held on or before ``today``, with arrivals."""
    return sorted((s for s in sessions if s.date <= today and s.was_run), key=_session_order)


def sessions_not_run(sessions: Iterable[SessionRecord], today: dt.date) -> list[SessionRecord]:
    """Past sessions without any arrival recorded, oldest first (the screen says they are left out)."""
    return sorted((s for s in sessions if s.date <= today and not s.was_run), key=_session_order)


def is_resident(person: Participant) -> bool:
    """Drawn residents and volunteers, the people engagement follows first."""
    return person.details.role is Role.CITIZEN


# Attendance history -----------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One person at one run session."""

    session_id: uuid.UUID
    date: dt.date
    mark: Mark
    expected: bool
    presence: Presence | None
    half_days: HalfDays
    late: bool
    """Arrived after the session's start and grace, as the desk counts lateness."""


def mark_of(session: SessionRecord, presence: Presence | None, rules: HalfDayRules) -> tuple[Mark, HalfDays]:
    """The mark of a presence at ``session``: the half-days the indemnity rules count for it
    tell a whole presence from a late arrival or an early departure."""
    counted = half_days(presence, rules, morning=session.morning, afternoon=session.afternoon)
    if presence is None:
        return Mark.ABSENT, counted
    if counted.morning == session.morning and counted.afternoon == session.afternoon:
        return Mark.PRESENT, counted
    if counted.morning:
        return Mark.LEFT_EARLY, counted
    if counted.afternoon:
        return Mark.ARRIVED_LATE, counted
    return Mark.BRIEFLY, counted


@dataclass(frozen=True)
class History:
    """A person's run sessions, oldest first, and what follows from them."""

    participant: Participant
    cells: tuple[Cell, ...]

    @functools.cached_property
    def by_session(self) -> dict[uuid.UUID, Cell]:
        return {cell.session_id: cell for cell in self.cells}

    @property
    def counted(self) -> int:
        """The run sessions that concern the person (expected, or came)."""
        return len(self.cells)

    @property
    def attended(self) -> int:
        return sum(cell.mark.came for cell in self.cells)

    @property
    def rate(self) -> float | None:
        """Sessions attended over sessions counted; None before any session concerned them."""
        return self.attended / self.counted if self.cells else None

    @property
    def absence_streak(self) -> int:
        """Absences in a row at the person's latest sessions."""
        streak = 0
        for cell in reversed(self.cells):
            if cell.mark.came:
                break
            streak += 1
        return streak

    @property
    def last_seen(self) -> dt.date | None:
        """The date of the last run session the person came to; None if never."""
        return next((cell.date for cell in reversed(self.cells) if cell.mark.came), None)


def histories(
    sessions: Iterable[SessionRecord],
    people: Iterable[Participant],
    today: dt.date,
    rules: HalfDayRules,
) -> list[History]:
    """Everyone's history over the run sessions, in alphabetical order."""
    run = run_sessions(sessions, today)
    result = []
    for person in sorted(people, key=by_name):
        cells = []
        for session in run:
            presence = session.presence.get(person.id)
            expected = person.id in session.expected
            if presence is None and not expected:
                continue
            mark, counted = mark_of(session, presence, rules)
            late = presence is not None and is_late(presence, session.late_after)
            cells.append(Cell(session.id, session.date, mark, expected, presence, counted, late))
        result.append(History(person, tuple(cells)))
    return result


def follow_up(
    people_histories: Iterable[History],
    absences: int = DEFAULT_FOLLOW_UP_ABSENCES,
    *,
    residents_only: bool = True,
) -> list[History]:
    """Who to call: absent at (at least) their last ``absences`` sessions, most worrying first.

    The longest streak comes first; at equal streaks, someone never seen before someone seen
    long ago, then by name.
    """
    if absences < 1:
        raise ValueError("the follow-up list needs at least one absence")
    chosen = [
        history
        for history in people_histories
        if history.absence_streak >= absences and (not residents_only or is_resident(history.participant))
    ]
    return sorted(chosen, key=_worry_order)


def _worry_order(history: History) -> tuple[int, bool, dt.date, tuple[str, str, int]]:
    seen = history.last_seen
    return (-history.absence_streak, seen is not None, seen or dt.date.min, by_name(history.participant))


# Indicators per session -------------------------------------------------------------------


class Attribute(StrEnum):
    """What the per-session indicators break the present down by."""

    GENDER = "gender"
    AGE_BAND = "age_band"
    NEIGHBOURHOOD = "neighbourhood"
    RECRUITMENT = "recruitment"


class Recruitment(StrEnum):
    DRAWN = "drawn"
    VOLUNTEER = "volunteer"
    OTHER_ROLE = "other_role"
    """Not a resident: elected officials, staff, experts, facilitators."""


Category = Gender | AgeBand | Recruitment | str | None
"""A value of an attribute; None is "unknown" (no birth year, no neighbourhood)."""


def category_of(person: Participant, attribute: Attribute, on: dt.date) -> Category:
    """The person's value of ``attribute`` on the date ``on`` (ages change over a mandate)."""
    details = person.details
    if attribute is Attribute.GENDER:
        return details.gender
    if attribute is Attribute.AGE_BAND:
        return age_band(details.birth_year, on)
    if attribute is Attribute.NEIGHBOURHOOD:
        return details.neighbourhood or None
    if details.role is not Role.CITIZEN:
        return Recruitment.OTHER_ROLE
    return Recruitment.DRAWN if details.drawn else Recruitment.VOLUNTEER


def _category_order(attribute: Attribute, category: Category) -> tuple[int, str]:
    """Enum values in their declared order, neighbourhoods alphabetically, unknown last."""
    if category is None:
        return (1, "")
    if attribute is Attribute.NEIGHBOURHOOD:
        return (0, fold(str(category)))
    orders: dict[Attribute, Sequence[Category]] = {
        Attribute.GENDER: list(Gender),
        Attribute.AGE_BAND: list(AgeBand),
        Attribute.RECRUITMENT: list(Recruitment),
    }
    members = orders[attribute]
    return (0, f"{members.index(category):04d}")


@dataclass(frozen=True)
class SessionIndicators:
    """Who a run session reached, among the population looked at (residents, or everybody).

    ``present`` counts everybody of that population who came, expected or not (a volunteer
    at a sub-body's workshop); the rate is that of the expected who came.
    """

    session: SessionRecord
    expected: int
    present: int
    present_expected: int
    breakdowns: Mapping[Attribute, Mapping[Category, Tally]]

    @property
    def rate(self) -> float | None:
        return self.present_expected / self.expected if self.expected else None

    def breakdown(self, attribute: Attribute) -> Mapping[Category, Tally]:
        return self.breakdowns[attribute]


def _breakdown(people: Sequence[Participant], session: SessionRecord, attribute: Attribute) -> dict[Category, Tally]:
    present: dict[Category, int] = defaultdict(int)
    expected: dict[Category, int] = defaultdict(int)
    for person in people:
        category = category_of(person, attribute, session.date)
        present[category] += int(person.id in session.presence)
        expected[category] += int(person.id in session.expected)
    kept = [category for category in present if present[category] or expected[category]]
    return {
        category: Tally(present[category], expected[category])
        for category in sorted(kept, key=lambda c: _category_order(attribute, c))
    }


def session_indicators(
    sessions: Iterable[SessionRecord], people: Iterable[Participant], today: dt.date, *, residents_only: bool = True
) -> list[SessionIndicators]:
    """The indicators of each run session, oldest first."""
    population = [person for person in people if not residents_only or is_resident(person)]
    result = []
    for session in run_sessions(sessions, today):
        came = {person.id for person in population if person.id in session.presence}
        expected = {person.id for person in population if person.id in session.expected}
        result.append(
            SessionIndicators(
                session=session,
                expected=len(expected),
                present=len(came),
                present_expected=len(came & expected),
                breakdowns={attribute: _breakdown(population, session, attribute) for attribute in Attribute},
            )
        )
    return result


def categories(indicators: Iterable[SessionIndicators], attribute: Attribute) -> list[Category]:
    """Every category met over the sessions, in display order: one colour each in a chart."""
    found = {category for item in indicators for category in item.breakdown(attribute)}
    return sorted(found, key=lambda c: _category_order(attribute, c))
