"""What every sidebar workspace is to the main window: the two signals it listens to, and the
runtime, database and assembly each one works on."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from facilitator.app.runtime import Runtime
from facilitator.store.database import Database


class Workspace(QWidget):
    changed = Signal()
    """Emitted after a write that the other workspaces show (a person, an arrival, the rules)."""
    status = Signal(str)
    """A message for the status bar."""

    def __init__(self, runtime: Runtime, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.db = db
        self.assembly_id: uuid.UUID | None = None
