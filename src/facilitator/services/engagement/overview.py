"""Reading what the engagement views need about an assembly, in one read transaction.

Read-only: the sessions with their expected sets and presences, the roster, and the
assembly's half-day and lateness rules. The desk's own queries are reused
(``services.attendance``), so that "expected", "present" and "late" mean exactly what they
mean at the sign-in desk and in the indemnity statements.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.attendance import presence as attendance
from facilitator.core.attendance.presence import HalfDayRules
from facilitator.core.engagement import SessionRecord
from facilitator.core.participants import Participant
from facilitator.services.assemblies.rules import read_rules
from facilitator.services.attendance.desk import expected_ids, read_events
from facilitator.services.roster.participants import load_participants
from facilitator.store.database import Database
from facilitator.store.models import AssemblySession
from facilitator.store.models import Participant as ParticipantRow


@dataclass(frozen=True)
class AssemblyEngagement:
    """An assembly's live participants and all its sessions (past, future, run or not)."""

    assembly_id: uuid.UUID
    people: list[Participant]
    sessions: list[SessionRecord]
    """Oldest first."""
    half_days: HalfDayRules
    """The assembly's rules for counting half-days (its délibération)."""


def load_engagement(db: Database, assembly_id: uuid.UUID) -> AssemblyEngagement:
    with db.read() as session:
        people = load_participants(session, ParticipantRow.assembly_id == assembly_id)
        rules = read_rules(session, assembly_id)
        records = [
            SessionRecord(
                id=row.id,
                date=row.date,
                title=row.title,
                expected=frozenset(expected_ids(session, row)),
                presence=attendance.presences(read_events(session, row.id)),
                morning=row.morning,
                afternoon=row.afternoon,
                late_after=attendance.lateness_threshold(row.date, row.starts_at, rules.late_after_minutes),
            )
            for row in _session_rows(session, assembly_id)
        ]
    return AssemblyEngagement(assembly_id, people, records, rules.indemnity.half_days)


def _session_rows(session: Session, assembly_id: uuid.UUID) -> Sequence[AssemblySession]:
    """The assembly's live sessions as rows, oldest first: ``expected_ids`` reads the row itself
    (``services.sessions.read_sessions`` gives summaries, which it cannot take)."""
    return session.scalars(
        select(AssemblySession)
        .where(AssemblySession.assembly_id == assembly_id, AssemblySession.deleted.is_(False))
        .order_by(AssemblySession.date, AssemblySession.starts_at)
    ).all()
