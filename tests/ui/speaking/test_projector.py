"""The projector window: where it goes, and what it shows at each moment of a turn."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.core.speaking.model import RequestKind
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in
from facilitator.services.roster.participants import add_participant
from facilitator.services.speaking.agenda import add_phase, ensure_profiles
from facilitator.services.speaking.floor import FloorState, give_floor, load_floor, pause_turn, request_floor
from facilitator.store.database import Database
from facilitator.ui.common import second_screen
from facilitator.ui.common.second_screen import projector_screen
from facilitator.ui.speaking.projector import BACKGROUND, COUNTDOWN, PAUSED, SpeakingProjector
from facilitator.ui.speaking.timing import TimerState
from tests.helpers.clock import ManualClock
from tests.samples import JEANNE

DAY = dt.date(2026, 3, 7)
START = dt.datetime.combine(DAY, dt.time(10, 0))


def test_the_projector_goes_on_the_screen_that_is_not_the_laptop_s() -> None:
    assert projector_screen(["laptop"], "laptop") is None
    assert projector_screen([], None) is None
    assert projector_screen(["laptop", "beamer"], "laptop") == "beamer"
    assert projector_screen(["beamer", "laptop"], "laptop") == "beamer"
    assert projector_screen(["laptop", "beamer", "tv"], "laptop") == "beamer"


@pytest.fixture
def window(qtbot: QtBot) -> SpeakingProjector:
    shown = SpeakingProjector(ManualClock(START))
    qtbot.addWidget(shown)
    return shown


def test_with_one_screen_it_opens_as_a_normal_window_and_escape_closes_it(
    qtbot: QtBot, window: SpeakingProjector
) -> None:
    assert len(QGuiApplication.screens()) == 1
    window.open()
    qtbot.waitExposed(window)
    assert window.isVisible() and not window.isFullScreen()
    assert window.windowTitle() == "Prise de parole — projecteur"
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_it_follows_screens_plugged_in_and_unplugged(
    qtbot: QtBot, window: SpeakingProjector, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open()
    qtbot.waitExposed(window)
    application = QGuiApplication.instance()
    assert isinstance(application, QGuiApplication)
    screen = QGuiApplication.primaryScreen()
    monkeypatch.setattr(second_screen, "projector_screen", lambda screens, primary: screen)
    application.screenAdded.emit(screen)
    assert window.isFullScreen() and window.geometry() == screen.geometry()
    monkeypatch.setattr(second_screen, "projector_screen", lambda screens, primary: None)
    application.screenRemoved.emit(screen)
    assert window.isVisible() and not window.isFullScreen()


def test_with_two_screens_it_fills_the_second_one(tmp_path: Path) -> None:
    """A real second screen, as the offscreen platform can be told to have (another process:
    the screens are chosen when the application starts)."""
    screens = {
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
            {"name": "beamer", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
        ]
    }
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    script = textwrap.dedent(
        """
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QApplication
        from facilitator.app.clock import SessionClock
        from facilitator.ui.speaking.projector import SpeakingProjector

        app = QApplication([])
        window = SpeakingProjector(SessionClock())
        window.open()
        app.processEvents()
        primary = QGuiApplication.primaryScreen()
        print(len(QGuiApplication.screens()), window.isFullScreen(), window.screen() is not primary,
              window.geometry() == window.screen().geometry(), window.screen().geometry().width())
        """
    )
    environment = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    count, full_screen, elsewhere, filled, width = done.stdout.split()
    assert (count, full_screen, elsewhere, filled) == ("2", "True", "True", "True")
    assert width in {"1366", "1920"}


@pytest.fixture
def floor(db: Database, assembly: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    """Jeanne has the floor in the deliberation (3 minutes, warning at 30 s) from 10:00."""
    jeanne = add_participant(db, assembly, JEANNE).value.id
    paul = add_participant(db, assembly, ParticipantDetails("Paul", "Martin", Role.CITIZEN, Gender.MALE)).value.id
    session_id = create_session(db, assembly, DAY, "Plénière").value
    for person in (jeanne, paul):
        check_in(db, session_id, person, dt.datetime.combine(DAY, dt.time(9, 0)))
    profiles = {profile.name: profile.id for profile in ensure_profiles(db, assembly).value}
    phase = add_phase(db, session_id, "Délibération", profiles["Délibération"]).value
    request = request_floor(db, session_id, phase, jeanne, RequestKind.CONTRIBUTION, START).value
    give_floor(db, session_id, request, START)
    request_floor(db, session_id, phase, paul, RequestKind.CONTRIBUTION, START)
    return session_id, phase


def shown_at(window: SpeakingProjector, state: FloorState | None, seconds: float) -> QImage:
    assert isinstance(window.clock, ManualClock)
    window.clock.moment = START + dt.timedelta(seconds=seconds)
    window.show_floor(state, "Délibération", ["Paul"])
    return window.grab().toImage()


def has_colour(image: QImage, colour: str) -> bool:
    wanted = QColor(colour).rgb()
    return any(image.pixel(x, y) == wanted for y in range(0, image.height(), 3) for x in range(0, image.width(), 3))


def test_the_countdown_changes_colour_near_the_end_and_over_time(
    qtbot: QtBot, window: SpeakingProjector, db: Database, floor: tuple[uuid.UUID, uuid.UUID]
) -> None:
    state = load_floor(db, floor[0])
    window.resize(960, 540)
    window.open()
    qtbot.waitExposed(window)

    image = shown_at(window, state, 15)
    assert window.painted is not None and window.painted.countdown == "2:45"
    assert window.property("state") == TimerState.NORMAL
    assert QColor(image.pixel(3, 3)).name() == BACKGROUND[TimerState.NORMAL]
    assert not has_colour(image, COUNTDOWN[TimerState.WARNING])

    image = shown_at(window, state, 165)
    assert window.painted.countdown == "0:15" and window.property("state") == TimerState.WARNING
    assert has_colour(image, COUNTDOWN[TimerState.WARNING])

    image = shown_at(window, state, 192)
    assert window.painted.countdown == "+0:12" and window.property("state") == TimerState.OVER
    assert QColor(image.pixel(3, 3)).name() == BACKGROUND[TimerState.OVER]
    assert window.upcoming == ["Paul"]


def test_the_time_shown_is_the_clock_s_however_late_the_repaint(
    qtbot: QtBot, window: SpeakingProjector, db: Database, floor: tuple[uuid.UUID, uuid.UUID]
) -> None:
    """Nothing counts ticks: a repaint after ten minutes without one shows the exact time."""
    state = load_floor(db, floor[0])
    window.open()
    shown_at(window, state, 600.05)
    assert window.painted is not None
    assert window.painted.elapsed == pytest.approx(600.05, abs=0.01)
    assert window.painted.countdown == "+7:00"


def test_a_paused_turn_and_nobody_at_the_floor(
    qtbot: QtBot, window: SpeakingProjector, db: Database, floor: tuple[uuid.UUID, uuid.UUID]
) -> None:
    session_id, _ = floor
    pause_turn(db, session_id, START + dt.timedelta(seconds=40))
    window.open()
    shown_at(window, load_floor(db, session_id), 400)
    assert window.painted is not None and window.painted.paused and window.painted.countdown == "2:20"
    assert has_colour(window.grab().toImage(), PAUSED)
    shown_at(window, None, 400)
    assert window.painted.state is TimerState.IDLE and window.property("state") == "idle"
