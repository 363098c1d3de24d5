"""Time: instants kept in UTC, shown in the assemblies' zone, and the clock of a running session.

The application reads and writes times as the wall clock of the assemblies' zone (``ZONE``), as
naive datetimes whose ``fold`` tells the two 2:30 of an autumn night apart; the database keeps
every instant in UTC (``store.models.Instant``), and a duration is the difference of two
instants, never of two wall times. Neither depends on the zone of the machine that records or
reads: a laptop left on UTC shows and counts the same as one on Paris time.

A running session's clock is the zone's time read once, then advanced by the monotonic clock,
so that it never goes back (a laptop's clock set by the network mid-morning) and a countdown
shown on the projector never jumps; across a daylight-saving change it shows the new wall time.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Europe/Paris")
"""The zone of the assemblies (metropolitan France): what every time shown or typed means."""


def local_now() -> dt.datetime:
    """The zone's wall time now, whatever the machine's own zone."""
    return dt.datetime.now(ZONE).replace(tzinfo=None)


def to_utc(wall: dt.datetime) -> dt.datetime:
    """The instant a wall time of the zone is, in UTC (naive); its ``fold`` decides an autumn
    night's repeated hour."""
    return wall.replace(tzinfo=ZONE).astimezone(dt.UTC).replace(tzinfo=None)


def from_utc(instant: dt.datetime) -> dt.datetime:
    """The zone's wall time at an instant given in UTC (naive), ``fold`` set when repeated."""
    return instant.replace(tzinfo=dt.UTC).astimezone(ZONE).replace(tzinfo=None)


def posix_seconds(wall: dt.datetime) -> float:
    """A wall time of the zone as POSIX seconds: durations are differences of these."""
    return wall.replace(tzinfo=ZONE).timestamp()


def from_posix(seconds: float) -> dt.datetime:
    """The zone's wall time at POSIX ``seconds``."""
    return dt.datetime.fromtimestamp(seconds, ZONE).replace(tzinfo=None)


class SessionClock:
    def __init__(
        self,
        posix: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._monotonic = monotonic
        self._anchor_posix = posix()
        self._anchor_monotonic = monotonic()

    def seconds(self) -> float:
        """Now as POSIX seconds (the speakers' list counts in these)."""
        return self._anchor_posix + self._monotonic() - self._anchor_monotonic

    def now(self) -> dt.datetime:
        return from_posix(self.seconds())

    def __call__(self) -> dt.datetime:
        return self.now()
