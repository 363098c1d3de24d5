"""A session's small-group setup: the rounds, the tables with their seats and hosts, caps on
officials and staff, pairs kept apart or together, people who stay at one table; checked
against the people in the room before it is kept or planned."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from facilitator.core.participants import Role
from facilitator.core.rotation.bounds import Bound, bound
from facilitator.core.rotation.model import RotationProblem
from facilitator.core.rotation.seating import largest_table

DEFAULT_TABLE_SIZE = 8
DEFAULT_ROUNDS = 4
MAX_ROUNDS = 20
MAX_PEOPLE = 500
"""The largest room planned: beyond, a plan's own counting outgrows its deadline (and no
citizens' assembly meets in small groups at that size)."""
MAX_TABLE_SIZE = 30
"""The largest table: a small group of more is a plenary."""
PROPOSED_TABLE_SIZES = (8, 7, 6, 5, 4, 3)
"""The table sizes a setup proposes, largest first (fewer tables, fewer hosts to find)."""


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

    def reach(self, count: int) -> Bound:
        """How many rounds these tables allow ``count`` people without anyone meeting again."""
        capacities = [table.capacity for table in self.tables]
        return bound(count, largest_table(count, capacities), len(capacities))

    def hosts(self) -> dict[uuid.UUID, int]:
        return {table.host: index for index, table in enumerate(self.tables) if table.host is not None}


class RotationRefused(ValueError):
    """A setup, plan, re-plan or move that cannot be done, and why."""

    def __init__(self, problem: RotationProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def default_settings(count: int, table_size: int | None = None, rounds: int = DEFAULT_ROUNDS) -> RotationSettings:
    """Tables of ``table_size`` for ``count`` people (the last ones a seat short, not one over);
    without a size, as many tables as ``proposed_table_size`` needs, each just large enough."""
    if table_size is None:
        tables = max(1, -(-count // proposed_table_size(count, rounds)))
        table_size = max(1, -(-count // tables))
    tables = max(1, -(-count // table_size))
    return RotationSettings(rounds=rounds, tables=tuple(TableSetup(table_size) for _ in range(tables)))


def proposed_table_size(count: int, rounds: int) -> int:
    """The largest of ``PROPOSED_TABLE_SIZES`` at which ``count`` people can go ``rounds`` rounds
    without anyone meeting again: no table seats more people than there are tables (its people
    could not all go to different tables next round) and the counting bound allows the rounds.
    A table as large as the number of tables leaves the search no room but in the shapes known
    to be solved (``BEST_KNOWN``): 6 tables of 6 take 3 rounds at most, and 33 to 35 people at
    them already meet again at 4. When no size allows the rounds (too few people for so many),
    the size that allows the most: the setup then says why people will meet again."""

    def reach(size: int) -> tuple[bool, int, int]:
        tables = max(1, -(-count // size))
        largest = -(-count // tables)
        limit = bound(count, largest, tables)
        roomy = largest < tables or (limit.best_known or 0) >= rounds
        return (roomy and not limit.crowded and limit.limit >= rounds, min(limit.limit, rounds), size)

    return max(PROPOSED_TABLE_SIZES, key=reach)


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


def check_size(people: int, capacities: Collection[int], rounds: int) -> None:
    """Refuse, before any planning, a room too large for a plan to be found within its deadline."""
    if people > MAX_PEOPLE:
        raise RotationRefused(RotationProblem.TOO_MANY_PEOPLE)
    if any(capacity > MAX_TABLE_SIZE for capacity in capacities):
        raise RotationRefused(RotationProblem.TABLE_TOO_LARGE)
    if rounds > MAX_ROUNDS:
        raise RotationRefused(RotationProblem.TOO_MANY_ROUNDS)


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
    check_size(len(room), [table.capacity for table in settings.tables], settings.rounds)
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
