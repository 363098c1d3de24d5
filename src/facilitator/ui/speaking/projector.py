"""The projector window: the speaker's first name and role, a huge countdown that changes colour
near the end and when over time, and who speaks next — readable from the back of the room.

Full screen on the second screen when there is one, an ordinary window otherwise; it moves
when a screen is plugged in or unplugged. It paints from the session clock at each repaint
(the workspace asks for one ten times a second), so the time it shows is exact whenever it is
drawn, and it does not take the keyboard from the facilitator's window.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QWidget

from facilitator.core.speaking.model import RequestKind
from facilitator.services.speaking.floor import FloorState
from facilitator.text.formats import clock_time
from facilitator.text.messages import request_kind_label, role_label
from facilitator.ui.common.second_screen import SecondScreenWindow, fitted
from facilitator.ui.speaking.timing import Readout, TimerState, readout

BACKGROUND = {
    TimerState.IDLE: "#0f2537",
    TimerState.NORMAL: "#0f2537",
    TimerState.WARNING: "#0f2537",
    TimerState.OVER: "#8a0d1e",
}
COUNTDOWN = {
    TimerState.IDLE: "#ffffff",
    TimerState.NORMAL: "#ffffff",
    TimerState.WARNING: "#ffc400",
    TimerState.OVER: "#ffffff",
}
PAUSED = "#8fa3b5"
TEXT = "#ffffff"
SOFT = "#c3d2e0"
NEXT_COUNT = 3


class Clock(Protocol):
    def seconds(self) -> float: ...

    def now(self) -> dt.datetime: ...


def shape(text: str) -> str:
    """The text with every digit a zero: the countdown keeps its size as the digits change."""
    return "".join("0" if character.isdigit() else character for character in text)


class SpeakingProjector(SecondScreenWindow):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("Speaking time — projector"))
        self.clock = clock
        self.state: FloorState | None = None
        self.phase_name = ""
        self.upcoming: list[str] = []
        self.painted: Readout | None = None
        """What the last paint showed (the tests read it; nothing else should)."""

    # Content -----------------------------------------------------------------------------

    def show_floor(self, state: FloorState | None, phase_name: str, upcoming: list[str]) -> None:
        """What to show after the floor changed (the countdown itself is read at each paint)."""
        self.state = state
        self.phase_name = phase_name
        self.upcoming = upcoming
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        shown = readout(self.state, self.clock.seconds())
        self.painted = shown
        self.setProperty("state", shown.state.value)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND[shown.state]))
        width, height = self.width(), self.height()
        margin = int(width * 0.04)
        self._top_line(painter, shown, QRect(margin, int(height * 0.03), width - 2 * margin, int(height * 0.07)))
        self._speaker(painter, shown, QRect(margin, int(height * 0.12), width - 2 * margin, int(height * 0.22)))
        self._countdown(painter, shown, QRect(margin, int(height * 0.38), width - 2 * margin, int(height * 0.38)))
        self._status(painter, shown, QRect(margin, int(height * 0.79), width - 2 * margin, int(height * 0.07)))
        self._next(painter, QRect(margin, int(height * 0.88), width - 2 * margin, int(height * 0.08)))
        painter.end()

    def _top_line(self, painter: QPainter, shown: Readout, rect: QRect) -> None:
        phase = self.phase_name
        if shown.turn is not None and self.state is not None:
            phase = self.state.phase(shown.turn.phase).name
        size = int(rect.height() * 0.7)
        self.draw_text(painter, rect, phase, size, SOFT)
        moment = self.clock.now()
        self.draw_text(painter, rect, clock_time(moment), size, SOFT, align=Qt.AlignmentFlag.AlignRight)

    def _speaker(self, painter: QPainter, shown: Readout, rect: QRect) -> None:
        name_rect = QRect(rect.x(), rect.y(), rect.width(), int(rect.height() * 0.62))
        role_rect = QRect(rect.x(), rect.y() + int(rect.height() * 0.66), rect.width(), int(rect.height() * 0.34))
        center = Qt.AlignmentFlag.AlignHCenter
        if shown.turn is None:
            waiting = self.tr("Waiting for the next speaker")
            self.draw_text(painter, name_rect, waiting, int(name_rect.height() * 0.6), SOFT, align=center)
            return
        person = shown.person
        first_name = person.details.first_name if person else "—"
        self.draw_text(painter, name_rect, first_name, int(name_rect.height() * 0.9), TEXT, bold=True, align=center)
        parts = [role_label(person.details.role)] if person else []
        if shown.turn.request.kind is not RequestKind.CONTRIBUTION:
            parts.append(request_kind_label(shown.turn.request.kind))
        self.draw_text(painter, role_rect, " · ".join(parts), int(role_rect.height() * 0.85), SOFT, align=center)

    def _countdown(self, painter: QPainter, shown: Readout, rect: QRect) -> None:
        if shown.turn is None:
            return
        text = shown.countdown
        font = fitted(self.font(), shape(text), int(rect.width() * 0.9), int(rect.height() * 1.2))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(PAUSED if shown.paused else COUNTDOWN[shown.state]))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)

    def _status(self, painter: QPainter, shown: Readout, rect: QRect) -> None:
        if shown.turn is None:
            return
        parts = []
        if shown.paused:
            parts.append(self.tr("Paused"))
        elif shown.state is TimerState.OVER:
            parts.append(self.tr("Time is up"))
        if shown.resumes is not None:
            parts.append(self.tr("{name} resumes afterwards").format(name=shown.resumes.details.first_name))
        size = int(rect.height() * 0.8)
        self.draw_text(painter, rect, " · ".join(parts), size, TEXT, bold=True, align=Qt.AlignmentFlag.AlignHCenter)

    def _next(self, painter: QPainter, rect: QRect) -> None:
        if not self.upcoming:
            return
        text = self.tr("Next: {names}").format(names=" · ".join(self.upcoming[:NEXT_COUNT]))
        self.draw_text(painter, rect, text, int(rect.height() * 0.75), SOFT, align=Qt.AlignmentFlag.AlignHCenter)
