"""The heading every document of an assembly carries: organisation, assembly, body, session
title, date or period, place."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from facilitator.printing import model
from facilitator.services.assemblies.sessions import SessionSummary, read_session
from facilitator.store.database import Database
from facilitator.store.models import Assembly


def heading(
    assembly: Assembly, summary: SessionSummary | None, period: tuple[dt.date, dt.date] | None = None
) -> model.Heading:
    return model.Heading(
        organisation=assembly.municipality,
        assembly=assembly.name,
        body=(summary.sub_body if summary and summary.sub_body else assembly.name),
        session_title=summary.title if summary else "",
        date=summary.date if summary else None,
        period=period,
        place=summary.place if summary else "",
    )


def assembly_row(session: Session, assembly_id: uuid.UUID) -> Assembly:
    row = session.get(Assembly, assembly_id)
    assert row is not None and not row.deleted
    return row


def session_heading(db: Database, session_id: uuid.UUID) -> model.Heading:
    """The heading of the documents of one session (assembly, body, title, date, place)."""
    with db.read() as session:
        summary = read_session(session, session_id)
        return heading(assembly_row(session, summary.assembly_id), summary)
