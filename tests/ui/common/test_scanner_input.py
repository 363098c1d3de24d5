"""A handheld scanner and a person typing into the same search field."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from facilitator.core.attendance.badges import badge_payload, new_badge_key
from facilitator.ui.common.scanner_input import ScannerInput
from tests.helpers.clock import TickingClock

BADGE = badge_payload(uuid.UUID(int=7), new_badge_key())


class Desk:
    """A search field with a scanner watching it, and what each of them signalled."""

    def __init__(self, qtbot: QtBot) -> None:
        self.field = QLineEdit()
        qtbot.addWidget(self.field)
        self.clock = TickingClock(step=150.0)
        self.scanner = ScannerInput(self.field, self.clock)
        self.scans: list[str] = []
        self.returns: list[str] = []
        self.scanner.scanned.connect(self.scans.append)
        self.field.returnPressed.connect(lambda: self.returns.append(self.field.text()))
        self.qtbot = qtbot

    def type(self, text: str, ms_per_key: float) -> None:
        self.clock.step = ms_per_key
        self.qtbot.keyClicks(self.field, text)

    def enter(self) -> None:
        self.qtbot.keyClick(self.field, Qt.Key.Key_Return)


@pytest.fixture
def desk(qtbot: QtBot) -> Desk:
    return Desk(qtbot)


def test_a_scanner_burst_is_taken_and_its_enter_kept_from_the_field(desk: Desk) -> None:
    desk.type(BADGE, ms_per_key=3)
    desk.enter()
    assert desk.scans == [BADGE]
    assert desk.returns == []  # the search's highlighted match is not signed in
    assert desk.field.text() == ""


def test_a_person_typing_then_enter_reaches_the_field(desk: Desk) -> None:
    desk.type("dupont jeanne", ms_per_key=150)
    desk.enter()
    assert desk.returns == ["dupont jeanne"]
    assert desk.scans == []
    assert desk.field.text() == "dupont jeanne"


def test_the_keypad_enter_ends_a_burst_too(desk: Desk) -> None:
    desk.type(BADGE, ms_per_key=3)
    desk.qtbot.keyClick(desk.field, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert desk.scans == [BADGE] and desk.returns == []


def test_a_badge_scanned_after_a_few_typed_letters_is_read_alone(desk: Desk) -> None:
    desk.type("dup", ms_per_key=150)
    desk.clock.now += 3_000  # the agent picks up the scanner
    desk.type(BADGE, ms_per_key=3)
    desk.enter()
    assert desk.scans == [BADGE]
    assert desk.returns == [] and desk.field.text() == ""


def test_scans_follow_one_another(desk: Desk) -> None:
    other = badge_payload(uuid.UUID(int=8), new_badge_key())
    for code in (BADGE, other):
        desk.clock.now += 2_000
        desk.type(code, ms_per_key=4)
        desk.enter()
    desk.type("lef", ms_per_key=150)
    desk.enter()
    assert desk.scans == [BADGE, other]
    assert desk.returns == ["lef"]


def test_a_paste_is_not_a_burst(desk: Desk) -> None:
    """A person pasting a code and pressing Enter: the paste types one key, not 46."""
    QApplication.clipboard().setText(BADGE)
    desk.type("x", ms_per_key=3)
    desk.qtbot.keyClick(desk.field, Qt.Key.Key_Backspace)
    desk.qtbot.keyClick(desk.field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert desk.field.text() == BADGE
    desk.enter()
    assert desk.scans == [] and desk.returns == [BADGE]


def test_fast_typing_followed_by_another_edit_is_not_a_burst(desk: Desk) -> None:
    desk.type(BADGE, ms_per_key=3)
    desk.field.setText(BADGE.lower())  # changed by the program: the keys no longer explain the text
    desk.enter()
    assert desk.scans == [] and desk.returns == [BADGE.lower()]


def test_a_deletion_inside_a_burst_makes_it_typing(desk: Desk) -> None:
    desk.type(BADGE, ms_per_key=3)
    desk.qtbot.keyClick(desk.field, Qt.Key.Key_Backspace)
    desk.enter()
    assert desk.scans == [] and desk.returns == [BADGE[:-1]]


def test_typing_in_the_middle_of_the_text_is_not_recorded_as_a_burst(desk: Desk) -> None:
    desk.type("jeanne", ms_per_key=150)
    desk.qtbot.keyClick(desk.field, Qt.Key.Key_Home)
    desk.type(BADGE[:20], ms_per_key=3)
    desk.enter()
    assert desk.scans == [] and desk.returns == [BADGE[:20] + "jeanne"]


def test_a_burst_replacing_the_selected_text_is_read_whole(desk: Desk) -> None:
    desk.type("dup", ms_per_key=150)
    desk.field.selectAll()
    desk.clock.now += 2_000
    desk.type(BADGE, ms_per_key=3)
    desk.enter()
    assert desk.scans == [BADGE]


def test_a_key_held_down_is_a_person(desk: Desk) -> None:
    """Auto-repeat can be as fast as a scanner (20 ms), but somebody is holding the key."""
    desk.clock.step = 3
    for repeat in (False,) + (True,) * 20:
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a", repeat)
        QApplication.sendEvent(desk.field, press)
    assert desk.field.text() == "a" * 21
    desk.enter()
    assert desk.scans == [] and desk.returns == ["a" * 21]


def test_a_short_fast_code_is_left_to_the_field(desk: Desk) -> None:
    """A badge number typed by a scanner reading a short barcode: too short to tell, so the
    search gets it, as if typed."""
    desk.type("1234", ms_per_key=3)
    desk.enter()
    assert desk.scans == [] and desk.returns == ["1234"]
