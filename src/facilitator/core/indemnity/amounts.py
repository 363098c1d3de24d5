"""What each participant is paid: indemnity, travel and child care, in integer cents.

The rules are the assembly's délibération (``IndemnityRules``); attendance comes from the
half-days of ``core.attendance``; travel and child care from the participant's claim for the
session. Every amount is an ``int`` of cents and every rounding is stated where it happens:

- a fraction of a unit (a lone half-day paid half the daily rate) is rounded **down** to the
  cent, so that nobody is ever paid more than the délibération allows;
- the annual cap is applied in date order: what goes over it is a *deduction* of the session
  that crosses it (gross, deductions and net are kept separate, as the finance office needs);
- child care is reimbursed as paid, within ``cap per hour × hours``, rounded down to the cent;
- kilometric allowances are whole cents per kilometre (see ``core.travel``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum

from facilitator.core.attendance.presence import HalfDayRules, HalfDays
from facilitator.core.indemnity.travel import KilometricScale, TravelMeans
from facilitator.core.participants import Role


class IndemnityUnit(StrEnum):
    """What the rate pays for."""

    DAY = "day"
    HALF_DAY = "half_day"
    SESSION = "session"


class LoneHalfDay(StrEnum):
    """With a daily rate, what a morning or an afternoon alone is worth."""

    HALF = "half"
    WHOLE = "whole"
    NOTHING = "nothing"


@dataclass(frozen=True)
class IndemnityRules:
    """The délibération's rules; the defaults are Haute-Garonne's (90 € a day, residents only)."""

    unit: IndemnityUnit = IndemnityUnit.DAY
    rate_cents: int = 9000
    lone_half_day: LoneHalfDay = LoneHalfDay.HALF
    half_days: HalfDayRules = field(default_factory=HalfDayRules)
    annual_cap_cents: int | None = None
    """At most this much indemnity (before travel and child care) per calendar year."""
    eligible_roles: frozenset[Role] = frozenset({Role.CITIZEN})
    travel: bool = True
    childcare: bool = True
    childcare_cap_cents_per_hour: int = 1800
    """The CESE's cap: 18 € an hour."""

    def __post_init__(self) -> None:
        if self.rate_cents < 0 or self.childcare_cap_cents_per_hour < 0:
            raise ValueError("rates cannot be negative")
        if self.annual_cap_cents is not None and self.annual_cap_cents < 0:
            raise ValueError("the cap cannot be negative")


@dataclass(frozen=True)
class Claim:
    """A participant's travel and child-care claim for one session, as entered on proof."""

    means: TravelMeans = TravelMeans.NONE
    km: int = 0
    """Round trip, whole kilometres."""
    fiscal_hp: int | None = None
    ticket_cents: int = 0
    childcare_minutes: int = 0
    childcare_cents: int = 0
    """What the participant paid for child care (the reimbursement is capped)."""

    def __post_init__(self) -> None:
        if min(self.km, self.ticket_cents, self.childcare_minutes, self.childcare_cents) < 0:
            raise ValueError("a claim holds no negative amount")
        if self.fiscal_hp is not None and self.fiscal_hp <= 0:
            raise ValueError("fiscal horsepower is positive")
        if self.means is TravelMeans.CAR and self.km and self.fiscal_hp is None:
            raise ValueError("a car's allowance needs its fiscal horsepower")


@dataclass(frozen=True)
class SessionAttendance:
    """One session a participant was expected at or came to, and what counted of it."""

    session_id: uuid.UUID
    date: dt.date
    counted: HalfDays
    claim: Claim | None = None


@dataclass(frozen=True)
class SessionAmounts:
    session_id: uuid.UUID
    date: dt.date
    counted: HalfDays
    units: Decimal
    """In the rules' unit: 1 day, 0.5 day, 2 half-days, 1 session…"""
    gross_cents: int
    deduction_cents: int
    km: int
    km_allowance_cents: int
    ticket_cents: int
    childcare_cents: int

    @property
    def net_cents(self) -> int:
        return self.gross_cents - self.deduction_cents

    @property
    def travel_cents(self) -> int:
        return self.km_allowance_cents + self.ticket_cents

    @property
    def total_cents(self) -> int:
        return self.net_cents + self.travel_cents + self.childcare_cents


@dataclass(frozen=True)
class PersonAmounts:
    """A participant's statement over the sessions given (one, or a period)."""

    participant_id: uuid.UUID
    eligible: bool
    sessions: tuple[SessionAmounts, ...]

    def _sum(self, name: str) -> int:
        return sum(getattr(amounts, name) for amounts in self.sessions)

    @property
    def units(self) -> Decimal:
        return sum((amounts.units for amounts in self.sessions), Decimal(0))

    @property
    def gross_cents(self) -> int:
        return self._sum("gross_cents")

    @property
    def deduction_cents(self) -> int:
        return self._sum("deduction_cents")

    @property
    def net_cents(self) -> int:
        return self._sum("net_cents")

    @property
    def km_allowance_cents(self) -> int:
        return self._sum("km_allowance_cents")

    @property
    def ticket_cents(self) -> int:
        return self._sum("ticket_cents")

    @property
    def travel_cents(self) -> int:
        return self._sum("travel_cents")

    @property
    def childcare_cents(self) -> int:
        return self._sum("childcare_cents")

    @property
    def total_cents(self) -> int:
        return self._sum("total_cents")

    @property
    def attended(self) -> tuple[SessionAmounts, ...]:
        """The sessions where something counted."""
        return tuple(amounts for amounts in self.sessions if amounts.counted.count)


def units(counted: HalfDays, rules: IndemnityRules) -> Decimal:
    """How many of the rules' units a session's half-days are worth."""
    if counted.count == 0:
        return Decimal(0)
    if rules.unit is IndemnityUnit.HALF_DAY:
        return Decimal(counted.count)
    if rules.unit is IndemnityUnit.SESSION:
        return Decimal(1)
    if counted.count == 2:
        return Decimal(1)
    return {LoneHalfDay.HALF: Decimal("0.5"), LoneHalfDay.WHOLE: Decimal(1), LoneHalfDay.NOTHING: Decimal(0)}[
        rules.lone_half_day
    ]


def cents_down(amount: Decimal) -> int:
    """A Decimal amount of cents, rounded down to the cent."""
    return int(amount.to_integral_value(rounding=ROUND_FLOOR))


def childcare_reimbursed(claim: Claim, rules: IndemnityRules) -> int:
    """What was paid, within the hourly cap for the hours claimed (rounded down)."""
    if not rules.childcare:
        return 0
    cap = cents_down(Decimal(rules.childcare_cap_cents_per_hour) * claim.childcare_minutes / 60)
    return min(claim.childcare_cents, cap)


def statement(
    participant_id: uuid.UUID,
    role: Role,
    attendance: Iterable[SessionAttendance],
    rules: IndemnityRules,
    scale: KilometricScale,
    rest_of_year: Sequence[SessionAttendance] = (),
) -> PersonAmounts:
    """A participant's amounts for ``attendance``, session by session in date order.

    The cap and the kilometric bands depend on the whole calendar year: the year's other
    sessions (``rest_of_year``; only those before a session matter to it) count towards
    them without being listed, so that a statement for one session agrees with the statement
    for the year.
    """
    eligible = role in rules.eligible_roles
    asked = list(attendance)
    wanted = {a.session_id for a in asked}
    everything = [*asked, *(a for a in rest_of_year if a.session_id not in wanted)]
    gross_by_year: dict[int, int] = {}
    km_by_year: dict[int, int] = {}
    result = []
    for item in sorted(everything, key=lambda a: (a.date, a.session_id.bytes)):
        amounts = _session_amounts(item, eligible, rules, scale, gross_by_year, km_by_year)
        if item.session_id in wanted:
            result.append(amounts)
    return PersonAmounts(participant_id, eligible, tuple(result))


def _session_amounts(
    item: SessionAttendance,
    eligible: bool,
    rules: IndemnityRules,
    scale: KilometricScale,
    gross_by_year: dict[int, int],
    km_by_year: dict[int, int],
) -> SessionAmounts:
    year = item.date.year
    if not eligible:
        return SessionAmounts(item.session_id, item.date, item.counted, Decimal(0), 0, 0, 0, 0, 0, 0)
    counted_units = units(item.counted, rules)
    gross = cents_down(counted_units * rules.rate_cents)
    before = gross_by_year.get(year, 0)
    gross_by_year[year] = before + gross
    deduction = 0
    if rules.annual_cap_cents is not None:
        deduction = max(0, before + gross - rules.annual_cap_cents) - max(0, before - rules.annual_cap_cents)
    claim = item.claim if rules.travel or rules.childcare else None
    km = allowance = ticket = childcare = 0
    if claim is not None and item.counted.count:
        if rules.travel:
            km = claim.km
            done = km_by_year.get(year, 0)
            allowance = scale.allowance(claim.means, claim.fiscal_hp, done, km)
            km_by_year[year] = done + km if scale.is_cumulative(claim.means) else done
            ticket = claim.ticket_cents
        childcare = childcare_reimbursed(claim, rules)
    return SessionAmounts(
        item.session_id, item.date, item.counted, counted_units, gross, deduction, km, allowance, ticket, childcare
    )
