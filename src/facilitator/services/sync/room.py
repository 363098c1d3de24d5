"""This laptop as the hub of its room: the room's identity, its code of the day, and the laptops
paired with it.

A desk pairs once with the six-digit code shown on the hub's screen and gets its own token
(the same machinery as the central store's enrolment: only a digest is kept); from then on its
requests carry the token, over TLS with the hub's certificate pinned at pairing. The code stays
the same all day (a desk that restarts pairs again with it); « Changer le code » makes a new one
and drops every laptop paired with the old.
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.app.clock import local_now
from facilitator.core.sync.refusals import DeviceProblem
from facilitator.services.sync.devices import DeviceRefused, digest, new_token
from facilitator.services.sync.link import LinkKind
from facilitator.store.database import Database, new_id
from facilitator.store.models import Room, SyncDevice, SyncLink

ROOM_ROW = 1
CODE_DIGITS = 6


@dataclass(frozen=True)
class RoomState:
    room_id: uuid.UUID
    code: str


def hub_name(db: Database) -> str:
    """The hub as the desks name it: its name at the town hall if it is linked there, else the
    computer's."""
    with db.read() as session:
        named = session.scalar(select(SyncLink.device_name).where(SyncLink.id == LinkKind.CENTRAL))
    return named or socket.gethostname()


def _new_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def open_room(db: Database, today: dt.date | None = None) -> RoomState:
    """The room of this hub, with today's code (a new one the first time each day)."""
    today = today or local_now().date()
    with db.write() as writer:
        row = writer.session.get(Room, ROOM_ROW)
        if row is None:
            row = Room(id=ROOM_ROW, room_id=new_id(), code=_new_code(), code_day=today)
            writer.session.add(row)
        elif row.code_day != today:
            row.code, row.code_day = _new_code(), today
            _drop_paired(writer.session)
        return RoomState(row.room_id, row.code)


def change_room_code(db: Database) -> RoomState:
    """A new code: every laptop paired with the old one must pair again."""
    with db.write() as writer:
        row = writer.session.get(Room, ROOM_ROW)
        if row is None:
            raise DeviceRefused(DeviceProblem.NO_STORE)
        row.code, row.code_day = _new_code(), local_now().date()
        _drop_paired(writer.session)
        return RoomState(row.room_id, row.code)


def _drop_paired(session: Session) -> None:
    now = local_now()
    for device in session.scalars(select(SyncDevice).where(SyncDevice.revoked.is_(None))):
        device.revoked = now


def pair_device(
    db: Database, code: str, device_key: str, name: str, *, in_room: Callable[[str], bool] = lambda _name: False
) -> tuple[str, str]:
    """A laptop that gave the room's code gets its own token: (its name, the token). A laptop
    of that device id still in the room (``in_room`` by its name: it asked something moments
    ago) is not paired again: device ids are no secret, and a second pairing would take its
    place; a desk that restarted is silent, and pairs again."""
    token = new_token()
    with db.write() as writer:
        room = writer.session.get(Room, ROOM_ROW)
        if room is None or not hmac.compare_digest(room.code.encode(), code.strip().encode()):
            raise DeviceRefused(DeviceProblem.CODE_INVALID)
        device = writer.session.scalar(select(SyncDevice).where(SyncDevice.device_key == device_key))
        if device is not None and device.revoked is None and in_room(device.name):
            raise DeviceRefused(DeviceProblem.NAME_TAKEN, device.name)
        if device is None:
            device = SyncDevice(id=new_id(), name=_free_name(writer.session, name), created=local_now())
            writer.session.add(device)
        device.device_key = device_key
        device.token_digest = digest(token)
        device.enrolled = local_now()
        device.revoked = None
        device.assemblies = []
        return device.name, token


def _free_name(session: Session, wanted: str) -> str:
    """``wanted``, or « wanted (2) » when another laptop of the room already took it."""
    taken = set(session.scalars(select(SyncDevice.name)))
    name = " ".join(wanted.split())[:50] or "?"
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    return candidate
