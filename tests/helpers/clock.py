"""Clocks the tests move by hand: the wall clock a workspace reads, and the monotonic
milliseconds of key presses and camera frames."""

from __future__ import annotations

import datetime as dt

from facilitator.app.clock import posix_seconds


class ManualClock:
    """A wall clock that stands still until moved. Called, it gives the time (what a
    workspace's ``now`` reads); it is also a session's clock (``now``, ``seconds``)."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment

    def now(self) -> dt.datetime:
        return self.moment

    def seconds(self) -> float:
        """The same moment as POSIX seconds (the speakers' list counts in these)."""
        return posix_seconds(self.moment)

    def advance(self, seconds: float) -> None:
        self.moment += dt.timedelta(seconds=seconds)


class TickingClock:
    """Monotonic milliseconds that advance by ``step`` at every reading (a key press of a
    scanner, a camera frame); ``now`` may also be moved by hand."""

    def __init__(self, now: float = 1_000.0, step: float = 0.0) -> None:
        self.now = now
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


class StepClock:
    """Seconds that advance by ``step`` at every reading: a deadline then counts the planner's
    readings of its clock (its steps), not the machine's speed, so that a test of what a seed
    gives, or of a plan finished in time, holds on a slow laptop as on a fast one."""

    def __init__(self, step: float = 1e-6) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now
