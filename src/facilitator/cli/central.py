"""The town hall's side of synchronisation: the central store's schema and devices
(``central init``, ``central add-device``, ``central revoke``, ``central devices``) and the sync
service in front of it (``server``). None of these needs a laptop's database."""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from pathlib import Path

import qrcode

from facilitator.app.runtime import Runtime
from facilitator.cli.arguments import Commands, command, group, number_between
from facilitator.cli.common import EXIT_OK, Cli, print_json, refuse
from facilitator.services.assemblies.assemblies import find_assembly
from facilitator.services.sync.devices import add_device, ensure_store, list_devices, revoke_device, store_id
from facilitator.store.opening import open_central
from facilitator.sync.protocol import is_loopback
from facilitator.sync.server import SyncService, listening_socket, make_server

DEFAULT_PORT = 8765


def add_commands(commands: Commands) -> None:
    central = group(commands, "central", "the town hall's central store (PostgreSQL)")
    init = command(central, "init", "create or upgrade the central store's schema", _init)
    _central_option(init)
    adding = command(central, "add-device", "register a laptop and give its one-time enrolment code", _add_device)
    _central_option(adding)
    adding.add_argument("--name", required=True, help="the laptop's name, as people call it (« Accueil 2 »)")
    adding.add_argument(
        "--assembly", action="append", default=[], metavar="NAME", help="keep the laptop to this assembly"
    )
    adding.add_argument("--server", metavar="ADDRESS", help="the service's address, put in the QR code")
    adding.add_argument("--json", action="store_true")
    revoking = command(central, "revoke", "refuse a laptop's token from now on", _revoke)
    _central_option(revoking)
    revoking.add_argument("--name", required=True)
    listing = command(central, "devices", "list the registered laptops", _devices)
    _central_option(listing)
    listing.add_argument("--json", action="store_true")

    server = command(commands, "server", "run the sync service in front of the central store", _server)
    _central_option(server)
    server.add_argument("--host", default="127.0.0.1", help="without --cert, only 127.0.0.1 or ::1")
    server.add_argument("--port", type=number_between(0, 65535), default=DEFAULT_PORT)
    server.add_argument("--cert", type=Path, metavar="FILE", help="TLS certificate (PEM)")
    server.add_argument("--key", type=Path, metavar="FILE", help="its private key (PEM)")


def _central_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--central", required=True, metavar="URL", help="postgresql://user@host/database")


def _init(_context: Runtime, args: argparse.Namespace) -> int:
    with open_central(args.central, upgrade=True) as db:
        store = ensure_store(db)
    print(Cli.tr("The central store {store} is ready.").format(store=store))
    return EXIT_OK


def _add_device(_context: Runtime, args: argparse.Namespace) -> int:
    with open_central(args.central) as db:
        assemblies = [find_assembly(db, name) for name in args.assembly]
        enrolment = add_device(db, args.name, assemblies)
    if args.json:
        print_json({"device": enrolment.device, "code": enrolment.code, "expires": enrolment.expires.isoformat()})
        return EXIT_OK
    print(
        Cli.tr('Enrolment code of "{device}": {code} (valid until {expires}, once).').format(
            device=enrolment.device, code=enrolment.code, expires=enrolment.expires.strftime("%d/%m/%Y %H:%M")
        )
    )
    picture = qrcode.QRCode(border=1)
    picture.add_data(enrolment_text(args.server, enrolment.code))
    text = io.StringIO()
    picture.print_ascii(out=text)
    print(text.getvalue())
    return EXIT_OK


def enrolment_text(server: str | None, code: str) -> str:
    """What the QR code of an enrolment holds: the code, after the service's address if known."""
    return f"{server} {code}" if server else code


def _revoke(_context: Runtime, args: argparse.Namespace) -> int:
    with open_central(args.central) as db:
        revoke_device(db, args.name)
    print(Cli.tr('"{device}" can no longer synchronise.').format(device=args.name))
    return EXIT_OK


def _devices(_context: Runtime, args: argparse.Namespace) -> int:
    with open_central(args.central) as db:
        devices = list_devices(db)
    rows = [
        {
            "name": device.name,
            "enrolled": device.enrolled.isoformat() if device.enrolled else None,
            "revoked": device.revoked.isoformat() if device.revoked else None,
        }
        for device in devices
    ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['name']}\t{row['enrolled'] or '-'}\t{row['revoked'] or '-'}")
    return EXIT_OK


def _server(_context: Runtime, args: argparse.Namespace) -> int:
    if (args.cert is None) != (args.key is None):
        return refuse(Cli.tr("Give both --cert and --key, or neither."))
    if args.cert is None and not is_loopback(args.host):
        return refuse(
            Cli.tr(
                "Without a certificate the service listens only on this computer (127.0.0.1 or ::1): "
                "give --cert and --key, or put it behind the town hall's reverse proxy."
            )
        )
    _log_to_stderr()
    with open_central(args.central) as db:
        service = SyncService(db, store_id(db))
        sock = listening_socket(args.host, args.port)
        host, port = sock.getsockname()[:2]
        scheme = "https" if args.cert else "http"
        shown = f"[{host}]" if ":" in host else host
        print(json.dumps({"address": f"{scheme}://{shown}:{port}", "store": str(service.store)}), flush=True)
        make_server(service, host, cert=args.cert, key=args.key).run(sockets=[sock])
    return EXIT_OK


def _log_to_stderr() -> None:
    """The service's log (refusals, enrolments) also goes to the terminal or the journal."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("facilitator.sync").addHandler(handler)
