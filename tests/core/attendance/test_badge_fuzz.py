"""Any text read by a scanner at the desk signs someone in only if it is one of this assembly's
badges: anything else is refused with its reason, never a crash."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.attendance.badges import PREFIX, BadgeError, badge_payload, new_badge_key, read_badge

KEY = new_badge_key()


@given(st.one_of(st.text(max_size=80), st.text(max_size=60).map(lambda tail: PREFIX + tail)))
def test_any_text_is_refused_unless_it_is_a_badge(text: str) -> None:
    try:
        person = read_badge(text, KEY)
    except BadgeError:
        return
    assert badge_payload(person, KEY) == text.strip().upper()


@given(st.uuids())
def test_a_badge_reads_back_in_any_letter_case(person: uuid.UUID) -> None:
    payload = badge_payload(person, KEY)
    assert read_badge(payload.lower(), KEY) == person
