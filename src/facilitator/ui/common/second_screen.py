"""A window for the room: full screen on the second screen when there is one, an ordinary
window otherwise, moving when a screen is plugged in or unplugged. It never takes the keyboard
from the facilitator's window; Escape or F11 close it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QPainter, QScreen
from PySide6.QtWidgets import QWidget

S = TypeVar("S")

NORMAL_SIZE = (960, 540)


def projector_screen(screens: Sequence[S], primary: S | None) -> S | None:
    """Where the projector goes: the first screen that is not the laptop's own (the primary);
    None with a single screen, where it is an ordinary window beside the workspace."""
    if len(screens) < 2:
        return None
    return next((screen for screen in screens if screen is not primary), None)


def fitted(font: QFont, sample: str, width: int, height: int) -> QFont:
    """``font`` as large as ``sample`` fits in width × height."""
    fitted_font = QFont(font)
    fitted_font.setPixelSize(max(height, 1))
    advance = QFontMetrics(fitted_font).horizontalAdvance(sample)
    if advance > width > 0:
        fitted_font.setPixelSize(max(int(height * width / advance), 1))
    return fitted_font


class SecondScreenWindow(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(480, 270)
        self.resize(*NORMAL_SIZE)
        application = QGuiApplication.instance()
        assert isinstance(application, QGuiApplication)
        application.screenAdded.connect(self._screens_changed)
        application.screenRemoved.connect(self._screens_changed)

    def open(self) -> None:
        self.place()
        self.update()

    def toggle(self) -> bool:
        """Open the window when it is closed, close it when it is open; whether it is open now."""
        if self.isVisible():
            self.close()
        else:
            self.open()
        return self.isVisible()

    def draw_text(
        self,
        painter: QPainter,
        rect: QRect,
        text: str,
        size: int,
        colour: str,
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        """One line of ``size`` pixels in ``rect``, cut short with "…" rather than spilling over."""
        font = QFont(self.font())
        font.setPixelSize(max(size, 1))
        font.setBold(bold)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, elided)

    def place(self) -> None:
        """Full screen on the second screen when there is one; otherwise a normal window."""
        screen = projector_screen(QGuiApplication.screens(), QGuiApplication.primaryScreen())
        if screen is not None:
            self._full_screen_on(screen)
            return
        self.unsetCursor()
        if self.isFullScreen():
            self.showNormal()
            self.resize(*NORMAL_SIZE)
        self.show()

    def _full_screen_on(self, screen: QScreen) -> None:
        if self.isFullScreen() and self.screen() is screen:
            return
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.showFullScreen()

    def _screens_changed(self, _screen: QScreen) -> None:
        if self.isVisible():
            self.place()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
