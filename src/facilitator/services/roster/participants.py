"""Adding, changing and removing participants, and reading the roster."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from facilitator.core.changes import Changed
from facilitator.core.names import fold
from facilitator.core.participants import Participant, ParticipantDetails
from facilitator.services.assemblies.assemblies import sub_body_ids
from facilitator.store.database import Database, Writer, link_id
from facilitator.store.models import Membership, SubBody
from facilitator.store.models import Participant as ParticipantRow

DETAIL_COLUMNS = [name for name in ParticipantDetails.__dataclass_fields__ if name != "sub_bodies"]


class ParticipantNotFound(LookupError):
    pass


def row_values(details: ParticipantDetails) -> dict[str, Any]:
    """The participant table's columns for ``details`` (sub-bodies are memberships)."""
    return {name: getattr(details, name) for name in DETAIL_COLUMNS}


def next_badge_number(writer: Writer, assembly_id: uuid.UUID) -> int:
    """After every number ever given in the assembly, removed people included (no reuse)."""
    highest = writer.session.scalar(
        select(func.max(ParticipantRow.badge_number)).where(ParticipantRow.assembly_id == assembly_id)
    )
    return (highest or 0) + 1


def insert_participants(
    writer: Writer, assembly_id: uuid.UUID, people: Sequence[ParticipantDetails]
) -> list[uuid.UUID]:
    """Insert many people at once (imports, demo): consecutive badge numbers, memberships,
    sub-bodies created when they do not exist yet."""
    sub_bodies = sub_body_ids(writer, assembly_id, sorted({name for p in people for name in p.sub_bodies}))
    first_badge = next_badge_number(writer, assembly_id)
    ids = writer.add_many(
        ParticipantRow,
        [
            {"assembly_id": assembly_id, "badge_number": first_badge + offset, **row_values(person)}
            for offset, person in enumerate(people)
        ],
    )
    writer.add_many(
        Membership,
        [
            {
                "id": link_id("membership", participant_id, sub_bodies[fold(name)]),
                "participant_id": participant_id,
                "sub_body_id": sub_bodies[fold(name)],
            }
            for participant_id, person in zip(ids, people, strict=True)
            for name in person.sub_bodies
        ],
    )
    return ids


def add_participant(db: Database, assembly_id: uuid.UUID, details: ParticipantDetails) -> Changed[Participant]:
    with db.write() as writer:
        badge = next_badge_number(writer, assembly_id)
        row = writer.add(ParticipantRow(assembly_id=assembly_id, badge_number=badge, **row_values(details)))
        _set_memberships(writer, row, details.sub_bodies)
        return writer.done(Participant(row.id, badge, details))


def update_participant(db: Database, participant_id: uuid.UUID, details: ParticipantDetails) -> Changed[bool]:
    """Record the fields that changed; False when nothing did."""
    with db.write() as writer:
        row = _live_row(writer, participant_id)
        changed = writer.change(row, **row_values(details))
        memberships_changed = _set_memberships(writer, row, details.sub_bodies)
        return writer.done(changed or memberships_changed)


def remove_participant(db: Database, participant_id: uuid.UUID) -> Changed[uuid.UUID]:
    """Tombstone the participant (and their memberships): the removal can sync like any change."""
    with db.write() as writer:
        row = _live_row(writer, participant_id)
        writer.delete(row)
        for membership in writer.session.scalars(
            select(Membership).where(Membership.participant_id == row.id, Membership.deleted.is_(False))
        ):
            writer.delete(membership)
        return writer.done(participant_id)


def _live_row(writer: Writer, participant_id: uuid.UUID) -> ParticipantRow:
    row = writer.session.get(ParticipantRow, participant_id)
    if row is None or row.deleted:
        raise ParticipantNotFound(participant_id)
    return row


def _set_memberships(writer: Writer, row: ParticipantRow, names: Sequence[str]) -> bool:
    """Make the participant's live memberships exactly ``names``; True if anything changed."""
    wanted = sub_body_ids(writer, row.assembly_id, list(names))
    wanted_ids = {wanted[fold(name)] for name in names}
    current = {
        membership.sub_body_id: membership
        for membership in writer.session.scalars(select(Membership).where(Membership.participant_id == row.id))
    }
    changed = False
    for sub_body_id, membership in current.items():
        changed |= writer.change(membership, deleted=sub_body_id not in wanted_ids)
    for sub_body_id in wanted_ids - current.keys():
        writer.add(
            Membership(id=link_id("membership", row.id, sub_body_id), participant_id=row.id, sub_body_id=sub_body_id)
        )
        changed = True
    return changed


def list_participants(db: Database, assembly_id: uuid.UUID) -> list[Participant]:
    """The assembly's participants (tombstones excluded), ordered by badge number."""
    with db.read() as session:
        return load_participants(session, ParticipantRow.assembly_id == assembly_id)


def get_participant(db: Database, participant_id: uuid.UUID) -> Participant:
    with db.read() as session:
        found = load_participants(session, ParticipantRow.id == participant_id)
    if not found:
        raise ParticipantNotFound(participant_id)
    return found[0]


def load_participants(
    session: Session, condition: ColumnElement[bool], *, include_removed: bool = False
) -> list[Participant]:
    """Live participants matching ``condition``, with their sub-bodies, by badge number.

    ``include_removed`` adds the people removed from the roster: what they attended stays on
    the payment records, which are kept ten years.
    """
    memberships: dict[uuid.UUID, list[str]] = defaultdict(list)
    for participant_id, name in session.execute(
        select(Membership.participant_id, SubBody.name)
        .join(SubBody, SubBody.id == Membership.sub_body_id)
        .join(ParticipantRow, ParticipantRow.id == Membership.participant_id)
        .where(condition, Membership.deleted.is_(False), SubBody.deleted.is_(False))
    ):
        memberships[participant_id].append(name)
    columns = [getattr(ParticipantRow, name) for name in DETAIL_COLUMNS]
    live = ParticipantRow.deleted.is_(False) if not include_removed else ParticipantRow.id.is_not(None)
    rows = session.execute(
        select(ParticipantRow.id, ParticipantRow.badge_number, *columns)
        .where(condition, live)
        .order_by(ParticipantRow.badge_number, ParticipantRow.id)  # a number two desks gave: by creation
    )
    return [
        Participant(
            participant_id,
            badge,
            ParticipantDetails(
                **dict(zip(DETAIL_COLUMNS, values, strict=True)),
                sub_bodies=tuple(sorted(memberships.get(participant_id, ()), key=fold)),
            ),
        )
        for participant_id, badge, *values in rows
    ]


class AmbiguousParticipant(LookupError):
    """Several people of the assembly answer to the name given."""


def find_participant(db: Database, assembly_id: uuid.UUID, who: str) -> Participant:
    """The participant designated by ``who``: their id, their badge number, or their exact name
    "Prénom Nom" (case and accents aside), as scripts and the command line designate people."""
    who = who.strip()
    people = list_participants(db, assembly_id)
    try:
        wanted = uuid.UUID(who)
    except ValueError:
        wanted = None
    if wanted is not None:
        matches = [p for p in people if p.id == wanted]
    elif who.isascii() and who.isdigit():
        matches = [p for p in people if p.badge_number == int(who)]
    else:
        matches = [p for p in people if fold(p.details.display_name) == fold(who)]
    if len(matches) > 1:
        raise AmbiguousParticipant(who)
    if not matches:
        raise ParticipantNotFound(who)
    return matches[0]
