"""A session's small-group setup: the rounds, the tables with their seats and hosts, caps on
officials and staff, pairs kept apart or together, people who stay at one table; checked
against the people in the room before it is kept or planned."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from facilitator.core.participants import Role
from facilitator.core.rotation.model import RotationProblem

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
