"""A test deck: ballots cast on purpose, with the results they must give, to rehearse a count.

Every option gets a different number of votes (equal counts could not show two options
swapped), and the deck holds what a real count meets: blank votes, a kit whose two slips were
both cast (the counters must declare it nul), a slip read twice, a ballot of another vote and,
on paper, a page upside down. The expected figures are written here from the deck's own
recipe, never by counting the deck: a count that agrees with them proves the counting.

The deck's ballots carry the test flag, so a real count rejects every one of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.core.voting.ballot_code import BLANK, Layout
from facilitator.core.voting.model import Method, VoteRules

BLANKS = 2


@dataclass(frozen=True)
class CastBallot:
    kit: int
    """Which of the deck's kits it comes from (0 for the first)."""
    choice: int | None = None
    """A slip's choice; None for a grid sheet."""
    rows: tuple[int | None, ...] = ()
    """A grid sheet's ticks: a grade (or 1 for approved) per proposal, None for no tick."""
    foreign: bool = False
    """A ballot of another vote, that must be rejected."""


@dataclass(frozen=True)
class DeckPlan:
    kits: int
    ballots: tuple[CastBallot, ...]
    """In the order they are printed (and scanned)."""
    votes: tuple[int, ...]
    """Expected per option: votes, approvals, or (majority judgment) ballots that graded it."""
    tallies: tuple[tuple[int, ...], ...]
    """Majority judgment: expected judgments per grade, per proposal (worst grade first)."""
    voters: int
    blanks: int
    nuls: int
    """After the counters declared the kit with two slips nul."""
    expressed: int
    duplicates: int
    foreign: int


def deck_plan(rules: VoteRules) -> DeckPlan:
    if rules.method is Method.JUDGMENT:
        return _judgment_deck(rules)
    if rules.method is Method.APPROVAL:
        return _approval_deck(rules)
    return _slip_deck(rules)


def _slip_deck(rules: VoteRules) -> DeckPlan:
    """Option i (from 1) gets n − i + 2 slips: 3, 2 for yes/no; all different, none zero."""
    options = len(rules.options)
    votes = tuple(options - number + 2 for number in range(1, options + 1))
    ballots: list[CastBallot] = []
    for number, count in enumerate(votes, start=1):
        ballots += [CastBallot(len(ballots) + offset, number) for offset in range(count)]
    kit = len(ballots)
    ballots += [CastBallot(kit + offset, BLANK) for offset in range(BLANKS)]
    kit += BLANKS
    ballots += [CastBallot(kit, 1), CastBallot(kit, 2)]  # two slips of one kit in one envelope
    ballots.append(ballots[0])  # read twice
    ballots.append(CastBallot(kit + 1, 1, foreign=True))
    expressed = sum(votes)
    return DeckPlan(kit + 1, tuple(ballots), votes, (), expressed + BLANKS + 1, BLANKS, 1, expressed, 1, 1)


def _approval_deck(rules: VoteRules) -> DeckPlan:
    """Kit j approves options 1 … n − j: option i is approved n − i + 1 times."""
    options = len(rules.options)
    grid = rules.layout is Layout.GRID
    ballots: list[CastBallot] = []
    for kit in range(options):
        approved = range(1, options - kit + 1)
        if grid:
            ballots.append(CastBallot(kit, rows=tuple(1 if n in approved else None for n in range(1, options + 1))))
        else:
            ballots += [CastBallot(kit, number) for number in approved]
    votes = tuple(options - number + 1 for number in range(1, options + 1))
    kit = options
    blank = [CastBallot(kit + o, rows=(None,) * options) if grid else CastBallot(kit + o, BLANK) for o in range(BLANKS)]
    ballots += blank
    kit += BLANKS
    ballots += (
        [CastBallot(kit, rows=(1,) * options), CastBallot(kit, rows=(None,) * options)]
        if grid
        else [
            CastBallot(kit, 1),
            CastBallot(kit, BLANK),
        ]
    )  # two contents under one serial
    ballots.append(ballots[0])
    ballots.append(
        CastBallot(kit + 1, rows=(1,) * options, foreign=True) if grid else CastBallot(kit + 1, 1, foreign=True)
    )
    return DeckPlan(kit + 1, tuple(ballots), votes, (), options + BLANKS + 1, BLANKS, 1, options, 1, 1)


def _judgment_deck(rules: VoteRules) -> DeckPlan:
    """Proposal p is graded best on p + 1 sheets (so no two proposals have the same tally),
    the other sheets going round the lower grades; the last proposal's row is left empty on
    the last sheet (the default grade)."""
    grades = len(rules.grades)
    proposals = len(rules.options)
    sheets = proposals + 2
    ballots: list[CastBallot] = []
    tallies = [[0] * grades for _ in range(proposals)]
    for sheet in range(sheets):
        rows: list[int | None] = []
        for proposal in range(proposals):
            if sheet == sheets - 1 and proposal == proposals - 1:
                rows.append(None)
                tallies[proposal][rules.default_grade] += 1
                continue
            grade = grades - 1 if sheet <= proposal else (sheet + proposal) % (grades - 1)
            rows.append(grade)
            tallies[proposal][grade] += 1
        ballots.append(CastBallot(sheet, rows=tuple(rows)))
    blank = [CastBallot(sheets + offset, rows=(None,) * proposals) for offset in range(BLANKS)]
    ballots += blank
    kit = sheets + BLANKS
    ballots += [CastBallot(kit, rows=(0,) * proposals), CastBallot(kit, rows=(grades - 1,) * proposals)]
    ballots.append(ballots[0])
    ballots.append(CastBallot(kit + 1, rows=(0,) * proposals, foreign=True))
    return DeckPlan(
        kit + 1,
        tuple(ballots),
        (sheets,) * proposals,
        tuple(tuple(t) for t in tallies),
        sheets + BLANKS + 1,
        BLANKS,
        1,
        sheets,
        1,
        1,
    )
