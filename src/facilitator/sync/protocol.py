"""The sync service's protocol, shared by the server and its client.

JSON requests, and bundles (``core.sync.bundle``) for the changes themselves, so that the
network carries the same checked format as a USB stick. Every request names the schema
revision of the sender: a laptop and a server on different migrations refuse to sync and say
which one to update. A refusal is a JSON ``{"refusal": …, "detail": …}`` with a 4xx status.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from facilitator.core.sync.refusals import Refusal

API = "/v1"
SCHEMA_HEADER = "X-Facilitator-Schema"
MORE_HEADER = "X-Facilitator-More"
BUNDLE_TYPE = "application/x-facilitator-bundle"
PAGE = 5000
"""Changes per push or pull request: a page applies in one transaction and reports progress."""
MAX_REQUEST_BYTES = 64 * 1024 * 1024
"""A compressed page of changes is far smaller; a larger body is refused unread."""


class SyncRefused(Exception):
    """The other side refused: retrying will not help until someone acts (update, enrol again)."""

    def __init__(self, refusal: Refusal, detail: str = "") -> None:
        super().__init__(f"{refusal}: {detail}" if detail else str(refusal))
        self.refusal = refusal
        self.detail = detail


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_server_address(address: str) -> str:
    """The service's address as the client uses it: ``https://`` anywhere, ``http://`` only on
    this computer. A bare host gets ``https://``."""
    address = address.strip().rstrip("/")
    if "://" not in address:
        address = "https://" + address
    parts = urlsplit(address)
    try:
        parts.port  # noqa: B018  # a port out of range or not a number raises here
    except ValueError as error:
        raise SyncRefused(Refusal.BAD_REQUEST, address) from error
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncRefused(Refusal.BAD_REQUEST, address)
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise SyncRefused(Refusal.PLAIN_HTTP, address)
    return address
