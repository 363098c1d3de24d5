"""Which kind of change each synced table holds: the writer's rows and a sync's applied rows are
told to the screens in the same words (``core.changes.Change``)."""

from __future__ import annotations

from facilitator.core.changes import Change

TABLE_CHANGES: dict[str, Change] = {
    "assembly": Change.ASSEMBLIES,
    "sub_body": Change.ASSEMBLIES,
    "participant": Change.ROSTER,
    "membership": Change.ROSTER,
    "assembly_session": Change.SESSIONS,
    "assembly_rules": Change.RULES,
    "expense_claim": Change.CLAIMS,
    "attendance_event": Change.ATTENDANCE,
    "discipline_profile": Change.AGENDA,
    "agenda_phase": Change.AGENDA,
    "speaking_event": Change.SPEAKING,
    "rotation_setup": Change.ROTATION,
    "rotation_revision": Change.ROTATION,
    "group_assignment": Change.ROTATION,
    "vote": Change.VOTING,
    "ballot_batch": Change.VOTING,
    "count_entry": Change.VOTING,
}


def change_of(table: str) -> Change:
    """The kind of change a row of ``table`` makes; every logged table has one (a test checks)."""
    return TABLE_CHANGES[table]
