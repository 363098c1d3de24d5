"""A handheld scanner typing into a line edit: its codes taken out of the person's typing.

The desk's search field signs in its highlighted match on Enter. A scanner types a whole badge
and Enter in a few tenths of a second into the same field; ``ScannerInput`` watches the field's
key presses, and when Enter ends a burst (``core.scanner.burst_start``) it takes the burst's
text, clears the field and keeps the Enter from the field and from the workspace's actions, so
that the sign-in of whoever the half-typed search found does not happen. Enter after typing by
a person goes through untouched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from facilitator.core.scanner import burst_start
from facilitator.scanning.clock import monotonic_ms

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScannerInput(QObject):
    """Installed on ``field`` as an event filter (and owned by it) from construction.

    ``scanned(str)`` carries the text of each burst that ended with Enter. ``clock`` gives the
    time of each key press in milliseconds (monotonic); tests give a fake one.
    """

    scanned = Signal(str)

    def __init__(self, field: QLineEdit, clock: Callable[[], float] = monotonic_ms) -> None:
        super().__init__(field)
        self._field = field
        self._clock = clock
        self._base = ""
        self._typed: list[str] = []
        self._times: list[float] = []
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._field or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        enter = Qt.Key(event.key()) in _ENTER
        if event.type() == QEvent.Type.ShortcutOverride and enter and self._burst() is not None:
            event.accept()  # this Enter ends a scanner's burst: the field takes it, not the Enter action
            return True
        if event.type() == QEvent.Type.KeyPress:
            if enter:
                return self._enter()
            self._key(event)
        return super().eventFilter(watched, event)

    def _burst(self) -> int | None:
        """Where the scanner's burst starts in the keys recorded, None when a person typed."""
        return burst_start(self._times) if self._field.text() == self._recorded() else None

    def _key(self, event: QKeyEvent) -> None:
        """Record a key that types one character at the end of the field.

        Runs before the field handles the key: the record must account for the text before
        the point where the character goes, else it starts afresh from that text (something
        other than typing at the end changed the field: a paste, a deletion, a cursor move).
        """
        text = event.text()
        if not text or not text.isprintable():
            return  # Shift, arrows, shortcuts: they type nothing (what they change shows later)
        field = self._field
        start = field.selectionStart() if field.hasSelectedText() else field.cursorPosition()
        end = start + len(field.selectedText())
        if end != len(field.text()) or event.isAutoRepeat():
            self._restart(field.text())  # typing in the middle, or a key held down: a person
            return
        if field.text()[:start] != self._recorded():
            self._restart(field.text()[:start])
        self._typed.append(text)
        self._times.append(self._clock())

    def _enter(self) -> bool:
        """True (Enter consumed) when Enter ends a scanner burst."""
        start = self._burst()
        if start is None:
            self._restart(self._field.text())
            return False
        code = "".join(self._typed[start:])
        self._field.clear()
        self._restart("")
        self.scanned.emit(code)
        return True

    def _recorded(self) -> str:
        """The text the field holds if nothing but the recorded keys changed it."""
        return self._base + "".join(self._typed)

    def _restart(self, base: str) -> None:
        self._base = base
        self._typed.clear()
        self._times.clear()
