"""What a badge's QR code says: whose badge it is, signed with the assembly's key.

A badge scanned at the desk signs its bearer in without a word typed, so a photocopied or
invented code must not sign anybody in: the payload carries the participant's id and an
HMAC tag made with a key of the assembly (stored with the assembly, so that every laptop of
the assembly accepts its badges after sync). Badge numbers are not secret and are not used.

The payload uses only QR "alphanumeric" characters (upper-case letters, digits, ``:``), which
keeps the code small (version 3, 29 × 29 modules) and therefore easy for a webcam to read,
and survives a handheld scanner configured for another keyboard layout once remapped.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from enum import StrEnum

PREFIX = "FB1:"
"""Facilitator Badge, format 1."""

KEY_BYTES = 32
TAG_BYTES = 10
_ID_CHARS = 26  # 16 bytes in base32, padding removed
_TAG_CHARS = 16  # 10 bytes in base32
PAYLOAD_LENGTH = len(PREFIX) + _ID_CHARS + _TAG_CHARS


class BadgeRejected(StrEnum):
    """Why a scanned code signs nobody in."""

    FOREIGN = "foreign"
    """Not a facilitator badge at all (another QR code, a ballot, a product barcode)."""
    DAMAGED = "damaged"
    """Starts like a badge but is cut short, too long or holds impossible characters."""
    NOT_AUTHENTIC = "not_authentic"
    """Well formed but not signed with this assembly's key: forged, or another assembly's."""


class BadgeError(ValueError):
    def __init__(self, reason: BadgeRejected) -> None:
        super().__init__(reason.value)
        self.reason = reason


def new_badge_key() -> str:
    """A fresh random key for an assembly, as stored (hexadecimal)."""
    return secrets.token_hex(KEY_BYTES)


def _tag(participant_id: uuid.UUID, key: str) -> bytes:
    digest = hmac.new(bytes.fromhex(key), b"badge:" + participant_id.bytes, hashlib.sha256).digest()
    return digest[:TAG_BYTES]


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def badge_payload(participant_id: uuid.UUID, key: str) -> str:
    """The text of the QR code printed on this participant's badge."""
    return PREFIX + _b32(participant_id.bytes) + _b32(_tag(participant_id, key))


def looks_like_badge(text: str) -> bool:
    """True when ``text`` starts like a badge payload (whatever follows)."""
    return text.strip().upper().startswith(PREFIX)


def read_badge(text: str, key: str) -> uuid.UUID:
    """The participant a scanned code designates; raises ``BadgeError`` with the reason otherwise.

    Letter case is ignored (some scanners send lower case when Caps Lock is on).
    """
    payload = text.strip().upper()
    if not payload.startswith(PREFIX):
        raise BadgeError(BadgeRejected.FOREIGN)
    body = payload[len(PREFIX) :]
    if len(body) != _ID_CHARS + _TAG_CHARS:
        raise BadgeError(BadgeRejected.DAMAGED)
    try:
        participant_id = uuid.UUID(bytes=_unb32(body[:_ID_CHARS]))
        tag = _unb32(body[_ID_CHARS:])
    except ValueError as error:  # binascii.Error is a ValueError
        raise BadgeError(BadgeRejected.DAMAGED) from error
    if _b32(participant_id.bytes) != body[:_ID_CHARS]:
        raise BadgeError(BadgeRejected.DAMAGED)  # unused bits set: not a code this program wrote
    if not hmac.compare_digest(tag, _tag(participant_id, key)):
        raise BadgeError(BadgeRejected.NOT_AUTHENTIC)
    return participant_id
