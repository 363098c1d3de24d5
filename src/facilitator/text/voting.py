"""The words counters read for the votes' codes: refusals, rejections, outcomes, decisions.

Apart from ``messages`` so that neither grows past a screen of tables; the same rule holds:
each table covers its enum completely (a test checks).
"""

from __future__ import annotations

from facilitator.core.voting.ballot_code import BallotRejected
from facilitator.core.voting.count import EventOutcome, Outcome
from facilitator.core.voting.model import Base, Majority, MajorityKind, Method, VoteProblem, VoteRules
from facilitator.core.voting.reconcile import Check
from facilitator.core.voting.results import Decision
from facilitator.text import messages
from facilitator.text.formats import clock_time
from facilitator.text.translate import QT_TRANSLATE_NOOP, Words

CONTEXT = "VoteMessages"

VOTE_PROBLEM_TEXTS: dict[VoteProblem, str] = {
    VoteProblem.NO_QUESTION: QT_TRANSLATE_NOOP("VoteMessages", "The question is empty: type it as it will be read."),
    VoteProblem.TOO_FEW_OPTIONS: QT_TRANSLATE_NOOP("VoteMessages", "Give at least two options."),
    VoteProblem.TOO_MANY_OPTIONS: QT_TRANSLATE_NOOP("VoteMessages", "A vote has at most 99 options."),
    VoteProblem.EMPTY_OPTION: QT_TRANSLATE_NOOP("VoteMessages", "An option is empty: give it a text or remove it."),
    VoteProblem.REPEATED_OPTION: QT_TRANSLATE_NOOP("VoteMessages", "Two options have the same text."),
    VoteProblem.GRADES: QT_TRANSLATE_NOOP(
        "VoteMessages", "Majority judgment needs 3 to 7 distinct grades, worst first."
    ),
    VoteProblem.DEFAULT_GRADE: QT_TRANSLATE_NOOP(
        "VoteMessages", "The grade for an empty row is not one of the grades."
    ),
    VoteProblem.NO_VOTERS: QT_TRANSLATE_NOOP("VoteMessages", "Say who may vote: at least one role."),
    VoteProblem.KITS: QT_TRANSLATE_NOOP("VoteMessages", "Print between 1 and 2000 kits at a time."),
    VoteProblem.TOO_MANY_SLIPS: QT_TRANSLATE_NOOP(
        "VoteMessages",
        "One choice is printed on slips, at most 8 proposals: for more, vote by approval or majority judgment.",
    ),
    VoteProblem.NO_SUCH_VOTE: QT_TRANSLATE_NOOP("VoteMessages", "This vote does not exist (any more)."),
}

REJECTION_TEXTS: dict[BallotRejected, str] = {
    BallotRejected.UNREADABLE: QT_TRANSLATE_NOOP("VoteMessages", "Unreadable or foreign code"),
    BallotRejected.OTHER_VOTE: QT_TRANSLATE_NOOP("VoteMessages", "Ballot of another vote"),
    BallotRejected.TEST_BALLOT: QT_TRANSLATE_NOOP("VoteMessages", "Test ballot: it never counts in a real vote"),
    BallotRejected.REAL_BALLOT: QT_TRANSLATE_NOOP("VoteMessages", "Real ballot: it does not belong in a rehearsal"),
    BallotRejected.NOT_AUTHENTIC: QT_TRANSLATE_NOOP("VoteMessages", "Ballot not authentic"),
    BallotRejected.MISTYPED: QT_TRANSLATE_NOOP("VoteMessages", "Typing mistake in the code: type it again"),
    BallotRejected.NEVER_PRINTED: QT_TRANSLATE_NOOP(
        "VoteMessages", "No ballot of this vote was printed with this code"
    ),
    BallotRejected.UNKNOWN_CHOICE: QT_TRANSLATE_NOOP("VoteMessages", "Choice unknown to this vote"),
    BallotRejected.WRONG_FORM: QT_TRANSLATE_NOOP("VoteMessages", "Wrong kind of ballot for this vote"),
}

OUTCOME_TEXTS: dict[Outcome, str] = {
    Outcome.COUNTED: QT_TRANSLATE_NOOP("VoteMessages", "Counted"),
    Outcome.COMPLETED: QT_TRANSLATE_NOOP("VoteMessages", "Counted with the other slips of its kit"),
    Outcome.AWAITING_SECOND: QT_TRANSLATE_NOOP("VoteMessages", "Waiting for a second counter's entry"),
    Outcome.CONFIRMED: QT_TRANSLATE_NOOP("VoteMessages", "Second entry agrees: counted"),
    Outcome.DUPLICATE: QT_TRANSLATE_NOOP("VoteMessages", "Already counted at {time}"),
    Outcome.CONFLICT: QT_TRANSLATE_NOOP(
        "VoteMessages", "Same serial, different content: blocked for the counters to decide"
    ),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("VoteMessages", "Rejected: {reason}"),
    Outcome.INCOMPLETE: QT_TRANSLATE_NOOP("VoteMessages", "Incomplete: one value per row, within the scale"),
    Outcome.VOIDED: QT_TRANSLATE_NOOP("VoteMessages", "Ballot voided: it will never count"),
    Outcome.AFTER_VOID: QT_TRANSLATE_NOOP("VoteMessages", "Voided ballot: not counted"),
    Outcome.VOID_REFUSED: QT_TRANSLATE_NOOP(
        "VoteMessages", "Already counted: it cannot be voided (take it out by a decision)"
    ),
    Outcome.NEEDS_COUNTER: QT_TRANSLATE_NOOP(
        "VoteMessages", "Type your name first: double entry compares two counters' entries"
    ),
    Outcome.DECIDED: QT_TRANSLATE_NOOP("VoteMessages", "Counters' decision recorded"),
    Outcome.NOT_DECIDABLE: QT_TRANSLATE_NOOP("VoteMessages", "Nothing to decide for this ballot"),
    Outcome.BLANK_ENVELOPE: QT_TRANSLATE_NOOP("VoteMessages", "Empty envelope: blank vote"),
    Outcome.NUL: QT_TRANSLATE_NOOP("VoteMessages", "Declared void (nul)"),
    Outcome.NOTED: QT_TRANSLATE_NOOP("VoteMessages", "Kits handed out noted"),
}

METHOD_LABELS: dict[Method, str] = {
    Method.YES_NO: QT_TRANSLATE_NOOP("VoteMessages", "Yes / no / blank"),
    Method.SINGLE: QT_TRANSLATE_NOOP("VoteMessages", "One choice among proposals"),
    Method.APPROVAL: QT_TRANSLATE_NOOP("VoteMessages", "Approval"),
    Method.JUDGMENT: QT_TRANSLATE_NOOP("VoteMessages", "Majority judgment"),
}

MAJORITY_LABELS: dict[MajorityKind, str] = {
    MajorityKind.SIMPLE: QT_TRANSLATE_NOOP("VoteMessages", "Simple majority"),
    MajorityKind.ABSOLUTE: QT_TRANSLATE_NOOP("VoteMessages", "Absolute majority"),
    MajorityKind.QUALIFIED: QT_TRANSLATE_NOOP("VoteMessages", "Qualified majority of {fraction}"),
}

BASE_LABELS: dict[Base, str] = {
    Base.EXPRESSED: QT_TRANSLATE_NOOP("VoteMessages", "of the votes cast"),
    Base.VOTERS: QT_TRANSLATE_NOOP("VoteMessages", "of the voters"),
    Base.PRESENT: QT_TRANSLATE_NOOP("VoteMessages", "of the members present"),
    Base.MEMBERS: QT_TRANSLATE_NOOP("VoteMessages", "of the members"),
}

DECISION_LABELS: dict[Decision, str] = {
    Decision.ADOPTED: QT_TRANSLATE_NOOP("VoteMessages", "Adopted"),
    Decision.REJECTED: QT_TRANSLATE_NOOP("VoteMessages", "Rejected"),
    Decision.CHOSEN: QT_TRANSLATE_NOOP("VoteMessages", "Chosen: {option}"),
    Decision.NONE_CHOSEN: QT_TRANSLATE_NOOP("VoteMessages", "No proposal reached the majority required"),
    Decision.TIE: QT_TRANSLATE_NOOP("VoteMessages", "Tie"),
    Decision.NO_BALLOTS: QT_TRANSLATE_NOOP("VoteMessages", "No vote cast"),
    Decision.BASE_MISSING: QT_TRANSLATE_NOOP("VoteMessages", "The number the majority is based on is not known"),
}

CHECK_LABELS: dict[Check, str] = {
    Check.KITS_AND_PRESENT: QT_TRANSLATE_NOOP("VoteMessages", "Kits handed out / voters present"),
    Check.VOTERS_AND_SIGNATURES: QT_TRANSLATE_NOOP("VoteMessages", "Envelopes in the box / signatures"),
    Check.BALLOTS_ADD_UP: QT_TRANSLATE_NOOP("VoteMessages", "Blank + void + cast / envelopes"),
    Check.VOTES_ADD_UP: QT_TRANSLATE_NOOP("VoteMessages", "Votes for the options / votes cast"),
    Check.JUDGMENTS_ADD_UP: QT_TRANSLATE_NOOP("VoteMessages", "Judgments of proposal {number} / votes cast"),
}


def translate(source: str) -> str:
    return messages.translate(source, CONTEXT)


vote_problem_text = Words(CONTEXT, VOTE_PROBLEM_TEXTS)
rejection_text = Words(CONTEXT, REJECTION_TEXTS)


def outcome_text(outcome: EventOutcome) -> str:
    text = translate(OUTCOME_TEXTS[outcome.outcome])
    if outcome.outcome is Outcome.DUPLICATE and outcome.first_at is not None:
        return text.format(time=clock_time(outcome.first_at))
    if outcome.outcome is Outcome.REJECTED and outcome.rejected is not None:
        return text.format(reason=rejection_text(outcome.rejected))
    return text


def row_values(rules: VoteRules) -> tuple[str, ...]:
    """What a grid row can say: the grades, or (approval) not ticked / approved."""
    if rules.grades:
        return rules.grades
    return (
        translate(QT_TRANSLATE_NOOP("VoteMessages", "not ticked")),
        translate(QT_TRANSLATE_NOOP("VoteMessages", "approved")),
    )


method_label = Words(CONTEXT, METHOD_LABELS)
base_label = Words(CONTEXT, BASE_LABELS)


def majority_text(majority: Majority) -> str:
    """« Majorité absolue des suffrages exprimés », « Majorité qualifiée de 2/3 des votants »."""
    kind = translate(MAJORITY_LABELS[majority.kind]).format(fraction=f"{majority.numerator}/{majority.denominator}")
    return f"{kind} {base_label(majority.base)}"


def decision_text(decision: Decision, option: str = "") -> str:
    return translate(DECISION_LABELS[decision]).format(option=option)


def check_label(check: Check, number: int | None = None) -> str:
    return translate(CHECK_LABELS[check]).format(number=number if number is not None else "")
