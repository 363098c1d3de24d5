"""Command-line commands of an assembly's sessions: create one, list them."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from facilitator.app.runtime import Runtime
from facilitator.cli.arguments import Commands, command, group, parse_date, parse_time
from facilitator.cli.common import EXIT_OK, Cli, not_found, open_database, print_json
from facilitator.core.names import fold
from facilitator.services.assemblies.assemblies import find_assembly, list_sub_bodies
from facilitator.services.assemblies.sessions import SessionSummary, create_session, list_sessions


def add_commands(commands: Commands) -> None:
    session = group(commands, "session", "sessions (séances)")
    create = command(session, "create", "create a session", _create)
    create.add_argument("--assembly", metavar="NAME", help="assembly (default: the only one)")
    create.add_argument("--date", type=parse_date, required=True, metavar="YYYY-MM-DD")
    create.add_argument("--place", default="", metavar="TEXT")
    create.add_argument("--title", default="", metavar="TEXT")
    create.add_argument("--sub-body", metavar="NAME", help="only this sub-body is expected")
    slots = create.add_mutually_exclusive_group()
    slots.add_argument("--morning-only", action="store_true")
    slots.add_argument("--afternoon-only", action="store_true")
    create.add_argument("--starts-at", type=parse_time, default=dt.time(9, 0), metavar="HH:MM")
    create.add_argument("--json", action="store_true", help='print {"id": …}')
    listing = command(session, "list", "list the sessions as JSON", _list)
    listing.add_argument("--assembly", metavar="NAME")
    listing.add_argument("--json", action="store_true", help="print JSON (the only format)")


def session_json(summary: SessionSummary) -> dict[str, Any]:
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


def _create(context: Runtime, args: argparse.Namespace) -> int:
    with open_database(context, args) as db:
        assembly_id = find_assembly(db, args.assembly)
        sub_body_id = None
        if args.sub_body:
            found = [s.id for s in list_sub_bodies(db, assembly_id) if fold(s.name) == fold(args.sub_body)]
            if not found:
                return not_found(Cli.tr('No sub-body is called "{name}".').format(name=args.sub_body))
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
    if args.json:
        print_json({"id": str(session_id)})
    else:
        print(session_id)
    return EXIT_OK


def _list(context: Runtime, args: argparse.Namespace) -> int:
    with open_database(context, args) as db:
        sessions = list_sessions(db, find_assembly(db, args.assembly))
    print_json([session_json(summary) for summary in sessions])
    return EXIT_OK
