"""A vote's definition, as counting needs it: method, options, grades, majority and its base."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from facilitator.core.voting.ballot_code import Layout


class VoteProblem(StrEnum):
    """Why a vote's definition or a printing is refused (each said in French to the user)."""

    NO_QUESTION = "no_question"
    TOO_FEW_OPTIONS = "too_few_options"
    TOO_MANY_OPTIONS = "too_many_options"
    EMPTY_OPTION = "empty_option"
    REPEATED_OPTION = "repeated_option"
    GRADES = "grades"
    DEFAULT_GRADE = "default_grade"
    NO_VOTERS = "no_voters"
    KITS = "kits"
    TOO_MANY_SLIPS = "too_many_slips"
    """One choice among more proposals than a kit of slips can hold."""
    NO_SUCH_VOTE = "no_such_vote"


class Method(StrEnum):
    YES_NO = "yna"
    """Oui / Non / blanc on one question."""
    SINGLE = "single"
    """One choice among proposals."""
    APPROVAL = "approval"
    """Any number of proposals approved (several slips in one envelope, or a grid)."""
    JUDGMENT = "mj"
    """Majority judgment: a grade for every proposal, on a grid sheet."""


class MajorityKind(StrEnum):
    SIMPLE = "simple"
    """More « pour » than « contre » (for a choice among proposals: more than any other)."""
    ABSOLUTE = "absolute"
    """More than half of the base."""
    QUALIFIED = "qualified"
    """At least a/b of the base (« au moins les deux tiers »)."""


class Base(StrEnum):
    """What a majority is a share of, declared before the vote and printed on the procès-verbal."""

    EXPRESSED = "exprimes"
    VOTERS = "votants"
    PRESENT = "presents"
    MEMBERS = "membres"


@dataclass(frozen=True)
class Majority:
    kind: MajorityKind = MajorityKind.ABSOLUTE
    base: Base = Base.EXPRESSED
    numerator: int = 1
    denominator: int = 2

    @classmethod
    def parse(cls, text: str, base: Base = Base.EXPRESSED) -> Majority:
        """``simple``, ``absolute`` or ``a/b`` (a qualified majority, 0 < a/b < 1)."""
        cleaned = text.strip().lower()
        if cleaned in (MajorityKind.SIMPLE, MajorityKind.ABSOLUTE):
            return cls(MajorityKind(cleaned), base)
        fraction = re.fullmatch(r"(\d+)\s*/\s*(\d+)", cleaned)
        if fraction is None:
            raise ValueError(f"unknown majority: {text!r}")
        numerator, denominator = int(fraction.group(1)), int(fraction.group(2))
        if not 0 < numerator < denominator:
            raise ValueError(f"a qualified majority is a fraction between 0 and 1: {text!r}")
        return cls(MajorityKind.QUALIFIED, base, numerator, denominator)


DEFAULT_GRADES = ("À rejeter", "Insuffisant", "Passable", "Assez bien", "Bien", "Très bien", "Excellent")
"""Worst first, as Balinski and Laraki's French scale; the grades are the vote's own text."""

YES_NO_OPTIONS = ("Oui", "Non")
MAX_SLIP_OPTIONS = 8


@dataclass(frozen=True)
class VoteRules:
    method: Method
    options: tuple[str, ...]
    """For a yes/no vote, « Oui » then « Non »; otherwise the proposals in ballot order."""
    majority: Majority = Majority()
    grades: tuple[str, ...] = ()
    """Majority judgment only, worst first."""
    default_grade: int = 0
    """The grade of a row left empty on a majority-judgment grid (announced before the vote)."""
    double_entry: bool = False
    """Grid sheets count only once two counters typed the same grades."""

    @property
    def layout(self) -> Layout:
        """Slips for up to ``MAX_SLIP_OPTIONS`` options (a kit stays a handful of slips), a grid
        sheet for majority judgment and for approval among more."""
        if self.method is Method.JUDGMENT or (self.method is Method.APPROVAL and len(self.options) > MAX_SLIP_OPTIONS):
            return Layout.GRID
        return Layout.SLIP

    @property
    def row_values(self) -> int:
        """How many values a grid row takes: the grades, or ticked / not ticked for approval."""
        return len(self.grades) if self.method is Method.JUDGMENT else 2
