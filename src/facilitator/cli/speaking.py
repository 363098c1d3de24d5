"""Command-line commands of speaking time: the session's report as JSON, PDF or CSV.

Headless (no QtWidgets); the printing modules are loaded by the command that prints.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facilitator.app import runtime
from facilitator.cli.common import EXIT_OK, Cli, parse_id, print_json


def add_commands(commands: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    speaking = commands.add_parser("speaking", help="speaking time").add_subparsers(
        dest="speaking_command", required=True
    )
    report = speaking.add_parser("report", help="who spoke how long: per person, role, gender and phase")
    report.add_argument("--session", type=parse_id, required=True, metavar="ID")
    output = report.add_mutually_exclusive_group(required=True)
    output.add_argument("--json", action="store_true", help="print the figures as JSON (seconds)")
    output.add_argument("--pdf", type=Path, metavar="FILE", help="write the report with its charts")
    output.add_argument("--csv", type=Path, metavar="FILE", help="write the figures for a spreadsheet")
    report.set_defaults(handler=_report)
    common(report)


def _report(context: runtime.Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.speaking import report as speaking_report

    db = context.open_database(args.db, create=False)
    now = dt.datetime.now()
    try:
        if args.json:
            print_json(speaking_report.report_json(speaking_report.speaking_summary(db, args.session, now.timestamp())))
            return EXIT_OK
        if args.pdf is not None:
            speaking_report.print_speaking_report(db, args.session, args.pdf, now)
            written = args.pdf
        else:
            speaking_report.export_speaking_csv(db, args.session, args.csv, now)
            written = args.csv
    finally:
        db.dispose()
    print(Cli.tr("{path} written.").format(path=written))
    return EXIT_OK
