"""A vote as the assembly defines it: the question verbatim, the method, the options or grades,
the majority and its base, who votes; checked before anything is saved, a refusal saying why."""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.core.participants import Role
from facilitator.core.voting.ballot_code import MAX_CHOICE
from facilitator.core.voting.model import MAX_SLIP_OPTIONS, YES_NO_OPTIONS, Majority, Method, VoteProblem

MAX_KITS = 2000
MIN_GRADES, MAX_GRADES = 3, 7
VOTING_ROLES = (Role.CITIZEN,)


class VoteRefused(ValueError):
    def __init__(self, problem: VoteProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class VoteDefinition:
    question: str
    method: Method
    options: tuple[str, ...] = ()
    """Ignored for a yes/no vote (« Oui », « Non »)."""
    majority: Majority = field(default_factory=Majority)
    grades: tuple[str, ...] = ()
    default_grade: int = 0
    voter_roles: tuple[Role, ...] = VOTING_ROLES
    double_entry: bool = False


@dataclass(frozen=True)
class Officers:
    """Who runs the count and signs its procès-verbal, and what they noted."""

    president: str = ""
    secretary: str = ""
    counters: tuple[str, ...] = ()
    incidents: str = ""
    discrepancy_note: str = ""


def check_definition(definition: VoteDefinition) -> VoteDefinition:
    """The definition as it will be saved (texts trimmed, yes/no options set), or ``VoteRefused``."""
    question = definition.question.strip()
    if not question:
        raise VoteRefused(VoteProblem.NO_QUESTION)
    if definition.method is Method.YES_NO:
        options: tuple[str, ...] = YES_NO_OPTIONS
    else:
        options = tuple(option.strip() for option in definition.options)
        _check_options(options)
        if definition.method is Method.SINGLE and len(options) > MAX_SLIP_OPTIONS:
            raise VoteRefused(VoteProblem.TOO_MANY_SLIPS)
    grades = tuple(grade.strip() for grade in definition.grades) if definition.method is Method.JUDGMENT else ()
    if definition.method is Method.JUDGMENT:
        if not MIN_GRADES <= len(grades) <= MAX_GRADES or any(not g for g in grades) or len(set(grades)) < len(grades):
            raise VoteRefused(VoteProblem.GRADES)
        if not 0 <= definition.default_grade < len(grades):
            raise VoteRefused(VoteProblem.DEFAULT_GRADE)
    if not definition.voter_roles:
        raise VoteRefused(VoteProblem.NO_VOTERS)
    return VoteDefinition(
        question=question,
        method=definition.method,
        options=options,
        majority=definition.majority,
        grades=grades,
        default_grade=definition.default_grade if grades else 0,
        voter_roles=tuple(dict.fromkeys(definition.voter_roles)),
        double_entry=definition.double_entry and definition.method is Method.JUDGMENT,
    )


def _check_options(options: tuple[str, ...]) -> None:
    if len(options) < 2:
        raise VoteRefused(VoteProblem.TOO_FEW_OPTIONS)
    if len(options) > MAX_CHOICE:
        raise VoteRefused(VoteProblem.TOO_MANY_OPTIONS)
    if any(not option for option in options):
        raise VoteRefused(VoteProblem.EMPTY_OPTION)
    if len({option.casefold() for option in options}) < len(options):
        raise VoteRefused(VoteProblem.REPEATED_OPTION)
