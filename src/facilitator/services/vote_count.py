"""Counting a vote: recording each read, typed code and decision, and the count as it stands.

Every entry is an append-only ``count_entry`` row; what it did is known by replaying them all
(``core.voting.count``), so the answer to a scan is the same now, after a restart or on the
procès-verbal. A code that arrives from a handheld scanner set for another keyboard layout is
tried in each layout's reading, and the reading whose tag verifies is kept (the text received
is kept beside it); a reading that does not verify is never kept.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.scanner import layout_variants
from facilitator.core.voting.ballot_code import BallotError, BallotRejected
from facilitator.core.voting.count import Count, CountEvent, Entry, EventOutcome, identify, replay
from facilitator.core.voting.model import VoteProblem
from facilitator.core.voting.reconcile import CheckResult, reconcile
from facilitator.core.voting.results import VoteResult, compute
from facilitator.services.attendance import load_session_attendance
from facilitator.services.votes import VoteRefused, VoteView, load_vote
from facilitator.store.database import Database
from facilitator.store.models import CountEntry, Vote

RECOVERABLE = (BallotRejected.NOT_AUTHENTIC, BallotRejected.UNREADABLE, BallotRejected.OTHER_VOTE)
"""Rejections a keyboard-layout mix-up can cause, and a remap can cure."""


@dataclass(frozen=True)
class CountView:
    vote: VoteView
    test: bool
    count: Count
    result: VoteResult
    checks: list[CheckResult]
    eligible_present: int | None
    """People present who may vote (None when the session's attendance is not kept)."""
    members: int
    quorum_required: int | None
    """Head count the assembly's quorum needs at this moment (None: no quorum in its rules)."""
    quorum_present: int


def recovered_code(text: str, vote: VoteView, test: bool) -> str:
    """The reading of a received code that designates a ballot of this vote, else the text itself."""
    variants = layout_variants(text.strip())
    for variant in variants:
        try:
            identify(variant, vote.seal(test), vote.rules.layout)
        except BallotError as error:
            if error.reason not in RECOVERABLE:
                return variant
            continue
        return variant
    return variants[0]


def record_entry(
    db: Database, vote_id: uuid.UUID, entry: Entry, at: dt.datetime, *, test: bool = False
) -> EventOutcome:
    """Write one entry, and say what it did once replayed after every earlier one."""
    return record_entries(db, vote_id, [entry], at, test=test)[0]


def record_entries(
    db: Database, vote_id: uuid.UUID, entries: Sequence[Entry], at: dt.datetime, *, test: bool = False
) -> list[EventOutcome]:
    """Write entries in one transaction (a scanned page's codes), in order, a microsecond
    apart; say what each did."""
    vote = load_vote(db, vote_id)
    with db.write() as writer:
        ids = []
        for offset, entry in enumerate(entries):
            code = recovered_code(entry.code, vote, test) if entry.code else ""
            row = writer.append(
                CountEntry(
                    vote_id=vote_id,
                    test=test,
                    kind=entry.kind,
                    at=at + dt.timedelta(microseconds=offset),
                    counter=entry.counter.strip(),
                    source=entry.source,
                    code=code,
                    received=entry.code.strip() if code != entry.code.strip() else "",
                    rows=list(entry.rows),
                    serial=entry.serial,
                    keep=entry.keep,
                    reason=entry.reason.strip(),
                    number=entry.number,
                )
            )
            ids.append(str(row.id))
        events = _events(writer.session, vote_id, test)
    outcomes = {outcome.event.id: outcome for outcome in replay(vote.rules, vote.seal(test), events).outcomes}
    return [outcomes[entry_id] for entry_id in ids]


def _events(session: Session, vote_id: uuid.UUID, test: bool) -> list[CountEvent]:
    rows = session.scalars(select(CountEntry).where(CountEntry.vote_id == vote_id, CountEntry.test.is_(test)))
    return [
        CountEvent(
            id=str(row.id),
            kind=row.kind,
            at=row.at,
            counter=row.counter,
            code=row.code,
            rows=tuple(row.rows),
            serial=row.serial,
            keep=row.keep,
            reason=row.reason,
            number=row.number,
        )
        for row in rows
    ]


def load_count(db: Database, vote_id: uuid.UUID, *, test: bool = False) -> CountView:
    vote = load_vote(db, vote_id)
    with db.read() as session:
        if session.get(Vote, vote_id) is None:
            raise VoteRefused(VoteProblem.NO_SUCH_VOTE)
        events = _events(session, vote_id, test)
    count = replay(vote.rules, vote.seal(test), events)
    attendance = load_session_attendance(db, vote.session_id)
    figures = attendance.figures()
    eligible = sum(figures.by_role[role].present for role in vote.voter_roles if role in figures.by_role)
    voters = {p.id for p in attendance.people if p.details.role in vote.voter_roles} & attendance.expected
    result = compute(vote.rules, count, present=eligible, members=len(voters))
    checks = reconcile(vote.rules, result, kits_handed_out=count.kits_handed_out, present=eligible, signatures=eligible)
    quorum = attendance.quorum
    required = quorum.required(figures.expected) if quorum is not None else None
    return CountView(vote, test, count, result, checks, eligible, len(voters), required, figures.present_expected)
