"""Hybrid logical clock stamps.

Every change to a mutable entity carries a stamp ordered first by wall time, then by a
counter (several changes in one millisecond, or a wall clock that went backwards), then by
the device that made it. Sync will merge per-field last-writer-wins on these stamps, so they
must be totally ordered and never go backwards on one device.
"""

from __future__ import annotations

from dataclasses import dataclass

_WALL_DIGITS = 13
_COUNTER_DIGITS = 5
_COUNTER_LIMIT = 10**_COUNTER_DIGITS


@dataclass(frozen=True, order=True)
class Stamp:
    """A point of the hybrid logical clock: (wall milliseconds, counter, device)."""

    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        """Fixed-width text whose byte order is the stamp order (for storage and indexes)."""
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        wall, counter, device = text.split("-", 2)
        if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(wall), int(counter), device)


def tick(last: Stamp | None, now_ms: int, device: str) -> Stamp:
    """The stamp of a new local change, strictly after ``last`` whatever the wall clock says."""
    if last is None or now_ms > last.wall_ms:
        return Stamp(now_ms, 0, device)
    if last.counter + 1 >= _COUNTER_LIMIT:
        # A wall clock far behind the last stamp: move the logical time on rather than
        # widen the counter, which would break the fixed-width encoding's order.
        return Stamp(last.wall_ms + 1, 0, device)
    return Stamp(last.wall_ms, last.counter + 1, device)
