"""The words of speaking time: phases and their discipline, requests for the floor, events.

Time is a number of seconds on one timeline (the services use POSIX time, read from a
monotonic-driven clock so that it never goes back during a session); nothing here reads a
clock: every function that needs "now" is given it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from facilitator.core.participants import Gender, Role


class Fairness(StrEnum):
    """How the queue orders the requests of one kind."""

    FIRST_COME = "first_come"
    NEWCOMERS_FIRST = "newcomers_first"
    """People who have not spoken yet in the phase before those who have (then first come)."""


class RequestKind(StrEnum):
    """Why someone asks for the floor; the order of the members is the queue's priority."""

    POINT_OF_ORDER = "point_of_order"
    """On the conduct of the meeting: jumps the queue (first come among themselves)."""
    QUESTION = "question"
    """An interposed question: given the floor, it pauses the current speaker."""
    CONTRIBUTION = "contribution"
    INTERVENTION = "intervention"
    """A short intervention, with its own (shorter) duration."""


KIND_PRIORITY = {
    RequestKind.POINT_OF_ORDER: 0,
    RequestKind.QUESTION: 1,
    RequestKind.CONTRIBUTION: 2,
    RequestKind.INTERVENTION: 2,
}
"""Points of order first, then questions; contributions and interventions share one line."""


@dataclass(frozen=True)
class RoleBudget:
    """Speaking time a role has in a phase: ``seconds`` per person, or for all the role's
    people together when ``shared`` (a shared 2-minute cap for the officials' answers)."""

    seconds: int
    shared: bool = False

    def __post_init__(self) -> None:
        if self.seconds < 0:
            raise ValueError("a budget cannot be negative")


@dataclass(frozen=True)
class Discipline:
    """A phase's rules for speaking, reusable as a template of the assembly (a profile)."""

    turn_seconds: int = 180
    """Default duration of a contribution (the countdown's start)."""
    intervention_seconds: int = 60
    """Duration of a short intervention, a point of order or a question."""
    warning_seconds: int = 30
    """The countdown changes colour when this much time is left."""
    budgets: Mapping[Role, RoleBudget] = field(default_factory=dict)
    """Roles not listed have no limit."""
    officials_may_ask: bool = True
    """False: elected officials cannot be put in the queue (the facilitator may override)."""
    fairness: Fairness = Fairness.FIRST_COME
    alternate_genders: bool = False
    """Within the fairness rule, alternate women and men when both are waiting."""

    def __post_init__(self) -> None:
        if min(self.turn_seconds, self.intervention_seconds, self.warning_seconds) < 0:
            raise ValueError("durations cannot be negative")

    def planned_seconds(self, kind: RequestKind) -> int:
        return self.turn_seconds if kind is RequestKind.CONTRIBUTION else self.intervention_seconds


@dataclass(frozen=True)
class Phase:
    id: uuid.UUID
    name: str
    discipline: Discipline


@dataclass(frozen=True)
class Speaker:
    """What the queue and the budgets need to know of a person."""

    id: uuid.UUID
    role: Role
    gender: Gender


class EventKind(StrEnum):
    REQUEST = "request"
    """Someone is put in the queue (``request_kind``)."""
    WITHDRAW = "withdraw"
    """A request leaves the queue without being given the floor."""
    REORDER = "reorder"
    """The facilitator moved requests by hand: ``order`` lists the waiting requests."""
    START = "start"
    """The floor is given for a request (a turn begins)."""
    PAUSE = "pause"
    RESUME = "resume"
    END = "end"
    OVERRIDE = "override"
    """The facilitator gives the floor although the rules refuse it; ``note`` says why."""


@dataclass(frozen=True)
class SpeakingEvent:
    """One append-only fact of the speakers' list.

    ``request`` is the id of the request it concerns (the REQUEST event's own id for a
    request); ``participant`` and ``request_kind`` are set on REQUEST events.
    """

    id: uuid.UUID
    kind: EventKind
    at: float
    phase: uuid.UUID
    request: uuid.UUID | None = None
    participant: uuid.UUID | None = None
    request_kind: RequestKind | None = None
    order: tuple[uuid.UUID, ...] = ()
    note: str = ""
    stamp: str = ""
    """The clock stamp of its recording: orders events recorded at the same ``at``."""
