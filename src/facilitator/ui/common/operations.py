"""Running what a user asks on the open database, as Anki runs its operations.

A read or a write that the environment stands in the way of (a database locked by another
program, a full disk, a USB stick pulled out) gets its French message and « Réessayer »; a user
who gives up gets ``Abandoned``, an exception that stops the action where it stands — never a
None that the caller could take for an answer. A write answers with what it changed
(``core.changes.Changed``): ``Operations`` announces it once, and the main window passes it to
every workspace, which refreshes itself for what concerns it. A change that arrives from
elsewhere is announced the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.app.errors import EnvironmentProblem
from facilitator.core.changes import Change, Changed
from facilitator.text.messages import environment_text
from facilitator.ui.common.tasks import TaskControl, run_task

T = TypeVar("T")

log = logging.getLogger("facilitator.ui.operations")


class Abandoned(Exception):
    """The user gave up an action that the environment stood in the way of.

    They were told why (``ask_retry``) and nothing was done; the action stops here. The entry
    points of user actions (``ui.common.actions``) end there quietly, a screen that could not
    read keeps what it showed and says so.
    """

    def __init__(self, problem: EnvironmentProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def ask_retry(parent: QWidget | None, problem: EnvironmentProblem) -> bool:
    """Tell the user what stands in the way; True when they want to try again."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Problems", "Cannot continue for now"))
    box.setText(environment_text(problem))
    box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    return box.exec() == QMessageBox.StandardButton.Retry


def retrying(parent: QWidget | None, action: Callable[[], T]) -> T:
    """``action``'s answer, offering to retry while the environment is in the way; ``Abandoned``
    when the user gives up."""
    while True:
        try:
            return action()
        except EnvironmentProblem as problem:
            log.warning("environment problem: %s", problem)
            if not ask_retry(parent, problem):
                raise Abandoned(problem) from problem


def read(parent: QWidget | None, query: Callable[[], T]) -> T:
    """A read of the database (or of a file): retried, or ``Abandoned``."""
    return retrying(parent, query)


class Operations(QObject):
    """The one way the window's screens write: each write is retried or ``Abandoned``, and what
    it changed is announced by ``changed`` (a ``Change``), once, after the commit."""

    changed = Signal(object)

    def write(self, parent: QWidget | None, action: Callable[[], Changed[T]]) -> T:
        """Run a service that writes; announce what it changed; return its answer."""
        done = retrying(parent, action)
        self.announce(done.changes)
        return done.value

    def background(
        self,
        parent: QWidget | None,
        label: str,
        work: Callable[[TaskControl], Changed[T]],
        *,
        cancellable: bool = True,
    ) -> T:
        """As ``write``, for long work run off the UI thread behind a progress dialog (which may
        offer to cancel it: ``TaskCancelled`` then says the work stopped)."""
        done = retrying(parent, lambda: run_task(parent, label, work, cancellable=cancellable))
        self.announce(done.changes)
        return done.value

    def announce(self, changes: Change) -> None:
        """Tell every screen what changed (nothing is said when nothing changed)."""
        if changes:
            self.changed.emit(changes)
