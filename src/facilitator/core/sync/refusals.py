"""Why a sync, an enrolment or a device's registration was refused: the reasons the service,
its client and the keyring give, each told to a person in ``text.sync``."""

from __future__ import annotations

from enum import StrEnum


class Refusal(StrEnum):
    """What the sync service (or the client, before asking it) refuses."""

    TOKEN_UNKNOWN = "token_unknown"
    REVOKED = "revoked"
    CODE_INVALID = "code_invalid"
    NO_STORE = "no_store"
    SCHEMA_MISMATCH = "schema_mismatch"
    WRONG_DEVICE = "wrong_device"
    """A push whose bundle names another device than the token's."""
    FOREIGN_STORE = "foreign_store"
    """The server is not the central store this laptop was linked to."""
    BAD_REQUEST = "bad_request"
    PLAIN_HTTP = "plain_http"
    """An ``http://`` address that is not this computer: a token would cross the network in clear."""
    ROOM_CODE_INVALID = "room_code_invalid"
    """Not the room's code of today (or too many wrong ones in the last minute)."""
    STILL_IN_ROOM = "still_in_room"
    """A laptop of this device id asked the hub moments ago: pairing again would take its place."""
    UNTRUSTED_CERTIFICATE = "untrusted_certificate"
    """The server's TLS certificate is not one this computer trusts (nor the file given)."""
    NOT_LINKED = "not_linked"
    NO_TOKEN = "no_token"


class DeviceProblem(StrEnum):
    """What registering, enrolling or revoking a device on the central store refuses."""

    NO_STORE = "no_store"
    """The database was never made a central store (``central init``)."""
    BAD_NAME = "bad_name"
    NAME_TAKEN = "name_taken"
    UNKNOWN_DEVICE = "unknown_device"
    CODE_INVALID = "code_invalid"
    """Unknown, already used, or expired."""
    TOKEN_UNKNOWN = "token_unknown"
    REVOKED = "revoked"


class KeyringProblem(StrEnum):
    NONE = "none"
    """No keyring on this computer."""
    PLAINTEXT = "plaintext"
    """The only keyring would write the token in clear."""
    FAILED = "failed"
    """The keyring exists but refused (locked, or access denied)."""
