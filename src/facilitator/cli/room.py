"""The room's network from the command line: this laptop as the hub (``room open``), or a desk
that pairs with it and stays in step (``room join``; ``--once`` syncs once, for scripts)."""

from __future__ import annotations

import argparse
import json
import signal
import socket
import sys
import threading
from collections.abc import Callable
from types import FrameType

from facilitator.app.runtime import Runtime
from facilitator.cli.arguments import Commands, command, group, number_between
from facilitator.cli.common import EXIT_OK, Cli, print_json
from facilitator.services.sync.link import LinkKind
from facilitator.services.sync.room import hub_name, open_room
from facilitator.sync.certificates import fingerprint, hub_certificate
from facilitator.sync.room import Round, keep_in_step, pair_with_hub, reachable_address, room_client
from facilitator.sync.run import run_sync
from facilitator.sync.server import SyncService, listening_socket, make_server
from facilitator.text.messages import environment_text

DEFAULT_PORT = 8766


def add_commands(commands: Commands) -> None:
    room = group(commands, "room", "the room's network: this laptop as its hub, or a desk joining it")
    opening = command(room, "open", "serve the room from this laptop until stopped", _open)
    opening.add_argument("--host", default="0.0.0.0", help="the address to listen on (all, by default)")
    opening.add_argument("--port", type=number_between(0, 65535), default=DEFAULT_PORT)
    opening.add_argument("--json", action="store_true")
    joining = command(room, "join", "pair with the room's hub, then stay in step until stopped", _join)
    joining.add_argument("--hub", required=True, metavar="ADDRESS", help="https://… as the hub shows it")
    joining.add_argument("--code", required=True, help="the six digits on the hub's screen")
    joining.add_argument("--name", default=socket.gethostname(), help="this laptop's name in the room")
    joining.add_argument("--once", action="store_true", help="sync once, then exit")
    joining.add_argument("--json", action="store_true")


def _open(context: Runtime, args: argparse.Namespace) -> int:
    with context.open_database(args.db) as db:
        room = open_room(db)
        cert, key = hub_certificate(context.paths.data_dir / "hub")
        sock = listening_socket(args.host, args.port)
        port = sock.getsockname()[1]
        shown = reachable_address() if args.host in ("0.0.0.0", "::") else args.host
        address = f"https://{f'[{shown}]' if ':' in shown else shown}:{port}"
        opened = {
            "address": address,
            "code": room.code,
            "room": str(room.room_id),
            "fingerprint": fingerprint(cert.read_text(encoding="ascii")),
        }
        if args.json:
            print(json.dumps(opened), flush=True)
        else:
            print(Cli.tr("The room is open at {address}: code {code}.").format(**opened), flush=True)
        service = SyncService(db, room.room_id, room=True, name=hub_name(db))
        make_server(service, args.host, cert=cert, key=key).run(sockets=[sock])
    return EXIT_OK


def _join(context: Runtime, args: argparse.Namespace) -> int:
    with context.open_database(args.db) as db:
        link, token = pair_with_hub(db, args.hub, args.code, args.name)
        if args.once:
            with room_client(link, token, attempts=4) as client:
                report = run_sync(db, client, kind=LinkKind.ROOM).value
            if args.json:
                print_json({"device_name": link.device_name, **report.as_json()})
            else:
                print(Cli.tr('In step with the room as "{name}".').format(name=link.device_name))
            return EXIT_OK
        stop = threading.Event()
        _stop_on_signals(stop)
        keep_in_step(db, link, token, stopped=stop.is_set, told=_told(args.json), sleep=stop.wait)
    return EXIT_OK


def _told(as_json: bool) -> Callable[[Round], None]:
    def tell(round_: Round) -> None:
        if round_.problem is not None:
            print(environment_text(round_.problem), file=sys.stderr, flush=True)
            return
        assert round_.report is not None
        report = round_.report.value
        if as_json and (report.pushed or report.pulled.outcomes):
            print(json.dumps(report.as_json()), flush=True)

    return tell


def _stop_on_signals(stop: threading.Event) -> None:
    """SIGTERM (a service manager, a test) and Ctrl+C end the loop between two rounds."""

    def handle(_number: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)
