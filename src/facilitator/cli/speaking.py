"""Command-line commands of speaking time: the session's report as JSON, PDF or CSV.

Headless (no QtWidgets); the printing modules are loaded by the command that prints.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.app.clock import local_now, posix_seconds
from facilitator.app.runtime import Runtime
from facilitator.cli.arguments import Commands, command, group, parse_id
from facilitator.cli.common import EXIT_OK, open_database, print_json, written


def add_commands(commands: Commands) -> None:
    report = command(
        group(commands, "speaking", "speaking time"),
        "report",
        "who spoke how long: per person, role, gender and phase",
        _report,
    )
    report.add_argument("--session", type=parse_id, required=True, metavar="ID")
    output = report.add_mutually_exclusive_group(required=True)
    output.add_argument("--json", action="store_true", help="print the figures as JSON (seconds)")
    output.add_argument("--pdf", type=Path, metavar="FILE", help="write the report with its charts")
    output.add_argument("--csv", type=Path, metavar="FILE", help="write the figures for a spreadsheet")


def _report(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.speaking import report as speaking_report

    now = local_now()
    with open_database(context, args) as db:
        if args.json:
            print_json(
                speaking_report.report_json(speaking_report.speaking_summary(db, args.session, posix_seconds(now)))
            )
            return EXIT_OK
        if args.pdf is not None:
            speaking_report.print_speaking_report(db, args.session, args.pdf, now)
            path = args.pdf
        else:
            speaking_report.export_speaking_csv(db, args.session, args.csv, now)
            path = args.csv
    return written(path)
