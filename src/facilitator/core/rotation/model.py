"""The words of a rotation plan: people and tables as indexes, constraints, a schedule.

Everything is numbered: person ``i`` is the ``i``-th of the list the caller gives, table ``t``
the ``t``-th table; the services translate to participants and back. A schedule gives, for
each round, each person's table, or None when that person is not in the room that round.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class RevisionKind(StrEnum):
    """Why seats were written: a plan replaces every round, a re-plan the rounds from the
    current one, a hand move only the seats it names."""

    PLAN = "plan"
    REPLAN = "replan"
    MOVE = "move"


class RotationProblem(StrEnum):
    """Why a setup, a plan, a re-plan or a move is refused (the interface words them)."""

    NO_TABLE = "no_table"
    NO_ROUND = "no_round"
    TOO_MANY_ROUNDS = "too_many_rounds"
    EMPTY_TABLE = "empty_table"
    TOO_FEW_SEATS = "too_few_seats"
    HOST_TWICE = "host_twice"
    HOST_ABSENT = "host_absent"
    STAY_ELSEWHERE = "stay_elsewhere"
    APART_AND_TOGETHER = "apart_and_together"
    NO_SETUP = "no_setup"
    NO_PLAN = "no_plan"
    NO_SUCH_SEAT = "no_such_seat"
    TABLES_CHANGED = "tables_changed"
    """The plan's rounds name tables the setup no longer has: only a new plan can follow."""
    STAY_NO_TABLE = "stay_no_table"
    EMPTY_ROOM = "empty_room"
    NO_SUCH_ROUND = "no_such_round"
    TOO_MANY_PEOPLE = "too_many_people"
    TABLE_TOO_LARGE = "table_too_large"


Round = tuple[int | None, ...]
"""A person's table in one round, by person index; None: not in the room that round."""

ATTRIBUTES = ("gender", "age_band", "neighbourhood", "drawn")
"""What tables are balanced on, in the order the plan reports them."""


@dataclass(frozen=True)
class Person:
    """What the planner knows of someone: their categories and what caps them.

    ``categories`` maps an attribute of :data:`ATTRIBUTES` to a category ("female",
    "35-49", "Centre", "drawn"…); ``kind`` is what a per-table cap counts (the role:
    "elected", "staff"…).
    """

    categories: Mapping[str, str] = field(default_factory=dict)
    kind: str = ""


@dataclass(frozen=True)
class Table:
    capacity: int
    host: int | None = None
    """The person who stays at this table every round (world café), if any."""

    def __post_init__(self) -> None:
        if self.capacity < 1:
            raise ValueError("a table seats at least one person")


@dataclass(frozen=True)
class Constraints:
    caps: Mapping[str, int] = field(default_factory=lambda: {"elected": 1})
    """At most this many people of a kind at one table (officials apart; staff spread)."""
    keep_apart: frozenset[frozenset[int]] = frozenset()
    keep_together: frozenset[frozenset[int]] = frozenset()
    stays: Mapping[int, int] = field(default_factory=dict)
    """People who do not change tables (reduced mobility): person → table."""
    avoid_revisits: bool = True
    """World café: nobody comes back to a table they sat at (a pure social-golfer problem does
    not care, and the search is freer without it)."""

    def pinned(self, tables: Sequence[Table]) -> dict[int, int]:
        """Who never moves, hosts included: person → table."""
        pins = dict(self.stays)
        pins.update({table.host: index for index, table in enumerate(tables) if table.host is not None})
        return pins


@dataclass(frozen=True)
class Schedule:
    rounds: tuple[Round, ...]

    @property
    def people(self) -> int:
        return len(self.rounds[0]) if self.rounds else 0

    def tables(self, round_index: int, table_count: int) -> list[list[int]]:
        """The people at each table in a round, by table."""
        seated: list[list[int]] = [[] for _ in range(table_count)]
        for person, table in enumerate(self.rounds[round_index]):
            if table is not None:
                seated[table].append(person)
        return seated


@dataclass(frozen=True)
class History:
    """What the room already lived: rounds played (frozen) and the plan being revised.

    ``rounds`` are kept as they are and count in who has met whom; ``current`` is the round
    under way (its seats are kept, late arrivals join a table); ``previous`` holds the former
    plan's next rounds, which a re-plan changes as little as it can.
    """

    rounds: tuple[Round, ...] = ()
    current: Round | None = None
    previous: tuple[Round, ...] = ()

    @property
    def empty(self) -> bool:
        """Nothing played nor planned yet: what follows is a first plan."""
        return not self.rounds and self.current is None and not self.previous


def quota(size: int, share: float) -> tuple[int, int]:
    """The counts a category may have at a table of ``size``: ⌊s·π⌋ to ⌈s·π⌉."""
    expected = size * share
    rounded = round(expected)
    if math.isclose(expected, rounded, abs_tol=1e-9):
        return rounded, rounded
    return math.floor(expected), math.ceil(expected)
