"""Command-line commands of the finance office: what each participant is paid (JSON, in
cents), the finance export (CSV or XLSX), and the documents for ``print``: the état liquidatif
and the états de frais."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator.app.clock import local_now
from facilitator.app.runtime import Runtime
from facilitator.cli.arguments import Commands, command, group, parse_id, parse_year
from facilitator.cli.common import EXIT_OK, Cli, Document, Scope, open_database, print_json, printed
from facilitator.core.cells import ExportFormat
from facilitator.core.indemnity.amounts import PersonAmounts
from facilitator.services.assemblies.assemblies import find_assembly
from facilitator.services.indemnity.statements import IndemnityReport, session_indemnities, year_indemnities
from facilitator.store.database import Database


def scope_options(parser: argparse.ArgumentParser, *, vote: bool = False) -> None:
    """What a figure or a document is for: one session, or a year of the assembly (or, for
    ``print pv``, one vote)."""
    scope = parser.add_mutually_exclusive_group(required=True)
    scope.add_argument("--session", type=parse_id, metavar="ID")
    scope.add_argument("--year", type=parse_year, metavar="YYYY")
    if vote:
        scope.add_argument("--vote", type=parse_id, metavar="ID", help="pv: the vote whose count it records")
        parser.add_argument("--test", action="store_true", help="pv: the rehearsal's count")
    parser.add_argument("--assembly", metavar="NAME", help="with --year: the assembly (default: the only one)")


def add_commands(commands: Commands) -> None:
    indemnity = command(commands, "indemnity", "what each participant is paid, in cents", _indemnity)
    scope_options(indemnity)
    indemnity.add_argument("--json", action="store_true", help="print JSON (the only format)")
    finance = command(
        group(commands, "export", "export figures"), "indemnity", "the finance export (CSV or XLSX)", _export
    )
    scope_options(finance)
    finance.add_argument("--format", choices=[kind.value for kind in ExportFormat], required=True)
    finance.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")


def _report(db: Database, args: argparse.Namespace) -> IndemnityReport:
    if args.session is not None:
        return session_indemnities(db, args.session)
    return year_indemnities(db, find_assembly(db, args.assembly), args.year)


def _read_report(context: Runtime, args: argparse.Namespace) -> IndemnityReport:
    with open_database(context, args) as db:
        return _report(db, args)


def _amounts_json(amounts: PersonAmounts) -> dict[str, Any]:
    return {
        "units": str(amounts.units.normalize()),
        "gross": amounts.gross_cents,
        "deductions": amounts.deduction_cents,
        "net": amounts.net_cents,
        "km": sum(item.km for item in amounts.sessions),
        "km_allowance": amounts.km_allowance_cents,
        "tickets": amounts.ticket_cents,
        "travel": amounts.travel_cents,
        "child_care": amounts.childcare_cents,
        "total": amounts.total_cents,
        "sessions": [
            {
                "session": str(item.session_id),
                "date": item.date.isoformat(),
                "morning": item.counted.morning,
                "afternoon": item.counted.afternoon,
                "gross": item.gross_cents,
                "total": item.total_cents,
            }
            for item in amounts.sessions
        ],
    }


def _indemnity(context: Runtime, args: argparse.Namespace) -> int:
    report = _read_report(context, args)
    print_json(
        {
            "currency": "EUR",
            "amounts_in": "cents",
            "people": [
                {
                    "participant": str(line.participant.id),
                    "badge_number": line.participant.badge_number,
                    "name": line.participant.details.display_name,
                    "role": line.participant.details.role.value,
                    **_amounts_json(line.amounts),
                }
                for line in report.lines
            ],
            "total": report.total("total_cents"),
        }
    )
    return EXIT_OK


def _export(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.indemnity.export import export_indemnities

    report = _read_report(context, args)
    count = export_indemnities(report, args.output, ExportFormat(args.format))
    print(Cli.tr("%n person(s) exported to {path}.", "", count).format(path=args.output))
    return EXIT_OK


def _statement(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.indemnity.documents import print_indemnity_statement

    with open_database(context, args) as db:
        report = _report(db, args)
        if report.lines:
            print_indemnity_statement(db, report, args.output, local_now())
    return printed(args.output, len(report.lines))


def _travel(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.indemnity.documents import print_travel_statements

    with open_database(context, args) as db:
        count = print_travel_statements(db, _report(db, args), args.output, local_now())
    return printed(args.output, count)


DOCUMENTS = {
    "indemnity": Document(_statement, Scope.SESSION_OR_YEAR),
    "travel": Document(_travel, Scope.SESSION_OR_YEAR),
}
