"""From the ballots in the box to the result the president announces, French practice.

votants = envelopes in the box; blancs and nuls apart; suffrages exprimés E = the others.
Abstentions are outside E. A majority is a number of votes computed from the base declared
before the vote: absolute 2·pour > base (⌊base/2⌋ + 1), qualified a/b b·pour ≥ a·base, simple
pour > contre; a tie is never a majority. Ballots blocked for the counters or waiting for a
second entry are in the box but in none of blancs, nuls, exprimés: the reconciliation says so
in red and the result stays provisional until they are settled.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from facilitator.core.voting.ballot_code import BLANK
from facilitator.core.voting.count import Count, Sheet, SheetStatus
from facilitator.core.voting.majority_judgment import ProposalResult, rank_proposals
from facilitator.core.voting.model import Base, MajorityKind, Method, VoteRules


class Decision(StrEnum):
    ADOPTED = "adopted"
    REJECTED = "rejected"
    CHOSEN = "chosen"
    """A proposal won (one choice, approval, majority judgment)."""
    NONE_CHOSEN = "none_chosen"
    """The leading proposal has not reached the majority required."""
    TIE = "tie"
    NO_BALLOTS = "no_ballots"
    BASE_MISSING = "base_missing"
    """The majority's base is the people present or the members, and that number is not known
    (or is below the envelopes in the box: the attendance is incomplete)."""


@dataclass(frozen=True)
class OptionResult:
    number: int
    """1 for the first option, as on the ballots."""
    label: str
    votes: int
    """Slips for it, approvals, or (majority judgment) the ballots that graded it."""
    share: Fraction
    """Of the suffrages exprimés."""
    rank: int
    judgment: ProposalResult | None = None
    grade_counts: tuple[int, ...] = ()
    """Majority judgment: judgments per grade, worst first, empty rows at the default grade."""


@dataclass(frozen=True)
class VoteResult:
    voters: int
    blanks: int
    nuls: int
    nul_reasons: tuple[str, ...]
    expressed: int
    unsettled: int
    """Blocked for the counters or waiting for a second entry."""
    options: tuple[OptionResult, ...]
    """In ballot order."""
    base: int | None
    """The declared base's value (None when it needs a number not given: present, members)."""
    required: int | None
    """Votes needed for a majority, when the rule makes it a number."""
    decision: Decision
    winner: int | None
    """The winning option's number."""
    digest: str
    """SHA-256 of the counted ballots (serial and content, in serial order), for the PV."""

    @property
    def ranking(self) -> list[OptionResult]:
        """Best first; options of equal rank in ballot order."""
        return sorted(self.options, key=lambda option: (option.rank, option.number))


def compute(rules: VoteRules, count: Count, *, present: int | None = None, members: int | None = None) -> VoteResult:
    counted = count.with_status(SheetStatus.COUNTED)
    blank_sheets = [sheet for sheet in counted if _is_blank(rules, sheet)]
    expressed = [sheet for sheet in counted if not _is_blank(rules, sheet)]
    nul_sheets = count.with_status(SheetStatus.NUL)
    unsettled = len(count.with_status(SheetStatus.CONTESTED)) + len(count.with_status(SheetStatus.AWAITING_SECOND))
    blanks = count.blank_envelopes + len(blank_sheets)
    nuls = len(count.nul_envelopes) + len(nul_sheets)
    voters = len(counted) + len(nul_sheets) + unsettled + count.blank_envelopes + len(count.nul_envelopes)
    base = {
        Base.EXPRESSED: len(expressed),
        Base.VOTERS: voters,
        Base.PRESENT: present,
        Base.MEMBERS: members,
    }[rules.majority.base]
    if rules.majority.base in (Base.PRESENT, Base.MEMBERS) and (not base or base < voters):
        base = None  # no majority can be proven from a head count that cannot be right
    options = _options(rules, expressed)
    required = _required(rules, options, base)
    decision, winner = _decision(rules, options, required, len(expressed))
    return VoteResult(
        voters=voters,
        blanks=blanks,
        nuls=nuls,
        nul_reasons=tuple(count.nul_envelopes) + tuple(sheet.reason for sheet in nul_sheets),
        expressed=len(expressed),
        unsettled=unsettled,
        options=options,
        base=base,
        required=required,
        decision=decision,
        winner=winner,
        digest=digest(counted),
    )


def digest(counted: list[Sheet]) -> str:
    lines = sorted(f"{sheet.serial}:{_content_text(sheet)}" for sheet in counted)
    return hashlib.sha256("\n".join(lines).encode("ascii")).hexdigest()


def _content_text(sheet: Sheet) -> str:
    if isinstance(sheet.content, frozenset):
        return ",".join(str(choice) for choice in sorted(sheet.content))
    return ",".join("" if value is None else str(value) for value in sheet.content)


def _is_blank(rules: VoteRules, sheet: Sheet) -> bool:
    """A « Vote blanc » slip; a grid with no row filled; an approval grid with nothing ticked."""
    if isinstance(sheet.content, frozenset):
        return sheet.content == {BLANK}
    if rules.method is Method.APPROVAL:
        return not any(sheet.content)
    return all(value is None for value in sheet.content)


def _options(rules: VoteRules, expressed: list[Sheet]) -> tuple[OptionResult, ...]:
    if rules.method is Method.JUDGMENT:
        return _judged(rules, expressed)
    votes: Counter[int] = Counter()
    for sheet in expressed:
        if isinstance(sheet.content, frozenset):
            votes.update(sheet.content)
        else:
            votes.update(number for number, value in enumerate(sheet.content, start=1) if value)
    total = len(expressed)
    ranks = _competition_ranks([votes[number] for number in range(1, len(rules.options) + 1)])
    return tuple(
        OptionResult(
            number=number,
            label=label,
            votes=votes[number],
            share=Fraction(votes[number], total) if total else Fraction(0),
            rank=ranks[number - 1],
        )
        for number, label in enumerate(rules.options, start=1)
    )


def _judged(rules: VoteRules, expressed: list[Sheet]) -> tuple[OptionResult, ...]:
    grade_count = len(rules.grades)
    tallies = [[0] * grade_count for _ in rules.options]
    for sheet in expressed:
        for row, value in enumerate(sheet.content):
            tallies[row][rules.default_grade if value is None else value] += 1
    judged = rank_proposals(tallies, grade_count)
    total = len(expressed)
    return tuple(
        OptionResult(
            number=number,
            label=label,
            votes=total,
            share=Fraction(1) if total else Fraction(0),
            rank=result.rank,
            judgment=result,
            grade_counts=tuple(tally),
        )
        for number, (label, result, tally) in enumerate(zip(rules.options, judged, tallies, strict=True), start=1)
    )


def _competition_ranks(scores: list[int]) -> list[int]:
    return [1 + sum(other > score for other in scores) for score in scores]


def _required(rules: VoteRules, options: tuple[OptionResult, ...], base: int | None) -> int | None:
    majority = rules.majority
    if rules.method is Method.JUDGMENT:
        return None
    if majority.kind is MajorityKind.SIMPLE:
        if rules.method is Method.YES_NO:
            return options[1].votes + 1
        return None
    if base is None:
        return None
    if majority.kind is MajorityKind.ABSOLUTE:
        return base // 2 + 1
    return -(-majority.numerator * base // majority.denominator)


def _decision(
    rules: VoteRules, options: tuple[OptionResult, ...], required: int | None, expressed: int
) -> tuple[Decision, int | None]:
    if expressed == 0:
        return Decision.NO_BALLOTS, None
    if rules.method is Method.YES_NO:
        yes = options[0].votes
        if required is None:
            return Decision.BASE_MISSING, None
        return (Decision.ADOPTED, None) if yes >= required else (Decision.REJECTED, None)
    leaders = [option for option in options if option.rank == 1]
    if len(leaders) > 1:
        return Decision.TIE, None
    leader = leaders[0]
    if rules.method is Method.JUDGMENT or (rules.majority.kind is MajorityKind.SIMPLE):
        return Decision.CHOSEN, leader.number
    if required is None:
        return Decision.BASE_MISSING, None
    if leader.votes >= required:
        return Decision.CHOSEN, leader.number
    return Decision.NONE_CHOSEN, None
