"""The command line: the window by default, and headless commands for scripts and tests.

Each workspace adds its commands (``cli.roster``, ``cli.attendance``…) and the documents it
prints with ``print``; ``cli.arguments`` holds the options and argument types they share,
``cli.common`` the mapping of what went wrong to a French message and an exit code.

This package never imports QtWidgets (a test checks): commands that only read or write the
database must run on a server without a display. The window and ``self-test`` load the
widgets lazily.
"""

from __future__ import annotations

# SQLAlchemy before PySide6: once imported, PySide6 sends every later import through a hook of
# its own, which makes SQLAlchemy's hundreds of modules markedly slower to load at start-up.
import sqlalchemy.orm  # noqa: F401  # isort: skip

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from facilitator import __version__
from facilitator.app import i18n, runtime
from facilitator.app.runtime import Runtime
from facilitator.cli import (
    assemblies,
    attendance,
    central,
    demo,
    indemnity,
    room,
    roster,
    rotation,
    speaking,
    sync,
    voting,
)
from facilitator.cli.arguments import Commands, command, database_options
from facilitator.cli.common import Cli, Document, Scope, refuse, run
from facilitator.cli.indemnity import scope_options

EXIT_PIPE_CLOSED = 128 + 13
"""What a shell reports for a process that SIGPIPE ended."""

DOCUMENTS: dict[str, Document] = {
    **attendance.DOCUMENTS,
    **indemnity.DOCUMENTS,
    **rotation.DOCUMENTS,
    **voting.DOCUMENTS,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="facilitator", description="Run a citizens' assembly's plenary day.")
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument("--demo", action="store_true", help="open a fresh fictional demo assembly")
    database_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    database_options(commands.add_parser("self-test", help="open the database and build the window offscreen"))
    for workspace in (demo, roster, assemblies, attendance, indemnity, speaking, rotation, voting, sync, room, central):
        workspace.add_commands(commands)
    _print_command(commands)
    return parser


def _print_command(commands: Commands) -> None:
    printing = command(commands, "print", "print a document to PDF", _print)
    printing.add_argument("document", choices=list(DOCUMENTS))
    scope_options(printing, vote=True)
    printing.add_argument("--blank", action="store_true", help="attendance: the blank sheet, to sign")
    printing.add_argument("--participant", metavar="WHO", help="certificate: whose")
    printing.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


def _print(context: Runtime, args: argparse.Namespace) -> int:
    """The document's workspace prints it, once its scope is the one it is printed for."""
    document = DOCUMENTS[args.document]
    if (document.scope is Scope.VOTE) != (args.vote is not None):
        return refuse(Cli.tr("The procès-verbal, and only it, is printed for a vote: give pv --vote ID."))
    if document.scope is Scope.SESSION and args.session is None:
        return refuse(Cli.tr("This document is printed for one session: give --session ID."))
    return document.write(context, args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run what the command line asks. A reader that stops early (``| head``) closes the pipe:
    the command then ends quietly, as Unix tools do, with the status of a process that
    SIGPIPE ended, and what it still had to print goes nowhere."""
    try:
        status = _run(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE_CLOSED
    return status


def _run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from facilitator.ui.app import run_gui

        return run_gui(db_path=args.db, basedir=args.basedir, demo=args.demo)
    if args.command == "self-test":
        from facilitator.ui.app import self_test

        return self_test(db_path=args.db, basedir=args.basedir)
    context = runtime.start(args.basedir)
    i18n.headless_application(context.settings().language)
    return run(args.handler, context, args)
