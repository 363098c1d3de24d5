"""The sync service: the only writer of the central store, laptops' one door to it.

Starlette on uvicorn: a small, well-kept ASGI stack (the ``encode`` projects, also behind
FastAPI) that serves TLS from a certificate file by itself, runs in a thread of the desktop
application as well as in a systemd service, and whose pure-Python HTTP/1.1 parser (h11) adds
little to the installer. The standard library's ``http.server`` is documented as unfit for a
service facing a network. The database work is synchronous SQLAlchemy, run in Starlette's
thread pool, one transaction per page of changes.

Every request but enrolment carries the device's token; every refusal is logged with the
device and the reason.
"""

from __future__ import annotations

import collections
import json
import logging
import socket
import threading
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import uvicorn
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from facilitator.core.changes import Change
from facilitator.core.hlc import Stamp
from facilitator.core.sync import Bundle, BundleRefused, Outcome, decode_bundle, encode_bundle
from facilitator.core.sync.refusals import DeviceProblem
from facilitator.core.sync.vector import merged, vector_of
from facilitator.services.sync.apply import apply_changes
from facilitator.services.sync.devices import DeviceAccess, DeviceRefused, authenticate, enrol_device
from facilitator.services.sync.exchange import lacking_changes, table_digests, vector_for
from facilitator.services.sync.names import device_names
from facilitator.services.sync.room import pair_device
from facilitator.store.database import Database
from facilitator.store.migrate import SCHEMA_REVISION
from facilitator.store.models import Assembly
from facilitator.sync.protocol import (
    API,
    BUNDLE_TYPE,
    MAX_REQUEST_BYTES,
    MORE_HEADER,
    PAGE,
    SCHEMA_HEADER,
    Refusal,
    SyncRefused,
    is_loopback,
)

log = logging.getLogger("facilitator.sync.server")

Handler = Callable[[Request], Awaitable[Response]]


def _refused(refusal: Refusal, detail: str, request: Request, device: str = "") -> JSONResponse:
    status = {
        Refusal.TOKEN_UNKNOWN: 401,
        Refusal.NO_TOKEN: 401,
        Refusal.REVOKED: 403,
        Refusal.WRONG_DEVICE: 403,
        Refusal.CODE_INVALID: 403,
        Refusal.ROOM_CODE_INVALID: 403,
        Refusal.STILL_IN_ROOM: 409,
        Refusal.SCHEMA_MISMATCH: 409,
        Refusal.FOREIGN_STORE: 409,
    }.get(refusal, 400)
    client = request.client.host if request.client else "?"
    log.warning("refused %s %s from %s (%s): %s", request.url.path, refusal, client, device or "no device", detail)
    return JSONResponse({"refusal": refusal.value, "detail": detail}, status_code=status)


IN_ROOM_SECONDS = 15.0
"""A desk silent longer than this has left (or restarted): it may pair again."""
FAILED_CODES_PER_MINUTE = 20
"""Wrong enrolment or room codes accepted in a minute before every attempt waits: a room's six
digits would take weeks to guess."""


class SyncService:
    """The routes of one central store, or of a room's hub (``room``: desks pair with the room's
    code instead of enrolling with a code of their own)."""

    def __init__(
        self,
        db: Database,
        store: uuid.UUID,
        *,
        room: bool = False,
        name: str = "",
        applied: Callable[[Change], None] | None = None,
    ) -> None:
        self.db = db
        self.store = store
        self.room = room
        self.name = name
        """This replica's name as the others show it (a hub: the laptop's), if it records anything."""
        self._applied = applied
        """Told what each push changed here (a hub's own screens refresh from it)."""
        self.last_seen: dict[str, float] = {}
        """Device name → when it last asked anything (time.time()): who in the room is in step."""
        self._applying = threading.Lock()
        """One push applied at a time: two pushes rebuilding one row from its history at once
        would each miss the other's change."""
        self._failed_codes: collections.deque[float] = collections.deque()
        self._failed_lock = threading.Lock()

    def app(self) -> Starlette:
        joining = (
            Route(f"{API}/pair", self._guarded(self.pair, authenticated=False), methods=["POST"])
            if self.room
            else Route(f"{API}/enrol", self._guarded(self.enrol, authenticated=False), methods=["POST"])
        )
        routes = [
            joining,
            Route(f"{API}/hello", self._guarded(self.hello), methods=["POST"]),
            Route(f"{API}/vector", self._guarded(self.vector), methods=["POST"]),
            Route(f"{API}/push", self._guarded(self.push), methods=["POST"]),
            Route(f"{API}/pull", self._guarded(self.pull), methods=["POST"]),
            Route(f"{API}/digests", self._guarded(self.digests), methods=["POST"]),
        ]
        return Starlette(routes=routes)

    def _guarded(
        self, handler: Callable[[Request, DeviceAccess | None, bytes], Response], *, authenticated: bool = True
    ) -> Handler:
        """Check the schema and the token, read the body within bounds, then run ``handler`` in
        the thread pool; a refusal becomes its JSON answer."""

        async def endpoint(request: Request) -> Response:
            access: DeviceAccess | None = None
            try:
                schema = request.headers.get(SCHEMA_HEADER, "")
                if schema != SCHEMA_REVISION:
                    raise SyncRefused(Refusal.SCHEMA_MISMATCH, SCHEMA_REVISION)
                if authenticated:
                    access = await run_in_threadpool(self._access, request)
                    self.last_seen[access.name] = time.time()
                body = await _body(request)
                return await run_in_threadpool(handler, request, access, body)
            except SyncRefused as refused:
                return _refused(refused.refusal, refused.detail, request, access.name if access else "")

        return endpoint

    def _access(self, request: Request) -> DeviceAccess:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme != "Bearer" or not token:
            raise SyncRefused(Refusal.NO_TOKEN)
        try:
            return authenticate(self.db, token)
        except DeviceRefused as refused:
            raise SyncRefused(Refusal(refused.problem.value), refused.detail) from refused

    def enrol(self, _request: Request, _access: DeviceAccess | None, body: bytes) -> Response:
        request = _json(body)
        code, device = str(request["code"]), str(request["device"])[:64]
        name, token = self._with_code(lambda: enrol_device(self.db, code, device), Refusal.CODE_INVALID)
        log.info("device %s enrolled", name)
        return JSONResponse({"device_name": name, "token": token, "store": str(self.store)})

    def pair(self, _request: Request, _access: DeviceAccess | None, body: bytes) -> Response:
        request = _json(body)
        device, name = str(request["device"])[:64], str(request.get("name", ""))
        code = str(request["code"])
        name, token = self._with_code(
            lambda: pair_device(self.db, code, device, name, in_room=self._in_room), Refusal.ROOM_CODE_INVALID
        )
        log.info("laptop %s paired with the room", name)
        return JSONResponse({"device_name": name, "token": token, "store": str(self.store)})

    def _in_room(self, name: str) -> bool:
        """The laptop asked something in the last few seconds (a desk asks about every second)."""
        return time.time() - self.last_seen.get(name, 0.0) < IN_ROOM_SECONDS

    def _with_code(self, exchange: Callable[[], tuple[str, str]], refusal: Refusal) -> tuple[str, str]:
        """``exchange`` a code for a token, unless too many wrong codes came in the last minute."""
        now = time.monotonic()
        with self._failed_lock:
            while self._failed_codes and now - self._failed_codes[0] > 60:
                self._failed_codes.popleft()
            if len(self._failed_codes) >= FAILED_CODES_PER_MINUTE:
                raise SyncRefused(refusal, "too many attempts: wait a minute")
        try:
            return exchange()
        except DeviceRefused as refused:
            with self._failed_lock:
                self._failed_codes.append(now)
            if refused.problem is DeviceProblem.NAME_TAKEN:
                raise SyncRefused(Refusal.STILL_IN_ROOM, refused.detail) from refused
            raise SyncRefused(refusal, refused.detail) from refused

    def hello(self, _request: Request, access: DeviceAccess | None, _body: bytes) -> Response:
        assert access is not None
        with self.db.read() as session:
            assemblies = [
                {"id": str(row.id), "name": row.name, "deleted": row.deleted}
                for row in session.scalars(select(Assembly).order_by(Assembly.name))
                if access.may_write(row.id)
            ]
        return JSONResponse(
            {
                "device_name": access.name,
                "store": str(self.store),
                "schema": SCHEMA_REVISION,
                "time_ms": time.time_ns() // 1_000_000,
                "assemblies": assemblies,
                "devices": self._device_names(),
            }
        )

    def _device_names(self) -> dict[str, str]:
        """Device id → name of every laptop known here, so that each can say « (Accueil 1) »."""
        names = device_names(self.db)
        if self.name:
            names[self.db.device_id] = self.name
        return names

    def vector(self, _request: Request, access: DeviceAccess | None, body: bytes) -> Response:
        scope = _scope(access, _json(body))
        vector = vector_for(self.db, scope)
        return JSONResponse({"vector": {device: stamp.encode() for device, stamp in vector.items()}})

    def push(self, request: Request, access: DeviceAccess | None, body: bytes) -> Response:
        assert access is not None
        try:
            bundle = decode_bundle(body, store=str(self.store), schema=SCHEMA_REVISION)
        except BundleRefused as refused:
            raise SyncRefused(Refusal.BAD_REQUEST, str(refused)) from refused
        if bundle.store is None or bundle.sender != access.device_key:
            raise SyncRefused(Refusal.WRONG_DEVICE, bundle.sender)
        with self._applying:
            applied = apply_changes(self.db, bundle.changes, may_write=access.may_write)
        report = applied.value
        if self._applied is not None and applied.changes:
            self._applied(applied.changes)
        for item in report.rejected():
            log.warning("rejected change %s from %s: %s %s", item.change.id, access.name, item.rejection, item.detail)
        return JSONResponse(
            {
                "applied": report.count(Outcome.APPLIED),
                "already_there": report.count(Outcome.ALREADY_THERE),
                "rejected": [
                    {"change": str(item.change.id), "reason": str(item.rejection), "detail": item.detail}
                    for item in report.rejected()
                ],
            }
        )

    def pull(self, _request: Request, access: DeviceAccess | None, body: bytes) -> Response:
        request = _json(body)
        scope = _scope(access, request)
        try:
            vector = {str(device): Stamp.decode(stamp) for device, stamp in dict(request.get("vector", {})).items()}
            limit = max(1, min(int(request.get("limit", PAGE)), PAGE))
        except (ValueError, TypeError) as error:
            raise SyncRefused(Refusal.BAD_REQUEST, str(error)) from error
        changes, more = lacking_changes(self.db, scope, vector, limit)
        bundle = Bundle(
            str(self.store), SCHEMA_REVISION, self.db.device_id, merged(vector, vector_of(changes)), changes
        )
        return Response(encode_bundle(bundle), media_type=BUNDLE_TYPE, headers={MORE_HEADER: "1" if more else "0"})

    def digests(self, _request: Request, access: DeviceAccess | None, body: bytes) -> Response:
        return JSONResponse({"tables": table_digests(self.db, _scope(access, _json(body)))})


def _json(body: bytes) -> dict[str, Any]:
    try:
        document = json.loads(body or b"{}")
    except ValueError as error:
        raise SyncRefused(Refusal.BAD_REQUEST, str(error)) from error
    if not isinstance(document, dict):
        raise SyncRefused(Refusal.BAD_REQUEST, "not an object")
    return document


def _scope(access: DeviceAccess | None, request: dict[str, Any]) -> list[uuid.UUID]:
    """The assemblies asked for that the device may read."""
    try:
        asked = [uuid.UUID(str(assembly)) for assembly in request.get("assemblies", [])]
    except (ValueError, TypeError) as error:
        raise SyncRefused(Refusal.BAD_REQUEST, str(error)) from error
    return [assembly for assembly in asked if access is None or access.may_write(assembly)]


async def _body(request: Request) -> bytes:
    declared = request.headers.get("Content-Length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_REQUEST_BYTES:
        raise SyncRefused(Refusal.BAD_REQUEST, "too large")
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_REQUEST_BYTES:
            raise SyncRefused(Refusal.BAD_REQUEST, "too large")
        chunks.append(chunk)
    return b"".join(chunks)


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound before the server starts, so that port 0 gives a known free port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host.strip("[]"), port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def make_server(
    service: SyncService, host: str, *, cert: Path | None = None, key: Path | None = None
) -> uvicorn.Server:
    """The service's HTTP server, to ``run(sockets=[…])`` in this thread or another (it stops
    when ``should_exit`` is set). Without a certificate, only on this computer: a token must
    not cross a network in clear (behind the town hall's reverse proxy, listen on loopback)."""
    if cert is None and not is_loopback(host):
        raise SyncRefused(Refusal.PLAIN_HTTP, host)
    config = uvicorn.Config(
        service.app(),
        ssl_certfile=str(cert) if cert else None,
        ssl_keyfile=str(key) if key else None,
        log_config=None,
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=5,
    )
    return uvicorn.Server(config)


class ServiceThread:
    """The service serving from a thread of this process (a test, a screenshot, later the room's
    hub in the desktop application), until ``stop``."""

    START_SECONDS = 10.0

    def __init__(
        self,
        service: SyncService,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        cert: Path | None = None,
        key: Path | None = None,
    ) -> None:
        self._sock = listening_socket(host, port)
        bound = self._sock.getsockname()
        shown = f"[{bound[0]}]" if ":" in bound[0] else bound[0]
        self.address = f"{'https' if cert else 'http'}://{shown}:{bound[1]}"
        self._server = make_server(service, bound[0], cert=cert, key=key)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True)

    def start(self) -> ServiceThread:
        """Serve, once listening (``RuntimeError`` if it could not start)."""
        self._thread.start()
        deadline = time.monotonic() + self.START_SECONDS
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the sync service did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(self.START_SECONDS)
        self._sock.close()
