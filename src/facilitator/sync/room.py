"""A desk in the room: pairing with the hub, then staying in step with it.

Security: TLS with the hub's certificate pinned at pairing (trust on first use), and a token of
the desk's own given for the room's six-digit code. Chosen over a key derived from the code: six
digits derive a key that anyone who records one request can find by trying a million codes,
while the code sent once inside TLS, then never again, leaves a listener on the room's network
nothing to try; the hub lets only a few wrong codes a minute through. A machine that puts
itself between a desk and the hub at the very moment of pairing is the attack left, and it is
seen: the hub's screen lists the laptops paired.

Staying in step is a loop: a sync with the hub about every second (what the others recorded
arrives), at once when this desk records something (it leaves within a tenth of a second), the
tables compared now and then, and, when the hub does not answer, pauses that grow to half a
minute while the desk keeps working alone (its changes wait and leave when the hub is back).
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from facilitator.app.errors import EnvironmentProblem
from facilitator.core.changes import Changed
from facilitator.services.sync.link import Link, LinkKind, save_link
from facilitator.store.database import Database
from facilitator.store.models import ChangeLog
from facilitator.sync.client import SyncClient, first_seen_certificate
from facilitator.sync.run import SyncReport, run_sync

INTERVAL_SECONDS = 1.0
NEWS_EVERY_SECONDS = 0.1
"""How often a desk looks whether it recorded something, to send it without waiting the round."""
CHECK_EVERY_SECONDS = 30.0
LONGEST_PAUSE_SECONDS = 30.0
ROOM_TIMEOUT_SECONDS = 5.0
"""A hub on the room's network answers at once or is gone: leaving the room never waits long."""


def reachable_address() -> str:
    """This laptop's address on the room's network, as the desks type it: the one its traffic
    would leave by (a datagram socket "connected" to a private address sends nothing), else its
    name's, else loopback."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.254.254.254", 1))
            return str(probe.getsockname()[0])
        except OSError:
            pass
    try:
        return socket.gethostbyname(socket.gethostname())
    except OSError:
        return "127.0.0.1"


def local_mark(db: Database) -> str | None:
    """The latest stamp this laptop wrote itself: it moves with each change recorded here."""
    with db.read() as session:
        return session.scalar(select(func.max(ChangeLog.stamp)).where(ChangeLog.device_id == db.device_id))


def pair_with_hub(db: Database, hub: str, code: str, name: str) -> tuple[Link, str]:
    """Pair this desk with the hub at ``hub`` using the room's code: the link (the hub's
    certificate pinned) and the desk's token for the room."""
    certificate = first_seen_certificate(hub)
    with SyncClient(hub, pinned_cert=certificate) as client:
        device_name, token, room = client.pair(code, db.device_id, name)
        link = save_link(db, client.server, room, device_name, kind=LinkKind.ROOM, pinned_cert=certificate)
    return link, token


def room_client(link: Link, token: str, *, attempts: int = 1) -> SyncClient:
    """A client of the hub this desk paired with, trusting only its pinned certificate."""
    return SyncClient(link.server, token, pinned_cert=link.pinned_cert, attempts=attempts, timeout=ROOM_TIMEOUT_SECONDS)


@dataclass(frozen=True)
class Round:
    """One turn of the loop: the sync's report, or why the hub did not answer."""

    report: Changed[SyncReport] | None
    problem: EnvironmentProblem | None


def keep_in_step(
    db: Database,
    link: Link,
    token: str,
    *,
    stopped: Callable[[], bool],
    told: Callable[[Round], None],
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Sync with the hub until ``stopped``, telling each round; a hub that does not answer is
    tried again after pauses that grow, never stopping the loop."""
    pause = INTERVAL_SECONDS
    last_check = -CHECK_EVERY_SECONDS
    with room_client(link, token) as client:
        while not stopped():
            check = clock() - last_check >= CHECK_EVERY_SECONDS
            try:
                report = run_sync(db, client, kind=LinkKind.ROOM, check=check)
            except EnvironmentProblem as problem:
                told(Round(None, problem))
                pause = min(pause * 2, LONGEST_PAUSE_SECONDS)
            else:
                told(Round(report, None))
                pause = INTERVAL_SECONDS
                if check:
                    last_check = clock()
                _wait_for_news(db, pause, stopped, sleep, clock)
                continue
            sleep(pause)


def _wait_for_news(
    db: Database,
    pause: float,
    stopped: Callable[[], bool],
    sleep: Callable[[float], object],
    clock: Callable[[], float],
) -> None:
    """Wait ``pause`` for the next pull, or less: a change recorded here leaves at once."""
    mark = local_mark(db)
    deadline = clock() + pause
    while clock() < deadline and not stopped():
        sleep(NEWS_EVERY_SECONDS)
        if local_mark(db) != mark:
            return
