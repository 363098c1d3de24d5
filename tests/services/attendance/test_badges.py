"""Badges on a real database: an assembly created before badges existed has no key yet."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select, update

from facilitator.core.attendance.badges import BadgeError, BadgeRejected, badge_payload, new_badge_key
from facilitator.services.attendance.badges import ensure_badge_key, identify_badge
from facilitator.services.roster.participants import ParticipantNotFound, add_participant, remove_participant
from facilitator.store.database import Database
from facilitator.store.models import Assembly, ChangeLog
from tests.samples import JEANNE


def forget_key(db: Database, assembly: uuid.UUID) -> None:
    """As an assembly migrated from before badges stands: no key."""
    with db.engine.begin() as connection:
        connection.execute(update(Assembly).where(Assembly.id == assembly).values(badge_key=None))


def key_changes(db: Database, assembly: uuid.UUID) -> list[dict[str, object]]:
    with db.read() as session:
        rows = session.scalars(
            select(ChangeLog).where(ChangeLog.entity == "assembly", ChangeLog.entity_id == assembly)
        ).all()
    return [row.payload for row in rows if "badge_key" in row.payload]


def test_a_scanned_badge_names_its_participant(db: Database, assembly: uuid.UUID) -> None:
    jeanne = add_participant(db, assembly, JEANNE).value.id
    key = ensure_badge_key(db, assembly).value
    assert identify_badge(db, assembly, badge_payload(jeanne, key)) == jeanne
    assert ensure_badge_key(db, assembly).value == key


def test_without_a_key_nothing_is_authentic_until_one_is_made_and_logged(db: Database, assembly: uuid.UUID) -> None:
    jeanne = add_participant(db, assembly, JEANNE).value.id
    forget_key(db, assembly)
    with pytest.raises(BadgeError) as rejected:
        identify_badge(db, assembly, badge_payload(jeanne, new_badge_key()))
    assert rejected.value.reason is BadgeRejected.NOT_AUTHENTIC
    key = ensure_badge_key(db, assembly).value
    assert key_changes(db, assembly)[-1]["badge_key"] == key
    assert identify_badge(db, assembly, badge_payload(jeanne, key)) == jeanne


def test_the_badge_of_someone_removed_is_refused(db: Database, assembly: uuid.UUID) -> None:
    jeanne = add_participant(db, assembly, JEANNE).value.id
    key = ensure_badge_key(db, assembly).value
    remove_participant(db, jeanne)
    with pytest.raises(ParticipantNotFound):
        identify_badge(db, assembly, badge_payload(jeanne, key))
