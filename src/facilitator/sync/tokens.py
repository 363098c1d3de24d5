"""The laptop's sync token: in the operating system's keyring, never in a file.

A keyring backend that would keep it in clear (keyrings.alt's plaintext file) or that does not
exist (a server, CI) is refused: enrolment then fails with a clear message instead of leaving a
secret on the disk. Scripts and tests enrol with ``--print-token`` and give the token in the
``FACILITATOR_SYNC_TOKEN`` environment variable.
"""

from __future__ import annotations

import os

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from facilitator.core.sync.refusals import KeyringProblem

SERVICE = "facilitator-sync"
TOKEN_VARIABLE = "FACILITATOR_SYNC_TOKEN"
NO_BACKENDS = frozenset({"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"})
"""What keyring uses when the computer has no keyring: they store nothing."""
UNSAFE_BACKENDS = frozenset({"keyrings.alt.file.PlaintextKeyring"})
"""Backends that would write the token in clear."""


class KeyringRefused(Exception):
    def __init__(self, problem: KeyringProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else str(problem))
        self.problem = problem
        self.detail = detail


class TokenMissing(Exception):
    """No token for this link: neither in the keyring nor in the environment."""


def _name(backend: object) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def checked_keyring() -> KeyringBackend:
    """The keyring in use, if it keeps secrets safely (a chain of backends writes to its first)."""
    backend = keyring.get_keyring()
    members = list(getattr(backend, "backends", [backend]))
    first = _name(members[0]) if members else _name(backend)
    if not members or first in NO_BACKENDS:
        raise KeyringRefused(KeyringProblem.NONE, first)
    if first in UNSAFE_BACKENDS:
        raise KeyringRefused(KeyringProblem.PLAINTEXT, first)
    return backend


def _account(store: str, device: str) -> str:
    return f"{store}/{device}"


def save_token(store: str, device: str, token: str) -> None:
    backend = checked_keyring()
    try:
        backend.set_password(SERVICE, _account(store, device), token)
    except keyring.errors.KeyringError as error:
        raise KeyringRefused(KeyringProblem.FAILED, str(error)) from error


def load_token(store: str, device: str) -> str:
    """The token from the environment (scripts), else from the keyring."""
    given = os.environ.get(TOKEN_VARIABLE, "").strip()
    if given:
        return given
    backend = checked_keyring()
    try:
        token = backend.get_password(SERVICE, _account(store, device))
    except keyring.errors.KeyringError as error:
        raise KeyringRefused(KeyringProblem.FAILED, str(error)) from error
    if not token:
        raise TokenMissing
    return token
