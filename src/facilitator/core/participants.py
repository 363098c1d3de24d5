"""Who takes part in an assembly, as the rest of the application sees it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


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
