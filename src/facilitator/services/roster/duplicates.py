"""Records that two desks made apart and that a person must look at once the laptops sync: two
people given the same badge number (each desk registering a walk-in took the next free one),
and two records of what may be one person (registered as a walk-in at both desks). Nothing is
decided without a person: a number is changed, two records merged, only on request."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from facilitator.core.changes import Changed
from facilitator.core.names import fold
from facilitator.services.roster.participants import ParticipantNotFound, next_badge_number
from facilitator.store.database import Database
from facilitator.store.models import Assembly
from facilitator.store.models import Participant as ParticipantRow


@dataclass(frozen=True)
class Record:
    id: uuid.UUID
    assembly_id: uuid.UUID
    badge_number: int
    first_name: str
    last_name: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class SharedBadge:
    """People of one assembly who hold the same badge number, in the order they were created."""

    assembly: str
    number: int
    people: tuple[Record, ...]

    @property
    def to_renumber(self) -> Record:
        """The latest record: the earlier ones keep the number they may already wear."""
        return self.people[-1]


def _records(db: Database) -> tuple[dict[uuid.UUID, str], list[Record]]:
    with db.read() as session:
        assemblies = {row.id: row.name for row in session.scalars(select(Assembly).where(Assembly.deleted.is_(False)))}
        rows = session.scalars(
            select(ParticipantRow).where(ParticipantRow.deleted.is_(False)).order_by(ParticipantRow.id)
        )
        records = [
            Record(row.id, row.assembly_id, row.badge_number, row.first_name, row.last_name)
            for row in rows
            if row.assembly_id in assemblies
        ]
    return assemblies, records


def shared_badges(db: Database) -> list[SharedBadge]:
    """Every badge number held by several people of an assembly (ids are time-ordered: the
    order of creation)."""
    assemblies, records = _records(db)
    holders: dict[tuple[uuid.UUID, int], list[Record]] = defaultdict(list)
    for record in records:
        holders[(record.assembly_id, record.badge_number)].append(record)
    return [
        SharedBadge(assemblies[assembly], number, tuple(people))
        for (assembly, number), people in sorted(holders.items(), key=lambda item: (assemblies[item[0][0]], item[0][1]))
        if len(people) > 1
    ]


def give_new_badge_number(db: Database, participant_id: uuid.UUID) -> Changed[int]:
    """The next number of the person's assembly, for one of two people who shared one."""
    with db.write() as writer:
        row = writer.session.get(ParticipantRow, participant_id)
        if row is None or row.deleted:
            raise ParticipantNotFound(str(participant_id))
        number = next_badge_number(writer, row.assembly_id)
        writer.change(row, badge_number=number)
        return writer.done(number)


@dataclass(frozen=True)
class Twins:
    """Two records of one assembly with the same name: perhaps one person registered twice."""

    assembly: str
    first: Record
    second: Record


def possible_twins(db: Database) -> list[Twins]:
    """Pairs of live records of one assembly whose names are the same once accents and case are
    folded (namesakes too: a person tells)."""
    assemblies, records = _records(db)
    by_name: dict[tuple[uuid.UUID, str], list[Record]] = defaultdict(list)
    for record in records:
        by_name[(record.assembly_id, fold(record.name))].append(record)
    return [
        Twins(assemblies[assembly], first, other)
        for (assembly, _), group in sorted(by_name.items(), key=lambda item: item[0][1])
        for index, first in enumerate(group)
        for other in group[index + 1 :]
    ]
