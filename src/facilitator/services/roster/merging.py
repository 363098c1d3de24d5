"""Two records of one person (a walk-in registered at two desks) merged into one.

The merge is one change: the later record is tombstoned with ``merged_into`` naming the one
kept, so that it syncs like any change and the later record never comes back. Its arrivals,
turns and seats stay as they were recorded (events are never rewritten) and count for the
record kept wherever they are read (``merged_aliases``), including those another desk records
under the merged record before it hears of the merge. Its sub-bodies are given to the kept
record, and its claims too where the kept record has none for that session.

The record kept is always the earlier (ids are time-ordered), whoever merges: two laptops
merging the same pair agree, and a chain of merges can never loop.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.changes import Changed
from facilitator.services.indemnity.claims import claim_id
from facilitator.services.roster.participants import ParticipantNotFound
from facilitator.store.database import Database, Writer, link_id
from facilitator.store.models import ExpenseClaim, Membership
from facilitator.store.models import Participant as ParticipantRow


class NotTwins(ValueError):
    """The two records cannot be merged: the same record, or two assemblies'."""


@dataclass(frozen=True)
class Merged:
    kept: uuid.UUID
    merged: uuid.UUID
    claims_moved: int
    claims_left: int
    """Claims of the merged record for sessions where the kept one has its own: left to check."""


def merge_participants(db: Database, first: uuid.UUID, second: uuid.UUID) -> Changed[Merged]:
    """« Fusionner ces deux fiches »: the earlier record is kept, the later merged into it."""
    if first == second:
        raise NotTwins(str(first))
    kept_id, merged_id = sorted((first, second))
    with db.write() as writer:
        kept, merged = _live(writer, kept_id), _live(writer, merged_id)
        if kept.assembly_id != merged.assembly_id:
            raise NotTwins(f"{kept_id} {merged_id}")
        _move_memberships(writer, merged, kept)
        moved, left = _move_claims(writer, merged, kept)
        writer.change(merged, merged_into=kept.id, deleted=True)
        return writer.done(Merged(kept.id, merged.id, moved, left))


def _live(writer: Writer, participant_id: uuid.UUID) -> ParticipantRow:
    row = writer.session.get(ParticipantRow, participant_id)
    if row is None or row.deleted:
        raise ParticipantNotFound(participant_id)
    return row


def _move_memberships(writer: Writer, merged: ParticipantRow, kept: ParticipantRow) -> None:
    memberships = writer.session.scalars(select(Membership).where(Membership.participant_id.in_([merged.id, kept.id])))
    held = {(row.participant_id, row.sub_body_id): row for row in memberships}
    for (owner, sub_body), row in held.items():
        if owner != merged.id or row.deleted:
            continue
        existing = held.get((kept.id, sub_body))
        if existing is None:
            writer.add(
                Membership(id=link_id("membership", kept.id, sub_body), participant_id=kept.id, sub_body_id=sub_body)
            )
        elif existing.deleted:
            writer.change(existing, deleted=False)


CLAIM_FIELDS = ("means", "km", "fiscal_hp", "ticket_cents", "childcare_minutes", "childcare_cents", "note")


def _move_claims(writer: Writer, merged: ParticipantRow, kept: ParticipantRow) -> tuple[int, int]:
    claims = list(
        writer.session.scalars(select(ExpenseClaim).where(ExpenseClaim.participant_id.in_([merged.id, kept.id])))
    )
    kept_sessions = {claim.session_id for claim in claims if claim.participant_id == kept.id and not claim.deleted}
    moved = left = 0
    for claim in claims:
        if claim.participant_id != merged.id or claim.deleted:
            continue
        if claim.session_id in kept_sessions:
            left += 1
            continue
        values = {name: getattr(claim, name) for name in CLAIM_FIELDS}
        identity = claim_id(claim.session_id, kept.id)
        existing = writer.session.get(ExpenseClaim, identity)
        if existing is None:
            writer.add(ExpenseClaim(id=identity, session_id=claim.session_id, participant_id=kept.id, **values))
        else:
            writer.change(existing, deleted=False, **values)
        writer.delete(claim)
        moved += 1
    return moved, left


def merged_aliases(session: Session) -> dict[uuid.UUID, uuid.UUID]:
    """Merged record → the record kept at the end of its chain of merges."""
    rows = session.execute(
        select(ParticipantRow.id, ParticipantRow.merged_into).where(ParticipantRow.merged_into.is_not(None))
    )
    pointers = {merged: kept for merged, kept in rows if kept is not None}
    aliases = {}
    for merged, kept in pointers.items():
        while kept in pointers:
            kept = pointers[kept]
        aliases[merged] = kept
    return aliases
