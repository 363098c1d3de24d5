"""Assemblies and their sub-bodies."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.core.changes import Changed
from facilitator.core.names import fold, tidy
from facilitator.store.database import Database, Writer
from facilitator.store.models import Assembly, AssemblySession, Membership, Participant, SubBody


class AssemblyNotFound(LookupError):
    """No assembly by that name, or no single assembly to choose by default."""

    def __init__(self, name: str | None, available: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.available = available


@dataclass(frozen=True)
class AssemblySummary:
    id: uuid.UUID
    name: str
    municipality: str
    mandate_start: dt.date | None
    mandate_end: dt.date | None
    participants: int
    sub_bodies: int
    sessions: int


@dataclass(frozen=True)
class SubBodySummary:
    id: uuid.UUID
    name: str
    members: int


def create_assembly(
    db: Database,
    name: str,
    municipality: str = "",
    mandate_start: dt.date | None = None,
    mandate_end: dt.date | None = None,
) -> Changed[uuid.UUID]:
    with db.write() as writer:
        return writer.done(_add_assembly(writer, name, municipality, mandate_start, mandate_end))


def _add_assembly(
    writer: Writer,
    name: str,
    municipality: str = "",
    mandate_start: dt.date | None = None,
    mandate_end: dt.date | None = None,
) -> uuid.UUID:
    name = tidy(name)
    if not name:
        raise ValueError("an assembly needs a name")
    row = writer.add(
        Assembly(name=name, municipality=tidy(municipality), mandate_start=mandate_start, mandate_end=mandate_end)
    )
    return row.id


def _live_counts(session: Session, model: type[Participant | SubBody | AssemblySession]) -> dict[uuid.UUID, int]:
    """Rows of ``model`` per assembly, tombstones excluded."""
    query = select(model.assembly_id, func.count()).where(model.deleted.is_(False)).group_by(model.assembly_id)
    return {assembly_id: count for assembly_id, count in session.execute(query)}


def list_assemblies(db: Database) -> list[AssemblySummary]:
    with db.read() as session:
        participants = _live_counts(session, Participant)
        sub_bodies = _live_counts(session, SubBody)
        sessions = _live_counts(session, AssemblySession)
        assemblies = session.scalars(select(Assembly).where(Assembly.deleted.is_(False))).all()
    summaries = [
        AssemblySummary(
            a.id,
            a.name,
            a.municipality,
            a.mandate_start,
            a.mandate_end,
            participants.get(a.id, 0),
            sub_bodies.get(a.id, 0),
            sessions.get(a.id, 0),
        )
        for a in assemblies
    ]
    return sorted(summaries, key=lambda summary: fold(summary.name))


def find_assembly(db: Database, name: str | None) -> uuid.UUID:
    """The assembly called ``name`` (any case or accents); without a name, the only one."""
    summaries = list_assemblies(db)
    if name is None:
        if len(summaries) == 1:
            return summaries[0].id
    else:
        for summary in summaries:
            if fold(summary.name) == fold(name):
                return summary.id
    raise AssemblyNotFound(name, [summary.name for summary in summaries])


def find_or_add_assembly(writer: Writer, name: str) -> uuid.UUID:
    """The assembly called ``name``, added in the writer's transaction when there is none, so
    that a refused or cancelled import leaves no empty assembly behind."""
    wanted = fold(name)
    for row in writer.session.scalars(select(Assembly).where(Assembly.deleted.is_(False))):
        if fold(row.name) == wanted:
            return row.id
    return _add_assembly(writer, name)


def list_sub_bodies(db: Database, assembly_id: uuid.UUID) -> list[SubBodySummary]:
    with db.read() as session:
        members = dict(
            session.execute(
                select(Membership.sub_body_id, func.count())
                .join(Participant, Participant.id == Membership.participant_id)
                .where(Membership.deleted.is_(False), Participant.deleted.is_(False))
                .group_by(Membership.sub_body_id)
            ).all()
        )
        rows = session.scalars(
            select(SubBody).where(SubBody.assembly_id == assembly_id, SubBody.deleted.is_(False))
        ).all()
    return sorted(
        (SubBodySummary(row.id, row.name, members.get(row.id, 0)) for row in rows), key=lambda s: fold(s.name)
    )


def add_sub_body(db: Database, assembly_id: uuid.UUID, name: str) -> Changed[uuid.UUID]:
    with db.write() as writer:
        return writer.done(sub_body_ids(writer, assembly_id, [name])[fold(tidy(name))])


def sub_body_ids(writer: Writer, assembly_id: uuid.UUID, names: list[str]) -> dict[str, uuid.UUID]:
    """Ids of the named sub-bodies by folded name, creating those that do not exist yet."""
    existing = writer.session.scalars(
        select(SubBody).where(SubBody.assembly_id == assembly_id, SubBody.deleted.is_(False))
    ).all()
    ids = {fold(row.name): row.id for row in existing}
    for name in names:
        clean = tidy(name)
        if clean and fold(clean) not in ids:
            ids[fold(clean)] = writer.add(SubBody(assembly_id=assembly_id, name=clean)).id
    return ids
