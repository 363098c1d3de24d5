"""Command-line commands of the roster: import a CSV or XLSX file, list the participants.

``roster import`` creates the named assembly if needed (without ``--assembly``, it uses the
database's only assembly); it exits 0 when the file was read, even if some lines were
rejected, and prints the report (``--json`` for scripts).
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import uuid
from pathlib import Path
from typing import Any

from facilitator.app.clock import local_now
from facilitator.app.runtime import Runtime
from facilitator.cli.arguments import Commands, command, group
from facilitator.cli.common import EXIT_OK, open_database, print_json, refuse
from facilitator.core.participants import Participant
from facilitator.core.roster.mapping import check_mapping, guess_mapping
from facilitator.core.roster.plan import ImportPlan, plan_import
from facilitator.core.roster.table import RawTable
from facilitator.services.assemblies.assemblies import AssemblyNotFound, find_assembly
from facilitator.services.roster.files import read_roster
from facilitator.services.roster.importing import import_roster, preview_import
from facilitator.services.roster.participants import list_participants
from facilitator.store.database import Database
from facilitator.text.messages import problem_text
from facilitator.text.roster import report_json, report_lines


def _assembly_name(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("an assembly name cannot be blank")
    return text


def add_commands(commands: Commands) -> None:
    roster = group(commands, "roster", "participants")
    importing = command(roster, "import", "import a CSV or XLSX roster", _import)
    importing.add_argument("file", type=Path)
    importing.add_argument("--assembly", type=_assembly_name, metavar="NAME", help="assembly (created if missing)")
    importing.add_argument("--dry-run", action="store_true", help="report without writing")
    importing.add_argument("--json", action="store_true", help="print the report as JSON")
    listing = command(roster, "list", "list the participants as JSON", _list)
    listing.add_argument("--assembly", type=_assembly_name, metavar="NAME")
    listing.add_argument("--json", action="store_true", help="print JSON (the only format)")


def _import(context: Runtime, args: argparse.Namespace) -> int:
    table = read_roster(args.file)
    mapping = guess_mapping(table.headers, context.settings().roster_columns)
    problem = check_mapping(table.headers, mapping)
    if problem is not None:
        return refuse(problem_text(problem))
    path = args.db or context.paths.default_database
    if args.dry_run and not path.exists():
        plan = plan_import(table, mapping, [], [], local_now().date().year)
        return _print_report(args, table, plan, imported=False)
    with context.open_database(path, create=not args.dry_run) as db:
        if args.dry_run:
            plan = preview_import(db, _existing_assembly(db, args.assembly), table, mapping, local_now().date())
        else:
            target = args.assembly if args.assembly is not None else find_assembly(db, None)
            plan = import_roster(db, target, table, mapping, local_now().date()).value.plan
    return _print_report(args, table, plan, imported=not args.dry_run)


def _print_report(args: argparse.Namespace, table: RawTable, plan: ImportPlan, *, imported: bool) -> int:
    if args.json:
        report = report_json(plan, imported)
        print_json({"file": str(args.file), "encoding": table.encoding, "dry_run": args.dry_run, **report})
    else:
        print("\n".join(report_lines(plan, imported)))
    return EXIT_OK


def _existing_assembly(db: Database, name: str | None) -> uuid.UUID | None:
    """The assembly a dry run reports against; None for a named one that would be created."""
    try:
        return find_assembly(db, name)
    except AssemblyNotFound:
        if name is None:
            raise
        return None


def participant_json(person: Participant) -> dict[str, Any]:
    def plain(value: object) -> object:
        if isinstance(value, enum.Enum):
            return value.value
        return list(value) if isinstance(value, tuple) else value

    details = {key: plain(value) for key, value in dataclasses.asdict(person.details).items()}
    return {"id": str(person.id), "badge_number": person.badge_number, **details}


def _list(context: Runtime, args: argparse.Namespace) -> int:
    with open_database(context, args) as db:
        people = list_participants(db, find_assembly(db, args.assembly))
    print_json([participant_json(person) for person in people])
    return EXIT_OK
