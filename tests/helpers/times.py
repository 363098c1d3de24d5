"""Moments written as people say them: « 9:12 » on a given day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable


def at(day: dt.date, hhmm: str) -> dt.datetime:
    """ "9:12" on ``day``."""
    hours, minutes = map(int, hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes))


def on(day: dt.date) -> Callable[[str], dt.datetime]:
    """The moments of one day: ``on(DAY)("9:12")``."""
    return lambda hhmm: at(day, hhmm)
