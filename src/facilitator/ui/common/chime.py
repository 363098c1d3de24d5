"""The desk's audible confirmation: a bright chime once an action is on disk, a low one for
"already here" or a refused badge, so the agent can keep their eyes on the person.

Played through QtMultimedia when the computer has a sound output; otherwise (no speaker, a
test machine) the system's beep, which is all there is to give.
"""

from __future__ import annotations

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

    def _effect(self, tone: Tone) -> QSoundEffect:
        if tone not in self._effects:
            effect = QSoundEffect(self)
            with resources.as_file(resources.files("facilitator") / "resources" / "sounds" / f"{tone}.wav") as path:
                effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.7)
            self._effects[tone] = effect
        return self._effects[tone]

    def play(self, tone: Tone) -> None:
        if QMediaDevices.defaultAudioOutput().isNull():
            QApplication.beep()
            return
        self._effect(tone).play()
