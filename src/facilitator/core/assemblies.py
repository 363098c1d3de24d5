"""An assembly's délibération as the rules read it (the indemnity rules, the quorum, the grace
before an arrival is late, who signs the documents), and the rule of its sessions' days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from facilitator.core.attendance.presence import Quorum
from facilitator.core.indemnity.amounts import IndemnityRules

DEFAULT_SIGNATORY = "Le maire ou son représentant"


@dataclass(frozen=True)
class AssemblyRules:
    indemnity: IndemnityRules = field(default_factory=IndemnityRules)
    quorum: Quorum | None = None
    late_after_minutes: int = 15
    """Grace after the session's start before an arrival counts as late."""
    signatory: str = DEFAULT_SIGNATORY
    """Who signs the documents for the organiser (the ordonnateur)."""

    def __post_init__(self) -> None:
        if self.late_after_minutes < 0:
            raise ValueError("the grace cannot be negative")
        if self.quorum is not None and not 0 < self.quorum.percent <= 100:
            raise ValueError("a quorum is a percentage between 1 and 100")


class NotToday(Exception):
    """An action that records the current time, refused for a session held on another day.

    The desk and the speakers' list record only into today's session: another day's arrivals
    and departures are corrections, which state their time.
    """

    def __init__(self, date: dt.date) -> None:
        super().__init__(date.isoformat())
        self.date = date


def check_today(session_date: dt.date, at: dt.datetime) -> None:
    """Refuse (``NotToday``) to record at ``at`` into a session held on ``session_date``, another day."""
    if at.date() != session_date:
        raise NotToday(session_date)
