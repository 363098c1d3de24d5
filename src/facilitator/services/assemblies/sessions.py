"""Sessions (séances) of an assembly: the plenary days."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from facilitator.core.changes import Changed
from facilitator.core.names import tidy
from facilitator.store.database import Database
from facilitator.store.models import Assembly, AssemblySession, SubBody

DEFAULT_START = dt.time(9, 0)


class SessionNotFound(LookupError):
    """The session does not exist (or was deleted)."""


@dataclass(frozen=True)
class SessionSummary:
    id: uuid.UUID
    assembly_id: uuid.UUID
    date: dt.date
    title: str
    place: str
    sub_body_id: uuid.UUID | None
    sub_body: str | None
    """The sub-body expected, or None when the whole assembly is."""
    morning: bool
    afternoon: bool
    starts_at: dt.time


def create_session(
    db: Database,
    assembly_id: uuid.UUID,
    date: dt.date,
    title: str = "",
    place: str = "",
    sub_body_id: uuid.UUID | None = None,
    *,
    morning: bool = True,
    afternoon: bool = True,
    starts_at: dt.time = DEFAULT_START,
) -> Changed[uuid.UUID]:
    """A new session; it is held in the morning, the afternoon or both (never neither)."""
    if not (morning or afternoon):
        raise ValueError("a session is held in the morning, the afternoon or both")
    with db.write() as writer:
        assembly = writer.session.get(Assembly, assembly_id)
        if assembly is None or assembly.deleted:
            raise LookupError(assembly_id)
        row = writer.add(
            AssemblySession(
                assembly_id=assembly_id,
                date=date,
                title=tidy(title),
                place=tidy(place),
                sub_body_id=sub_body_id,
                morning=morning,
                afternoon=afternoon,
                starts_at=starts_at,
            )
        )
        return writer.done(row.id)


def read_sessions(session: Session, condition: ColumnElement[bool]) -> list[SessionSummary]:
    """Live sessions matching ``condition``, most recent first."""
    rows = session.execute(
        select(AssemblySession, SubBody.name)
        .outerjoin(SubBody, SubBody.id == AssemblySession.sub_body_id)
        .where(condition, AssemblySession.deleted.is_(False))
        .order_by(AssemblySession.date.desc(), AssemblySession.starts_at.desc())
    )
    return [
        SessionSummary(
            row.id,
            row.assembly_id,
            row.date,
            row.title,
            row.place,
            row.sub_body_id,
            sub_body,
            row.morning,
            row.afternoon,
            row.starts_at,
        )
        for row, sub_body in rows
    ]


def list_sessions(db: Database, assembly_id: uuid.UUID) -> list[SessionSummary]:
    """The assembly's sessions, most recent first."""
    with db.read() as session:
        return read_sessions(session, AssemblySession.assembly_id == assembly_id)


def session_row(session: Session, session_id: uuid.UUID) -> AssemblySession:
    """The live row of a session, or ``SessionNotFound``."""
    row = session.get(AssemblySession, session_id)
    if row is None or row.deleted:
        raise SessionNotFound(session_id)
    return row


def read_session(session: Session, session_id: uuid.UUID) -> SessionSummary:
    found = read_sessions(session, AssemblySession.id == session_id)
    if not found:
        raise SessionNotFound(session_id)
    return found[0]


def get_session(db: Database, session_id: uuid.UUID) -> SessionSummary:
    with db.read() as session:
        return read_session(session, session_id)


def default_session(sessions: list[SessionSummary], today: dt.date) -> SessionSummary | None:
    """Today's session, else the next one, else the latest (``sessions`` is newest first)."""
    upcoming = [s for s in sessions if s.date >= today]
    return upcoming[-1] if upcoming else (sessions[0] if sessions else None)
