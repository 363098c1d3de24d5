"""The room's network as three real processes on loopback: a hub (`room open`) and two desks
(`room join`) that stay in step. Arrivals typed at either desk reach the hub and the other desk
within seconds; one person signed in at both desks is one arrival, the earlier, everywhere; the
hub killed and restarted loses nothing and the desks catch up; a wrong code gets nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from facilitator.cli.common import EXIT_REFUSED
from facilitator.services.assemblies.sessions import SessionNotFound
from facilitator.services.attendance.desk import load_session_attendance
from facilitator.store.opening import open_database
from tests.helpers.cli import demo_database, facilitator

WAIT_SECONDS = 20.0


def started(*args: str | Path, basedir: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "facilitator", *map(str, args), "--basedir", str(basedir)]
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


class Hub:
    def __init__(self, database: Path, basedir: Path, port: int = 0) -> None:
        self.process = started("room", "open", "--db", database, "--host", "127.0.0.1", "--port", str(port),
                               "--json", basedir=basedir)  # fmt: skip
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, self.process.stderr.read() if self.process.stderr else ""
        opened = json.loads(line)
        self.address, self.code = opened["address"], opened["code"]

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=30)


def arrivals(database: Path, _basedir: Path, session: str) -> dict[str, str]:
    """Badge number → arrival time in the database (read beside the process that writes it)."""
    if not database.exists():
        return {"missing": ""}
    with open_database(database, "reader") as db:
        try:
            attendance = load_session_attendance(db, uuid.UUID(session))
        except SessionNotFound:
            return {"no session": ""}
    badges = {person.id: str(person.badge_number) for person in attendance.people}
    return {badges[person]: presence.arrived_at.strftime("%H:%M") for person, presence in attendance.presence.items()}


def record(database: Path, basedir: Path, session: str, badge: str, at: str) -> None:
    done = facilitator(
        "attendance", "record", "--db", database, "--session", session, "--participant", badge, "--arrival", at,
        basedir=basedir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def eventually(read: Callable[[], object], expected: object, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while (seen := read()) != expected:
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {WAIT_SECONDS} s: {what}: {seen} instead of {expected}")
        time.sleep(0.3)


def test_two_desks_and_a_hub_stay_in_step_through_a_hub_restart(tmp_path: Path) -> None:
    hub_db, hub_base = demo_database(tmp_path / "hub")
    hub = Hub(hub_db, hub_base)
    desks = [(tmp_path / f"desk{n}.sqlite", tmp_path / f"desk{n}") for n in (1, 2)]
    wrong = facilitator("room", "join", "--db", desks[0][0], "--hub", hub.address, "--code", "000000", "--once",
                        basedir=desks[0][1])  # fmt: skip
    assert wrong.returncode == EXIT_REFUSED and "code de la salle" in wrong.stderr
    once = facilitator("room", "join", "--db", tmp_path / "once.sqlite", "--hub", hub.address, "--code", hub.code,
                       "--name", "Comptage", "--once", "--json", basedir=tmp_path / "once")  # fmt: skip
    assert once.returncode == 0, once.stderr
    assert json.loads(once.stdout)["in_step"] and json.loads(once.stdout)["device_name"] == "Comptage"
    created = facilitator("session", "create", "--db", hub_db, "--date", "2027-03-13", "--title", "Plénière", "--json",
                          basedir=hub_base)  # fmt: skip
    session = json.loads(created.stdout)["id"]
    loops = [
        started(
            "room", "join", "--db", database, "--hub", hub.address, "--code", hub.code, "--name", name, basedir=basedir
        )
        for (database, basedir), name in zip(desks, ("Accueil 1", "Accueil 2"), strict=True)
    ]
    try:
        eventually(lambda: arrivals(desks[0][0], desks[0][1], session), {}, "the new session on the desks")
        taken = facilitator("room", "join", "--db", desks[0][0], "--hub", hub.address, "--code", hub.code,
                            "--once", basedir=desks[0][1])  # fmt: skip
        assert taken.returncode == EXIT_REFUSED and "encore dans la salle" in taken.stderr  # its place is kept
        record(*desks[0], session, "5", "09:05")
        record(*desks[1], session, "6", "09:06")
        record(*desks[0], session, "7", "09:10")
        record(
            *desks[1], session, "7", "09:07"
        )  # unless desk 2 already knows of desk 1's: then it is « déjà arrivé·e »
        replicas = [(hub_db, hub_base), *desks]

        def agreed() -> bool:
            seen = [arrivals(database, basedir, session) for database, basedir in replicas]
            return len(seen[0]) == 3 and seen[0] == seen[1] == seen[2]

        eventually(agreed, True, "the same three arrivals on the hub and both desks")
        everywhere = arrivals(hub_db, hub_base, session)
        assert {key: everywhere[key] for key in ("5", "6")} == {"5": "09:05", "6": "09:06"}
        assert everywhere["7"] in ("09:07", "09:10")  # one arrival: the earlier of those the desks recorded

        port = int(hub.address.rsplit(":", 1)[1])
        hub.kill()
        record(*desks[0], session, "8", "10:30")
        time.sleep(2)
        hub = Hub(hub_db, hub_base, port)
        everywhere["8"] = "10:30"
        for database, basedir in [(hub_db, hub_base), desks[1]]:
            eventually(lambda d=database, b=basedir: arrivals(d, b, session), everywhere, f"catch-up on {database}")
    finally:
        for loop in loops:
            loop.send_signal(signal.SIGTERM)
        ended = [loop.communicate(timeout=30) for loop in loops]
        hub.kill()
    assert [loop.returncode for loop in loops] == [0, 0], ended
