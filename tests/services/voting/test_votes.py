"""Votes on a real database file: definitions refused or saved, kits with unique serials, the
count recorded entry by entry (scanner remaps, duplicates across a restart), results against
the session's attendance."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from facilitator.app.runtime import Runtime
from facilitator.core.participants import Role
from facilitator.core.scanner import MISMATCHES
from facilitator.core.voting.ballot_code import BLANK, Ballot, BallotRejected, Layout, payload, short_code
from facilitator.core.voting.count import Entry, EntryKind, Outcome
from facilitator.core.voting.definition import VoteDefinition, VoteRefused
from facilitator.core.voting.model import Base, Majority, MajorityKind, Method, VoteProblem
from facilitator.core.voting.reconcile import Check
from facilitator.core.voting.results import Decision
from facilitator.demo.rooms import DAY, seated_room
from facilitator.services.voting.count import LiveCount, load_count, record_entry
from facilitator.services.voting.votes import create_vote, load_vote, print_kits, suggested_kits
from facilitator.store.database import Database
from facilitator.store.models import ChangeLog, CountEntry

TEN = dt.datetime.combine(DAY, dt.time(10, 0))
QUESTION = "Approuvez-vous la création d’une piste cyclable rue de l’Œuvre ?"


def vote_in(db: Database, assembly: uuid.UUID, definition: VoteDefinition, people: int = 30) -> uuid.UUID:
    session_id, _ = seated_room(db, assembly, people)
    return create_vote(db, session_id, definition, TEN).value


def scan(db: Database, vote_id: uuid.UUID, code: str, minutes: float = 0, **fields: object) -> Outcome:
    entry = Entry(kind=EntryKind.BALLOT, code=code, source="scanner", **fields)  # type: ignore[arg-type]
    return record_entry(db, vote_id, entry, TEN + dt.timedelta(minutes=minutes)).value.outcome


@pytest.mark.parametrize(
    ("definition", "problem"),
    [
        (VoteDefinition("  ", Method.YES_NO), VoteProblem.NO_QUESTION),
        (VoteDefinition("Q", Method.SINGLE, ("A",)), VoteProblem.TOO_FEW_OPTIONS),
        (VoteDefinition("Q", Method.SINGLE, ("A", " a ")), VoteProblem.REPEATED_OPTION),
        (VoteDefinition("Q", Method.SINGLE, ("A", "")), VoteProblem.EMPTY_OPTION),
        (VoteDefinition("Q", Method.JUDGMENT, ("A", "B"), grades=("Bien", "Mal")), VoteProblem.GRADES),
        (
            VoteDefinition("Q", Method.JUDGMENT, ("A", "B"), grades=("1", "2", "3"), default_grade=3),
            VoteProblem.DEFAULT_GRADE,
        ),
        (VoteDefinition("Q", Method.YES_NO, voter_roles=()), VoteProblem.NO_VOTERS),
        (VoteDefinition("Q", Method.SINGLE, tuple(f"Nom {n}" for n in range(9))), VoteProblem.TOO_MANY_SLIPS),
        (VoteDefinition("Q", Method.APPROVAL, ("A",)), VoteProblem.TOO_FEW_OPTIONS),
    ],
)
def test_a_bad_definition_is_refused_and_nothing_saved(
    db: Database, assembly: uuid.UUID, definition: VoteDefinition, problem: VoteProblem
) -> None:
    session_id, _ = seated_room(db, assembly, 4)
    with pytest.raises(VoteRefused) as refused:
        create_vote(db, session_id, definition, TEN)
    assert refused.value.problem is problem
    with db.read() as session:
        assert session.query(ChangeLog).filter(ChangeLog.entity == "vote").count() == 0


def test_a_vote_is_saved_with_its_key_code_and_majority(db: Database, assembly: uuid.UUID) -> None:
    majority = Majority.parse("2/3", Base.VOTERS)
    vote_id = vote_in(db, assembly, VoteDefinition(f"  {QUESTION} ", Method.YES_NO, majority=majority))
    vote = load_vote(db, vote_id)
    assert vote.question == QUESTION
    assert vote.rules.options == ("Oui", "Non") and vote.rules.majority == majority
    assert len(vote.code) == 5 and len(bytes.fromhex(vote.key)) == 32
    with db.read() as session:
        assert session.query(ChangeLog).filter(ChangeLog.entity == "vote").count() == 1


def test_kits_have_one_serial_for_all_their_slips_and_serials_never_repeat(db: Database, assembly: uuid.UUID) -> None:
    vote_id = vote_in(db, assembly, VoteDefinition("Q", Method.SINGLE, ("A", "B", "C")))
    first = print_kits(db, vote_id, 40, TEN).value
    spares = print_kits(db, vote_id, 10, TEN).value
    serials = [kit.serial for kit in first + spares]
    assert len(set(serials)) == 50
    assert [b.choice for b in first[0].ballots] == [1, 2, 3, BLANK]
    assert {b.serial for b in first[0].ballots} == {first[0].serial}
    assert load_vote(db, vote_id).kits_printed == 50
    with pytest.raises(VoteRefused):
        print_kits(db, vote_id, 0, TEN)


def test_a_count_with_a_double_read_across_a_restart_and_a_scanner_on_the_wrong_layout(
    context: Runtime, tmp_path: Path, assembly: uuid.UUID, db: Database
) -> None:
    vote_id = vote_in(db, assembly, VoteDefinition(QUESTION, Method.YES_NO))
    vote = load_vote(db, vote_id)
    kits = print_kits(db, vote_id, 12, TEN).value
    codes = [payload(kit.ballots[0 if n < 7 else 1], vote.key) for n, kit in enumerate(kits[:10])]
    for minute, code in enumerate(codes):
        assert scan(db, vote_id, code, minute) is Outcome.COUNTED
    db.dispose()
    reopened = context.open_database(tmp_path / "test.sqlite")
    assert scan(reopened, vote_id, codes[0], 30) is Outcome.DUPLICATE
    us_on_azerty = MISMATCHES[0].as_typed(codes[1])
    assert us_on_azerty != codes[1]
    assert scan(reopened, vote_id, us_on_azerty, 31) is Outcome.DUPLICATE  # recovered, then seen before
    blank = payload(kits[10].ballots[-1], vote.key)
    assert scan(reopened, vote_id, MISMATCHES[0].as_typed(blank), 32) is Outcome.COUNTED
    assert scan(reopened, vote_id, "https://example.org", 33) is Outcome.REJECTED
    with reopened.read() as session:
        recovered = session.query(CountEntry).filter(CountEntry.received != "").all()
        assert {row.code for row in recovered} == {codes[1], blank}
    view = load_count(reopened, vote_id)
    assert (view.result.voters, view.result.blanks, view.result.expressed) == (11, 1, 10)
    assert [o.votes for o in view.result.options] == [7, 3]
    assert view.result.decision is Decision.ADOPTED
    assert [o.rejected for o in view.count.rejected] == [BallotRejected.UNREADABLE]
    checks = {c.check: c for c in view.checks}
    assert checks[Check.VOTERS_AND_SIGNATURES].right == 24  # 30 people signed in, 4 officials and 2 staff do not vote
    assert not checks[Check.VOTERS_AND_SIGNATURES].agrees
    reopened.dispose()


def test_a_test_deck_count_never_mixes_with_the_real_one(db: Database, assembly: uuid.UUID) -> None:
    vote_id = vote_in(db, assembly, VoteDefinition("Q", Method.YES_NO))
    vote = load_vote(db, vote_id)
    test_kit = print_kits(db, vote_id, 1, TEN, test=True).value[0]
    code = payload(test_kit.ballots[0], vote.key)
    assert (
        record_entry(db, vote_id, Entry(kind=EntryKind.BALLOT, code=code), TEN).value.rejected
        is BallotRejected.TEST_BALLOT
    )
    assert (
        record_entry(db, vote_id, Entry(kind=EntryKind.BALLOT, code=code), TEN, test=True).value.outcome
        is Outcome.COUNTED
    )
    assert load_count(db, vote_id).result.voters == 0
    assert load_count(db, vote_id, test=True).result.voters == 1


def test_majority_judgment_grids_typed_by_two_counters(db: Database, assembly: uuid.UUID) -> None:
    definition = VoteDefinition(
        "Quel projet pour la place ?",
        Method.JUDGMENT,
        ("Jardin", "Marché", "Parking"),
        grades=("À rejeter", "Passable", "Bien", "Très bien"),
        double_entry=True,
        voter_roles=(Role.CITIZEN, Role.ELECTED),
    )
    vote_id = vote_in(db, assembly, definition)
    vote = load_vote(db, vote_id)
    kits = print_kits(db, vote_id, 3, TEN).value
    assert vote.rules.layout is Layout.GRID
    grades = [(3, 1, None), (2, 2, 0), (3, 0, 1)]
    for minute, (kit, rows) in enumerate(zip(kits, grades, strict=True)):
        code = short_code(kit.ballots[0], vote.key)
        assert scan(db, vote_id, code, minute, rows=rows, counter="Awa") is Outcome.AWAITING_SECOND
        assert scan(db, vote_id, code, minute + 0.5, rows=rows, counter="Marc") is Outcome.CONFIRMED
    result = load_count(db, vote_id).result
    assert [o.grade_counts for o in result.options] == [(0, 0, 1, 2), (1, 1, 1, 0), (2, 1, 0, 0)]
    assert [o.rank for o in result.options] == [1, 2, 3] and result.winner == 1


def test_a_members_base_counts_the_members_expected(db: Database, assembly: uuid.UUID) -> None:
    majority = Majority(MajorityKind.ABSOLUTE, Base.MEMBERS)
    vote_id = vote_in(db, assembly, VoteDefinition("Q", Method.YES_NO, majority=majority), people=20)
    vote = load_vote(db, vote_id)
    for minute, kit in enumerate(print_kits(db, vote_id, 8, TEN).value):
        scan(db, vote_id, payload(kit.ballots[0], vote.key), minute)
    result = load_count(db, vote_id).result
    assert result.base == 14 and result.required == 8 and result.decision is Decision.ADOPTED


def test_a_short_code_of_a_kit_never_printed_is_refused(db: Database, assembly: uuid.UUID) -> None:
    vote_id = vote_in(db, assembly, VoteDefinition("Q", Method.YES_NO))
    vote = load_vote(db, vote_id)
    print_kits(db, vote_id, 3, TEN)
    imagined = short_code(Ballot(vote.code, "ZZZZZZZZ", Layout.SLIP, 1, False), vote.key)
    outcome = record_entry(db, vote_id, Entry(kind=EntryKind.BALLOT, code=imagined), TEN).value
    assert outcome.rejected is BallotRejected.NEVER_PRINTED


def test_two_desks_counting_at_once_see_each_others_ballots(db: Database, assembly: uuid.UUID) -> None:
    vote_id = vote_in(db, assembly, VoteDefinition("Q", Method.YES_NO))
    vote = load_vote(db, vote_id)
    kit = print_kits(db, vote_id, 1, TEN).value[0]
    copier, desk = LiveCount(db, vote_id), LiveCount(db, vote_id)
    assert desk.record([Entry(kind=EntryKind.BALLOT, code=payload(kit.ballots[0], vote.key))], TEN).value[
        0
    ].outcome is (Outcome.COUNTED)
    later = TEN + dt.timedelta(minutes=1)
    other_slip = copier.record([Entry(kind=EntryKind.BALLOT, code=payload(kit.ballots[1], vote.key))], later).value[0]
    assert other_slip.outcome is Outcome.CONFLICT  # the copier's count had not seen the desk's ballot


def test_kits_suggested_for_the_voters_present_plus_spares() -> None:
    assert [suggested_kits(n) for n in (None, 0, 40, 120)] == [5, 5, 45, 132]
