"""Whose badge was scanned: the code checked against the assembly's key.

A handheld scanner set for another keyboard layout types a mangled code; each layout
variant is tried and the first one whose tag verifies is kept (a wrong remap cannot verify,
so no guess ever signs the wrong person in).
"""

from __future__ import annotations

import uuid

from facilitator.core.attendance.badges import BadgeError, BadgeRejected, new_badge_key, read_badge
from facilitator.core.changes import Changed
from facilitator.core.scanner import layout_variants
from facilitator.services.roster.participants import ParticipantNotFound
from facilitator.store.database import Database
from facilitator.store.models import Assembly
from facilitator.store.models import Participant as ParticipantRow

_SEVERITY = {BadgeRejected.FOREIGN: 0, BadgeRejected.DAMAGED: 1, BadgeRejected.NOT_AUTHENTIC: 2}


def identify_badge(db: Database, assembly_id: uuid.UUID, scanned: str) -> uuid.UUID:
    """The participant of the assembly whose badge this is.

    Raises ``BadgeError`` with the most telling reason among the variants (a variant that
    is a well-formed but foreign-signed badge says more than one that is not a badge at all),
    or ``ParticipantNotFound`` for the badge of someone removed from the roster.
    """
    with db.read() as session:
        assembly = session.get(Assembly, assembly_id)
        if assembly is None or assembly.deleted:
            raise LookupError(assembly_id)
        if assembly.badge_key is None:
            raise BadgeError(BadgeRejected.NOT_AUTHENTIC)  # no badge was ever printed for it
        reasons: list[BadgeRejected] = []
        for variant in layout_variants(scanned.strip()):
            try:
                participant_id = read_badge(variant, assembly.badge_key)
            except BadgeError as error:
                reasons.append(error.reason)
                continue
            person = session.get(ParticipantRow, participant_id)
            if person is None or person.deleted or person.assembly_id != assembly_id:
                raise ParticipantNotFound(participant_id)
            return participant_id
    raise BadgeError(max(reasons, key=_SEVERITY.__getitem__))


def ensure_badge_key(db: Database, assembly_id: uuid.UUID) -> Changed[str]:
    """The assembly's badge key, made (and logged, so that it syncs) if it has none yet."""
    with db.write() as writer:
        assembly = writer.session.get(Assembly, assembly_id)
        if assembly is None or assembly.deleted:
            raise LookupError(assembly_id)
        if assembly.badge_key is None:
            writer.change(assembly, badge_key=new_badge_key())
        assert assembly.badge_key is not None
        return writer.done(assembly.badge_key)
