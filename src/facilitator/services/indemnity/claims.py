"""Travel and child-care claims, entered by an agent from the participant's proofs."""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from facilitator.core.changes import Changed
from facilitator.core.indemnity.amounts import Claim
from facilitator.core.names import tidy
from facilitator.services.assemblies.sessions import SessionNotFound
from facilitator.services.roster.participants import ParticipantNotFound
from facilitator.store.database import Database, link_id
from facilitator.store.models import AssemblySession, ExpenseClaim
from facilitator.store.models import Participant as ParticipantRow


def claim_id(session_id: uuid.UUID, participant_id: uuid.UUID) -> uuid.UUID:
    return link_id("expense_claim", session_id, participant_id)


def _claim(row: ExpenseClaim) -> Claim:
    return Claim(row.means, row.km, row.fiscal_hp, row.ticket_cents, row.childcare_minutes, row.childcare_cents)


def read_claims(session: Session, condition: ColumnElement[bool]) -> dict[tuple[uuid.UUID, uuid.UUID], Claim]:
    """Live claims matching ``condition`` by (session, participant)."""
    rows = session.scalars(select(ExpenseClaim).where(condition, ExpenseClaim.deleted.is_(False)))
    return {(row.session_id, row.participant_id): _claim(row) for row in rows}


def load_claim(db: Database, session_id: uuid.UUID, participant_id: uuid.UUID) -> tuple[Claim, str] | None:
    """The stored claim and its note, None when there is none."""
    with db.read() as session:
        row = session.get(ExpenseClaim, claim_id(session_id, participant_id))
        return (_claim(row), row.note) if row is not None and not row.deleted else None


def suggested_claim(db: Database, session_id: uuid.UUID, participant_id: uuid.UUID) -> Claim:
    """What to pre-fill for a new claim: the person's means, distance and car from their latest
    claim (people come the same way each time); tickets and child care start empty."""
    with db.read() as session:
        row = session.execute(
            select(ExpenseClaim)
            .join(AssemblySession, AssemblySession.id == ExpenseClaim.session_id)
            .where(
                ExpenseClaim.participant_id == participant_id,
                ExpenseClaim.session_id != session_id,
                ExpenseClaim.deleted.is_(False),
            )
            .order_by(AssemblySession.date.desc())
            .limit(1)
        ).scalar_one_or_none()
    if row is None:
        return Claim()
    return Claim(row.means, row.km, row.fiscal_hp)


def save_claim(
    db: Database, session_id: uuid.UUID, participant_id: uuid.UUID, claim: Claim, note: str = ""
) -> Changed[bool]:
    """Record the claim (replacing the previous one field by field); True when something changed."""
    values = {
        "means": claim.means,
        "km": claim.km,
        "fiscal_hp": claim.fiscal_hp,
        "ticket_cents": claim.ticket_cents,
        "childcare_minutes": claim.childcare_minutes,
        "childcare_cents": claim.childcare_cents,
        "note": tidy(note),
    }
    with db.write() as writer:
        session_row = writer.session.get(AssemblySession, session_id)
        if session_row is None or session_row.deleted:
            raise SessionNotFound(session_id)
        person = writer.session.get(ParticipantRow, participant_id)
        if person is None or person.deleted or person.assembly_id != session_row.assembly_id:
            raise ParticipantNotFound(participant_id)
        row = writer.session.get(ExpenseClaim, claim_id(session_id, participant_id))
        if row is None:
            writer.add(
                ExpenseClaim(
                    id=claim_id(session_id, participant_id),
                    session_id=session_id,
                    participant_id=participant_id,
                    **values,
                )
            )
            return writer.done(True)
        return writer.done(writer.change(row, **values, deleted=False))


def remove_claim(db: Database, session_id: uuid.UUID, participant_id: uuid.UUID) -> Changed[bool]:
    with db.write() as writer:
        row = writer.session.get(ExpenseClaim, claim_id(session_id, participant_id))
        return writer.done(row is not None and writer.delete(row))
