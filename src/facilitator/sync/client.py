"""The laptop's side of the sync service's protocol, over httpx.

Only transport failures are retried (no network, connection refused, a timeout, a proxy's
502/503/504), with a growing pause, a bounded number of times, and never once the person has
cancelled; every request is safe to repeat (pushes are idempotent, pulls and checks read). A
refusal from the service (a revoked token, another schema) is never retried: it needs a person.
"""

from __future__ import annotations

import ssl
import time
import uuid
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import certifi
import httpx

from facilitator.app.errors import EnvironmentKind, EnvironmentProblem
from facilitator.core.hlc import Stamp
from facilitator.store.database import wall_clock_ms
from facilitator.store.migrate import SCHEMA_REVISION
from facilitator.sync.protocol import API, MORE_HEADER, SCHEMA_HEADER, Refusal, SyncRefused, checked_server_address

RETRIED_STATUSES = frozenset({502, 503, 504})
ATTEMPTS = 4
FIRST_PAUSE_SECONDS = 0.5
TIMEOUT_SECONDS = 60.0


class SyncCancelled(Exception):
    """The person stopped the sync; what was already exchanged stays (each page is whole)."""


@dataclass(frozen=True)
class RemoteAssembly:
    id: uuid.UUID
    name: str
    deleted: bool


@dataclass(frozen=True)
class Hello:
    device_name: str
    store: str
    schema: str
    skew_ms: int
    """The server's clock minus this laptop's, measured at the middle of the request."""
    assemblies: list[RemoteAssembly]
    devices: dict[str, str]
    """Device id → name of the laptops the server knows."""


class SyncClient:
    def __init__(
        self,
        server: str,
        token: str | None = None,
        *,
        ca_file: Path | None = None,
        pinned_cert: str | None = None,
        cancelled: Callable[[], bool] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        attempts: int = ATTEMPTS,
        transport: httpx.BaseTransport | None = None,
        now_ms: Callable[[], int] = wall_clock_ms,
        timeout: float = TIMEOUT_SECONDS,
    ) -> None:
        self.server = checked_server_address(server)
        self._token = token
        self._cancelled = cancelled or (lambda: False)
        self._sleep = sleep
        self._attempts = attempts
        self._now_ms = now_ms
        self._http = httpx.Client(
            base_url=self.server + API,
            timeout=timeout,
            verify=_pinned(pinned_cert) if pinned_cert else _trusted(ca_file),
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exception: object) -> None:
        self.close()

    def pair(self, code: str, device: str, name: str) -> tuple[str, str, str]:
        """With a room's hub: (this laptop's name in the room, its token, the room)."""
        answer = self._post("/pair", json={"code": code, "device": device, "name": name}).json()
        return str(answer["device_name"]), str(answer["token"]), str(answer["store"])

    def enrol(self, code: str, device: str) -> tuple[str, str, str]:
        """(device name, token, store) for a valid enrolment code."""
        answer = self._post("/enrol", json={"code": code, "device": device}).json()
        return str(answer["device_name"]), str(answer["token"]), str(answer["store"])

    def hello(self) -> Hello:
        before = self._now_ms()
        answer = self._post("/hello", json={}).json()
        after = self._now_ms()
        return Hello(
            device_name=str(answer["device_name"]),
            store=str(answer["store"]),
            schema=str(answer["schema"]),
            skew_ms=int(answer["time_ms"]) - (before + after) // 2,
            assemblies=[
                RemoteAssembly(uuid.UUID(item["id"]), str(item["name"]), bool(item["deleted"]))
                for item in answer["assemblies"]
            ],
            devices={str(device): str(name) for device, name in answer.get("devices", {}).items()},
        )

    def vector(self, assemblies: Collection[uuid.UUID]) -> dict[str, Stamp]:
        answer = self._post("/vector", json={"assemblies": _ids(assemblies)}).json()
        return {str(device): Stamp.decode(stamp) for device, stamp in answer["vector"].items()}

    def push(self, bundle: bytes) -> dict[str, Any]:
        answer: dict[str, Any] = self._post("/push", content=bundle).json()
        return answer

    def pull(self, assemblies: Collection[uuid.UUID], vector: Mapping[str, Stamp], limit: int) -> tuple[bytes, bool]:
        """A bundle of the changes the laptop lacks (a page), and whether more remain."""
        response = self._post(
            "/pull",
            json={
                "assemblies": _ids(assemblies),
                "vector": {device: stamp.encode() for device, stamp in vector.items()},
                "limit": limit,
            },
        )
        return response.content, response.headers.get(MORE_HEADER) == "1"

    def digests(self, assemblies: Collection[uuid.UUID]) -> dict[str, list[object]]:
        tables: dict[str, list[object]] = self._post("/digests", json={"assemblies": _ids(assemblies)}).json()["tables"]
        return tables

    def _post(self, path: str, **kwargs: Any) -> httpx.Response:
        headers = {SCHEMA_HEADER: SCHEMA_REVISION}
        if self._token is not None:
            headers["Authorization"] = f"Bearer {self._token}"
        pause = FIRST_PAUSE_SECONDS
        for attempt in range(1, self._attempts + 1):
            if self._cancelled():
                raise SyncCancelled
            try:
                response = self._http.post(path, headers=headers, **kwargs)
            except httpx.TransportError as error:
                if _untrusted(error):
                    raise SyncRefused(Refusal.UNTRUSTED_CERTIFICATE, self.server) from error
                failure = f"{type(error).__name__}: {error}"
            else:
                if response.status_code not in RETRIED_STATUSES:
                    return _checked(response)
                failure = f"HTTP {response.status_code}"
            if attempt < self._attempts:
                self._sleep(pause)
                pause *= 2
        raise EnvironmentProblem(EnvironmentKind.SERVER_UNREACHABLE, f"{self.server}: {failure}")


def _trusted(ca_file: Path | None) -> ssl.SSLContext:
    """The certificates trusted: ``ca_file`` if given (a town hall's own authority), else the
    operating system's store (where an IT service installs its authority) and certifi's."""
    if ca_file is not None:
        return ssl.create_default_context(cafile=str(ca_file))
    context = ssl.create_default_context()
    context.load_verify_locations(certifi.where())
    return context


def _pinned(pem: str) -> ssl.SSLContext:
    """Trust one certificate, the hub's as seen at pairing, whatever name or address it answers at
    (a room's network hands out addresses as it likes)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cadata=pem)
    return context


def first_seen_certificate(server: str) -> str:
    """The certificate a hub presents, before any is trusted (pairing: trust on first use)."""
    parts = urlsplit(checked_server_address(server))
    try:
        return ssl.get_server_certificate((parts.hostname or "", parts.port or 443), timeout=TIMEOUT_SECONDS)
    except OSError as error:
        raise EnvironmentProblem(EnvironmentKind.SERVER_UNREACHABLE, f"{server}: {error}") from error


def _untrusted(error: BaseException) -> bool:
    """A TLS handshake that failed on the certificate: retrying will not help."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _ids(assemblies: Collection[uuid.UUID]) -> list[str]:
    return sorted(str(assembly) for assembly in assemblies)


def _checked(response: httpx.Response) -> httpx.Response:
    if response.is_success:
        return response
    try:
        answer = response.json()
        refusal = Refusal(answer["refusal"])
        detail = str(answer.get("detail", ""))
    except (ValueError, KeyError, TypeError):
        raise EnvironmentProblem(
            EnvironmentKind.SERVER_UNREACHABLE, f"HTTP {response.status_code}: {response.text[:200]}"
        ) from None
    raise SyncRefused(refusal, detail)
