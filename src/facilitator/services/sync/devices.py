"""The devices a sync service knows: the store's identity, registering a laptop with a one-time
enrolment code, exchanging that code for the laptop's own token, and revoking it.

Only SHA-256 digests of codes and tokens are stored: a copy of the central database gives no
way in. A code is single-use and expires; a token is given once, at enrolment, and the
laptop keeps it in its keyring. A revoked device's token is refused from then on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select

from facilitator.app.clock import local_now
from facilitator.core.sync.refusals import DeviceProblem
from facilitator.store.database import Database, new_id
from facilitator.store.models import SyncDevice, SyncStore

ENROLMENT_VALIDITY = dt.timedelta(days=7)
"""Long enough to register the laptops on Tuesday and enrol them on Friday."""
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""No 0/O nor 1/I: read aloud or copied from paper without doubt."""
CODE_LENGTH = 12
MAX_DEVICE_NAME = 60


class DeviceRefused(Exception):
    def __init__(self, problem: DeviceProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else str(problem))
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class Enrolment:
    device: str
    code: str
    """Shown once, grouped by four (``ABCD-EFGH-JKLM``)."""
    expires: dt.datetime


@dataclass(frozen=True)
class DeviceAccess:
    """Who a valid token belongs to, and what it may touch."""

    name: str
    device_key: str
    assemblies: frozenset[uuid.UUID] | None
    """The assemblies it may read and write; None: every one."""

    def may_write(self, assembly: uuid.UUID | None) -> bool:
        return self.assemblies is None or assembly in self.assemblies


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_token() -> str:
    """A device's token: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def normalised_code(code: str) -> str:
    """The code as typed, without spaces or dashes, in capitals."""
    return "".join(character for character in code.upper() if character.isalnum())


def ensure_store(db: Database) -> uuid.UUID:
    """This central store's id, made the first time (``central init`` is idempotent)."""
    with db.write() as writer:
        existing = writer.session.scalar(select(SyncStore.id))
        if existing is not None:
            return existing
        store = SyncStore(id=new_id(), created=local_now())
        writer.session.add(store)
        return store.id


def store_id(db: Database) -> uuid.UUID:
    with db.read() as session:
        found = session.scalar(select(SyncStore.id))
    if found is None:
        raise DeviceRefused(DeviceProblem.NO_STORE)
    return found


def add_device(db: Database, name: str, assemblies: Collection[uuid.UUID] = ()) -> Enrolment:
    """Register a laptop under ``name`` with a new enrolment code; a laptop registered but not
    yet enrolled gets a new code (the old one no longer works)."""
    name = " ".join(name.split())
    if not name or len(name) > MAX_DEVICE_NAME:
        raise DeviceRefused(DeviceProblem.BAD_NAME, name)
    store_id(db)
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    expires = local_now() + ENROLMENT_VALIDITY
    with db.write() as writer:
        device = writer.session.scalar(select(SyncDevice).where(SyncDevice.name == name))
        if device is not None and (device.enrolled is not None or device.revoked is not None):
            raise DeviceRefused(DeviceProblem.NAME_TAKEN, name)
        if device is None:
            device = SyncDevice(id=new_id(), name=name, created=local_now())
            writer.session.add(device)
        device.code_digest = digest(code)
        device.code_expires = expires
        device.assemblies = sorted(str(assembly) for assembly in assemblies)
    grouped = "-".join(code[start : start + 4] for start in range(0, CODE_LENGTH, 4))
    return Enrolment(name, grouped, expires)


def revoke_device(db: Database, name: str) -> None:
    """Refuse the device's token (and its code, if unused) from now on."""
    with db.write() as writer:
        device = writer.session.scalar(select(SyncDevice).where(SyncDevice.name == name))
        if device is None:
            raise DeviceRefused(DeviceProblem.UNKNOWN_DEVICE, name)
        if device.revoked is None:
            device.revoked = local_now()
        device.code_digest = None


def enrol_device(db: Database, code: str, device_key: str) -> tuple[str, str]:
    """Exchange a valid enrolment code for the laptop's own token: (device name, token)."""
    token = new_token()
    with db.write() as writer:
        device = writer.session.scalar(
            select(SyncDevice).where(SyncDevice.code_digest == digest(normalised_code(code)))
        )
        if device is None or device.revoked is not None:
            raise DeviceRefused(DeviceProblem.CODE_INVALID)
        if device.code_expires is None or device.code_expires < local_now():
            raise DeviceRefused(DeviceProblem.CODE_INVALID, "expired")
        device.code_digest = None
        device.code_expires = None
        device.token_digest = digest(token)
        device.device_key = device_key
        device.enrolled = local_now()
        return device.name, token


def authenticate(db: Database, token: str) -> DeviceAccess:
    """The device a token belongs to; ``DeviceRefused`` if unknown or revoked."""
    with db.read() as session:
        device = session.scalar(select(SyncDevice).where(SyncDevice.token_digest == digest(token)))
    if device is None or device.device_key is None:
        raise DeviceRefused(DeviceProblem.TOKEN_UNKNOWN)
    if device.revoked is not None:
        raise DeviceRefused(DeviceProblem.REVOKED, device.name)
    allowed = frozenset(uuid.UUID(assembly) for assembly in device.assemblies) if device.assemblies else None
    return DeviceAccess(device.name, device.device_key, allowed)


@dataclass(frozen=True)
class DeviceState:
    name: str
    enrolled: dt.datetime | None
    revoked: dt.datetime | None


def list_devices(db: Database) -> list[DeviceState]:
    with db.read() as session:
        devices = session.scalars(select(SyncDevice).order_by(SyncDevice.name))
        return [DeviceState(device.name, device.enrolled, device.revoked) for device in devices]
