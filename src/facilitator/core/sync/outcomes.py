"""What applying a change did: applied, already there, or rejected with its reason (a rejected
change is shown to a person and never blocks the ones after it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from facilitator.core.sync.changes import SyncChange


class Outcome(StrEnum):
    APPLIED = "applied"
    ALREADY_THERE = "already_there"
    REJECTED = "rejected"


class Rejection(StrEnum):
    UNKNOWN_TABLE = "unknown_table"
    UNKNOWN_FIELD = "unknown_field"
    BAD_VALUE = "bad_value"
    NO_SUCH_ROW = "no_such_row"
    """An edit of a row whose creation this laptop never received."""
    BROKEN_LINK = "broken_link"
    """A row that names another this laptop does not hold (a participant of an unknown assembly)."""
    OUTSIDE_SCOPE = "outside_scope"
    """A change to an assembly the sending device may not write."""


@dataclass(frozen=True)
class ChangeOutcome:
    change: SyncChange
    outcome: Outcome
    rejection: Rejection | None = None
    detail: str = ""


@dataclass
class ApplyReport:
    outcomes: list[ChangeOutcome] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for item in self.outcomes if item.outcome is outcome)

    def rejected(self) -> list[ChangeOutcome]:
        return [item for item in self.outcomes if item.outcome is Outcome.REJECTED]
