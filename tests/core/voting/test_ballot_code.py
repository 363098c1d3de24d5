"""The ballot payload and short code: round trips, and every damage or mismatch rejected."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from facilitator.core.voting.ballot_code import (
    ALPHABET,
    SERIAL_CHARS,
    VOTE_CODE_CHARS,
    Ballot,
    BallotError,
    BallotRejected,
    Layout,
    VoteSeal,
    new_code,
    new_vote_key,
    payload,
    read_payload,
    read_short_code,
    short_code,
)

KEY = "0f" * 32
OTHER_KEY = "a5" * 32
QR_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"

codes = st.text(ALPHABET, min_size=VOTE_CODE_CHARS, max_size=VOTE_CODE_CHARS)
serials = st.text(ALPHABET, min_size=SERIAL_CHARS, max_size=SERIAL_CHARS)


@st.composite
def ballots(draw: st.DrawFn) -> Ballot:
    layout = draw(st.sampled_from(Layout))
    choice = draw(st.integers(0, 99)) if layout is Layout.SLIP else None
    return Ballot(draw(codes), draw(serials), layout, choice, draw(st.booleans()))


def seal_of(ballot: Ballot, key: str = KEY) -> VoteSeal:
    return VoteSeal(ballot.vote_code, key, ballot.test)


def reason(text: str, seal: VoteSeal) -> BallotRejected:
    with pytest.raises(BallotError) as caught:
        read_payload(text, seal)
    return caught.value.reason


@given(ballots())
def test_a_payload_reads_back_as_its_ballot_in_qr_alphanumeric_characters(ballot: Ballot) -> None:
    text = payload(ballot, KEY)
    assert set(text) <= set(QR_ALPHANUMERIC)
    assert read_payload(text, seal_of(ballot)) == ballot
    assert read_payload(" " + text.lower() + "\n", seal_of(ballot)) == ballot  # Caps Lock, a scanner's Enter


@given(ballots())
def test_a_short_code_reads_back_as_its_ballot(ballot: Ballot) -> None:
    code = short_code(ballot, KEY)
    assert read_short_code(code, seal_of(ballot), ballot.layout) == ballot
    typed = code.replace("-", " ").lower().replace("0", "o").replace("1", "l")
    assert read_short_code(typed, seal_of(ballot), ballot.layout) == ballot


@settings(max_examples=60)
@given(ballots(), st.data())
def test_every_single_character_change_is_rejected(ballot: Ballot, data: st.DataObject) -> None:
    text = payload(ballot, KEY)
    position = data.draw(st.integers(0, len(text) - 1))
    replacement = data.draw(st.sampled_from([c for c in QR_ALPHANUMERIC if c != text[position]]))
    damaged = text[:position] + replacement + text[position + 1 :]
    with pytest.raises(BallotError):
        read_payload(damaged, seal_of(ballot))


@given(ballots(), st.data())
def test_every_truncation_is_rejected(ballot: Ballot, data: st.DataObject) -> None:
    text = payload(ballot, KEY)
    cut = data.draw(st.integers(0, len(text) - 1))
    with pytest.raises(BallotError):
        read_payload(text[:cut], seal_of(ballot))


@given(ballots())
def test_another_key_another_vote_and_the_wrong_kind_of_count_are_rejected(ballot: Ballot) -> None:
    text = payload(ballot, KEY)
    assert reason(text, seal_of(ballot, OTHER_KEY)) is BallotRejected.NOT_AUTHENTIC
    other_code = "".join(ALPHABET[(ALPHABET.index(c) + 1) % 32] for c in ballot.vote_code)
    assert reason(text, VoteSeal(other_code, KEY, ballot.test)) is BallotRejected.OTHER_VOTE
    expected = BallotRejected.TEST_BALLOT if ballot.test else BallotRejected.REAL_BALLOT
    assert reason(text, VoteSeal(ballot.vote_code, KEY, not ballot.test)) is expected


@given(ballots(), st.data())
def test_every_mistyped_short_code_character_is_caught(ballot: Ballot, data: st.DataObject) -> None:
    typed = short_code(ballot, KEY).replace("-", "")
    position = data.draw(st.integers(0, len(typed) - 1))
    replacement = data.draw(st.sampled_from([c for c in ALPHABET if c != typed[position]]))
    with pytest.raises(BallotError):
        read_short_code(typed[:position] + replacement + typed[position + 1 :], seal_of(ballot), ballot.layout)


def test_a_test_ballot_typed_into_a_real_count_is_named_as_such() -> None:
    ballot = Ballot("K7P2Q", "4F8K2MXA", Layout.SLIP, 2, True)
    with pytest.raises(BallotError) as caught:
        read_short_code(short_code(ballot, KEY), VoteSeal("K7P2Q", KEY, False), Layout.SLIP)
    assert caught.value.reason is BallotRejected.TEST_BALLOT


@given(st.text())
def test_arbitrary_text_never_crashes_the_reader(text: str) -> None:
    seal = VoteSeal("K7P2Q", KEY)
    for read in (lambda: read_payload(text, seal), lambda: read_short_code(text, seal, Layout.SLIP)):
        with contextlib.suppress(BallotError):
            read()


def test_foreign_codes_are_unreadable() -> None:
    seal = VoteSeal("K7P2Q", KEY)
    for text in ("", "FB1:ABCDEF", "https://example.org", "AC2.L1.VK7P2Q.R.S4F8K2MXA.C2.0000000000000", "AC1.X9"):
        assert reason(text, seal) is BallotRejected.UNREADABLE


def test_fresh_keys_and_codes() -> None:
    assert len(bytes.fromhex(new_vote_key())) == 32
    assert len(new_code(8)) == 8 and set(new_code(40)) <= set(ALPHABET)


@given(ballots(), st.text(min_size=1, max_size=20))
def test_a_payload_with_any_tag_is_rejected_without_a_crash(ballot: Ballot, tag: str) -> None:
    body = payload(ballot, KEY).rsplit(".", 1)[0]
    with pytest.raises(BallotError):
        read_payload(f"{body}.{tag}", seal_of(ballot))


@settings(max_examples=200)
@given(ballots(), serials)
def test_a_short_code_of_a_test_kit_another_vote_or_no_kit_never_counts(ballot: Ballot, other_serial: str) -> None:
    """With the printed serials known, a short code counts only for a kit of the count's kind."""
    real = Ballot(ballot.vote_code, ballot.serial, ballot.layout, ballot.choice, False)
    test = Ballot(ballot.vote_code, other_serial, ballot.layout, ballot.choice, True)
    assume(other_serial != ballot.serial)
    seal = VoteSeal(ballot.vote_code, KEY, False, frozenset({real.serial}), frozenset({test.serial}))
    assert read_short_code(short_code(real, KEY), seal, ballot.layout) == real
    with pytest.raises(BallotError) as caught:
        read_short_code(short_code(test, KEY), seal, ballot.layout)
    assert caught.value.reason is BallotRejected.TEST_BALLOT
    elsewhere = Ballot(ballot.vote_code, other_serial, ballot.layout, ballot.choice, False)
    with pytest.raises(BallotError):
        read_short_code(short_code(elsewhere, OTHER_KEY), seal, ballot.layout)  # another vote's key, or none
    never = VoteSeal(ballot.vote_code, KEY, False, frozenset(), frozenset())
    with pytest.raises(BallotError) as caught:
        read_short_code(short_code(real, KEY), never, ballot.layout)
    assert caught.value.reason is BallotRejected.NEVER_PRINTED
