"""Command-line commands of synchronisation: linking this laptop to the sync service, a sync
with it, its state (``sync enrol``, ``sync run``, ``sync status``), and a bundle of this
laptop's changes written for a USB stick and read back (``sync export``, ``sync import``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from facilitator.app.runtime import Runtime
from facilitator.cli.arguments import Commands, command, group
from facilitator.cli.common import EXIT_OK, Cli, print_json, written
from facilitator.core.sync import ApplyReport, Outcome
from facilitator.services.roster.duplicates import Record, possible_twins, shared_badges
from facilitator.services.sync.bundles import export_bundle, import_bundle
from facilitator.services.sync.conflicts import field_conflicts
from facilitator.services.sync.link import link_state, read_link
from facilitator.store.database import Database
from facilitator.sync.client import SyncClient
from facilitator.sync.run import enrol, run_sync
from facilitator.sync.tokens import load_token


def add_commands(commands: Commands) -> None:
    sync = group(commands, "sync", "synchronisation with other laptops")
    enrolling = command(sync, "enrol", "link this laptop to the sync service with a one-time code", _enrol)
    enrolling.add_argument("--server", required=True, metavar="ADDRESS", help="https://… (http:// only on loopback)")
    enrolling.add_argument("--code", required=True)
    enrolling.add_argument(
        "--print-token",
        action="store_true",
        help="print the token instead of keeping it in the keyring (then give it in FACILITATOR_SYNC_TOKEN)",
    )
    enrolling.add_argument("--json", action="store_true")
    running = command(sync, "run", "push this laptop's changes, pull the others', check both sides agree", _run)
    running.add_argument(
        "--assembly", action="append", default=[], metavar="NAME", help="also hold this assembly of the server"
    )
    running.add_argument("--json", action="store_true")
    status = command(sync, "status", "this laptop's link and what waits to leave", _status)
    status.add_argument("--json", action="store_true")
    exporting = command(sync, "export", "write every change this laptop holds to a bundle file", _export)
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exporting.add_argument("--json", action="store_true")
    importing = command(sync, "import", "apply a bundle file written by another laptop", _import)
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--json", action="store_true")


def _enrol(context: Runtime, args: argparse.Namespace) -> int:
    with context.open_database(args.db) as db:
        link, token = enrol(db, args.server, args.code, keep_token=not args.print_token)
    if args.print_token:
        print(token)
    elif args.json:
        print_json({"device": link.device_name, "server": link.server, "store": link.store})
    else:
        print(Cli.tr('Linked to {server} as "{device}".').format(server=link.server, device=link.device_name))
    return EXIT_OK


def _run(context: Runtime, args: argparse.Namespace) -> int:
    with context.open_database(args.db) as db:
        link = read_link(db)
        with SyncClient(link.server, load_token(link.store, db.device_id)) as client:
            report = run_sync(db, client, wanted=args.assembly).value
        attention = attention_json(db)
    if report.clock_off:
        print(
            Cli.tr("Warning: this computer's clock is {minutes} minutes off the server's.").format(
                minutes=round(report.skew.total_seconds() / 60)
            ),
            file=sys.stderr,
        )
    if args.json:
        output = report.as_json()
        output["needs_attention"] += attention
        print_json(output)
    else:
        print(
            Cli.tr("{pushed} changes sent, {pulled} received; {state}").format(
                pushed=report.pushed,
                pulled=report.pulled.count(Outcome.APPLIED),
                state=Cli.tr("everything is up to date.") if report.in_step else Cli.tr("not yet in step."),
            )
        )
    return EXIT_OK


def attention_json(db: Database) -> list[dict[str, Any]]:
    """What needs a person once synced, as the Synchronisation workspace lists it."""
    items: list[dict[str, Any]] = [
        {"kind": "same_person", "assembly": twins.assembly, "records": [_record(twins.first), _record(twins.second)]}
        for twins in possible_twins(db)
    ]
    items += [
        {"kind": "badge_number_twice", "assembly": badge.assembly, "number": badge.number,
         "records": [_record(person) for person in badge.people]}
        for badge in shared_badges(db)
    ]  # fmt: skip
    items += [
        {
            "kind": "field_edited_twice",
            "entity": conflict.entity,
            "id": str(conflict.entity_id),
            "record": conflict.record,
            "field": conflict.field,
            "kept": conflict.kept.value,
            "replaced": conflict.other.value,
        }
        for conflict in field_conflicts(db)
    ]
    return items


def _record(record: Record) -> dict[str, Any]:
    return {"id": str(record.id), "name": record.name, "badge_number": record.badge_number}


def _status(context: Runtime, args: argparse.Namespace) -> int:
    with context.open_database(args.db, create=False) as db:
        found = link_state(db)
        link, pending = found.link, found.pending
        device = db.device_id
    state = {
        "device": device,
        "device_name": link.device_name if link else None,
        "server": link.server if link else None,
        "pending": pending,
        "last_sync": link.last_sync.isoformat() if link and link.last_sync else None,
        "in_step": bool(link.last_outcome.get("in_step")) if link else False,
    }
    if args.json:
        print_json(state)
    else:
        for key, value in state.items():
            print(f"{key}: {'-' if value is None else value}")
    return EXIT_OK


def _export(context: Runtime, args: argparse.Namespace) -> int:
    with context.open_database(args.db, create=False) as db:
        count = export_bundle(db, args.output)
    if args.json:
        print_json({"changes": count, "file": str(args.output)})
        return EXIT_OK
    return written(args.output)


def _import(context: Runtime, args: argparse.Namespace) -> int:
    with context.open_database(args.db) as db:
        report = import_bundle(db, args.file).value
    if args.json:
        print_json(report_json(report))
    else:
        print(
            Cli.tr("{applied} changes applied, {known} already here, {rejected} rejected.").format(
                applied=report.count(Outcome.APPLIED),
                known=report.count(Outcome.ALREADY_THERE),
                rejected=report.count(Outcome.REJECTED),
            )
        )
    return EXIT_OK


def report_json(report: ApplyReport) -> dict[str, object]:
    return {
        "applied": report.count(Outcome.APPLIED),
        "already_there": report.count(Outcome.ALREADY_THERE),
        "rejected": [
            {
                "change": str(item.change.id),
                "entity": item.change.entity,
                "entity_id": str(item.change.entity_id),
                "reason": str(item.rejection),
                "detail": item.detail,
            }
            for item in report.rejected()
        ],
    }
