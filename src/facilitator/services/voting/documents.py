"""A vote's documents: its ballot kits (slips or grid sheets) and its test deck, as PDF."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from facilitator.app.files import write_atomically
from facilitator.core.changes import Changed
from facilitator.core.voting.ballot_code import (
    BLANK,
    VOTE_CODE_CHARS,
    Ballot,
    Layout,
    new_code,
    new_vote_key,
    payload,
    short_code,
)
from facilitator.core.voting.deck import CastBallot, DeckPlan, deck_plan
from facilitator.core.voting.model import Method, VoteRules
from facilitator.printing.model import BallotFace, BallotKits, DeckDocument, Heading
from facilitator.printing.voting.ballots import ballots_pdf
from facilitator.printing.voting.deck import deck_pdf
from facilitator.services.assemblies.headings import session_heading
from facilitator.services.voting.votes import Kit, VoteView, draw_kits, load_vote, record_kits
from facilitator.store.database import Database
from facilitator.text.translate import TranslationContext


class BallotWords(TranslationContext):
    """The translation context of the words a vote puts on its ballots."""


def _label(rules: VoteRules, choice: int | None) -> str:
    """A slip's words: its option, or « Vote blanc »; nothing on a grid sheet."""
    if choice is None:
        return ""
    return BallotWords.tr("Blank vote") if choice == BLANK else rules.options[choice - 1]


def _document(vote: VoteView, faces: list[tuple[BallotFace, ...]], heading: Heading, *, test: bool) -> BallotKits:
    """The ballots' page: the slips as given, or grid sheets with the vote's rows, columns and
    instruction."""
    rules = vote.rules
    grid = rules.layout is Layout.GRID
    if rules.method is Method.JUDGMENT:
        columns = rules.grades
        instruction = BallotWords.tr(
            "For each proposal, tick one box only. A row left without a tick counts as « {grade} »."
        ).format(grade=rules.grades[rules.default_grade])
    else:
        columns = (BallotWords.tr("I approve"),)
        instruction = BallotWords.tr("Tick every proposal you approve (as many as you wish, or none).")
    return BallotKits(
        heading=heading,
        question=vote.question,
        kits=faces,
        grid=grid,
        test=test,
        rows=rules.options if grid else (),
        columns=columns if grid else (),
        instruction=instruction if grid else "",
    )


def ballot_kits(vote: VoteView, kits: list[Kit], heading: Heading, *, test: bool) -> BallotKits:
    faces = [
        tuple(
            BallotFace(payload(b, vote.key), short_code(b, vote.key), _label(vote.rules, b.choice)) for b in kit.ballots
        )
        for kit in kits
    ]
    return _document(vote, faces, heading, test=test)


def print_ballots(
    db: Database, vote_id: uuid.UUID, kits: int, path: Path, at: dt.datetime, *, test: bool = False
) -> Changed[int]:
    """Write ``kits`` new kits to ``path``, then record them; returns how many were printed."""
    vote = load_vote(db, vote_id)
    drawn = draw_kits(db, vote_id, kits, test=test)
    write_atomically(path, ballots_pdf(ballot_kits(vote, drawn, session_heading(db, vote.session_id), test=test), at))
    recorded = record_kits(db, vote_id, drawn, at, test=test)
    return Changed(len(drawn), recorded.changes)


def _deck_ballot(vote: VoteView, kits: list[Kit], cast: CastBallot) -> Ballot:
    if cast.foreign:
        return Ballot(new_code(VOTE_CODE_CHARS), kits[0].serial, vote.rules.layout, cast.choice, True)
    serial = kits[cast.kit].serial
    return Ballot(vote.code, serial, vote.rules.layout, cast.choice, True)


def deck_document(vote: VoteView, kits: list[Kit], plan: DeckPlan, heading: Heading) -> DeckDocument:
    foreign_key = new_vote_key()
    faces: list[tuple[BallotFace, ...]] = []
    for cast in plan.ballots:
        ballot = _deck_ballot(vote, kits, cast)
        key = foreign_key if cast.foreign else vote.key
        faces.append((BallotFace(payload(ballot, key), short_code(ballot, key), _label(vote.rules, cast.choice)),))
    document = _document(vote, faces, heading, test=True)
    return DeckDocument(
        kits=document,
        ticks=[cast.rows for cast in plan.ballots],
        expected=_expected_lines(vote, plan),
        notes=_deck_notes(vote, kits, plan),
    )


def _expected_lines(vote: VoteView, plan: DeckPlan) -> list[tuple[str, str]]:
    lines = [
        (BallotWords.tr("Voters (envelopes)"), str(plan.voters)),
        (BallotWords.tr("Blank"), str(plan.blanks)),
        (BallotWords.tr("Void (after the counters' decision)"), str(plan.nuls)),
        (BallotWords.tr("Votes cast"), str(plan.expressed)),
    ]
    if vote.rules.method is Method.JUDGMENT:
        for option, tally in zip(vote.rules.options, plan.tallies, strict=True):
            lines.append((option, " ".join(str(count) for count in tally)))
    else:
        lines += [(option, str(votes)) for option, votes in zip(vote.rules.options, plan.votes, strict=True)]
    lines.append((BallotWords.tr("Read twice, counted once"), str(plan.duplicates)))
    lines.append((BallotWords.tr("Ballots of another vote, rejected"), str(plan.foreign)))
    return lines


def _deck_notes(vote: VoteView, kits: list[Kit], plan: DeckPlan) -> list[str]:
    conflicted = plan.ballots[-3].kit
    notes = [
        BallotWords.tr("Count this deck in rehearsal mode (« test »): a real count rejects every one of its ballots."),
        BallotWords.tr("Two ballots of kit {serial} were cast together: the counters declare it void.").format(
            serial=kits[conflicted].serial
        ),
        BallotWords.tr("One page is upside down: it must count like the others."),
    ]
    if vote.rules.method is Method.JUDGMENT:
        notes.append(BallotWords.tr("Judgments per grade, worst first; a row left empty counts at the default grade."))
    return notes


def print_deck(db: Database, vote_id: uuid.UUID, path: Path, at: dt.datetime) -> Changed[DeckPlan]:
    """Write the vote's test deck to ``path`` (its kits recorded as test kits); returns its recipe."""
    vote = load_vote(db, vote_id)
    plan = deck_plan(vote.rules)
    kits = draw_kits(db, vote_id, plan.kits, test=True)
    write_atomically(path, deck_pdf(deck_document(vote, kits, plan, session_heading(db, vote.session_id)), at))
    recorded = record_kits(db, vote_id, kits, at, test=True)
    return Changed(plan, recorded.changes)
