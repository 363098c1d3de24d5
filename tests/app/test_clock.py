"""The session clock: read the wall clock once, then only move forward."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from facilitator.app.clock import SessionClock

NINE = dt.datetime(2026, 11, 28, 9, 0)


class Ticks:
    def __init__(self) -> None:
        self.value = 100.0

    def __call__(self) -> float:
        return self.value


def test_a_wall_clock_set_back_does_not_move_the_session_clock() -> None:
    walls = iter([NINE, NINE - dt.timedelta(hours=1)])
    ticks = Ticks()
    clock = SessionClock(lambda: next(walls), ticks)
    ticks.value += 90
    assert clock() == NINE + dt.timedelta(seconds=90)
    assert clock.seconds() == (NINE + dt.timedelta(seconds=90)).timestamp()


@given(st.lists(st.floats(min_value=0, max_value=3600), max_size=30))
def test_it_never_goes_back(steps: list[float]) -> None:
    ticks = Ticks()
    clock = SessionClock(lambda: NINE, ticks)
    seen = [clock()]
    for step in steps:
        ticks.value += step
        seen.append(clock())
    assert seen == sorted(seen)
    assert seen[-1] - NINE == dt.timedelta(seconds=ticks.value - 100.0)
