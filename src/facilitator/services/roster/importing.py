"""Importing a roster into an assembly: all of it in one transaction, or nothing.

The plan is made twice: once for the preview (``preview_import``), and again inside the
write transaction, against the participants stored at that moment, so that what is written
is exactly what the report says even if someone else wrote in between.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.changes import Changed
from facilitator.core.fields import Field
from facilitator.core.participants import Participant
from facilitator.core.roster.plan import ImportPlan, plan_import
from facilitator.core.roster.table import RawTable
from facilitator.services.assemblies.assemblies import find_or_add_assembly
from facilitator.services.roster.participants import insert_participants, load_participants
from facilitator.store.database import Database
from facilitator.store.models import Participant as ParticipantRow
from facilitator.store.models import SubBody

Progress = Callable[[int, int], None]
"""Called with (people written, people to write)."""

CHUNK = 500


class ImportCancelled(Exception):
    """The user stopped the import; the transaction was rolled back, nothing is written."""


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    created: tuple[uuid.UUID, ...]


def _existing(session: Session, assembly_id: uuid.UUID) -> tuple[list[Participant], list[str]]:
    """The assembly's live participants and sub-body names, which a plan is made against."""
    people = load_participants(session, ParticipantRow.assembly_id == assembly_id)
    names = session.scalars(
        select(SubBody.name).where(SubBody.assembly_id == assembly_id, SubBody.deleted.is_(False))
    ).all()
    return people, list(names)


def preview_import(
    db: Database, assembly_id: uuid.UUID | None, table: RawTable, mapping: Sequence[Field | None], today: dt.date
) -> ImportPlan:
    """What ``import_roster`` would do now (into a new assembly if ``assembly_id`` is None); writes nothing."""
    people: list[Participant] = []
    sub_bodies: list[str] = []
    if assembly_id is not None:
        with db.read() as session:
            people, sub_bodies = _existing(session, assembly_id)
    return plan_import(table, mapping, people, sub_bodies, today.year)


def import_roster(
    db: Database,
    assembly: uuid.UUID | str,
    table: RawTable,
    mapping: Sequence[Field | None],
    today: dt.date,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Changed[ImportResult]:
    """Write the planned participants, their new sub-bodies and memberships, atomically.

    ``assembly`` is an assembly's id, or a name: the assembly of that name, created in the
    same transaction when there is none.
    """
    with db.write() as writer:
        assembly_id = assembly if isinstance(assembly, uuid.UUID) else find_or_add_assembly(writer, assembly)
        people, sub_bodies = _existing(writer.session, assembly_id)
        plan = plan_import(table, mapping, people, sub_bodies, today.year)
        created: list[uuid.UUID] = []
        total = len(plan.to_create)
        for start in range(0, total, CHUNK):
            if cancelled():
                raise ImportCancelled
            chunk = [person.details for person in plan.to_create[start : start + CHUNK]]
            created.extend(insert_participants(writer, assembly_id, chunk))
            if progress:
                progress(len(created), total)
        if cancelled():
            raise ImportCancelled
        return writer.done(ImportResult(plan, tuple(created)))
