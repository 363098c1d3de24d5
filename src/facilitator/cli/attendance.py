"""Command-line commands of the sign-in desk and the finance office: sessions, attendance,
indemnities, printed documents and the finance export.

Headless like the rest of the command line (no QtWidgets). Each handler returns an exit
code; errors that concern the user's input are printed in French on stderr. The documents'
and the export's modules (reportlab, openpyxl) are imported by the commands that use them:
every start of the application goes through this module, the window's included.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from facilitator.app import runtime
from facilitator.cli.common import EXIT_NOT_FOUND, EXIT_OK, EXIT_REFUSED, Cli, parse_id, print_json
from facilitator.cli.voting import print_minutes_command
from facilitator.core.cells import ExportFormat
from facilitator.core.indemnity.amounts import PersonAmounts
from facilitator.core.rotation.setup import RotationRefused
from facilitator.services.assemblies.assemblies import find_assembly, list_sub_bodies
from facilitator.services.assemblies.sessions import (
    SessionNotFound,
    SessionSummary,
    create_session,
    get_session,
    list_sessions,
)
from facilitator.services.attendance import desk
from facilitator.services.indemnity.statements import IndemnityReport, session_indemnities, year_indemnities
from facilitator.services.roster.participants import AmbiguousParticipant, ParticipantNotFound, find_participant
from facilitator.store.database import Database
from facilitator.text.messages import rotation_text

Handler = Callable[[runtime.Runtime, argparse.Namespace], int]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from error


def _time(text: str) -> dt.time:
    try:
        hours, minutes = text.split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a time HH:MM: {text!r}") from error


def _year(text: str) -> int:
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"not a year YYYY: {text!r}")
    return int(text)


def add_commands(commands: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add the desk's and the finance office's commands to the parser's subcommands."""
    session = commands.add_parser("session", help="sessions (séances)").add_subparsers(
        dest="session_command", required=True
    )
    create = session.add_parser("create", help="create a session")
    create.add_argument("--assembly", metavar="NAME", help="assembly (default: the only one)")
    create.add_argument("--date", type=_date, required=True, metavar="YYYY-MM-DD")
    create.add_argument("--place", default="", metavar="TEXT")
    create.add_argument("--title", default="", metavar="TEXT")
    create.add_argument("--sub-body", metavar="NAME", help="only this sub-body is expected")
    slots = create.add_mutually_exclusive_group()
    slots.add_argument("--morning-only", action="store_true")
    slots.add_argument("--afternoon-only", action="store_true")
    create.add_argument("--starts-at", type=_time, default=dt.time(9, 0), metavar="HH:MM")
    create.add_argument("--json", action="store_true", help='print {"id": …}')
    create.set_defaults(handler=_session_create)
    common(create)
    listing = session.add_parser("list", help="list the sessions as JSON")
    listing.add_argument("--assembly", metavar="NAME")
    listing.add_argument("--json", action="store_true", help="print JSON (the only format)")
    listing.set_defaults(handler=_session_list)
    common(listing)

    attendance = commands.add_parser("attendance", help="arrivals and departures").add_subparsers(
        dest="attendance_command", required=True
    )
    record = attendance.add_parser("record", help="record someone's arrival (and departure)")
    record.add_argument("--session", type=parse_id, required=True, metavar="ID")
    record.add_argument("--participant", required=True, metavar="WHO", help='id, badge number or "Prénom Nom"')
    record.add_argument("--arrival", type=_time, required=True, metavar="HH:MM")
    record.add_argument("--departure", type=_time, metavar="HH:MM")
    record.add_argument("--note", default="", metavar="TEXT", help="a correction's reason (kept with it)")
    record.add_argument("--json", action="store_true")
    record.set_defaults(handler=_attendance_record)
    common(record)

    indemnity = commands.add_parser("indemnity", help="what each participant is paid, in cents")
    _scope_options(indemnity)
    indemnity.add_argument("--json", action="store_true", help="print JSON (the only format)")
    indemnity.set_defaults(handler=_indemnity)
    common(indemnity)

    printing = commands.add_parser("print", help="print a document to PDF")
    printing.add_argument(
        "document",
        choices=["badges", "attendance", "indemnity", "travel", "certificate", "tables", "itineraries", "pv"],
    )
    _scope_options(printing, vote=True)
    printing.add_argument("--blank", action="store_true", help="attendance: the blank sheet, to sign")
    printing.add_argument("--participant", metavar="WHO", help="certificate: whose")
    printing.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    printing.set_defaults(handler=_print)
    common(printing)

    export = commands.add_parser("export", help="export figures").add_subparsers(dest="export_command", required=True)
    finance = export.add_parser("indemnity", help="the finance export (CSV or XLSX)")
    _scope_options(finance)
    finance.add_argument("--format", choices=[kind.value for kind in ExportFormat], required=True)
    finance.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    finance.set_defaults(handler=_export)
    common(finance)


def _scope_options(parser: argparse.ArgumentParser, *, vote: bool = False) -> None:
    scope = parser.add_mutually_exclusive_group(required=True)
    scope.add_argument("--session", type=parse_id, metavar="ID")
    scope.add_argument("--year", type=_year, metavar="YYYY")
    if vote:
        scope.add_argument("--vote", type=parse_id, metavar="ID", help="pv: the vote whose count it records")
        parser.add_argument("--test", action="store_true", help="pv: the rehearsal's count")
    parser.add_argument("--assembly", metavar="NAME", help="with --year: the assembly (default: the only one)")


def _open(context: runtime.Runtime, args: argparse.Namespace) -> Database:
    return context.open_database(args.db, create=False)


def _not_found(text: str) -> int:
    print(text, file=sys.stderr)
    return EXIT_NOT_FOUND


def run(handler: Handler, context: runtime.Runtime, args: argparse.Namespace) -> int:
    """Run a handler, turning lookups that fail into a French message and exit code 5."""
    try:
        return handler(context, args)
    except SessionNotFound:
        return _not_found(
            QCoreApplication.translate("Cli", "No session has this id: {id}").format(id=getattr(args, "session", ""))
        )
    except AmbiguousParticipant as error:
        return _not_found(
            QCoreApplication.translate("Cli", 'Several people are called "{who}": give a badge number.').format(
                who=error.args[0]
            )
        )
    except ParticipantNotFound as error:
        return _not_found(
            QCoreApplication.translate("Cli", "Nobody of the assembly answers to: {who}").format(who=error.args[0])
        )


# Sessions ---------------------------------------------------------------------------------


def _session_json(summary: SessionSummary) -> dict[str, Any]:
    return {
        "id": str(summary.id),
        "date": summary.date.isoformat(),
        "title": summary.title,
        "place": summary.place,
        "sub_body": summary.sub_body,
        "morning": summary.morning,
        "afternoon": summary.afternoon,
        "starts_at": summary.starts_at.strftime("%H:%M"),
    }


def _session_create(context: runtime.Runtime, args: argparse.Namespace) -> int:
    db = _open(context, args)
    try:
        assembly_id = find_assembly(db, args.assembly)
        sub_body_id = None
        if args.sub_body:
            found = [s.id for s in list_sub_bodies(db, assembly_id) if s.name.casefold() == args.sub_body.casefold()]
            if not found:
                return _not_found(
                    QCoreApplication.translate("Cli", 'No sub-body is called "{name}".').format(name=args.sub_body)
                )
            sub_body_id = found[0]
        session_id = create_session(
            db,
            assembly_id,
            args.date,
            args.title,
            args.place,
            sub_body_id,
            morning=not args.afternoon_only,
            afternoon=not args.morning_only,
            starts_at=args.starts_at,
        ).value
    finally:
        db.dispose()
    if args.json:
        print_json({"id": str(session_id)})
    else:
        print(session_id)
    return EXIT_OK


def _session_list(context: runtime.Runtime, args: argparse.Namespace) -> int:
    db = _open(context, args)
    try:
        sessions = list_sessions(db, find_assembly(db, args.assembly))
    finally:
        db.dispose()
    print_json([_session_json(summary) for summary in sessions])
    return EXIT_OK


# Attendance -------------------------------------------------------------------------------


def _attendance_record(context: runtime.Runtime, args: argparse.Namespace) -> int:
    if args.departure is not None and args.departure < args.arrival:
        print(Cli.tr("The departure is before the arrival: nothing recorded."), file=sys.stderr)
        return EXIT_REFUSED
    db = _open(context, args)
    try:
        summary = get_session(db, args.session)
        person = find_participant(db, summary.assembly_id, args.participant)
        arrival = dt.datetime.combine(summary.date, args.arrival)
        departure = dt.datetime.combine(summary.date, args.departure) if args.departure is not None else None
        presence = desk.record_attendance(db, summary.id, person.id, arrival, departure, args.note).value
    except desk.NotHere:
        print(
            Cli.tr("{name} is not in the room at that time: nothing recorded.").format(name=args.participant),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    finally:
        db.dispose()
    result = {
        "participant": str(person.id),
        "name": person.details.display_name,
        "arrival": presence.arrived_at.strftime("%H:%M"),
        "departure": presence.departed_at.strftime("%H:%M") if presence.departed_at else None,
    }
    if args.json:
        print_json(result)
    else:
        print(f"{result['name']}: {result['arrival']} – {result['departure'] or '…'}")
    return EXIT_OK


# Indemnities, documents, export --------------------------------------------------------------


def _report(db: Database, args: argparse.Namespace) -> IndemnityReport:
    if args.session is not None:
        return session_indemnities(db, args.session)
    return year_indemnities(db, find_assembly(db, args.assembly), args.year)


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


def _read_report(context: runtime.Runtime, args: argparse.Namespace) -> IndemnityReport:
    db = _open(context, args)
    try:
        return _report(db, args)
    finally:
        db.dispose()


def _indemnity(context: runtime.Runtime, args: argparse.Namespace) -> int:
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


def _print(context: runtime.Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.attendance import documents
    from facilitator.services.indemnity import documents as indemnity_documents

    if (args.document == "pv") != (args.vote is not None):
        print(
            QCoreApplication.translate(
                "Cli", "The procès-verbal, and only it, is printed for a vote: give pv --vote ID."
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    if args.document == "pv":
        return print_minutes_command(context, args)
    db = _open(context, args)
    now = dt.datetime.now()
    try:
        if args.document in ("badges", "attendance", "tables", "itineraries") and args.session is None:
            print(
                QCoreApplication.translate("Cli", "This document is printed for one session: give --session ID."),
                file=sys.stderr,
            )
            return EXIT_REFUSED
        if args.document == "badges":
            count = documents.print_badges(db, args.session, args.output, now).value
        elif args.document == "attendance":
            blank = args.blank or not desk.load_session_attendance(db, args.session).events
            count = documents.print_attendance_sheet(db, args.session, args.output, now, filled=not blank)
        elif args.document == "certificate":
            count = _print_certificate(db, args, now)
        elif args.document in ("tables", "itineraries"):
            count = _print_groups(db, args, now)
        else:
            report = _report(db, args)
            if args.document == "indemnity":
                indemnity_documents.print_indemnity_statement(db, report, args.output, now)
                count = len(report.lines)
            else:
                count = indemnity_documents.print_travel_statements(db, report, args.output, now)
    finally:
        db.dispose()
    if count == 0:
        print(QCoreApplication.translate("Cli", "Nothing to print: no file was written."), file=sys.stderr)
        return EXIT_REFUSED
    print(QCoreApplication.translate("Cli", "{path} written.").format(path=args.output))
    return EXIT_OK


def _print_groups(db: Database, args: argparse.Namespace, now: dt.datetime) -> int:
    from facilitator.services.rotation import documents as rotation_documents

    printer = (
        rotation_documents.print_table_cards if args.document == "tables" else rotation_documents.print_itinerary_slips
    )
    try:
        return printer(db, args.session, args.output, now)
    except RotationRefused as refused:
        print(rotation_text(refused.problem), file=sys.stderr)
        return 0


def _print_certificate(db: Database, args: argparse.Namespace, now: dt.datetime) -> int:
    from facilitator.services.attendance.documents import print_attendance_certificate

    if not args.participant:
        print(QCoreApplication.translate("Cli", "Whose attestation? Give --participant WHO."), file=sys.stderr)
        return 0
    if args.session is not None:
        summary = get_session(db, args.session)
        assembly_id, start, end = summary.assembly_id, summary.date, summary.date
    else:
        assembly_id = find_assembly(db, args.assembly)
        start, end = dt.date(args.year, 1, 1), dt.date(args.year, 12, 31)
    person = find_participant(db, assembly_id, args.participant)
    return print_attendance_certificate(db, person.id, start, end, args.output, now)


def _export(context: runtime.Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.indemnity.export import export_indemnities

    report = _read_report(context, args)
    count = export_indemnities(report, args.output, ExportFormat(args.format))
    print(Cli.tr("%n person(s) exported to {path}.", "", count).format(path=args.output))
    return EXIT_OK
