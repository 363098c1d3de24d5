from __future__ import annotations

import itertools
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.attendance.badges import BadgeError, badge_payload, new_badge_key, read_badge
from facilitator.core.scanner import (
    CODE_CHARACTERS,
    MAX_MEDIAN_GAP_MS,
    MIN_BURST_CHARS,
    MISMATCHES,
    PAUSE_MS,
    LayoutMismatch,
    burst_start,
    is_burst,
    layout_variants,
)

US_ON_FR, FR_ON_US = MISMATCHES


def times(gaps: list[float], start: float = 1000.0) -> list[float]:
    return list(itertools.accumulate(gaps, initial=start))


scanner_gaps = st.lists(st.floats(min_value=0, max_value=15), min_size=MIN_BURST_CHARS - 1, max_size=80)
human_gaps = st.lists(st.floats(min_value=40, max_value=2000), max_size=80)
code_text = st.text(alphabet=CODE_CHARACTERS, max_size=60)


# Bursts ---------------------------------------------------------------------------------------


def test_a_badge_typed_by_a_scanner_is_a_burst_and_a_person_typing_is_not() -> None:
    assert is_burst(times([3.0] * 45))
    assert not is_burst(times([150.0] * 45))
    assert not is_burst(times([3.0] * (MIN_BURST_CHARS - 2)))  # seven characters prove nothing


def test_a_person_rolling_pairs_of_keys_is_not_a_scanner() -> None:
    """Half the gaps as fast as a scanner's, the others a person's: the mean gives it away."""
    assert not is_burst(times([12.0, 130.0] * 10))
    assert not is_burst(times([12.0, 12.0, 200.0] * 10))


def test_a_stall_inside_a_scan_does_not_turn_it_into_typing() -> None:
    """The interface busy for 400 ms while the scanner types (the keys queue up, then arrive
    together): still a scan."""
    assert is_burst(times([5.0] * 10 + [400.0] + [0.5] * 34))
    assert burst_start(times([5.0] * 10 + [400.0] + [0.5] * 34)) == 0


def test_slower_wireless_scanners_are_still_bursts() -> None:
    assert is_burst(times([MAX_MEDIAN_GAP_MS] * 30))
    assert not is_burst(times([MAX_MEDIAN_GAP_MS + 5] * 30))


def test_a_scan_after_a_few_typed_letters_starts_after_the_pause() -> None:
    typed = [180.0, 140.0]  # "dup": three keys
    assert burst_start(times(typed + [2500.0] + [4.0] * 45)) == 3
    assert burst_start(times([4.0] * 45)) == 0
    assert burst_start(times(typed)) is None
    assert burst_start([]) is None


def test_key_times_going_backwards_are_a_bug() -> None:
    with pytest.raises(ValueError, match="backwards"):
        is_burst([10.0, 12.0, 11.0] + [13.0] * 8)


@given(scanner_gaps)
def test_any_scanner_speed_is_a_burst(gaps: list[float]) -> None:
    assert is_burst(times(gaps))
    assert burst_start(times(gaps)) == 0


@given(human_gaps)
def test_no_human_typing_is_a_burst(gaps: list[float]) -> None:
    assert not is_burst(times(gaps))
    assert burst_start(times(gaps)) is None


@given(st.lists(st.floats(min_value=0, max_value=15), max_size=MIN_BURST_CHARS - 2))
def test_too_few_characters_are_never_a_burst(gaps: list[float]) -> None:
    assert not is_burst(times(gaps))


@given(human_gaps, st.floats(min_value=PAUSE_MS + 1, max_value=60_000), scanner_gaps)
def test_the_burst_after_typing_and_a_pause_starts_at_its_first_key(
    typed: list[float], pause: float, scan: list[float]
) -> None:
    keys = times([*typed, pause, *scan])
    assert burst_start(keys) == len(typed) + 1


# Keyboard layouts ------------------------------------------------------------------------------


def test_a_us_scanner_on_a_french_laptop_types_what_azerty_keys_give() -> None:
    assert US_ON_FR.as_typed("1234567890") == "&é\"'(-è_çà"
    assert US_ON_FR.as_typed("aqzwm AQZWM") == "qawz, QAWZ?"
    assert US_ON_FR.as_typed(":-./+*$%") == "M):!+845"
    assert US_ON_FR.as_typed("FB1:LSZ") == "FB&MLSW"


def test_a_french_scanner_on_a_us_laptop_types_what_qwerty_keys_give() -> None:
    assert FR_ON_US.as_typed("1234567890") == "!@#$%^&*()"
    assert FR_ON_US.as_typed("aqzwm AQZWM") == "qawz; QAWZ:"
    assert FR_ON_US.as_typed(":-./+*$%") == '.6<>+\\]"'


def test_every_code_character_has_a_key_on_both_layouts() -> None:
    for mismatch in MISMATCHES:
        keyed = set(mismatch.typed) | {" "}
        assert set(CODE_CHARACTERS) <= keyed, mismatch


def test_the_two_tables_of_a_mismatch_undo_each_other() -> None:
    for mismatch in MISMATCHES:
        assert {typed: meant for meant, typed in mismatch.typed.items()} == dict(mismatch.meant)


def test_variants_start_with_the_text_as_received_and_never_repeat() -> None:
    assert layout_variants("FB&MLSW") == ["FB&MLSW", "FB1:LSZ", "FB7?LSZ"]
    assert layout_variants("") == [""]
    assert layout_variants("FEED") == ["FEED"]  # letters every layout shares


@given(code_text)
def test_any_code_mangled_by_either_mismatch_comes_back(code: str) -> None:
    variants = layout_variants(code)
    assert variants[0] == code and len(set(variants)) == len(variants)
    for mismatch in MISMATCHES:
        assert code in layout_variants(mismatch.as_typed(code))
        assert all(len(variant) == len(code) for variant in layout_variants(mismatch.as_typed(code)))


def first_verified(text: str, key: str) -> uuid.UUID | None:
    """What the desk does with a scanned text: the first variant that is a genuine badge."""
    for variant in layout_variants(text):
        try:
            return read_badge(variant, key)
        except BadgeError:
            continue
    return None


@given(st.uuids(), st.sampled_from(MISMATCHES))
def test_a_badge_scanned_through_a_layout_mismatch_signs_in_its_bearer(
    person: uuid.UUID, mismatch: LayoutMismatch
) -> None:
    key = new_badge_key()
    payload = badge_payload(person, key)
    assert first_verified(mismatch.as_typed(payload), key) == person
    assert first_verified(payload, key) == person
    assert first_verified(payload, new_badge_key()) is None  # another assembly's key


def test_no_remap_of_a_genuine_badge_is_itself_genuine() -> None:
    """The variants of a correctly typed badge are not badges: the desk can never pick a remap
    over the text as received."""
    key = new_badge_key()
    person = uuid.uuid4()
    payload = badge_payload(person, key)
    variants = layout_variants(payload)
    assert len(variants) == 3
    for variant in variants[1:]:
        with pytest.raises(BadgeError):
            read_badge(variant, key)
