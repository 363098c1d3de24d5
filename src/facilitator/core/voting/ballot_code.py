"""What a ballot's QR code says, and the short code printed under it for typing by hand.

``AC1.L1.VK7P2Q.R.S4F8K2MXA.C2.<TAG>``: format (``AC1``), layout (``L1`` a slip, ``G1`` a grid
sheet), the vote's code, ``R`` for a real ballot or ``T`` for a test deck, the kit's serial,
the choice (slips only: ``C0`` is « Vote blanc », ``C1``… the options in order), and an HMAC-
SHA256 tag over all the rest with the vote's key, cut to 64 bits. Only QR "alphanumeric"
characters, so the code stays small (version 3 at level Q).

The serial is random and names a kit, never a person: every slip of one voter's kit carries
it, so one kit counts once. Serials, vote codes and tags are Crockford base 32 (no I, L, O,
U), so that a short code read aloud or typed from paper survives the usual confusions: on
input O reads as 0, I and L as 1.

The short code is the serial, the choice, two characters of the tag and a check character
(Luhn mod 32): ``4F8K-2MXA-02EZ-W``. The check catches any single mistyped character and most
swaps of two neighbours before the tag is even looked at; the two tag characters (10 bits)
make a code typed from imagination pass one time in a thousand, and its serial must then be
one the vote printed: a short code identifies a printed ballot, the QR code authenticates it.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum

MAGIC = "AC1"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base 32."""

KEY_BYTES = 32
VOTE_CODE_CHARS = 5
SERIAL_CHARS = 8
TAG_CHARS = 13  # 64 bits
SHORT_TAG_CHARS = 2
BLANK = 0
"""The choice number of the « Vote blanc » slip; options are numbered from 1."""
MAX_CHOICE = 99


class Layout(StrEnum):
    SLIP = "L1"
    """One slip per choice, the choice in the code (yes/no, one choice, approval by slips)."""
    GRID = "G1"
    """A sheet with a row per proposal and a box per grade (majority judgment, long approval)."""


class BallotRejected(StrEnum):
    """Why a scanned or typed code does not count (each shown to the counters in French)."""

    UNREADABLE = "unreadable"
    """Not a ballot of this program, or damaged beyond its format."""
    OTHER_VOTE = "other_vote"
    TEST_BALLOT = "test_ballot"
    """A test deck's ballot in a real count."""
    REAL_BALLOT = "real_ballot"
    """A real ballot in a rehearsal (test) count."""
    NOT_AUTHENTIC = "not_authentic"
    """Well formed, of this vote, but its tag is wrong: forged or misread."""
    MISTYPED = "mistyped"
    """A short code whose check character does not match: a typing mistake."""
    NEVER_PRINTED = "never_printed"
    """Well formed and of this vote, but no kit of this count was printed with that serial."""
    UNKNOWN_CHOICE = "unknown_choice"
    """Authentic, but for a choice this vote does not have (its options changed since printing)."""
    WRONG_FORM = "wrong_form"
    """A slip for a vote counted on grid sheets, or the reverse."""


class BallotError(ValueError):
    def __init__(self, reason: BallotRejected) -> None:
        super().__init__(reason.value)
        self.reason = reason


@dataclass(frozen=True)
class Ballot:
    vote_code: str
    serial: str
    layout: Layout
    choice: int | None
    """The slip's choice (``BLANK`` or an option number from 1); None on a grid sheet."""
    test: bool


@dataclass(frozen=True)
class VoteSeal:
    """What a vote's ballots are checked against: its code, its key, whether this count is a
    rehearsal with the test deck, and the serials printed for real and for test kits."""

    vote_code: str
    key: str
    """Hexadecimal, made with the vote."""
    test: bool = False
    real_serials: frozenset[str] | None = None
    """None when the printed serials are not known (then only the tag is checked)."""
    test_serials: frozenset[str] | None = None


def new_vote_key() -> str:
    return secrets.token_hex(KEY_BYTES)


def new_code(length: int) -> str:
    """A random Crockford base-32 code (vote codes, serials)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def payload(ballot: Ballot, key: str) -> str:
    """The text of the ballot's QR code."""
    body = _body(ballot)
    return f"{body}.{_tag(body, key)}"


def short_code(ballot: Ballot, key: str) -> str:
    """The code printed under the QR code, for typing by hand (see the module's docstring)."""
    choice = "" if ballot.choice is None else f"{ballot.choice:02d}"
    body = ballot.serial + choice + _short_tag(ballot, key)
    body += _check_character(body)
    return "-".join(body[index : index + 4] for index in range(0, len(body), 4))


def read_payload(text: str, seal: VoteSeal) -> Ballot:
    """The ballot a scanned code designates; raises ``BallotError`` with the reason otherwise."""
    fields = text.strip().upper().split(".")
    if len(fields) not in (6, 7) or fields[0] != MAGIC:
        raise BallotError(BallotRejected.UNREADABLE)
    ballot = _parse(fields[:-1])
    if len(fields[-1]) != TAG_CHARS or any(c not in ALPHABET for c in fields[-1]):
        raise BallotError(BallotRejected.UNREADABLE)
    if ballot.vote_code != seal.vote_code:
        raise BallotError(BallotRejected.OTHER_VOTE)
    if not hmac.compare_digest(fields[-1], _tag(_body(ballot), seal.key)):
        raise BallotError(BallotRejected.NOT_AUTHENTIC)
    return _printed(_checked_flag(ballot, seal), seal)


def read_short_code(text: str, seal: VoteSeal, layout: Layout) -> Ballot:
    """The ballot a typed short code designates, for a vote whose ballots have ``layout``.

    The test flag is not in the short code: the serial says which kind of kit it was printed
    in (its tag part too), so a test ballot typed into a real count is named as one.
    """
    typed = _normalised(text)
    choice_digits = 2 if layout is Layout.SLIP else 0
    if len(typed) != SERIAL_CHARS + choice_digits + SHORT_TAG_CHARS + 1 or any(c not in ALPHABET for c in typed):
        raise BallotError(BallotRejected.UNREADABLE)
    if _check_character(typed[:-1]) != typed[-1]:
        raise BallotError(BallotRejected.MISTYPED)
    serial = typed[:SERIAL_CHARS]
    choice_text = typed[SERIAL_CHARS : SERIAL_CHARS + choice_digits]
    if choice_text and not choice_text.isdigit():
        raise BallotError(BallotRejected.UNREADABLE)
    choice = int(choice_text) if choice_text else None
    tag = typed[SERIAL_CHARS + choice_digits : -1]
    for test in (seal.test, not seal.test):
        ballot = Ballot(seal.vote_code, serial, layout, choice, test)
        if hmac.compare_digest(tag, _short_tag(ballot, seal.key)):
            return _printed(_checked_flag(ballot, seal), seal)
    raise BallotError(BallotRejected.NOT_AUTHENTIC)


def looks_like_ballot(text: str) -> bool:
    return text.strip().upper().startswith(MAGIC + ".")


def _body(ballot: Ballot) -> str:
    fields = [MAGIC, ballot.layout.value, "V" + ballot.vote_code, "T" if ballot.test else "R", "S" + ballot.serial]
    if ballot.choice is not None:
        fields.append(f"C{ballot.choice}")
    return ".".join(fields)


_FIELD = {
    "vote": re.compile(f"V([{ALPHABET}]{{{VOTE_CODE_CHARS}}})"),
    "serial": re.compile(f"S([{ALPHABET}]{{{SERIAL_CHARS}}})"),
    "choice": re.compile(r"C(0|[1-9][0-9]?)"),
}


def _parse(fields: list[str]) -> Ballot:
    """The ballot a payload's fields (without the tag) describe, or UNREADABLE."""
    try:
        layout = Layout(fields[1])
    except ValueError as error:
        raise BallotError(BallotRejected.UNREADABLE) from error
    expected = 6 if layout is Layout.SLIP else 5
    vote = _FIELD["vote"].fullmatch(fields[2]) if len(fields) > 2 else None
    serial = _FIELD["serial"].fullmatch(fields[4]) if len(fields) > 4 else None
    if len(fields) != expected or vote is None or serial is None or fields[3] not in ("R", "T"):
        raise BallotError(BallotRejected.UNREADABLE)
    choice = None
    if layout is Layout.SLIP:
        matched = _FIELD["choice"].fullmatch(fields[5])
        if matched is None:
            raise BallotError(BallotRejected.UNREADABLE)
        choice = int(matched.group(1))
    return Ballot(vote.group(1), serial.group(1), layout, choice, fields[3] == "T")


def _short_tag(ballot: Ballot, key: str) -> str:
    """The tag's last characters: its lowest bits, all of them significant (the first
    character of a 64-bit tag in 13 characters only ever holds 4 bits)."""
    return _tag(_body(ballot), key)[-SHORT_TAG_CHARS:]


def _printed(ballot: Ballot, seal: VoteSeal) -> Ballot:
    """The ballot if a kit of this count's kind was printed with its serial (when known)."""
    own, other = (seal.test_serials, seal.real_serials) if seal.test else (seal.real_serials, seal.test_serials)
    if own is None or ballot.serial in own:
        return ballot
    if other is not None and ballot.serial in other:
        raise BallotError(BallotRejected.REAL_BALLOT if seal.test else BallotRejected.TEST_BALLOT)
    raise BallotError(BallotRejected.NEVER_PRINTED)


def _checked_flag(ballot: Ballot, seal: VoteSeal) -> Ballot:
    if ballot.test and not seal.test:
        raise BallotError(BallotRejected.TEST_BALLOT)
    if seal.test and not ballot.test:
        raise BallotError(BallotRejected.REAL_BALLOT)
    return ballot


def _tag(body: str, key: str) -> str:
    digest = hmac.new(bytes.fromhex(key), body.encode("ascii"), hashlib.sha256).digest()
    return _base32(int.from_bytes(digest[:8], "big"), TAG_CHARS)


def _base32(value: int, length: int) -> str:
    characters = []
    for _ in range(length):
        value, digit = divmod(value, 32)
        characters.append(ALPHABET[digit])
    return "".join(reversed(characters))


def _normalised(text: str) -> str:
    """Upper case, separators and spaces dropped, O read as 0 and I, L as 1 (Crockford)."""
    kept = re.sub(r"[\s\-_.]", "", text.upper())
    return kept.translate(str.maketrans("OIL", "011"))


def _check_character(text: str) -> str:
    """Luhn mod 32: catches every single substitution and most swaps of two neighbours."""
    factor = 2
    total = 0
    for character in reversed(text):
        addend = factor * ALPHABET.index(character)
        total += addend // 32 + addend % 32
        factor = 1 if factor == 2 else 2
    return ALPHABET[(32 - total % 32) % 32]
