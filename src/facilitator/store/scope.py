"""Which assembly a row belongs to, by the links that lead from it to its assembly.

Every synced table reaches an assembly through one link (a participant through its
``assembly_id``, a seat through its rotation revision, its session, then the assembly). The
change log records that assembly with every change, so that a laptop can hold only the
assemblies it was given and the sync service can refuse a change to an assembly the sending
device may not write, whatever the change claims.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from facilitator.store.models import synced_models

ASSEMBLY = "assembly"

PARENTS: dict[str, tuple[str, str]] = {
    "sub_body": ("assembly_id", ASSEMBLY),
    "participant": ("assembly_id", ASSEMBLY),
    "assembly_session": ("assembly_id", ASSEMBLY),
    "assembly_rules": ("assembly_id", ASSEMBLY),
    "discipline_profile": ("assembly_id", ASSEMBLY),
    "membership": ("participant_id", "participant"),
    "expense_claim": ("session_id", "assembly_session"),
    "attendance_event": ("session_id", "assembly_session"),
    "agenda_phase": ("session_id", "assembly_session"),
    "speaking_event": ("session_id", "assembly_session"),
    "rotation_setup": ("session_id", "assembly_session"),
    "rotation_revision": ("session_id", "assembly_session"),
    "vote": ("session_id", "assembly_session"),
    "group_assignment": ("revision_id", "rotation_revision"),
    "ballot_batch": ("vote_id", "vote"),
    "count_entry": ("vote_id", "vote"),
}
"""Table → (the column that links it, the table it links to), one step nearer the assembly."""


def _as_id(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


class Scopes:
    """Finds rows' assemblies in one session, remembering what it found (a transaction writes
    many rows under the same few parents)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._models = synced_models()
        self._known: dict[tuple[str, uuid.UUID], uuid.UUID | None] = {}

    def of_change(self, table: str, row_id: uuid.UUID, values: Mapping[str, Any]) -> uuid.UUID | None:
        """The assembly of the row ``row_id`` of ``table`` once ``values`` are set on it: by the
        link among ``values`` if they name it, else by the row as stored. None when the row and
        its parents are unknown here."""
        if table == ASSEMBLY:
            return row_id
        link = PARENTS.get(table)
        if link is None:
            return None
        column, parent = link
        found = self._of_row(parent, _as_id(values[column])) if column in values else self.of_row(table, row_id)
        self._known[(table, row_id)] = found
        return found

    def forget(self, table: str, row_id: uuid.UUID) -> None:
        """Drop what ``of_change`` assumed of a row whose change was then refused."""
        self._known.pop((table, row_id), None)

    def of_row(self, table: str, row_id: uuid.UUID | None) -> uuid.UUID | None:
        """The assembly of a row as stored (None if it is not)."""
        if table == ASSEMBLY:
            return row_id
        return self._of_row(table, row_id)

    def _of_row(self, table: str, row_id: uuid.UUID | None) -> uuid.UUID | None:
        if row_id is None:
            return None
        if table == ASSEMBLY:
            return row_id
        key = (table, row_id)
        if key in self._known:
            return self._known[key]
        link = PARENTS.get(table)
        model = self._models.get(table)
        found = None
        if link is not None and model is not None:
            row = self._session.get(model, row_id)
            if row is not None:
                column, parent = link
                found = self._of_row(parent, getattr(row, column))
        self._known[key] = found
        return found
