"""A session's small-group setup: tables, rounds and constraints, checked before they are kept.

The setup is one mutable row per session (its id derives from the session's, so that two
laptops setting up the same session merge into one row at sync).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from facilitator.core.participants import Role
from facilitator.core.rotation.model import RotationProblem
from facilitator.services.attendance.desk import session_row
from facilitator.store.database import Database, Writer, link_id
from facilitator.store.models import RotationSetup

DEFAULT_TABLE_SIZE = 8
DEFAULT_ROUNDS = 4
MAX_ROUNDS = 20


@dataclass(frozen=True)
class TableSetup:
    capacity: int
    host: uuid.UUID | None = None


@dataclass(frozen=True)
class RotationSettings:
    rounds: int
    tables: tuple[TableSetup, ...]
    caps: Mapping[Role, int] = field(default_factory=lambda: {Role.ELECTED: 1})
    keep_apart: frozenset[frozenset[uuid.UUID]] = frozenset()
    keep_together: frozenset[frozenset[uuid.UUID]] = frozenset()
    stays: Mapping[uuid.UUID, int] = field(default_factory=dict)
    """People who stay at one table (reduced mobility): participant → table index."""

    @property
    def seats(self) -> int:
        return sum(table.capacity for table in self.tables)

    def hosts(self) -> dict[uuid.UUID, int]:
        return {table.host: index for index, table in enumerate(self.tables) if table.host is not None}


class RotationRefused(ValueError):
    """A setup, plan, re-plan or move that cannot be done, and why."""

    def __init__(self, problem: RotationProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def default_settings(
    count: int, table_size: int = DEFAULT_TABLE_SIZE, rounds: int = DEFAULT_ROUNDS
) -> RotationSettings:
    """Tables of ``table_size`` for ``count`` people (the last ones a seat short, not one over)."""
    tables = max(1, -(-count // table_size))
    return RotationSettings(rounds=rounds, tables=tuple(TableSetup(table_size) for _ in range(tables)))


def by_table_size(count: int, table_size: int, base: RotationSettings) -> RotationSettings:
    """``base`` with as many tables of ``table_size`` as ``count`` people need (hosts kept)."""
    tables = max(1, -(-count // table_size))
    kept = list(base.tables[:tables]) + [TableSetup(table_size)] * (tables - len(base.tables))
    return _with_tables(base, tuple(TableSetup(table_size, table.host) for table in kept))


def by_table_count(count: int, tables: int, base: RotationSettings) -> RotationSettings:
    """``base`` with ``tables`` tables sized to seat ``count`` people."""
    size = max(1, -(-count // max(1, tables)))
    kept = list(base.tables[:tables]) + [TableSetup(size)] * (tables - len(base.tables))
    return _with_tables(base, tuple(TableSetup(size, table.host) for table in kept))


def _with_tables(base: RotationSettings, tables: tuple[TableSetup, ...]) -> RotationSettings:
    stays = {person: table for person, table in base.stays.items() if table < len(tables)}
    return RotationSettings(base.rounds, tables, base.caps, base.keep_apart, base.keep_together, stays)


def check_settings(settings: RotationSettings, room: Collection[uuid.UUID]) -> None:
    """Refuse a setup that cannot be planned for the people in ``room``."""
    if not settings.tables:
        raise RotationRefused(RotationProblem.NO_TABLE)
    if settings.rounds < 1:
        raise RotationRefused(RotationProblem.NO_ROUND)
    if settings.rounds > MAX_ROUNDS:
        raise RotationRefused(RotationProblem.TOO_MANY_ROUNDS)
    if any(table.capacity < 1 for table in settings.tables):
        raise RotationRefused(RotationProblem.EMPTY_TABLE)
    if settings.seats < len(room):
        raise RotationRefused(RotationProblem.TOO_FEW_SEATS)
    hosts = [table.host for table in settings.tables if table.host is not None]
    if len(hosts) != len(set(hosts)):
        raise RotationRefused(RotationProblem.HOST_TWICE)
    if any(host not in room for host in hosts):
        raise RotationRefused(RotationProblem.HOST_ABSENT)
    if any(not 0 <= table < len(settings.tables) for table in settings.stays.values()):
        raise RotationRefused(RotationProblem.STAY_NO_TABLE)
    table_of_host = settings.hosts()
    if any(table_of_host.get(person, table) != table for person, table in settings.stays.items()):
        raise RotationRefused(RotationProblem.STAY_ELSEWHERE)
    if settings.keep_apart & settings.keep_together:
        raise RotationRefused(RotationProblem.APART_AND_TOGETHER)


def _pairs(value: list[list[str]]) -> frozenset[frozenset[uuid.UUID]]:
    return frozenset(frozenset(uuid.UUID(member) for member in pair) for pair in value)


def _stored_pairs(pairs: frozenset[frozenset[uuid.UUID]]) -> list[list[str]]:
    return sorted(sorted(str(member) for member in pair) for pair in pairs)


def settings_of(row: RotationSetup) -> RotationSettings:
    return RotationSettings(
        rounds=row.rounds,
        tables=tuple(
            TableSetup(int(table["capacity"]), uuid.UUID(table["host"]) if table.get("host") else None)
            for table in row.tables
        ),
        caps={Role(role): int(cap) for role, cap in row.caps.items()},
        keep_apart=_pairs(row.keep_apart),
        keep_together=_pairs(row.keep_together),
        stays={uuid.UUID(person): int(table) for person, table in row.stays.items()},
    )


def _values(settings: RotationSettings) -> dict[str, object]:
    return {
        "rounds": settings.rounds,
        "tables": [
            {"capacity": table.capacity, "host": str(table.host) if table.host else None} for table in settings.tables
        ],
        "caps": {role.value: cap for role, cap in sorted(settings.caps.items())},
        "keep_apart": _stored_pairs(settings.keep_apart),
        "keep_together": _stored_pairs(settings.keep_together),
        "stays": {
            str(person): table for person, table in sorted(settings.stays.items(), key=lambda item: str(item[0]))
        },
    }


def setup_row(session: Session, session_id: uuid.UUID) -> RotationSetup | None:
    row = session.get(RotationSetup, link_id("rotation_setup", session_id))
    return None if row is None or row.deleted else row


def save_settings(db: Database, session_id: uuid.UUID, settings: RotationSettings, room: Collection[uuid.UUID]) -> bool:
    """Keep the setup (checked against the people in ``room``); False when nothing changed."""
    check_settings(settings, room)
    with db.write() as writer:
        return write_settings(writer, session_id, settings)


def write_settings(writer: Writer, session_id: uuid.UUID, settings: RotationSettings) -> bool:
    """The setup written in the caller's transaction (a plan saves its setup with its seats)."""
    session_row(writer.session, session_id)
    row = setup_row(writer.session, session_id)
    if row is None:
        writer.add(RotationSetup(id=link_id("rotation_setup", session_id), session_id=session_id, **_values(settings)))
        return True
    return writer.change(row, **_values(settings))
