"""Indemnities, travel and child care: the délibération's rules in integer cents."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.attendance.presence import HalfDays
from facilitator.core.indemnity.amounts import (
    Claim,
    IndemnityRules,
    IndemnityUnit,
    LoneHalfDay,
    SessionAttendance,
    childcare_reimbursed,
    statement,
    units,
)
from facilitator.core.indemnity.travel import KilometricScale, ScaleError, TravelMeans
from facilitator.core.participants import Role

SCALE = KilometricScale.from_data(
    json.loads((resources.files("facilitator.resources") / "rates" / "kilometric.json").read_text("utf-8"))
)
FULL, MORNING, AFTERNOON, NONE = (
    HalfDays(True, True),
    HalfDays(True, False),
    HalfDays(False, True),
    HalfDays(False, False),
)
PERSON = uuid.UUID(int=1)


def session(day: int, counted: HalfDays = FULL, claim: Claim | None = None, month: int = 3) -> SessionAttendance:
    return SessionAttendance(uuid.UUID(int=month * 100 + day), dt.date(2026, month, day), counted, claim)


def test_haute_garonne_pays_90_euros_a_day_and_half_for_a_morning() -> None:
    rules = IndemnityRules()
    result = statement(PERSON, Role.CITIZEN, [session(7), session(14, MORNING)], rules, SCALE)
    assert [s.gross_cents for s in result.sessions] == [9000, 4500]
    assert result.units == Decimal("1.5")
    assert result.total_cents == 13500


def test_paris_pays_44_euros_a_half_day() -> None:
    rules = IndemnityRules(unit=IndemnityUnit.HALF_DAY, rate_cents=4400)
    result = statement(PERSON, Role.CITIZEN, [session(7), session(14, AFTERNOON)], rules, SCALE)
    assert result.gross_cents == 3 * 4400


def test_poitiers_pays_41_22_per_session_whatever_its_length() -> None:
    rules = IndemnityRules(unit=IndemnityUnit.SESSION, rate_cents=4122)
    result = statement(PERSON, Role.CITIZEN, [session(7, MORNING), session(14), session(21, NONE)], rules, SCALE)
    assert [s.gross_cents for s in result.sessions] == [4122, 4122, 0]


def test_a_lone_half_day_is_rounded_down_to_the_cent() -> None:
    rules = IndemnityRules(rate_cents=4123)
    assert statement(PERSON, Role.CITIZEN, [session(7, MORNING)], rules, SCALE).gross_cents == 2061


@pytest.mark.parametrize(("share", "expected"), [(LoneHalfDay.WHOLE, 9000), (LoneHalfDay.NOTHING, 0)])
def test_what_a_lone_half_day_is_worth_is_a_setting(share: LoneHalfDay, expected: int) -> None:
    rules = IndemnityRules(lone_half_day=share)
    assert statement(PERSON, Role.CITIZEN, [session(7, AFTERNOON)], rules, SCALE).gross_cents == expected


def test_elected_officials_and_staff_get_nothing_by_default() -> None:
    claim = Claim(TravelMeans.CAR, 30, 5, 500, 60, 1000)
    for role in (Role.ELECTED, Role.STAFF):
        result = statement(PERSON, role, [session(7, FULL, claim)], IndemnityRules(), SCALE)
        assert not result.eligible and result.total_cents == 0


def test_the_annual_cap_deducts_from_the_session_that_crosses_it() -> None:
    rules = IndemnityRules(annual_cap_cents=20000)
    sessions = [session(7), session(14), session(21), session(28)]
    result = statement(PERSON, Role.CITIZEN, sessions, rules, SCALE)
    assert [s.gross_cents for s in result.sessions] == [9000] * 4
    assert [s.deduction_cents for s in result.sessions] == [0, 0, 7000, 9000]
    assert result.net_cents == 20000


def test_the_cap_is_per_calendar_year() -> None:
    rules = IndemnityRules(annual_cap_cents=9000)
    december = SessionAttendance(uuid.UUID(int=5), dt.date(2025, 12, 13), FULL)
    result = statement(PERSON, Role.CITIZEN, [december, session(7)], rules, SCALE)
    assert [s.net_cents for s in result.sessions] == [9000, 9000]


def test_one_session_agrees_with_its_year() -> None:
    rules = IndemnityRules(annual_cap_cents=15000)
    claim = Claim(TravelMeans.CAR, 1500, 6)
    year = [session(7, FULL, claim), session(14, FULL, claim), session(21, FULL, claim)]
    whole = statement(PERSON, Role.CITIZEN, year, rules, SCALE)
    alone = statement(PERSON, Role.CITIZEN, [year[1]], rules, SCALE, rest_of_year=year)
    assert alone.sessions == (whole.sessions[1],)


def test_kilometres_are_paid_at_the_rate_of_their_band() -> None:
    # 6-7 CV: 0,41 € up to 2 000 km in the year, 0,51 € up to 10 000, 0,30 € beyond.
    assert SCALE.allowance(TravelMeans.CAR, 6, 0, 100) == 4100
    assert SCALE.allowance(TravelMeans.CAR, 6, 1950, 100) == 50 * 41 + 50 * 51
    assert SCALE.allowance(TravelMeans.CAR, 7, 9990, 20) == 10 * 51 + 10 * 30
    assert SCALE.allowance(TravelMeans.CAR, 4, 0, 10) == 320
    assert SCALE.allowance(TravelMeans.CAR, 11, 0, 10) == 450
    assert SCALE.allowance(TravelMeans.MOTORCYCLE, None, 5000, 10) == 150
    assert SCALE.allowance(TravelMeans.MOPED, None, 0, 10) == 120
    assert SCALE.allowance(TravelMeans.PUBLIC_TRANSPORT, None, 0, 10) == 0


def test_the_year_distance_accumulates_over_the_sessions() -> None:
    claim = Claim(TravelMeans.CAR, 1200, 5)
    result = statement(
        PERSON, Role.CITIZEN, [session(7, FULL, claim), session(14, FULL, claim)], IndemnityRules(), SCALE
    )
    assert [s.km_allowance_cents for s in result.sessions] == [1200 * 32, 800 * 32 + 400 * 40]


def test_tickets_on_proof_and_child_care_within_its_cap() -> None:
    claim = Claim(TravelMeans.PUBLIC_TRANSPORT, ticket_cents=380, childcare_minutes=90, childcare_cents=3500)
    result = statement(PERSON, Role.CITIZEN, [session(7, FULL, claim)], IndemnityRules(), SCALE)
    assert result.travel_cents == 380
    assert result.childcare_cents == 2700  # 18 € an hour × 1 h 30
    assert childcare_reimbursed(Claim(childcare_minutes=90, childcare_cents=1000), IndemnityRules()) == 1000


def test_nothing_is_paid_for_a_session_missed_even_with_a_claim() -> None:
    claim = Claim(TravelMeans.CAR, 30, 5, 500, 60, 1000)
    result = statement(PERSON, Role.CITIZEN, [session(7, NONE, claim)], IndemnityRules(), SCALE)
    assert result.total_cents == 0


def test_travel_and_child_care_can_be_switched_off() -> None:
    claim = Claim(TravelMeans.CAR, 30, 5, 500, 60, 1000)
    rules = IndemnityRules(travel=False, childcare=False)
    assert statement(PERSON, Role.CITIZEN, [session(7, FULL, claim)], rules, SCALE).total_cents == 9000


def test_impossible_claims_and_rules_are_refused() -> None:
    with pytest.raises(ValueError):
        Claim(TravelMeans.CAR, km=10)
    with pytest.raises(ValueError):
        Claim(ticket_cents=-1)
    with pytest.raises(ValueError):
        IndemnityRules(rate_cents=-1)


def test_a_broken_scale_file_is_refused() -> None:
    with pytest.raises(ScaleError):
        KilometricScale.from_data({"reference": "x", "cars": [], "flat_cents_per_km": {}})
    with pytest.raises(ScaleError):
        KilometricScale.from_data({"reference": "x"})


# Properties -------------------------------------------------------------------------------

halves = st.builds(HalfDays, st.booleans(), st.booleans())
claims = st.one_of(
    st.none(),
    st.builds(
        Claim,
        st.sampled_from([TravelMeans.NONE, TravelMeans.PUBLIC_TRANSPORT, TravelMeans.MOTORCYCLE, TravelMeans.BICYCLE]),
        st.integers(0, 400),
        st.none(),
        st.integers(0, 5000),
        st.integers(0, 600),
        st.integers(0, 20000),
    ),
    st.builds(Claim, st.just(TravelMeans.CAR), st.integers(0, 3000), st.integers(1, 12)),
)
rules_strategy = st.builds(
    IndemnityRules,
    unit=st.sampled_from(IndemnityUnit),
    rate_cents=st.integers(0, 20000),
    lone_half_day=st.sampled_from(LoneHalfDay),
    annual_cap_cents=st.none() | st.integers(0, 100000),
    eligible_roles=st.frozensets(st.sampled_from(Role)),
    travel=st.booleans(),
    childcare=st.booleans(),
    childcare_cap_cents_per_hour=st.integers(0, 3000),
)


@st.composite
def years(draw: st.DrawFn) -> list[SessionAttendance]:
    days = draw(st.lists(st.integers(1, 365), min_size=1, max_size=12, unique=True))
    return [
        SessionAttendance(
            uuid.UUID(int=day), dt.date(2026, 1, 1) + dt.timedelta(days=day - 1), draw(halves), draw(claims)
        )
        for day in days
    ]


@given(rules_strategy, st.sampled_from(Role), years())
def test_amounts_are_never_negative_and_never_above_the_cap(
    rules: IndemnityRules, role: Role, year: list[SessionAttendance]
) -> None:
    result = statement(PERSON, role, year, rules, SCALE)
    for amounts in result.sessions:
        assert min(amounts.gross_cents, amounts.net_cents, amounts.travel_cents, amounts.childcare_cents) >= 0
        assert 0 <= amounts.deduction_cents <= amounts.gross_cents
    if rules.annual_cap_cents is not None:
        assert result.net_cents <= rules.annual_cap_cents
    assert result.total_cents == result.net_cents + result.travel_cents + result.childcare_cents


@given(rules_strategy, st.sampled_from(Role), years())
def test_ineligible_roles_get_zero(rules: IndemnityRules, role: Role, year: list[SessionAttendance]) -> None:
    result = statement(PERSON, role, year, rules, SCALE)
    if role not in rules.eligible_roles:
        assert result.total_cents == 0


@given(st.integers(0, 20000), st.sampled_from([IndemnityUnit.HALF_DAY, IndemnityUnit.DAY]))
def test_a_full_day_is_worth_two_half_days_when_so_configured(rate: int, unit: IndemnityUnit) -> None:
    rules = IndemnityRules(unit=unit, rate_cents=rate * 2 if unit is IndemnityUnit.DAY else rate)
    full = statement(PERSON, Role.CITIZEN, [session(7, FULL)], rules, SCALE).gross_cents
    morning = statement(PERSON, Role.CITIZEN, [session(7, MORNING)], rules, SCALE).gross_cents
    afternoon = statement(PERSON, Role.CITIZEN, [session(7, AFTERNOON)], rules, SCALE).gross_cents
    assert full == morning + afternoon == 2 * morning


@given(rules_strategy, years())
def test_the_year_is_the_sum_of_its_sessions(rules: IndemnityRules, year: list[SessionAttendance]) -> None:
    rules = IndemnityRules(**{**rules.__dict__, "eligible_roles": frozenset(Role)})
    whole = statement(PERSON, Role.CITIZEN, year, rules, SCALE)
    one_by_one = [statement(PERSON, Role.CITIZEN, [item], rules, SCALE, rest_of_year=year) for item in year]
    assert sum(part.total_cents for part in one_by_one) == whole.total_cents


@given(halves, rules_strategy)
def test_units_are_within_what_a_day_can_be_worth(counted: HalfDays, rules: IndemnityRules) -> None:
    assert Decimal(0) <= units(counted, rules) <= Decimal(2)
    if counted.count == 0:
        assert units(counted, rules) == 0


@given(st.integers(1, 12), st.integers(0, 20000), st.integers(0, 3000))
def test_splitting_a_trip_never_changes_its_allowance(hp: int, done: int, km: int) -> None:
    first = km // 2
    split = SCALE.allowance(TravelMeans.CAR, hp, done, first) + SCALE.allowance(
        TravelMeans.CAR, hp, done + first, km - first
    )
    assert split == SCALE.allowance(TravelMeans.CAR, hp, done, km)
