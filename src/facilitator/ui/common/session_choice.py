"""The session combo box every session workspace has: the assembly's sessions, today's (or the
nearest one) chosen."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QComboBox, QWidget

from facilitator.services.assemblies.sessions import default_session, list_sessions
from facilitator.store.database import Database
from facilitator.text.formats import session_label
from facilitator.ui.common.forms import combo_row
from facilitator.ui.common.operations import read


def fill_session_choice(
    parent: QWidget,
    choice: QComboBox,
    db: Database,
    assembly_id: uuid.UUID | None,
    today: dt.date,
    select: uuid.UUID | None = None,
) -> None:
    """List the sessions (none without an assembly) and choose ``select``, else the one already
    chosen, else the default session for ``today``; without emitting the combo's signals (the
    caller reads the session once)."""
    sessions = read(parent, lambda: list_sessions(db, assembly_id)) if assembly_id else []
    ids = [session.id for session in sessions]
    default = default_session(sessions, today)
    chosen = next((s for s in (select, choice.currentData()) if s in ids), default.id if default else None)
    choice.blockSignals(True)
    choice.clear()
    for session in sessions:
        choice.addItem(session_label(session.date, session.title), session.id)
    choice.setCurrentIndex(max(combo_row(choice, chosen), 0))
    choice.blockSignals(False)
