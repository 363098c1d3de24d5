"""Engagement over the sessions: histories, the follow-up list, per-session indicators, age bands."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.attendance.presence import HalfDayRules, Presence, Tally
from facilitator.core.engagement import (
    Attribute,
    Mark,
    Recruitment,
    SessionRecord,
    categories,
    follow_up,
    histories,
    mark_of,
    run_sessions,
    session_indicators,
    sessions_not_run,
)
from facilitator.core.participants import AgeBand, Gender, Participant, ParticipantDetails, Role, age_band
from tests.helpers.times import at

TODAY = dt.date(2026, 3, 18)
RULES = HalfDayRules()
SATURDAYS = [dt.date(2026, 1, 17), dt.date(2026, 2, 14), dt.date(2026, 2, 28), dt.date(2026, 3, 14)]


def person(
    number: int,
    first: str,
    last: str,
    role: Role = Role.CITIZEN,
    gender: Gender = Gender.FEMALE,
    *,
    drawn: bool = True,
    birth_year: int | None = 1980,
    neighbourhood: str = "Centre-ville",
) -> Participant:
    details = ParticipantDetails(
        first, last, role, gender, birth_year, neighbourhood, drawn=drawn, phone=f"06 00 00 00 {number:02d}"
    )
    return Participant(uuid.UUID(int=number), number, details)


JEANNE = person(1, "Jeanne", "Dupont")
PAUL = person(2, "Paul", "Martin", gender=Gender.MALE, drawn=False, birth_year=2004, neighbourhood="La Gare")
AMINA = person(3, "Amina", "Benali", birth_year=1955, neighbourhood="")
HELENE = person(4, "Hélène", "Lefèvre", Role.ELECTED, drawn=False)
EVERYONE = [JEANNE, PAUL, AMINA, HELENE]


def day(date: dt.date, arrival: str = "9:00", departure: str | None = "16:30") -> Presence:
    return Presence(at(date, arrival), at(date, departure) if departure else None)


def session(
    index: int,
    came: dict[Participant, Presence | None] | list[Participant],
    expected: list[Participant] = EVERYONE,
    date: dt.date | None = None,
) -> SessionRecord:
    date = date or SATURDAYS[index]
    presences = came if isinstance(came, dict) else {p: day(date) for p in came}
    return SessionRecord(
        uuid.UUID(int=1000 + index),
        date,
        f"Séance {index + 1}",
        frozenset(p.id for p in expected),
        {p.id: presence for p, presence in presences.items() if presence is not None},
    )


# Age bands -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth_year", "band"),
    [
        (2010, AgeBand.AGE_16_24),
        (2002, AgeBand.AGE_16_24),
        (2001, AgeBand.AGE_25_34),
        (1992, AgeBand.AGE_25_34),
        (1991, AgeBand.AGE_35_49),
        (1977, AgeBand.AGE_35_49),
        (1976, AgeBand.AGE_50_64),
        (1962, AgeBand.AGE_50_64),
        (1961, AgeBand.AGE_65_PLUS),
        (1925, AgeBand.AGE_65_PLUS),
        (2011, None),
        (None, None),
    ],
)
def test_age_bands_by_the_age_reached_in_the_year(birth_year: int | None, band: AgeBand | None) -> None:
    assert age_band(birth_year, dt.date(2026, 3, 14)) is band


def test_someone_changes_band_when_the_year_turns() -> None:
    assert age_band(2002, dt.date(2026, 12, 31)) is AgeBand.AGE_16_24
    assert age_band(2002, dt.date(2027, 1, 1)) is AgeBand.AGE_25_34


@given(st.integers(1900, 2030), st.integers(1900, 2030), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
def test_an_older_person_is_never_in_a_younger_band(older: int, younger: int, on: dt.date) -> None:
    older, younger = min(older, younger), max(older, younger)
    bands = list(AgeBand)
    older_band, younger_band = age_band(older, on), age_band(younger, on)
    if younger_band is not None:
        assert older_band is not None and bands.index(older_band) >= bands.index(younger_band)


# Marks ---------------------------------------------------------------------------------------


FULL_DAY = SessionRecord(uuid.UUID(int=900), SATURDAYS[0], "", frozenset(), {})
MORNING = SessionRecord(uuid.UUID(int=901), SATURDAYS[0], "", frozenset(), {}, afternoon=False)
AFTERNOON = SessionRecord(uuid.UUID(int=902), SATURDAYS[0], "", frozenset(), {}, morning=False)


@pytest.mark.parametrize(
    ("held", "arrival", "departure", "mark"),
    [
        (FULL_DAY, "9:00", "16:30", Mark.PRESENT),
        (FULL_DAY, "9:00", None, Mark.PRESENT),
        (FULL_DAY, "9:00", "12:15", Mark.LEFT_EARLY),
        (FULL_DAY, "13:30", "16:30", Mark.ARRIVED_LATE),
        (FULL_DAY, "11:30", "13:00", Mark.BRIEFLY),
        (FULL_DAY, "15:30", None, Mark.BRIEFLY),
        (MORNING, "9:00", "12:15", Mark.PRESENT),
        (MORNING, "9:00", "10:00", Mark.BRIEFLY),
        (AFTERNOON, "13:30", "16:30", Mark.PRESENT),
        (AFTERNOON, "9:00", "12:00", Mark.BRIEFLY),
    ],
)
def test_marks_follow_the_half_day_rules_of_the_session(
    held: SessionRecord, arrival: str, departure: str | None, mark: Mark
) -> None:
    assert mark_of(held, day(SATURDAYS[0], arrival, departure), RULES)[0] is mark


def test_an_absence_is_no_half_day() -> None:
    mark, counted = mark_of(FULL_DAY, None, RULES)
    assert mark is Mark.ABSENT and counted.count == 0


def test_lateness_is_the_desk_s() -> None:
    start = dt.datetime.combine(SATURDAYS[0], dt.time(9, 15))
    held = session(0, {JEANNE: day(SATURDAYS[0], "9:40"), PAUL: day(SATURDAYS[0], "9:15")})
    timed = replace(held, late_after=start)
    jeanne, paul = [h.cells[0] for h in histories([timed], [JEANNE, PAUL], TODAY, RULES)]
    assert (jeanne.mark, jeanne.late) == (Mark.PRESENT, True)
    assert (paul.mark, paul.late) == (Mark.PRESENT, False)
    assert not any(h.cells[0].late for h in histories([held], [JEANNE, PAUL], TODAY, RULES))


# Histories -----------------------------------------------------------------------------------


def test_a_history_marks_each_run_session_of_the_person() -> None:
    sessions = [
        session(0, {JEANNE: day(SATURDAYS[0]), PAUL: day(SATURDAYS[0], "13:40")}),
        session(1, {JEANNE: day(SATURDAYS[1], "9:10", "12:00")}),
        session(2, [JEANNE], expected=[JEANNE]),
        session(3, [PAUL, AMINA]),
    ]
    by_name = {h.participant.details.first_name: h for h in histories(sessions, EVERYONE, TODAY, RULES)}
    jeanne = by_name["Jeanne"]
    assert [cell.mark for cell in jeanne.cells] == [Mark.PRESENT, Mark.LEFT_EARLY, Mark.PRESENT, Mark.ABSENT]
    assert (jeanne.attended, jeanne.counted, jeanne.rate) == (3, 4, 0.75)
    assert jeanne.absence_streak == 1 and jeanne.last_seen == SATURDAYS[2]
    paul = by_name["Paul"]
    assert [cell.mark for cell in paul.cells] == [Mark.ARRIVED_LATE, Mark.ABSENT, Mark.PRESENT]
    assert paul.by_session.keys() == {uuid.UUID(int=1000), uuid.UUID(int=1001), uuid.UUID(int=1003)}
    assert paul.cells[0].half_days.afternoon and not paul.cells[0].half_days.morning
    amina = by_name["Amina"]
    assert amina.absence_streak == 0 and amina.rate == pytest.approx(1 / 3)


def test_histories_are_in_alphabetical_order() -> None:
    names = [h.participant.details.last_name for h in histories([session(0, [JEANNE])], EVERYONE, TODAY, RULES)]
    assert names == ["Benali", "Dupont", "Lefèvre", "Martin"]


def test_someone_not_expected_who_came_is_counted_present_not_absent_elsewhere() -> None:
    workshop = session(2, [JEANNE, PAUL], expected=[JEANNE])
    (paul,) = [h for h in histories([workshop], EVERYONE, TODAY, RULES) if h.participant is PAUL]
    (cell,) = paul.cells
    assert cell.mark is Mark.PRESENT and not cell.expected


def test_a_session_without_any_arrival_was_not_run() -> None:
    held_on_paper = session(1, [])
    future = session(3, [], date=TODAY + dt.timedelta(days=10))
    run = session(0, [JEANNE])
    assert run_sessions([held_on_paper, future, run], TODAY) == [run]
    assert sessions_not_run([held_on_paper, future, run], TODAY) == [held_on_paper]
    (paul,) = [h for h in histories([held_on_paper, run], EVERYONE, TODAY, RULES) if h.participant is PAUL]
    assert paul.absence_streak == 1


def test_a_person_concerned_by_no_session_has_no_rate() -> None:
    (helene,) = [h for h in histories([session(2, [JEANNE], [JEANNE])], [HELENE], TODAY, RULES)]
    assert helene.cells == () and helene.rate is None and helene.last_seen is None


# Follow-up -----------------------------------------------------------------------------------


def test_follow_up_lists_residents_absent_at_their_last_sessions_longest_streak_first() -> None:
    sessions = [
        session(0, [JEANNE, HELENE, AMINA]),
        session(1, [JEANNE, AMINA]),
        session(2, [AMINA], expected=[JEANNE, AMINA]),
        session(3, [PAUL, AMINA]),
    ]
    people = histories(sessions, EVERYONE, TODAY, RULES)
    listed = follow_up(people)
    assert [h.participant.details.first_name for h in listed] == ["Jeanne"]
    assert listed[0].absence_streak == 2 and listed[0].last_seen == SATURDAYS[1]
    everybody = follow_up(people, residents_only=False)
    assert [(h.participant.details.first_name, h.absence_streak) for h in everybody] == [
        ("Hélène", 2),
        ("Jeanne", 2),
    ]
    once = follow_up(people, 1)
    assert [h.participant.details.first_name for h in once] == ["Jeanne"]


def test_at_equal_streaks_never_seen_comes_before_seen_long_ago() -> None:
    sessions = [session(0, [JEANNE]), session(1, [AMINA]), session(2, [AMINA], expected=[JEANNE, AMINA])]
    people = histories(sessions, [JEANNE, PAUL, AMINA], TODAY, RULES)
    listed = follow_up(people, 1)
    assert [(h.participant.details.first_name, h.absence_streak) for h in listed] == [("Paul", 2), ("Jeanne", 2)]
    assert listed[0].last_seen is None


def test_follow_up_needs_at_least_one_absence() -> None:
    with pytest.raises(ValueError):
        follow_up([], 0)


# Indicators ----------------------------------------------------------------------------------


def test_indicators_of_a_session() -> None:
    plenary = session(0, {JEANNE: day(SATURDAYS[0]), PAUL: day(SATURDAYS[0]), HELENE: day(SATURDAYS[0])})
    (residents,) = session_indicators([plenary], EVERYONE, TODAY)
    assert (residents.expected, residents.present, residents.present_expected) == (3, 2, 2)
    assert residents.rate == pytest.approx(2 / 3)
    assert residents.breakdown(Attribute.GENDER) == {Gender.FEMALE: Tally(1, 2), Gender.MALE: Tally(1, 1)}
    assert residents.breakdown(Attribute.AGE_BAND) == {
        AgeBand.AGE_16_24: Tally(1, 1),
        AgeBand.AGE_35_49: Tally(1, 1),
        AgeBand.AGE_65_PLUS: Tally(0, 1),
    }
    assert list(residents.breakdown(Attribute.NEIGHBOURHOOD).items()) == [
        ("Centre-ville", Tally(1, 1)),
        ("La Gare", Tally(1, 1)),
        (None, Tally(0, 1)),
    ]
    assert residents.breakdown(Attribute.RECRUITMENT) == {
        Recruitment.DRAWN: Tally(1, 2),
        Recruitment.VOLUNTEER: Tally(1, 1),
    }
    (everybody,) = session_indicators([plenary], EVERYONE, TODAY, residents_only=False)
    assert (everybody.expected, everybody.present) == (4, 3)
    assert everybody.breakdown(Attribute.RECRUITMENT)[Recruitment.OTHER_ROLE] == Tally(1, 1)


def test_indicators_count_whoever_came_but_rate_only_the_expected() -> None:
    workshop = session(2, [JEANNE, PAUL], expected=[JEANNE, AMINA])
    (item,) = session_indicators([workshop], EVERYONE, TODAY)
    assert (item.expected, item.present, item.present_expected, item.rate) == (2, 2, 1, 0.5)


def test_categories_over_the_sessions_in_display_order() -> None:
    sessions = [session(0, [PAUL]), session(1, [JEANNE], expected=[JEANNE])]
    indicators = session_indicators(sessions, [JEANNE, PAUL, AMINA], TODAY)
    assert categories(indicators, Attribute.GENDER) == [Gender.FEMALE, Gender.MALE]
    assert categories(indicators, Attribute.NEIGHBOURHOOD) == ["Centre-ville", "La Gare", None]


def test_age_bands_are_taken_on_the_day_of_each_session() -> None:
    turning = person(9, "Léa", "Roux", birth_year=2002)
    december = session(0, [turning], [turning], date=dt.date(2026, 12, 19))
    january = session(1, [turning], [turning], date=dt.date(2027, 1, 16))
    first, second = session_indicators([december, january], [turning], dt.date(2027, 2, 1))
    assert list(first.breakdown(Attribute.AGE_BAND)) == [AgeBand.AGE_16_24]
    assert list(second.breakdown(Attribute.AGE_BAND)) == [AgeBand.AGE_25_34]


# Properties ----------------------------------------------------------------------------------

PEOPLE = [
    person(10 + i, f"P{i}", f"Nom{i}", role, gender, drawn=i % 2 == 0, birth_year=1950 + 7 * i)
    for i, (role, gender) in enumerate(
        [
            (Role.CITIZEN, Gender.FEMALE),
            (Role.CITIZEN, Gender.MALE),
            (Role.ELECTED, Gender.FEMALE),
            (Role.CITIZEN, Gender.OTHER),
            (Role.STAFF, Gender.MALE),
            (Role.CITIZEN, Gender.UNSPECIFIED),
        ]
    )
]
TIMES = st.sampled_from([("9:00", "16:30"), ("9:00", "12:00"), ("13:30", None), ("11:30", "13:00")])


@st.composite
def assemblies(draw: st.DrawFn) -> list[SessionRecord]:
    """Up to six past sessions (full days or half days), each expecting some of PEOPLE and
    seeing some of them come."""
    records = []
    for index in range(draw(st.integers(0, 6))):
        date = dt.date(2026, 1, 3) + dt.timedelta(weeks=2 * index)
        expected = draw(st.sets(st.sampled_from(PEOPLE)))
        came = draw(st.sets(st.sampled_from(PEOPLE)))
        presence = {p.id: day(date, *draw(TIMES)) for p in sorted(came, key=lambda p: p.badge_number)}
        expected_ids = frozenset(p.id for p in expected)
        morning, afternoon = draw(st.sampled_from([(True, True), (True, False), (False, True)]))
        late_after = dt.datetime.combine(date, dt.time(9, 15))
        records.append(
            SessionRecord(uuid.UUID(int=5000 + index), date, "", expected_ids, presence, morning, afternoon, late_after)
        )
    return records


@given(assemblies())
def test_rates_are_within_zero_and_one(sessions: list[SessionRecord]) -> None:
    for history in histories(sessions, PEOPLE, TODAY, RULES):
        assert history.rate is None or 0 <= history.rate <= 1
        assert history.absence_streak <= history.counted - history.attended
    for item in session_indicators(sessions, PEOPLE, TODAY, residents_only=False):
        assert item.rate is None or 0 <= item.rate <= 1


@given(assemblies(), st.integers(1, 4))
def test_someone_present_at_every_run_session_is_never_to_call(sessions: list[SessionRecord], n: int) -> None:
    faithful = PEOPLE[0]
    sessions = [
        replace(record, presence={**record.presence, faithful.id: day(record.date)}) if record.was_run else record
        for record in sessions
    ]
    listed = follow_up(histories(sessions, PEOPLE, TODAY, RULES), n, residents_only=False)
    assert faithful not in [h.participant for h in listed]


@given(assemblies(), st.integers(1, 4))
def test_sessions_not_run_never_count_as_absences(sessions: list[SessionRecord], n: int) -> None:
    everybody = frozenset(p.id for p in PEOPLE)
    unrun = [
        SessionRecord(uuid.UUID(int=9000 + i), dt.date(2026, 1, 10) + dt.timedelta(weeks=2 * i), "", everybody, {})
        for i in range(3)
    ]
    with_unrun = histories(sessions + unrun, PEOPLE, TODAY, RULES)
    assert with_unrun == histories(sessions, PEOPLE, TODAY, RULES)
    assert follow_up(with_unrun, n, residents_only=False) == follow_up(
        histories(sessions, PEOPLE, TODAY, RULES), n, residents_only=False
    )


@given(assemblies(), st.integers(1, 4), st.booleans())
def test_follow_up_is_everyone_over_the_threshold_by_streak(
    sessions: list[SessionRecord], n: int, residents_only: bool
) -> None:
    people = histories(sessions, PEOPLE, TODAY, RULES)
    listed = follow_up(people, n, residents_only=residents_only)
    streaks = [h.absence_streak for h in listed]
    assert streaks == sorted(streaks, reverse=True)
    expected = {
        h.participant.id
        for h in people
        if h.absence_streak >= n and (not residents_only or h.participant.details.role is Role.CITIZEN)
    }
    assert {h.participant.id for h in listed} == expected


@given(assemblies(), st.booleans())
def test_breakdowns_add_up_to_the_session_figures(sessions: list[SessionRecord], residents_only: bool) -> None:
    for item in session_indicators(sessions, PEOPLE, TODAY, residents_only=residents_only):
        for attribute in Attribute:
            tallies = item.breakdown(attribute).values()
            assert sum(t.present for t in tallies) == item.present
            assert sum(t.expected for t in tallies) == item.expected
