from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.hlc import Stamp, tick

devices = st.sampled_from(["a" * 8, "b" * 8, "0123abcd"])


def test_a_later_wall_clock_resets_the_counter() -> None:
    assert tick(Stamp(1000, 4, "a"), 2000, "b") == Stamp(2000, 0, "b")


def test_a_clock_that_stands_still_or_goes_back_counts_up() -> None:
    assert tick(Stamp(1000, 4, "a"), 1000, "a") == Stamp(1000, 5, "a")
    assert tick(Stamp(1000, 4, "a"), 10, "a") == Stamp(1000, 5, "a")


def test_counter_overflow_moves_logical_time_on() -> None:
    assert tick(Stamp(1000, 99_999, "a"), 10, "a") == Stamp(1001, 0, "a")


def test_encoding_reads_back() -> None:
    stamp = Stamp(1_763_856_000_123, 7, "0f8c2b1e-device")
    assert Stamp.decode(stamp.encode()) == stamp
    assert stamp.encode() == "1763856000123-00007-0f8c2b1e-device"


@given(st.lists(st.tuples(st.integers(0, 10**12), devices), min_size=1, max_size=60))
def test_ticks_strictly_increase_whatever_the_wall_clock(events: list[tuple[int, str]]) -> None:
    last = None
    for now, device in events:
        new = tick(last, now, device)
        if last is not None:
            assert new > last
            assert new.encode() > last.encode()
        last = new


@given(
    st.integers(0, 10**13 - 1),
    st.integers(0, 99_999),
    devices,
    st.integers(0, 10**13 - 1),
    st.integers(0, 99_999),
    devices,
)
def test_text_order_is_stamp_order(w1: int, c1: int, d1: str, w2: int, c2: int, d2: str) -> None:
    a, b = Stamp(w1, c1, d1), Stamp(w2, c2, d2)
    assert (a < b) == (a.encode() < b.encode())
