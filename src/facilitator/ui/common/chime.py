"""The desk's audible confirmation: a bright chime once an action is on disk, a low one for
"already here" or a refused badge, so the agent can keep their eyes on the person.

Played through QtMultimedia when the computer has a sound output; otherwise (no speaker, a
test machine) the system's beep, which is all there is to give.
"""

from __future__ import annotations

from contextlib import ExitStack
from enum import StrEnum
from importlib import resources

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
from PySide6.QtWidgets import QApplication


class Tone(StrEnum):
    OK = "ok"
    WARNING = "warning"


class Chime(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[Tone, QSoundEffect] = {}
        self._files = ExitStack()
        """Keeps the sound files on disk while the chime lives (a zipped install unpacks them)."""
        self.destroyed.connect(self._files.close)

    def _effect(self, tone: Tone) -> QSoundEffect:
        if tone not in self._effects:
            effect = QSoundEffect(self)
            sound = resources.files("facilitator.resources") / "sounds" / f"{tone}.wav"
            effect.setSource(QUrl.fromLocalFile(str(self._files.enter_context(resources.as_file(sound)))))
            effect.setVolume(0.7)
            self._effects[tone] = effect
        return self._effects[tone]

    def play(self, tone: Tone) -> None:
        if QMediaDevices.defaultAudioOutput().isNull():
            QApplication.beep()
            return
        self._effect(tone).play()
