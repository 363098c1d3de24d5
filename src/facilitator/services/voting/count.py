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

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.app.clock import local_now
from facilitator.core.changes import Changed
from facilitator.core.scanner import layout_variants
from facilitator.core.voting.ballot_code import BallotError, BallotRejected, looks_like_ballot
from facilitator.core.voting.count import Count, CountEvent, Entry, EventOutcome, extend, identify, replay
from facilitator.core.voting.reconcile import CheckResult, reconcile
from facilitator.core.voting.results import VoteResult, compute
from facilitator.services.attendance.desk import load_session_attendance
from facilitator.services.voting.votes import VoteView, load_vote
from facilitator.store.database import Database, new_id
from facilitator.store.models import CountEntry

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

    @property
    def minutes_outdated(self) -> bool:
        """A procès-verbal was printed, then ballots changed the count (late ballots synced from
        another desk, a counters' decision): it is « à reprendre », never silently rewritten."""
        digest = self.vote.minutes_digest
        return not self.test and digest is not None and digest != self.result.digest


def recovered_code(text: str, vote: VoteView, test: bool) -> str:
    """The reading of a received code that designates a ballot of this vote, else the text itself.

    Only whole QR payloads are remapped (their 64-bit tag makes a wrong keyboard guess
    harmless); a typed short code is taken as typed.
    """
    received = text.strip()
    variants = [received] + [v for v in layout_variants(received)[1:] if looks_like_ballot(v)]
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
) -> Changed[EventOutcome]:
    """Write one entry, and say what it did once replayed after every earlier one."""
    recorded = LiveCount(db, vote_id, test=test).record([entry], at)
    return Changed(recorded.value[0], recorded.changes)


def record_entries(
    db: Database, vote_id: uuid.UUID, entries: Sequence[Entry], at: dt.datetime, *, test: bool = False
) -> Changed[list[EventOutcome]]:
    return LiveCount(db, vote_id, test=test).record(entries, at)


class LiveCount:
    """A vote's count held in memory while entries are recorded (a copier's PDF page after
    page): replayed once from the database, then extended with each batch once it is committed,
    so that a batch costs its own entries, not the whole count again. Should another desk have
    recorded entries meanwhile, or the clock have gone back, the count is replayed from the
    database instead: the answer is always the replay's."""

    def __init__(self, db: Database, vote_id: uuid.UUID, *, test: bool = False) -> None:
        self.db, self.vote_id, self.test = db, vote_id, test
        self.vote = load_vote(db, vote_id)
        with db.read() as session:
            self.count = replay(self.vote.rules, self.vote.seal(test), _events(session, vote_id, test))

    def record(self, entries: Sequence[Entry], at: dt.datetime) -> Changed[list[EventOutcome]]:
        """Write ``entries`` in one transaction, in order, a microsecond apart (and after the
        last entry of the count, when the clock has not moved on since); say what each did."""
        if self.count.outcomes:
            at = max(at, self.count.outcomes[-1].event.at + dt.timedelta(microseconds=1))
        rows = [self._row(entry, at + dt.timedelta(microseconds=offset)) for offset, entry in enumerate(entries)]
        with self.db.write() as writer:
            known = writer.session.scalar(
                select(func.count()).where(CountEntry.vote_id == self.vote_id, CountEntry.test.is_(self.test))
            )
            for row in rows:
                writer.append(row)
            events = [_event(row) for row in rows]
        seal = self.vote.seal(self.test)
        if known == len(self.count.outcomes) and extend(self.vote.rules, seal, self.count, events):
            return Changed(self.count.outcomes[len(self.count.outcomes) - len(events) :], writer.changes)
        with self.db.read() as session:  # another desk counted meanwhile: the replay decides
            self.count = replay(self.vote.rules, seal, _events(session, self.vote_id, self.test))
        outcomes = {outcome.event.id: outcome for outcome in self.count.outcomes}
        return Changed([outcomes[event.id] for event in events], writer.changes)

    def _row(self, entry: Entry, at: dt.datetime) -> CountEntry:
        code = recovered_code(entry.code, self.vote, self.test) if entry.code else ""
        return CountEntry(
            id=new_id(),
            vote_id=self.vote_id,
            test=self.test,
            kind=entry.kind,
            at=at,
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


def _events(session: Session, vote_id: uuid.UUID, test: bool) -> list[CountEvent]:
    rows = session.scalars(select(CountEntry).where(CountEntry.vote_id == vote_id, CountEntry.test.is_(test)))
    return [_event(row) for row in rows]


def _event(row: CountEntry) -> CountEvent:
    return CountEvent(
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


def load_count(db: Database, vote_id: uuid.UUID, *, test: bool = False, now: dt.datetime | None = None) -> CountView:
    """The count and its checks. The voters present are those in the room when the count began
    (its first entry), or ``now`` before it has: a vote's figures do not change when people
    leave after it."""
    vote = load_vote(db, vote_id)  # raises VoteRefused for a vote that is not there
    with db.read() as session:
        events = _events(session, vote_id, test)
    count = replay(vote.rules, vote.seal(test), events)
    attendance = load_session_attendance(db, vote.session_id)
    figures = attendance.figures()
    moment = min((event.at for event in events), default=now or local_now())
    roles = {person.id: person.details.role for person in attendance.people}
    here = {person for person, presence in attendance.presence.items() if presence.present_at(moment)}
    eligible = sum(1 for person in here if roles.get(person) in vote.voter_roles) if attendance.presence else None
    voters = {p.id for p in attendance.people if p.details.role in vote.voter_roles} & attendance.expected
    result = compute(vote.rules, count, present=eligible, members=len(voters))
    checks = reconcile(vote.rules, result, kits_handed_out=count.kits_handed_out, present=eligible, signatures=eligible)
    quorum = attendance.quorum
    required = quorum.required(figures.expected) if quorum is not None else None
    present_expected = len(here & attendance.expected)
    return CountView(vote, test, count, result, checks, eligible, len(voters), required, present_expected)
