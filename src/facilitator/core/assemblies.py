"""An assembly's délibération as the rules read it: the indemnity rules, the quorum, the grace
before an arrival is late, and who signs the documents."""

from __future__ import annotations

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
