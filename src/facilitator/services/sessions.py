"""Sessions (séances) of an assembly: the plenary days."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from facilitator.core.names import tidy
from facilitator.store.database import Database
from facilitator.store.models import AssemblySession, SubBody


@dataclass(frozen=True)
class SessionSummary:
    id: uuid.UUID
    date: dt.date
    title: str
    place: str
    sub_body: str | None
    """The sub-body expected, or None when the whole assembly is."""


def create_session(
    db: Database,
    assembly_id: uuid.UUID,
    date: dt.date,
    title: str = "",
    place: str = "",
    sub_body_id: uuid.UUID | None = None,
) -> uuid.UUID:
    with db.write() as writer:
        row = writer.add(
            AssemblySession(
                assembly_id=assembly_id, date=date, title=tidy(title), place=tidy(place), sub_body_id=sub_body_id
            )
        )
        return row.id


def list_sessions(db: Database, assembly_id: uuid.UUID) -> list[SessionSummary]:
    """The assembly's sessions, most recent first."""
    with db.read() as session:
        rows = session.execute(
            select(AssemblySession, SubBody.name)
            .outerjoin(SubBody, SubBody.id == AssemblySession.sub_body_id)
            .where(AssemblySession.assembly_id == assembly_id, AssemblySession.deleted.is_(False))
            .order_by(AssemblySession.date.desc())
        )
        return [SessionSummary(row.id, row.date, row.title, row.place, sub_body) for row, sub_body in rows]
