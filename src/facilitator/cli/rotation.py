"""Command-line commands of the small groups: plan a synthetic room or a Social Golfer instance
(benchmarks, curiosity), plan a session's room, export its plan; and the documents for
``print``: the table cards and the itinerary slips.

Headless (no QtWidgets). The planner's JSON gives each round as a list of tables, each a list
of person indexes; for a session, the people are listed with their index.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facilitator.app.clock import local_now
from facilitator.app.runtime import Runtime
from facilitator.cli.arguments import Commands, command, group, number_between, parse_id
from facilitator.cli.common import (
    EXIT_OK,
    Cli,
    Document,
    Scope,
    open_database,
    print_json,
    printed,
    refuse,
)
from facilitator.core.rotation import Constraints, Person, Plan, Schedule, Table, plan
from facilitator.core.rotation.setup import MAX_PEOPLE, MAX_ROUNDS, MAX_TABLE_SIZE
from facilitator.demo.rooms import synthetic_room
from facilitator.store.database import Database

PEOPLE = number_between(1, MAX_PEOPLE)
OFFICIALS = number_between(0, MAX_PEOPLE)
TABLES = number_between(1, MAX_PEOPLE)
TABLE_SIZE = number_between(1, MAX_TABLE_SIZE)
ROUNDS = number_between(1, MAX_ROUNDS)
SEED = number_between(0, 2**32 - 1)
DEADLINE = number_between(1.0, 600.0)
"""A plan of the largest room takes about a second to deal and count, whatever its search."""


def _instance(text: str) -> tuple[int, int, int]:
    parts = text.split("-")
    if len(parts) != 3:
        raise argparse.ArgumentTypeError(f"not groups-size-rounds: {text!r}")
    groups, size, rounds = TABLES(parts[0]), TABLE_SIZE(parts[1]), ROUNDS(parts[2])
    if groups * size > MAX_PEOPLE:
        raise argparse.ArgumentTypeError(f"at most {MAX_PEOPLE} people: {text!r}")
    return groups, size, rounds


def add_commands(commands: Commands) -> None:
    rotation = group(commands, "rotation", "small-group rotation")
    planning = command(rotation, "plan", "plan rounds of small groups (synthetic, SGP or a session)", _plan)
    room = planning.add_mutually_exclusive_group(required=True)
    room.add_argument("--people", type=PEOPLE, metavar="N", help="a synthetic room of N people")
    room.add_argument("--sgp", type=_instance, metavar="G-S-W", help="a Social Golfer instance: groups-size-rounds")
    room.add_argument(
        "--session", type=parse_id, metavar="ID", help="the people present at a session (with --db; saves the setup)"
    )
    planning.add_argument("--tables", type=TABLES, metavar="T", help="number of tables")
    planning.add_argument("--table-size", type=TABLE_SIZE, metavar="S", help="people per table")
    planning.add_argument("--rounds", type=ROUNDS, metavar="R")
    planning.add_argument("--hosts", action="store_true", help="synthetic room: a fixed host per table")
    planning.add_argument(
        "--officials", type=OFFICIALS, default=0, metavar="K", help="synthetic room: K elected officials"
    )
    planning.add_argument("--seed", type=SEED, metavar="S")
    planning.add_argument("--deadline", type=DEADLINE, default=1.0, metavar="SECONDS")
    planning.add_argument("--json", action="store_true", help="print JSON (the only format)")
    export = command(rotation, "export", "a session's plan as CSV (one row per person)", _export)
    export.add_argument("--session", type=parse_id, required=True, metavar="ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.csv")


def _plan(context: Runtime, args: argparse.Namespace) -> int:
    if args.session is not None:
        return _plan_session(context, args)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1_000_000)
    if args.sgp is not None:
        groups, size, rounds = args.sgp
        people = [Person() for _ in range(groups * size)]
        tables = [Table(size) for _ in range(groups)]
        constraints = Constraints(caps={}, avoid_revisits=False)
    else:
        if args.rounds is None or (args.tables is None and args.table_size is None):
            return refuse(Cli.tr("Give --people N, --rounds R and --tables T or --table-size S."))
        if args.hosts and (args.tables or 0) > args.people:
            return refuse(Cli.tr("A host per table needs at least as many people as tables."))
        tables_count = args.tables or -(-args.people // args.table_size)
        capacity = args.table_size or -(-args.people // tables_count)
        people = synthetic_room(args.people, args.officials, seed)
        hosts = range(args.people - tables_count, args.people) if args.hosts else ()
        tables = [Table(capacity, hosts[t] if args.hosts else None) for t in range(tables_count)]
        constraints = Constraints()
        rounds = args.rounds
        if capacity * tables_count < args.people:
            return refuse(
                Cli.tr("{tables} tables of {size} cannot seat {people} people.").format(
                    tables=tables_count, size=capacity, people=args.people
                )
            )
    started = time.perf_counter()
    result = plan(people, tables, rounds, constraints, seed=seed, deadline=args.deadline)
    print_json(plan_json(result, len(tables), time.perf_counter() - started))
    return EXIT_OK


def rounds_json(schedule: Schedule, table_count: int, first: int = 0) -> list[list[list[int]]]:
    return [schedule.tables(r, table_count) for r in range(first, len(schedule.rounds))]


def plan_json(result: Plan, table_count: int, seconds: float) -> dict[str, Any]:
    metrics = result.metrics
    requested = len(result.schedule.rounds) - result.first_planned
    impossible = requested > result.bound.limit
    return {
        "rounds": rounds_json(result.schedule, table_count, result.first_planned),
        "repeated_pairs": metrics.repeated_pairs,
        "revisits": metrics.revisits,
        "unavoidable_revisits": metrics.forced_returns,
        "official_clashes": metrics.official_clashes,
        "balance": metrics.balance,
        "new_faces": {"min": metrics.new_faces_min, "mean": metrics.new_faces_mean},
        "neighbourhood_variety": metrics.neighbourhood_variety,
        "seconds": round(seconds, 4),
        "seed": result.seed,
        "finished": result.finished,
        "constructed": result.constructed,
        "impossible_without_repeats": impossible,
        "minimum_found": metrics.repeated_pairs if impossible else None,
        "bound": {
            "counting": result.bound.counting,
            "proven": result.bound.proven,
            "best_known": result.bound.best_known,
        },
    }


def _plan_session(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.core.rotation import setup as rotation_setup
    from facilitator.services.rotation import planning as rotation_actions
    from facilitator.services.rotation import view as rotation

    with open_database(context, args) as db:
        view = rotation.load_rotation(db, args.session)
        base = view.settings or rotation_setup.default_settings(len(view.room))
        if args.rounds is not None:
            base = rotation_setup.RotationSettings(
                args.rounds, base.tables, base.caps, base.keep_apart, base.keep_together, base.stays
            )
        if args.tables is not None:
            base = rotation_setup.by_table_count(len(view.room), args.tables, base)
        elif args.table_size is not None:
            base = rotation_setup.by_table_size(len(view.room), args.table_size, base)
        started = time.perf_counter()
        result = rotation_actions.plan_groups(
            db, args.session, local_now(), seed=args.seed, deadline=args.deadline, settings=base
        ).value
        seconds = time.perf_counter() - started
        indexed = rotation.load_rotation(db, args.session).indexed
    output = plan_json(result, len(base.tables), seconds)
    output["people"] = [
        {"index": index, "id": str(person_id), "name": view.people[person_id].details.display_name}
        for index, person_id in enumerate(indexed.ids)
    ]
    print_json(output)
    return EXIT_OK


def _export(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.rotation.documents import export_plan

    with open_database(context, args) as db:
        count = export_plan(db, args.session, args.output)
    print(Cli.tr("%n person(s) exported to {path}.", "", count).format(path=args.output))
    return EXIT_OK


def _cards(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.rotation.documents import print_table_cards

    return _print(context, args, print_table_cards)


def _slips(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.rotation.documents import print_itinerary_slips

    return _print(context, args, print_itinerary_slips)


def _print(
    context: Runtime, args: argparse.Namespace, printer: Callable[[Database, uuid.UUID, Path, dt.datetime], int]
) -> int:
    with open_database(context, args) as db:
        count = printer(db, args.session, args.output, local_now())
    return printed(args.output, count)


DOCUMENTS = {
    "tables": Document(_cards, Scope.SESSION),
    "itineraries": Document(_slips, Scope.SESSION),
}
