"""The checks a procès-verbal must pass before anyone signs it, each one named so the screen
can show it in red when it fails.

Paper and count must agree: kits handed out against voters present, envelopes in the box
against signatures on the émargement, blancs + nuls + exprimés against votants (a ballot still
blocked for the counters breaks it, on purpose), votes against exprimés for a single choice,
and for majority judgment the same number of judgments for every proposal.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from facilitator.core.voting.model import Method, VoteRules
from facilitator.core.voting.results import VoteResult


class Check(StrEnum):
    KITS_AND_PRESENT = "kits_and_present"
    VOTERS_AND_SIGNATURES = "voters_and_signatures"
    BALLOTS_ADD_UP = "ballots_add_up"
    VOTES_ADD_UP = "votes_add_up"
    JUDGMENTS_ADD_UP = "judgments_add_up"


@dataclass(frozen=True)
class CheckResult:
    check: Check
    left: int
    right: int
    option: int | None = None
    """JUDGMENTS_ADD_UP: the proposal's number."""

    @property
    def agrees(self) -> bool:
        return self.left == self.right


def reconcile(
    rules: VoteRules, result: VoteResult, *, kits_handed_out: int | None, present: int | None, signatures: int | None
) -> list[CheckResult]:
    """The checks that apply; one whose numbers are not known (no kits counted yet) is left out."""
    checks = []
    if kits_handed_out is not None and present is not None:
        checks.append(CheckResult(Check.KITS_AND_PRESENT, kits_handed_out, present))
    if signatures is not None:
        checks.append(CheckResult(Check.VOTERS_AND_SIGNATURES, result.voters, signatures))
    checks.append(CheckResult(Check.BALLOTS_ADD_UP, result.blanks + result.nuls + result.expressed, result.voters))
    if rules.method in (Method.YES_NO, Method.SINGLE):
        checks.append(CheckResult(Check.VOTES_ADD_UP, sum(option.votes for option in result.options), result.expressed))
    if rules.method is Method.JUDGMENT:
        for option in result.options:
            checks.append(
                CheckResult(Check.JUDGMENTS_ADD_UP, sum(option.grade_counts), result.expressed, option.number)
            )
    return checks
