"""What a user action changed, in typed flags, so that every screen that shows it refreshes itself.

Each service that writes answers with ``Changed``: its result and the kinds of data it wrote,
which the database's writer gathers from the rows it logged (a check-in that finds the person
already here wrote nothing and changed nothing). The window passes the changes on to every
workspace; a change that arrives from elsewhere (another window, a synced laptop) is the same
value and takes the same path.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Flag, auto
from typing import Generic, TypeVar

T_co = TypeVar("T_co", covariant=True)


class Change(Flag):
    NONE = 0
    ASSEMBLIES = auto()
    """Assemblies, their sub-bodies, a badge key."""
    SESSIONS = auto()
    ROSTER = auto()
    """Participants and who belongs to which sub-body."""
    RULES = auto()
    """The délibération: indemnity rules, quorum, lateness, signatory."""
    ATTENDANCE = auto()
    """Arrivals, departures, corrections."""
    CLAIMS = auto()
    """Travel and child-care claims."""
    AGENDA = auto()
    """A session's phases and the discipline profiles."""
    SPEAKING = auto()
    """The speakers' list: requests, turns, overrides."""
    ROTATION = auto()
    """Small groups: a setup, a plan, a seat moved, the round under way."""
    VOTING = auto()
    """Votes, their ballot kits, their count."""


@dataclass(frozen=True)
class Changed(Generic[T_co]):
    """A user action's answer, and what it changed (``Change.NONE`` when it wrote nothing)."""

    value: T_co
    changes: Change
