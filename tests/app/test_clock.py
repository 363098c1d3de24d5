"""Time: the session clock only moves forward, instants are kept in UTC, and neither what is
shown nor what is counted depends on the zone of the machine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.app.clock import ZONE, SessionClock, from_posix, from_utc, local_now, posix_seconds, to_utc
from tests.helpers.zones import machine_zone

NINE = dt.datetime(2026, 11, 28, 9, 0)
SPRING_NIGHT = dt.datetime(2027, 3, 28, 1, 40)
"""Twenty minutes before the clocks of Paris go from 2:00 to 3:00."""
AUTUMN_NIGHT = dt.datetime(2026, 10, 25, 2, 30)
"""Half past two, which the clocks of Paris show twice (3:00 goes back to 2:00)."""


class Ticks:
    def __init__(self) -> None:
        self.value = 100.0

    def __call__(self) -> float:
        return self.value


def test_a_wall_clock_set_back_does_not_move_the_session_clock() -> None:
    walls = iter([posix_seconds(NINE), posix_seconds(NINE) - 3600])
    ticks = Ticks()
    clock = SessionClock(lambda: next(walls), ticks)
    ticks.value += 90
    assert clock() == NINE + dt.timedelta(seconds=90)
    assert clock.seconds() == posix_seconds(NINE) + 90


@given(st.lists(st.floats(min_value=0, max_value=3600), max_size=30))
def test_it_never_goes_back(steps: list[float]) -> None:
    ticks = Ticks()
    clock = SessionClock(lambda: posix_seconds(NINE), ticks)
    seen = [clock.seconds()]
    for step in steps:
        ticks.value += step
        seen.append(clock.seconds())
    assert seen == sorted(seen)
    assert seen[-1] - posix_seconds(NINE) == pytest.approx(ticks.value - 100.0, abs=1e-6)  # POSIX floats


def test_a_session_clock_across_the_spring_change_shows_the_new_time() -> None:
    ticks = Ticks()
    clock = SessionClock(lambda: posix_seconds(SPRING_NIGHT), ticks)
    ticks.value += 50 * 60
    assert clock() == dt.datetime(2027, 3, 28, 3, 30)
    assert posix_seconds(clock()) - posix_seconds(SPRING_NIGHT) == 50 * 60


def test_a_turn_across_the_spring_change_lasts_its_fifty_minutes() -> None:
    ended = dt.datetime(2027, 3, 28, 3, 30)
    assert posix_seconds(ended) - posix_seconds(SPRING_NIGHT) == 50 * 60
    assert to_utc(ended) - to_utc(SPRING_NIGHT) == dt.timedelta(minutes=50)


def test_the_repeated_autumn_hour_is_told_apart_by_its_fold() -> None:
    first, second = AUTUMN_NIGHT, AUTUMN_NIGHT.replace(fold=1)
    assert posix_seconds(second) - posix_seconds(first) == 3600
    assert from_utc(to_utc(second)) == second and from_utc(to_utc(second)).fold == 1
    assert from_posix(posix_seconds(first) + 3600).fold == 1


@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1)))
def test_an_instant_round_trips_through_utc(instant: dt.datetime) -> None:
    """Every UTC instant is one wall time of the zone (folds included), and back."""
    assert to_utc(from_utc(instant)) == instant


@pytest.fixture(params=["UTC", "Asia/Tokyo", "America/Los_Angeles"])
def machine(request: pytest.FixtureRequest) -> Iterator[str]:
    """The machine set to another zone than the assemblies'."""
    with machine_zone(request.param):
        yield request.param


def test_nothing_depends_on_the_machine_s_zone(machine: str) -> None:
    assert posix_seconds(dt.datetime(2027, 3, 28, 3, 30)) - posix_seconds(SPRING_NIGHT) == 50 * 60
    assert to_utc(NINE) == dt.datetime(2026, 11, 28, 8, 0)
    assert from_utc(dt.datetime(2026, 7, 4, 7, 15)) == dt.datetime(2026, 7, 4, 9, 15)
    paris_now = dt.datetime.now(dt.UTC).astimezone(ZONE).replace(tzinfo=None)
    assert abs(local_now() - paris_now) < dt.timedelta(seconds=5)
