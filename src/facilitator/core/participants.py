"""Who takes part in an assembly, as the rest of the application sees it."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from facilitator.core.names import name_key


class Role(StrEnum):
    """Why someone is in the room; speaking budgets and indemnities depend on it."""

    CITIZEN = "citizen"
    ELECTED = "elected"
    STAFF = "staff"
    EXPERT = "expert"
    FACILITATOR = "facilitator"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSPECIFIED = "unspecified"


@dataclass(frozen=True)
class ParticipantDetails:
    """Everything a person is, as entered or imported; identity and badge number aside.

    ``drawn`` only means something for citizens (drawn by lot rather than volunteers);
    ``minority`` only for elected officials (member of the municipal minority).
    """

    first_name: str
    last_name: str
    role: Role = Role.CITIZEN
    gender: Gender = Gender.UNSPECIFIED
    birth_year: int | None = None
    neighbourhood: str = ""
    drawn: bool = False
    minority: bool = False
    phone: str = ""
    email: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    accessibility_needs: str = ""
    childcare_needed: bool = False
    notes: str = ""
    to_review: bool = False
    """Registered on the spot at the desk (a walk-in): an agent should check the details."""
    sub_bodies: tuple[str, ...] = field(default=())

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class Participant:
    """A stored participant: its sync identity, its badge number and its details."""

    id: uuid.UUID
    badge_number: int
    details: ParticipantDetails


class AgeBand(StrEnum):
    """The age bands assemblies report on and balance their draw by, youngest first."""

    AGE_16_24 = "16-24"
    AGE_25_34 = "25-34"
    AGE_35_49 = "35-49"
    AGE_50_64 = "50-64"
    AGE_65_PLUS = "65+"


_AGE_BAND_LOWEST: tuple[tuple[int, AgeBand], ...] = (
    (65, AgeBand.AGE_65_PLUS),
    (50, AgeBand.AGE_50_64),
    (35, AgeBand.AGE_35_49),
    (25, AgeBand.AGE_25_34),
    (16, AgeBand.AGE_16_24),
)


def age_band(birth_year: int | None, on: dt.date) -> AgeBand | None:
    """The band of someone born in ``birth_year``, on the date ``on``.

    Rosters hold a birth year, not a birth date, so the age is the difference of years (the
    age reached during that year). None when the year is unknown, or when the age falls below
    the youngest band (a typo, or someone too young to be drawn): no band is guessed.
    """
    if birth_year is None:
        return None
    age = on.year - birth_year
    return next((band for lowest, band in _AGE_BAND_LOWEST if age >= lowest), None)


def by_name(person: Participant) -> tuple[str, str, int]:
    """The sort key of people listed by name (the badge number parts namesakes)."""
    return (*name_key(person.details.last_name, person.details.first_name), person.badge_number)
