"""The time of a running session: the wall clock read once, then advanced by the monotonic
clock, so that it never goes back (a laptop's clock set by the network mid-morning, a
daylight-saving change) and a countdown shown on the projector never jumps."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable


class SessionClock:
    def __init__(
        self,
        wall: Callable[[], dt.datetime] = dt.datetime.now,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._monotonic = monotonic
        self._anchor_wall = wall()
        self._anchor_monotonic = monotonic()

    def now(self) -> dt.datetime:
        return self._anchor_wall + dt.timedelta(seconds=self._monotonic() - self._anchor_monotonic)

    def seconds(self) -> float:
        """The same moment as POSIX seconds (the speakers' list counts in these)."""
        return self.now().timestamp()

    def __call__(self) -> dt.datetime:
        return self.now()
