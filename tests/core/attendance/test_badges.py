"""Badge payloads: whoever holds a badge is signed in, nobody else."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.attendance.badges import (
    PAYLOAD_LENGTH,
    BadgeError,
    BadgeRejected,
    badge_payload,
    looks_like_badge,
    new_badge_key,
    read_badge,
)

KEY = "11" * 32
OTHER_KEY = "22" * 32
PERSON = uuid.UUID("01a230c2-ccc8-7f42-a0ff-d99617578364")
QR_ALPHANUMERIC = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def rejected(text: str, key: str = KEY) -> BadgeRejected:
    with pytest.raises(BadgeError) as caught:
        read_badge(text, key)
    return caught.value.reason


def test_a_badge_reads_back_as_its_participant() -> None:
    payload = badge_payload(PERSON, KEY)
    assert len(payload) == PAYLOAD_LENGTH and set(payload) <= QR_ALPHANUMERIC
    assert read_badge(payload, KEY) == PERSON
    assert read_badge(f"  {payload.lower()}\n", KEY) == PERSON
    assert looks_like_badge(payload)


def test_why_a_code_is_refused() -> None:
    payload = badge_payload(PERSON, KEY)
    assert rejected("4006381333931") is BadgeRejected.FOREIGN
    assert rejected(payload[:-1]) is BadgeRejected.DAMAGED
    assert rejected(payload + "A") is BadgeRejected.DAMAGED
    assert rejected(payload[:10] + "1" + payload[11:]) is BadgeRejected.DAMAGED  # 1 is not base32
    assert rejected(payload, OTHER_KEY) is BadgeRejected.NOT_AUTHENTIC


def test_keys_are_fresh_and_long() -> None:
    assert new_badge_key() != new_badge_key()
    assert len(bytes.fromhex(new_badge_key())) == 32


@given(st.uuids(), st.data())
def test_any_one_character_change_is_refused(person: uuid.UUID, data: st.DataObject) -> None:
    payload = badge_payload(person, KEY)
    position = data.draw(st.integers(0, len(payload) - 1))
    replacement = data.draw(st.sampled_from(sorted(QR_ALPHANUMERIC - {payload[position]})))
    mutated = payload[:position] + replacement + payload[position + 1 :]
    with pytest.raises(BadgeError):
        read_badge(mutated, KEY)


@given(st.uuids(), st.integers(1, 45))
def test_any_truncation_is_refused(person: uuid.UUID, cut: int) -> None:
    with pytest.raises(BadgeError):
        read_badge(badge_payload(person, KEY)[:cut], KEY)
