"""A session's small-group setup: tables, rounds and constraints, checked before they are kept.

The setup is one mutable row per session (its id derives from the session's, so that two
laptops setting up the same session merge into one row at sync).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy.orm import Session

from facilitator.core.changes import Changed
from facilitator.core.participants import Role
from facilitator.core.rotation.setup import RotationSettings, TableSetup, check_settings
from facilitator.services.assemblies.sessions import session_row
from facilitator.store.database import Database, Writer, link_id
from facilitator.store.models import RotationSetup


def _pairs(value: list[list[str]]) -> frozenset[frozenset[uuid.UUID]]:
    return frozenset(frozenset(uuid.UUID(member) for member in pair) for pair in value)


def _stored_pairs(pairs: frozenset[frozenset[uuid.UUID]]) -> list[list[str]]:
    return sorted(sorted(str(member) for member in pair) for pair in pairs)


def settings_of(row: RotationSetup) -> RotationSettings:
    return RotationSettings(
        rounds=row.rounds,
        tables=tuple(
            TableSetup(int(table["capacity"]), uuid.UUID(table["host"]) if table.get("host") else None)
            for table in row.tables
        ),
        caps={Role(role): int(cap) for role, cap in row.caps.items()},
        keep_apart=_pairs(row.keep_apart),
        keep_together=_pairs(row.keep_together),
        stays={uuid.UUID(person): int(table) for person, table in row.stays.items()},
    )


def _values(settings: RotationSettings) -> dict[str, object]:
    return {
        "rounds": settings.rounds,
        "tables": [
            {"capacity": table.capacity, "host": str(table.host) if table.host else None} for table in settings.tables
        ],
        "caps": {role.value: cap for role, cap in sorted(settings.caps.items())},
        "keep_apart": _stored_pairs(settings.keep_apart),
        "keep_together": _stored_pairs(settings.keep_together),
        "stays": {
            str(person): table for person, table in sorted(settings.stays.items(), key=lambda item: str(item[0]))
        },
    }


def setup_row(session: Session, session_id: uuid.UUID) -> RotationSetup | None:
    row = session.get(RotationSetup, link_id("rotation_setup", session_id))
    return None if row is None or row.deleted else row


def save_settings(
    db: Database, session_id: uuid.UUID, settings: RotationSettings, room: Collection[uuid.UUID]
) -> Changed[bool]:
    """Keep the setup (checked against the people in ``room``); False when nothing changed."""
    check_settings(settings, room)
    with db.write() as writer:
        return writer.done(write_settings(writer, session_id, settings))


def write_settings(writer: Writer, session_id: uuid.UUID, settings: RotationSettings) -> bool:
    """The setup written in the caller's transaction (a plan saves its setup with its seats)."""
    session_row(writer.session, session_id)
    row = setup_row(writer.session, session_id)
    if row is None:
        writer.add(RotationSetup(id=link_id("rotation_setup", session_id), session_id=session_id, **_values(settings)))
        return True
    return writer.change(row, **_values(settings))
