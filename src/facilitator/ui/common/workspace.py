"""What every sidebar workspace is to the main window: the database, assembly and operations it
works with, the kinds of data it shows, and how it refreshes itself when they change.

A workspace on screen reads again at once what concerns it; one that is hidden marks itself
stale and reads again when it is next shown, so that a check-in at the desk costs the desk's
refresh only. A read the user gives up (``Abandoned``) leaves the workspace as it was, stale,
with a word in the status bar.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from facilitator.app.clock import local_now
from facilitator.app.runtime import Runtime
from facilitator.core.changes import Change
from facilitator.store.database import Database
from facilitator.ui.common.operations import Abandoned, Operations


class Workspace(QWidget):
    status = Signal(str)
    """A message for the status bar."""

    shows: ClassVar[Change] = Change.NONE
    """The kinds of data this workspace shows: a change of any of them refreshes it."""

    def __init__(self, runtime: Runtime, db: Database, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.db = db
        self.operations = operations
        self.assembly_id: uuid.UUID | None = None
        self.now: Callable[[], dt.datetime] = local_now
        """The wall clock: which session is today's, when an arrival happened (tests set theirs)."""
        self._stale = False

    def load(self) -> None:
        """Read what the workspace shows and show it (each workspace says how)."""
        raise NotImplementedError

    def reload(self) -> None:
        """Read again now; a read the user gives up leaves the screen as it was, said as such."""
        self._stale = False
        try:
            self.load()
        except Abandoned:
            self._stale = True
            self.status.emit(self.tr("Not read again: the database could not be reached. Shown as it was before."))

    def open_assembly(self, assembly_id: uuid.UUID | None) -> None:
        self.assembly_id = assembly_id
        self.reload()

    def set_database(self, db: Database) -> None:
        """Another database was opened: nothing of the previous one stays on screen."""
        self.db = db
        self.open_assembly(None)

    def apply_changes(self, changes: Change) -> None:
        """Something changed (here, in another workspace, or from elsewhere): refresh now if it
        concerns this workspace and it is on screen, else when it is next shown."""
        if not changes & self.shows:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def shutdown(self) -> None:
        """When the main window closes: what the workspace opened (a projector, the camera) goes
        with it."""

    def main_field(self) -> QWidget:
        """Where the keyboard goes when the workspace is shown or a dialog over it closes: a desk
        works with typing and Enter alone, so keys must never land on the first button."""
        return self

    def focus_main(self) -> None:
        self.main_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
