"""Write the desk's two chimes (resources/sounds/*.wav): a bright two-note "ok" and a low
"warning". Run once; the WAV files are committed.

    python tools/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
SOUNDS = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(path: Path, notes: list[tuple[float, float]]) -> None:
    """``notes``: (frequency in Hz, duration in s), played one after the other, softly faded."""
    frames = bytearray()
    for frequency, duration in notes:
        count = int(duration * RATE)
        for i in range(count):
            envelope = min(1.0, i / (0.008 * RATE)) * (1 - i / count) ** 1.5
            value = math.sin(2 * math.pi * frequency * i / RATE) + 0.3 * math.sin(4 * math.pi * frequency * i / RATE)
            frames += struct.pack("<h", int(9000 * envelope * value))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


if __name__ == "__main__":
    SOUNDS.mkdir(parents=True, exist_ok=True)
    tone(SOUNDS / "ok.wav", [(988.0, 0.09), (1319.0, 0.16)])
    tone(SOUNDS / "warning.wav", [(330.0, 0.14), (262.0, 0.22)])
