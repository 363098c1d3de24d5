"""Command-line commands of the sign-in desk: record someone's arrival (and departure), and
the desk's documents for ``print``: badges, the feuille d'émargement, the attestation de
présence.

The documents' modules (reportlab) are imported by the commands that print: every start of
the application goes through the command line, the window's included.
"""

from __future__ import annotations

import argparse
import datetime as dt

from facilitator.app.clock import local_now
from facilitator.app.runtime import Runtime
from facilitator.cli.arguments import Commands, command, group, parse_id, parse_time
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
from facilitator.services.assemblies.assemblies import find_assembly
from facilitator.services.assemblies.sessions import get_session
from facilitator.services.attendance import desk
from facilitator.services.roster.participants import find_participant


def add_commands(commands: Commands) -> None:
    record = command(
        group(commands, "attendance", "arrivals and departures"),
        "record",
        "record someone's arrival (and departure)",
        _record,
    )
    record.add_argument("--session", type=parse_id, required=True, metavar="ID")
    record.add_argument("--participant", required=True, metavar="WHO", help='id, badge number or "Prénom Nom"')
    record.add_argument("--arrival", type=parse_time, required=True, metavar="HH:MM")
    record.add_argument("--departure", type=parse_time, metavar="HH:MM")
    record.add_argument("--note", default="", metavar="TEXT", help="a correction's reason (kept with it)")
    record.add_argument("--json", action="store_true")


def _record(context: Runtime, args: argparse.Namespace) -> int:
    if args.departure is not None and args.departure < args.arrival:
        return refuse(Cli.tr("The departure is before the arrival: nothing recorded."))
    with open_database(context, args) as db:
        try:
            summary = get_session(db, args.session)
            person = find_participant(db, summary.assembly_id, args.participant)
            arrival = dt.datetime.combine(summary.date, args.arrival)
            departure = dt.datetime.combine(summary.date, args.departure) if args.departure is not None else None
            presence = desk.record_attendance(db, summary.id, person.id, arrival, departure, args.note).value
        except desk.NotHere:
            return refuse(
                Cli.tr("{name} is not in the room at that time: nothing recorded.").format(name=args.participant)
            )
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


def _badges(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.attendance.documents import print_badges

    with open_database(context, args) as db:
        count = print_badges(db, args.session, args.output, local_now()).value
    return printed(args.output, count)


def _sheet(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.attendance.documents import print_attendance_sheet

    with open_database(context, args) as db:
        blank = args.blank or not desk.load_session_attendance(db, args.session).events
        count = print_attendance_sheet(db, args.session, args.output, local_now(), filled=not blank)
    return printed(args.output, count)


def _certificate(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.attendance.documents import print_attendance_certificate

    if not args.participant:
        return refuse(Cli.tr("Whose attestation? Give --participant WHO."))
    with open_database(context, args) as db:
        if args.session is not None:
            summary = get_session(db, args.session)
            assembly_id, start, end = summary.assembly_id, summary.date, summary.date
        else:
            assembly_id = find_assembly(db, args.assembly)
            start, end = dt.date(args.year, 1, 1), dt.date(args.year, 12, 31)
        person = find_participant(db, assembly_id, args.participant)
        count = print_attendance_certificate(db, person.id, start, end, args.output, local_now())
    return printed(args.output, count)


DOCUMENTS = {
    "badges": Document(_badges, Scope.SESSION),
    "attendance": Document(_sheet, Scope.SESSION),
    "certificate": Document(_certificate, Scope.SESSION_OR_YEAR),
}
