"""Command-line commands of synchronisation: a bundle of this laptop's changes written for a USB
stick, and a bundle read and applied (``sync export``, ``sync import``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.app.runtime import Runtime
from facilitator.cli.arguments import Commands, command, group
from facilitator.cli.common import EXIT_OK, Cli, print_json, written
from facilitator.core.sync import ApplyReport, Outcome
from facilitator.services.sync.bundles import export_bundle, import_bundle


def add_commands(commands: Commands) -> None:
    sync = group(commands, "sync", "synchronisation with other laptops")
    exporting = command(sync, "export", "write every change this laptop holds to a bundle file", _export)
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exporting.add_argument("--json", action="store_true")
    importing = command(sync, "import", "apply a bundle file written by another laptop", _import)
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--json", action="store_true")


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
