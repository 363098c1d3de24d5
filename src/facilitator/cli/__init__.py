"""The command line: the window by default, and headless commands for scripts and tests.

This module never imports QtWidgets (a test checks): commands that only read or write the
database must run on a server without a display. The window and ``self-test`` load the
widgets lazily.
"""

from __future__ import annotations

# SQLAlchemy before PySide6: once imported, PySide6 sends every later import through a hook of
# its own, which makes SQLAlchemy's hundreds of modules markedly slower to load at start-up.
import sqlalchemy.orm  # noqa: F401  # isort: skip

import argparse
import dataclasses
import datetime as dt
import enum
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from facilitator import __version__
from facilitator.app import i18n, runtime
from facilitator.app.errors import EnvironmentProblem
from facilitator.cli import attendance as cli_accueil
from facilitator.cli import rotation as cli_rotation
from facilitator.cli import speaking as cli_speaking
from facilitator.cli import voting as cli_votes
from facilitator.cli.attendance import run
from facilitator.cli.common import EXIT_ENVIRONMENT, EXIT_NOT_FOUND, EXIT_OK, EXIT_REFUSED, print_json
from facilitator.core.participants import Participant
from facilitator.core.roster.mapping import check_mapping, guess_mapping
from facilitator.core.roster.plan import ImportPlan, plan_import
from facilitator.core.roster.table import RawTable, RosterRefused
from facilitator.demo import DemoAlreadyThere, create_demo
from facilitator.services.assemblies.assemblies import AssemblyNotFound, find_assembly
from facilitator.services.roster.files import read_roster
from facilitator.services.roster.importing import import_roster, preview_import
from facilitator.services.roster.participants import list_participants
from facilitator.store.database import Database
from facilitator.text.messages import environment_text, problem_text
from facilitator.text.roster import report_json, report_lines


def _common_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument("--db", type=Path, default=default, metavar="PATH", help="database file")
    parser.add_argument(
        "--basedir", type=Path, default=default, metavar="DIR", help="keep settings, logs and data under DIR"
    )


def _assembly_name(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("an assembly name cannot be blank")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="facilitator", description="Run a citizens' assembly's plenary day.")
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument("--demo", action="store_true", help="open a fresh fictional demo assembly")
    _common_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    self_test = commands.add_parser("self-test", help="open the database and build the window offscreen")
    _common_options(self_test, top=False)

    demo = commands.add_parser("demo", help="demo data").add_subparsers(dest="demo_command", required=True)
    demo_create = demo.add_parser("create", help="write the demo assembly into a database")
    demo_create.set_defaults(handler=_demo_create)
    _common_options(demo_create, top=False)

    roster = commands.add_parser("roster", help="participants").add_subparsers(dest="roster_command", required=True)
    roster_import = roster.add_parser("import", help="import a CSV or XLSX roster")
    roster_import.add_argument("file", type=Path)
    roster_import.add_argument("--assembly", type=_assembly_name, metavar="NAME", help="assembly (created if missing)")
    roster_import.add_argument("--dry-run", action="store_true", help="report without writing")
    roster_import.add_argument("--json", action="store_true", help="print the report as JSON")
    roster_import.set_defaults(handler=_roster_import)
    _common_options(roster_import, top=False)
    roster_list = roster.add_parser("list", help="list the participants as JSON")
    roster_list.add_argument("--assembly", type=_assembly_name, metavar="NAME")
    roster_list.add_argument("--json", action="store_true", help="print JSON (the only format)")
    roster_list.set_defaults(handler=_roster_list)
    _common_options(roster_list, top=False)
    for module in (cli_accueil, cli_speaking, cli_rotation, cli_votes):
        module.add_commands(commands, lambda command: _common_options(command, top=False))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from facilitator.ui.app import run_gui

        return run_gui(db_path=args.db, basedir=args.basedir, demo=args.demo)
    if args.command == "self-test":
        from facilitator.ui.app import self_test

        return self_test(db_path=args.db, basedir=args.basedir)
    context = runtime.start(args.basedir)
    i18n.headless_application(context.settings().language)
    try:
        return run(args.handler, context, args)
    except EnvironmentProblem as problem:
        print(environment_text(problem), file=sys.stderr)
        return EXIT_ENVIRONMENT
    except AssemblyNotFound as error:
        print(_assembly_not_found_text(error), file=sys.stderr)
        return EXIT_NOT_FOUND


def _demo_create(context: runtime.Runtime, args: argparse.Namespace) -> int:
    path = args.db or context.paths.default_database
    db = context.open_database(path)
    try:
        create_demo(db, dt.date.today())
    except DemoAlreadyThere as error:
        print(
            QCoreApplication.translate("Cli", "The demo assembly is already in this database: {name}").format(
                name=error.args[0]
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    finally:
        db.dispose()
    print(QCoreApplication.translate("Cli", "Demo assembly written to {path}").format(path=path))
    return EXIT_OK


def _assembly_not_found_text(error: AssemblyNotFound) -> str:
    if error.name is None and not error.available:
        return QCoreApplication.translate("Cli", "This database has no assembly yet: name one with --assembly NAME.")
    if error.name is None:
        return QCoreApplication.translate(
            "Cli", "This database has several assemblies; choose one with --assembly: {names}"
        ).format(names=", ".join(error.available))
    return QCoreApplication.translate("Cli", 'No assembly is called "{name}". Assemblies: {names}').format(
        name=error.name, names=", ".join(error.available) or "—"
    )


def _roster_import(context: runtime.Runtime, args: argparse.Namespace) -> int:
    try:
        table = read_roster(args.file)
        mapping = guess_mapping(table.headers, context.settings().roster_columns)
        problem = check_mapping(table.headers, mapping)
        if problem is not None:
            raise RosterRefused(problem.code, **problem.params)
    except RosterRefused as refusal:
        print(problem_text(refusal.problem), file=sys.stderr)
        return EXIT_REFUSED
    path = args.db or context.paths.default_database
    if args.dry_run and not path.exists():
        plan = plan_import(table, mapping, [], [], dt.date.today().year)
        return _print_import_report(args, table, plan, imported=False)
    db = context.open_database(path, create=not args.dry_run)
    try:
        if args.dry_run:
            plan = preview_import(db, _existing_assembly(db, args.assembly), table, mapping, dt.date.today())
        else:
            target = args.assembly if args.assembly is not None else find_assembly(db, None)
            plan = import_roster(db, target, table, mapping, dt.date.today()).value.plan
    finally:
        db.dispose()
    return _print_import_report(args, table, plan, imported=not args.dry_run)


def _print_import_report(args: argparse.Namespace, table: RawTable, plan: ImportPlan, *, imported: bool) -> int:
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


def _roster_list(context: runtime.Runtime, args: argparse.Namespace) -> int:
    db: Database = context.open_database(args.db, create=False)
    try:
        people = list_participants(db, find_assembly(db, args.assembly))
    finally:
        db.dispose()
    print_json([participant_json(person) for person in people])
    return EXIT_OK
