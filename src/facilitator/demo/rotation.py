"""The demo's small groups: last Saturday's "Travail en groupes" planned in four rounds for the
people there at 14:00, at tables for everyone who came that day (one swap made by hand, the
third round under way), and today's session set up, ready to plan."""

from __future__ import annotations

import datetime as dt
import uuid

from facilitator.core.rotation import measure
from facilitator.core.rotation.setup import default_settings
from facilitator.services.rotation.planning import plan_groups, set_current_round, swap_people
from facilitator.services.rotation.setup import save_settings
from facilitator.services.rotation.view import RotationView, load_rotation
from facilitator.store.database import Database

DEMO_SEED = 20260307
TABLE_SIZE = 7
ROUNDS = 4
HAND_MOVED_ROUND = 3


def _harmless_swap(view: RotationView, round_index: int) -> tuple[uuid.UUID, uuid.UUID]:
    """Two people of different tables whose swap keeps the plan's figures (as a facilitator
    would swap two friends who asked to): the demo's hand move."""
    indexed = view.indexed
    before = measure(indexed.rounds, indexed.persons, indexed.tables, indexed.constraints)
    seats = list(indexed.rounds[round_index])
    for first in range(len(seats)):
        for second in range(first + 1, len(seats)):
            if seats[first] is None or seats[second] is None or seats[first] == seats[second]:
                continue
            trial = list(seats)
            trial[first], trial[second] = seats[second], seats[first]
            rounds = (*indexed.rounds[:round_index], tuple(trial), *indexed.rounds[round_index + 1 :])
            after = measure(rounds, indexed.persons, indexed.tables, indexed.constraints)
            if (after.repeated_pairs, after.revisits, after.hard_violations, after.balance) == (
                before.repeated_pairs,
                before.revisits,
                before.hard_violations,
                before.balance,
            ):
                return indexed.ids[first], indexed.ids[second]
    raise LookupError("no swap keeps the plan's figures")


def write_demo_rotation(db: Database, planned: uuid.UUID, upcoming: uuid.UUID, at: dt.datetime, today: dt.date) -> None:
    came = load_rotation(db, planned, dt.datetime.combine(today, dt.time(23, 0))).room
    save_settings(db, planned, default_settings(len(came), TABLE_SIZE, ROUNDS), load_rotation(db, planned, at).room)
    plan_groups(db, planned, at, seed=DEMO_SEED)
    first, second = _harmless_swap(load_rotation(db, planned, at), HAND_MOVED_ROUND)
    swap_people(db, planned, HAND_MOVED_ROUND, first, second, at + dt.timedelta(minutes=20))
    set_current_round(db, planned, 2)
    room = load_rotation(db, upcoming, dt.datetime.combine(today, dt.time(8, 0))).room
    save_settings(db, upcoming, default_settings(len(room), 8, ROUNDS), room)
