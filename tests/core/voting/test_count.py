"""The count replayed from its events, the results and majorities, and the reconciliation."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.voting.ballot_code import BLANK, Ballot, BallotRejected, Layout, VoteSeal, payload, short_code
from facilitator.core.voting.count import KEEP_ALL, CountEvent, EntryKind, Outcome, SheetStatus, extend, replay
from facilitator.core.voting.model import Base, Majority, MajorityKind, Method, VoteRules
from facilitator.core.voting.reconcile import Check, reconcile
from facilitator.core.voting.results import Decision, compute

KEY = "3c" * 32
SEAL = VoteSeal("K7P2Q", KEY)
YES_NO = VoteRules(Method.YES_NO, ("Oui", "Non"))
START = dt.datetime(2026, 3, 14, 14, 0)
_ids = itertools.count()


def slip(serial: str, choice: int, *, test: bool = False, vote: str = "K7P2Q") -> str:
    return payload(Ballot(vote, serial, Layout.SLIP, choice, test), KEY)


def serial(number: int) -> str:
    return f"{number:08d}".replace("0", "A")


def event(kind: EntryKind = EntryKind.BALLOT, minutes: float = 0, **fields: object) -> CountEvent:
    return CountEvent(id=f"e{next(_ids):05d}", kind=kind, at=START + dt.timedelta(minutes=minutes), **fields)  # type: ignore[arg-type]


def ballots(rules: VoteRules, choices: list[int], start: int = 0) -> list[CountEvent]:
    return [event(code=slip(serial(start + i), c), minutes=i / 10) for i, c in enumerate(choices)]


def test_a_yes_no_vote_counted_with_blanks_nuls_and_a_double_read() -> None:
    events = ballots(YES_NO, [1] * 7 + [2] * 3 + [BLANK])
    events.append(event(code=slip(serial(0), 1), minutes=5))  # the scanner read the first one again
    events.append(event(EntryKind.BLANK_ENVELOPE, minutes=6))
    events.append(event(EntryKind.NUL, minutes=7, reason="deux bulletins différents"))
    count = replay(YES_NO, SEAL, events)
    duplicate = count.outcomes[11]
    assert duplicate.outcome is Outcome.DUPLICATE and duplicate.first_at == START
    result = compute(YES_NO, count)
    assert (result.voters, result.blanks, result.nuls, result.expressed) == (13, 2, 1, 10)
    assert [o.votes for o in result.options] == [7, 3]
    assert result.required == 6 and result.decision is Decision.ADOPTED
    assert result.nul_reasons == ("deux bulletins différents",)


def test_another_vote_a_test_ballot_and_a_forgery_are_rejected_with_their_reason() -> None:
    forged = slip(serial(1), 1)[:-1] + ("A" if slip(serial(1), 1)[-1] != "A" else "B")
    events = [
        event(code=slip(serial(0), 1, vote="ZZZZZ")),
        event(code=slip(serial(1), 1, test=True)),
        event(code=forged),
        event(code="https://example.org"),
    ]
    count = replay(YES_NO, SEAL, events)
    assert [o.rejected for o in count.outcomes] == [
        BallotRejected.OTHER_VOTE,
        BallotRejected.TEST_BALLOT,
        BallotRejected.NOT_AUTHENTIC,
        BallotRejected.UNREADABLE,
    ]
    assert compute(YES_NO, count).voters == 0


def test_two_slips_of_one_kit_block_the_serial_until_the_counters_decide() -> None:
    first = event(code=slip(serial(0), 1))
    second = event(code=slip(serial(0), 2), minutes=1)
    count = replay(YES_NO, SEAL, [first, second])
    assert count.outcomes[1].outcome is Outcome.CONFLICT
    result = compute(YES_NO, count)
    assert result.unsettled == 1 and result.expressed == 0
    checks = {c.check: c for c in reconcile(YES_NO, result, kits_handed_out=None, present=None, signatures=None)}
    assert not checks[Check.BALLOTS_ADD_UP].agrees  # shown in red until settled
    decided = replay(YES_NO, SEAL, [first, second, event(EntryKind.RESOLVE, 2, serial=serial(0), keep=second.id)])
    assert [o.votes for o in compute(YES_NO, decided).options] == [0, 1]
    nul = replay(YES_NO, SEAL, [first, second, event(EntryKind.RESOLVE, 2, serial=serial(0), reason="deux choix")])
    assert compute(YES_NO, nul).nuls == 1


def test_approval_slips_of_one_kit_approve_together_and_a_repeat_counts_once() -> None:
    rules = VoteRules(Method.APPROVAL, ("A", "B", "C"))
    events = [event(code=slip(serial(0), c), minutes=c) for c in (1, 3, 3)] + [event(code=slip(serial(1), 2))]
    count = replay(rules, SEAL, events)
    assert [o.outcome for o in count.outcomes] == [
        Outcome.COUNTED,
        Outcome.COUNTED,
        Outcome.COMPLETED,
        Outcome.DUPLICATE,
    ]
    assert [o.votes for o in compute(rules, count).options] == [1, 1, 1]
    with_blank = replay(rules, SEAL, [*events, event(code=slip(serial(1), BLANK), minutes=9)])
    assert with_blank.sheets[serial(1)].status is SheetStatus.CONTESTED


def test_a_voided_serial_never_counts_and_a_counted_one_cannot_be_voided() -> None:
    events = [
        event(EntryKind.VOID, code=slip(serial(0), 1)),
        event(code=slip(serial(0), 1), minutes=1),
        event(code=slip(serial(1), 2), minutes=2),
        event(EntryKind.VOID, minutes=3, code=slip(serial(1), 2)),
    ]
    count = replay(YES_NO, SEAL, events)
    assert [o.outcome for o in count.outcomes] == [
        Outcome.VOIDED,
        Outcome.AFTER_VOID,
        Outcome.COUNTED,
        Outcome.VOID_REFUSED,
    ]


def test_double_entry_of_grid_sheets_counts_once_two_counters_agree() -> None:
    rules = VoteRules(
        Method.JUDGMENT, ("A", "B"), grades=("Insuffisant", "Passable", "Bien"), default_grade=0, double_entry=True
    )
    grid = Ballot("K7P2Q", serial(0), Layout.GRID, None, False)
    code = short_code(grid, KEY)
    events = [
        event(code=code, rows=(2, None), counter="Awa"),
        event(code=payload(grid, KEY), rows=(2, None), counter="Awa", minutes=1),
        event(code=code, rows=(2, None), counter="Marc", minutes=2),
    ]
    count = replay(rules, SEAL, events)
    assert [o.outcome for o in count.outcomes] == [Outcome.AWAITING_SECOND, Outcome.DUPLICATE, Outcome.CONFIRMED]
    result = compute(rules, count)
    assert [o.grade_counts for o in result.options] == [(0, 0, 1), (1, 0, 0)]
    different = replay(rules, SEAL, [*events[:1], event(code=code, rows=(1, None), counter="Marc", minutes=2)])
    assert different.sheets[serial(0)].status is SheetStatus.CONTESTED
    short = replay(rules, SEAL, [event(code=code, rows=(2,), counter="Awa")])
    assert short.outcomes[0].outcome is Outcome.INCOMPLETE


def test_a_slip_for_a_grid_vote_is_the_wrong_form() -> None:
    rules = VoteRules(Method.JUDGMENT, ("A", "B"), grades=("Insuffisant", "Passable", "Bien"))
    count = replay(rules, SEAL, [event(code=slip(serial(0), 1))])
    assert count.outcomes[0].rejected is BallotRejected.WRONG_FORM


@pytest.mark.parametrize(
    ("majority", "yes", "no", "adopted"),
    [
        (Majority(MajorityKind.ABSOLUTE), 6, 4, True),
        (Majority(MajorityKind.ABSOLUTE), 5, 5, False),  # a tie is not a majority
        (Majority(MajorityKind.SIMPLE), 5, 4, True),
        (Majority(MajorityKind.SIMPLE), 4, 4, False),
        (Majority.parse("2/3"), 6, 3, True),  # 3 × 6 ≥ 2 × 9: « au moins les deux tiers »
        (Majority.parse("2/3"), 5, 3, False),  # 3 × 5 < 2 × 8
        (Majority.parse("3/5", Base.VOTERS), 6, 3, True),  # base 10 votants (one blank): 5 × 6 ≥ 3 × 10
        (Majority.parse("3/5", Base.VOTERS), 5, 4, False),
    ],
)
def test_majorities_at_their_thresholds(majority: Majority, yes: int, no: int, adopted: bool) -> None:
    rules = VoteRules(Method.YES_NO, ("Oui", "Non"), majority=majority)
    extra = [BLANK] if majority.base is Base.VOTERS else []
    result = compute(rules, replay(rules, SEAL, ballots(rules, [1] * yes + [2] * no + extra)))
    assert (result.decision is Decision.ADOPTED) is adopted


def test_a_base_of_members_needs_their_number() -> None:
    rules = VoteRules(Method.YES_NO, ("Oui", "Non"), majority=Majority(MajorityKind.ABSOLUTE, Base.MEMBERS))
    count = replay(rules, SEAL, ballots(rules, [1] * 30 + [2] * 5))
    assert compute(rules, count).decision is Decision.BASE_MISSING
    assert compute(rules, count, members=80).decision is Decision.REJECTED  # 30 < 41
    assert compute(rules, count, members=58).decision is Decision.ADOPTED


def test_one_choice_among_proposals_ties_and_majorities() -> None:
    rules = VoteRules(Method.SINGLE, ("A", "B", "C"))
    tie = compute(rules, replay(rules, SEAL, ballots(rules, [1, 1, 2, 2, 3])))
    assert tie.decision is Decision.TIE and [o.rank for o in tie.options] == [1, 1, 3]
    short = compute(rules, replay(rules, SEAL, ballots(rules, [1, 1, 2, 3])))
    assert short.decision is Decision.NONE_CHOSEN and short.required == 3
    relative = VoteRules(Method.SINGLE, ("A", "B", "C"), majority=Majority(MajorityKind.SIMPLE))
    assert compute(relative, replay(relative, SEAL, ballots(rules, [1, 1, 2, 3]))).winner == 1


@given(st.lists(st.integers(0, 3), max_size=30), st.randoms(use_true_random=False))
def test_the_count_does_not_depend_on_the_order_events_were_stored(choices: list[int], rng: random.Random) -> None:
    rules = VoteRules(Method.SINGLE, ("A", "B", "C"))
    events = ballots(rules, choices) + ballots(rules, choices[:3])  # double reads, later
    shuffled = list(events)
    rng.shuffle(shuffled)
    first, again = compute(rules, replay(rules, SEAL, events)), compute(rules, replay(rules, SEAL, shuffled))
    assert first == again
    assert first.voters == len(choices)
    assert all(check.agrees for check in reconcile(rules, first, kits_handed_out=None, present=None, signatures=None))


def test_the_digest_changes_with_any_counted_ballot() -> None:
    one = compute(YES_NO, replay(YES_NO, SEAL, ballots(YES_NO, [1, 2])))
    other = compute(YES_NO, replay(YES_NO, SEAL, ballots(YES_NO, [2, 1])))
    assert len(one.digest) == 64 and one.digest != other.digest


def test_reconciliation_compares_kits_present_and_signatures() -> None:
    result = compute(YES_NO, replay(YES_NO, SEAL, ballots(YES_NO, [1, 1, 2])))
    checks = {c.check: c for c in reconcile(YES_NO, result, kits_handed_out=4, present=4, signatures=4)}
    assert checks[Check.KITS_AND_PRESENT].agrees
    assert not checks[Check.VOTERS_AND_SIGNATURES].agrees  # 3 envelopes, 4 signatures


def test_a_ballot_taken_out_then_another_slip_of_its_kit_is_for_the_counters() -> None:
    first = event(code=slip(serial(0), 2))
    taken_out = event(EntryKind.WITHDRAW, 1, serial=serial(0), reason="bulletin jeté, scanné par erreur")
    cast = event(code=slip(serial(0), 1), minutes=2)
    count = replay(YES_NO, SEAL, [first, taken_out, cast])
    assert count.outcomes[2].outcome is Outcome.CONFLICT
    settled = replay(
        YES_NO, SEAL, [first, taken_out, cast, event(EntryKind.RESOLVE, 3, serial=serial(0), keep=cast.id)]
    )
    assert [o.votes for o in compute(YES_NO, settled).options] == [1, 0]


def test_a_counted_ballot_declared_void_moves_from_cast_to_void_without_a_new_envelope() -> None:
    events = [*ballots(YES_NO, [1, 1, 2]), event(EntryKind.NUL, 1, serial=serial(1), reason="annoté")]
    result = compute(YES_NO, replay(YES_NO, SEAL, events))
    assert (result.voters, result.nuls, result.expressed) == (3, 1, 2)
    assert result.nul_reasons == ("annoté",)


def test_approval_slips_of_a_blocked_kit_can_all_be_kept() -> None:
    rules = VoteRules(Method.APPROVAL, ("A", "B", "C"))
    events = [event(code=slip(serial(0), 1)), event(code=slip(serial(0), 2), minutes=1)]
    events.append(event(code=slip(serial(0), BLANK), minutes=2))
    count = replay(rules, SEAL, [*events, event(EntryKind.RESOLVE, 3, serial=serial(0), keep=KEEP_ALL)])
    assert [o.votes for o in compute(rules, count).options] == [1, 1, 0]


def test_double_entry_needs_named_counters_and_waits_for_the_second() -> None:
    rules = VoteRules(Method.JUDGMENT, ("A",), grades=("Insuffisant", "Passable", "Bien"), double_entry=True)
    code = short_code(Ballot("K7P2Q", serial(0), Layout.GRID, None, False), KEY)
    nameless = replay(rules, SEAL, [event(code=code, rows=(1,))])
    assert nameless.outcomes[0].outcome is Outcome.NEEDS_COUNTER and not nameless.sheets
    waiting = [event(code=code, rows=(1,), counter="Awa")]
    settled = replay(rules, SEAL, [*waiting, event(EntryKind.RESOLVE, 1, serial=serial(0), keep=waiting[0].id)])
    assert settled.outcomes[1].outcome is Outcome.NOT_DECIDABLE  # one entry never counts alone


@pytest.mark.parametrize("present", [0, 2])
def test_a_base_of_people_present_below_the_envelopes_proves_nothing(present: int) -> None:
    rules = VoteRules(Method.YES_NO, ("Oui", "Non"), majority=Majority.parse("2/3", Base.PRESENT))
    result = compute(rules, replay(rules, SEAL, ballots(rules, [2, 2, 2, 2, 2])), present=present)
    assert result.decision is Decision.BASE_MISSING and result.required is None


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 3)), max_size=25), st.integers(0, 25))
def test_extending_a_count_gives_the_replay_of_all_its_events(casts: list[tuple[int, int]], cut: int) -> None:
    rules = VoteRules(Method.APPROVAL, ("A", "B", "C"))
    events = [event(code=slip(serial(kit), choice), minutes=index) for index, (kit, choice) in enumerate(casts)]
    whole = replay(rules, SEAL, events)
    part = replay(rules, SEAL, events[:cut])
    assert extend(rules, SEAL, part, events[cut:])
    assert compute(rules, part) == compute(rules, whole)
    assert [o.outcome for o in part.outcomes] == [o.outcome for o in whole.outcomes]
    if cut and events[cut:]:
        assert not extend(rules, SEAL, replay(rules, SEAL, events[cut:]), events[:1])  # an earlier event: refused
