"""The keyboard on the real window: an X server (Xvfb), the xcb platform, and key events from
the X server (xdotool), as a desk agent types them. Offscreen, focus follows other rules: a
desk that works with typing and Enter alone is checked here.

The application runs in its own process on a fresh demo; what the keys did is read from its
database once it has quit.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitator.app.clock import local_now

WAIT_S = 60
"""The longest any step may take (the window's start, a key's effect)."""
SETTLE_S = 1.0
"""A pause after a shortcut or a dialog, as a person takes one."""


@dataclass
class Display:
    name: str

    def run(self, *arguments: str) -> str:
        done = subprocess.run(
            ["xdotool", *arguments],
            capture_output=True,
            text=True,
            timeout=WAIT_S,
            env={**os.environ, "DISPLAY": self.name},
            check=True,
        )
        return done.stdout

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("key", "--clearmodifiers", key)
            time.sleep(SETTLE_S)

    def type(self, text: str) -> None:
        self.run("type", "--delay", "60", text)
        time.sleep(SETTLE_S / 2)


@pytest.fixture
def display() -> Iterator[Display]:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    assert not missing, f"{', '.join(missing)} missing: .ci/run installs xvfb and xdotool"
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"], pass_fds=(write,)
    )
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        assert number, "Xvfb did not start"
        yield Display(f":{number}")
    finally:
        server.terminate()
        server.wait(timeout=WAIT_S)


@dataclass
class App:
    process: subprocess.Popen[bytes]
    display: Display
    database: Path

    def quit(self) -> None:
        """Ctrl+Q, as the agent leaves; the database is then read as the app left it."""
        self.display.keys("ctrl+q")
        assert self.process.wait(timeout=WAIT_S) == 0


@pytest.fixture
def app(display: Display, tmp_path: Path) -> Iterator[App]:
    """The application on a fresh demo, its window focused."""
    basedir = tmp_path / "base"
    process = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "--demo", "--basedir", str(basedir)],
        env={**os.environ, "DISPLAY": display.name, "QT_QPA_PLATFORM": "xcb"},
    )
    try:
        window = display.run("search", "--sync", "--name", "facilitator").split()[0]
        time.sleep(SETTLE_S * 2)
        display.run("windowfocus", "--sync", window)
        yield App(process, display, basedir / "data" / "demo.sqlite")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=WAIT_S)


def rows(database: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as connection:
        found = connection.execute(query, {"today": local_now().date().isoformat()}).fetchall()
    connection.close()
    return found


TODAY_ARRIVALS = """
    SELECT p.last_name FROM attendance_event e
    JOIN participant p ON p.id = e.participant_id
    JOIN assembly_session s ON s.id = e.session_id
    WHERE s.date = :today AND e.kind = 'arrival'
"""
"""Arrivals into today's session: today as the assemblies' zone has it (the machine's zone, or
SQLite's, may already be on another day near midnight)."""


def test_the_desk_takes_a_name_and_enter_right_after_its_shortcut(display: Display, app: App) -> None:
    before = rows(app.database, TODAY_ARRIVALS)
    display.keys("ctrl+3")
    display.type("barbier")
    display.keys("Return")
    display.keys("ctrl+2", "ctrl+3")
    display.type("benali pat")
    display.keys("Return")
    app.quit()
    arrived = [name for (name,) in rows(app.database, TODAY_ARRIVALS) if (name,) not in before]
    assert sorted(arrived) == ["Barbier", "Benali"]


def test_the_speakers_list_takes_names_after_its_shortcut_and_after_a_dialog(display: Display, app: App) -> None:
    requests = "SELECT count(*) FROM speaking_event WHERE kind = 'request'"
    (before,) = rows(app.database, requests)[0]
    display.keys("ctrl+3")
    for name in ("barbier", "blanc sa"):
        display.type(name)
        display.keys("Return")
    display.keys("ctrl+4")
    display.type("barbier")
    display.keys("Return")
    display.keys("ctrl+j", "Escape")
    display.type("blanc sa")
    display.keys("Return")
    app.quit()
    (after,) = rows(app.database, requests)[0]
    assert after - before == 2
