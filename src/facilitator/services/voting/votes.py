"""A session's votes: defining one, reading it back, printing its ballot kits.

A vote's definition is checked before it is saved (a refusal says why, ``VoteRefused``); its
key and code are made with it and never change, so that every ballot printed for it stays
valid. Printing kits records a batch with fresh serials, unique within the vote; serials are
random and the batch says nothing about who received which kit.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from facilitator.core.changes import Changed
from facilitator.core.participants import Role
from facilitator.core.voting.ballot_code import (
    BLANK,
    SERIAL_CHARS,
    VOTE_CODE_CHARS,
    Ballot,
    Layout,
    VoteSeal,
    new_code,
    new_vote_key,
)
from facilitator.core.voting.definition import MAX_KITS, Officers, VoteDefinition, VoteRefused, check_definition
from facilitator.core.voting.model import Base as MajorityBase
from facilitator.core.voting.model import (
    Majority,
    VoteProblem,
    VoteRules,
)
from facilitator.services.assemblies.sessions import session_row
from facilitator.store.database import Database
from facilitator.store.models import BallotBatch, Vote

"""Who votes by default: the residents (drawn by lot and volunteers), not officials or staff."""


@dataclass(frozen=True)
class VoteView:
    id: uuid.UUID
    session_id: uuid.UUID
    code: str
    key: str
    question: str
    rules: VoteRules
    voter_roles: tuple[Role, ...]
    created_at: dt.datetime
    kits_printed: int
    test_kits_printed: int
    officers: Officers
    real_serials: frozenset[str]
    test_serials: frozenset[str]
    minutes_digest: str | None = None
    """The counted ballots' digest when the procès-verbal was printed (None: never printed)."""
    minutes_printed_at: dt.datetime | None = None

    def seal(self, test: bool = False) -> VoteSeal:
        """What its ballots are checked against, printed serials included: a code typed from
        imagination, or a kit never printed, never counts."""
        return VoteSeal(self.code, self.key, test, self.real_serials, self.test_serials)


@dataclass(frozen=True)
class Kit:
    """One voter's ballots: every slip of the vote (« Vote blanc » first), or one grid sheet."""

    serial: str
    ballots: tuple[Ballot, ...]


def create_vote(db: Database, session_id: uuid.UUID, definition: VoteDefinition, at: dt.datetime) -> Changed[uuid.UUID]:
    checked = check_definition(definition)
    with db.write() as writer:
        session_row(writer.session, session_id)
        taken = set(writer.session.scalars(select(Vote.code)))
        code = new_code(VOTE_CODE_CHARS)
        while code in taken:
            code = new_code(VOTE_CODE_CHARS)
        row = writer.add(
            Vote(
                session_id=session_id,
                code=code,
                key=new_vote_key(),
                question=checked.question,
                method=checked.method,
                options=list(checked.options),
                grades=list(checked.grades),
                default_grade=checked.default_grade,
                majority=checked.majority.kind,
                majority_numerator=checked.majority.numerator,
                majority_denominator=checked.majority.denominator,
                base=checked.majority.base,
                voter_roles=[role.value for role in checked.voter_roles],
                double_entry=checked.double_entry,
                created_at=at,
            )
        )
        return writer.done(row.id)


def rules_of(row: Vote) -> VoteRules:
    return VoteRules(
        method=row.method,
        options=tuple(row.options),
        majority=Majority(row.majority, MajorityBase(row.base), row.majority_numerator, row.majority_denominator),
        grades=tuple(row.grades),
        default_grade=row.default_grade,
        double_entry=row.double_entry,
    )


def _view(row: Vote, batches: list[BallotBatch]) -> VoteView:
    return VoteView(
        id=row.id,
        session_id=row.session_id,
        code=row.code,
        key=row.key,
        question=row.question,
        rules=rules_of(row),
        voter_roles=tuple(Role(role) for role in row.voter_roles),
        created_at=row.created_at,
        kits_printed=sum(batch.kits for batch in batches if not batch.test),
        test_kits_printed=sum(batch.kits for batch in batches if batch.test),
        officers=Officers(row.president, row.secretary, tuple(row.counters), row.incidents, row.discrepancy_note),
        real_serials=frozenset(serial for batch in batches if not batch.test for serial in batch.serials),
        test_serials=frozenset(serial for batch in batches if batch.test for serial in batch.serials),
        minutes_digest=row.minutes_digest,
        minutes_printed_at=row.minutes_printed_at,
    )


def load_vote(db: Database, vote_id: uuid.UUID) -> VoteView:
    with db.read() as session:
        row = session.get(Vote, vote_id)
        if row is None or row.deleted:
            raise VoteRefused(VoteProblem.NO_SUCH_VOTE)
        batches = list(session.scalars(select(BallotBatch).where(BallotBatch.vote_id == vote_id)))
        return _view(row, batches)


def list_votes(db: Database, session_id: uuid.UUID) -> list[VoteView]:
    with db.read() as session:
        rows = session.scalars(
            select(Vote).where(Vote.session_id == session_id, Vote.deleted.is_(False)).order_by(Vote.created_at)
        )
        batches = list(session.scalars(select(BallotBatch).join(Vote).where(Vote.session_id == session_id)))
        return [_view(row, [b for b in batches if b.vote_id == row.id]) for row in rows]


def suggested_kits(present: int | None) -> int:
    """Kits to print: the voters present and a tenth more (at least five) for spoiled slips and
    latecomers."""
    voters = present or 0
    return min(MAX_KITS, voters + max(5, voters // 10))


def draw_kits(db: Database, vote_id: uuid.UUID, kits: int, *, test: bool = False) -> list[Kit]:
    """``kits`` new kits with serials no batch of the vote used, not yet recorded: the document
    is written first, then ``record_kits``, so that a failed print records nothing."""
    if not 1 <= kits <= MAX_KITS:
        raise VoteRefused(VoteProblem.KITS)
    with db.read() as session:
        row = session.get(Vote, vote_id)
        if row is None or row.deleted:
            raise VoteRefused(VoteProblem.NO_SUCH_VOTE)
        batches = session.scalars(select(BallotBatch.serials).where(BallotBatch.vote_id == vote_id))
        taken = {serial for serials in batches for serial in serials}
        rules, code = rules_of(row), row.code
    serials: list[str] = []
    while len(serials) < kits:
        serial = new_code(SERIAL_CHARS)
        if serial not in taken:
            taken.add(serial)
            serials.append(serial)
    return [Kit(serial, _kit_ballots(code, serial, rules, test)) for serial in serials]


def record_kits(
    db: Database, vote_id: uuid.UUID, kits: list[Kit], at: dt.datetime, *, test: bool = False
) -> Changed[None]:
    with db.write() as writer:
        serials = sorted(kit.serial for kit in kits)  # not in the order of the stack handed out
        writer.append(BallotBatch(vote_id=vote_id, at=at, kits=len(kits), test=test, serials=serials))
        return writer.done(None)


def print_kits(
    db: Database, vote_id: uuid.UUID, kits: int, at: dt.datetime, *, test: bool = False
) -> Changed[list[Kit]]:
    """New kits, recorded at once (for counting rehearsals and tests that print nothing)."""
    drawn = draw_kits(db, vote_id, kits, test=test)
    recorded = record_kits(db, vote_id, drawn, at, test=test)
    return Changed(drawn, recorded.changes)


def _kit_ballots(code: str, serial: str, rules: VoteRules, test: bool) -> tuple[Ballot, ...]:
    if rules.layout is Layout.GRID:
        return (Ballot(code, serial, Layout.GRID, None, test),)
    choices = [*range(1, len(rules.options) + 1), BLANK]
    return tuple(Ballot(code, serial, Layout.SLIP, choice, test) for choice in choices)


def save_officers(db: Database, vote_id: uuid.UUID, officers: Officers) -> Changed[bool]:
    """Record the count's officers and notes; False when nothing changed."""
    with db.write() as writer:
        row = writer.session.get(Vote, vote_id)
        if row is None or row.deleted:
            raise VoteRefused(VoteProblem.NO_SUCH_VOTE)
        changed = writer.change(
            row,
            president=officers.president.strip(),
            secretary=officers.secretary.strip(),
            counters=[name.strip() for name in officers.counters if name.strip()],
            incidents=officers.incidents.strip(),
            discrepancy_note=officers.discrepancy_note.strip(),
        )
        return writer.done(changed)
