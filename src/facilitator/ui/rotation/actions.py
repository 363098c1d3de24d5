"""What the Groupes workspace's actions do: set up, plan, re-plan, move and swap, choose the
round under way, print and export. Each is one service call; the workspace reads the plan again
when the change is announced.

Planning takes up to a second: it runs off the UI thread behind the progress dialog.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from facilitator.core.changes import Changed
from facilitator.core.participants import by_name
from facilitator.core.rotation import RotationProblem
from facilitator.core.rotation.setup import RotationRefused, default_settings
from facilitator.services.rotation import planning as rotation
from facilitator.services.rotation.setup import save_settings
from facilitator.store.database import Database
from facilitator.text.messages import rotation_text
from facilitator.ui.common.documents import file_name, save_document
from facilitator.ui.rotation.setup_dialog import SetupDialog

if TYPE_CHECKING:
    from facilitator.core.rotation import Plan
    from facilitator.ui.rotation.workspace import RotationWorkspace


class RotationActions(QObject):
    def __init__(self, workspace: RotationWorkspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.marked: uuid.UUID | None = None

    @property
    def db(self) -> Database:
        return self.workspace.db

    def _refused(self, refused: RotationRefused) -> None:
        self.workspace.confirm(rotation_text(refused.problem), "warning")

    # Setup and plans ---------------------------------------------------------------------

    def edit_setup(self) -> bool:
        """The setup dialog; True when a setup was saved."""
        view, session_id = self.workspace.view, self.workspace.session_id()
        if view is None or session_id is None:
            return False
        room = sorted((view.people[p] for p in view.room), key=by_name)
        settings = view.settings or default_settings(len(room))
        absent = [view.people[host] for host in settings.hosts() if host not in view.room]
        dialog = SetupDialog(settings, room, self.workspace, absent_hosts=absent)
        accepted = dialog.exec()
        settings = dialog.settings()
        dialog.deleteLater()
        if not accepted:
            return False
        saved = self.workspace.operations.write(
            self.workspace, lambda: save_settings(self.db, session_id, settings, view.room)
        )
        self.workspace.ready_for_next(self.tr("Setup saved.") if saved else self.tr("Setup unchanged."))
        return True

    def plan(self) -> None:
        view, session_id = self.workspace.view, self.workspace.session_id()
        if view is None or session_id is None:
            return
        if view.settings is None and not self.edit_setup():
            return
        if view.planned:
            answer = QMessageBox.question(
                self.workspace,
                self.tr("New plan"),
                self.tr(
                    "Plan every round again? The current plan stays in the history; to seat late arrivals "
                    "without changing the rounds played, use Re-plan ({key}) instead."
                ).format(key=self.workspace.action_set.key_text("replan")),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(
            self.tr("Planning the rounds…"), lambda: rotation.plan_groups(self.db, session_id, self.workspace.now())
        )

    def replan(self) -> None:
        session_id = self.workspace.session_id()
        if session_id is None:
            return
        self._run(self.tr("Re-planning…"), lambda: rotation.replan_groups(self.db, session_id, self.workspace.now()))

    def _run(self, label: str, work: Callable[[], Changed[Plan]]) -> None:
        """The work off the UI thread; the workspace takes no other action meanwhile."""
        self.workspace.setEnabled(False)
        try:
            result = self.workspace.operations.background(
                self.workspace, label, lambda _control: work(), cancellable=False
            )
        except RotationRefused as refused:
            self._refused(refused)
            return
        finally:
            self.workspace.setEnabled(True)
        text = self.tr("Plan saved (seed {seed}, {seconds} s).").format(
            seed=result.seed, seconds=f"{result.seconds:.2f}"
        )
        if result.moved:
            text += " " + self.tr("%n person(s) change table in the rounds to come.", "", result.moved)
        self.marked = None
        self.workspace.show_round()
        self.workspace.ready_for_next(text)

    # Hand moves --------------------------------------------------------------------------

    def mark_or_swap(self) -> None:
        """Space: mark the person under the cursor, or swap them with the one marked."""
        person = self.workspace.grid.current_person()
        if person is None:
            return
        if self.marked is None or self.marked == person:
            self.marked = None if self.marked == person else person
            self.workspace.show_round(keep=person)
            if self.marked is not None:
                self.workspace.confirm(
                    self.tr("Marked: now {key} on someone at another table swaps the two.").format(
                        key=self.workspace.action_set.key_text("mark_or_swap")
                    ),
                    "info",
                )
            return
        first, self.marked = self.marked, None
        self._write(
            lambda: rotation.swap_people(
                self.db, self._session(), self.workspace.round_index(), first, person, self.workspace.now()
            ),
            self.tr("Swapped."),
            person,
        )

    def unmark(self) -> None:
        if self.marked is not None:
            self.marked = None
            self.workspace.show_round()

    def move_to(self) -> None:
        """Ctrl+M: the person under the cursor to a table chosen by number."""
        person, view = self.workspace.grid.current_person(), self.workspace.view
        if person is None or view is None or view.settings is None:
            return
        count = len(view.settings.tables)
        number, chosen = QInputDialog.getInt(
            self.workspace, self.tr("Move"), self.tr("To table number (1 to {count}):").format(count=count), 1, 1, count
        )
        if chosen:
            self.drop(person, number - 1)

    def drop(self, person: uuid.UUID, table: int) -> None:
        self._write(
            lambda: rotation.move_person(
                self.db, self._session(), self.workspace.round_index(), person, table, self.workspace.now()
            ),
            self.tr("Moved to table {number}.").format(number=table + 1),
            person,
        )

    def _session(self) -> uuid.UUID:
        session_id = self.workspace.session_id()
        assert session_id is not None
        return session_id

    def _write(self, action: Callable[[], Changed[bool]], said: str, keep: uuid.UUID) -> None:
        """A hand move; says so only when something was written."""
        self.workspace.keep(keep)
        try:
            moved = self.workspace.operations.write(self.workspace, action)
        except RotationRefused as refused:
            self.workspace.keep(None)
            self._refused(refused)
            return
        if moved:
            self.workspace.ready_for_next(said, kept=True)
        else:
            self.workspace.keep(None)
            self.workspace.show_round(keep=keep)
            self.workspace.confirm(self.tr("Nothing to change: already at that table."), "info")

    def set_current_round(self) -> None:
        index = self.workspace.round_index()
        session_id, view = self.workspace.session_id(), self.workspace.view
        if session_id is None or view is None or index < 0:
            return
        if index < view.current_round:
            answer = QMessageBox.question(
                self.workspace,
                self.tr("Round under way"),
                self.tr(
                    "Go back to round {number}? The rounds after it will count as not played: a re-plan may "
                    "change them."
                ).format(number=index + 1),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.workspace.operations.write(
                self.workspace, lambda: rotation.set_current_round(self.db, session_id, index)
            )
        except RotationRefused as refused:
            self._refused(refused)
            return
        self.workspace.ready_for_next(self.tr("Round {number} is under way.").format(number=index + 1))

    # Paper and files ---------------------------------------------------------------------

    def _name(self, document: str) -> str | None:
        view = self.workspace.view
        if view is None or not view.planned:
            self.workspace.confirm(rotation_text(RotationProblem.NO_PLAN), "warning")
            return None
        return file_name(document, view.date.isoformat(), self.workspace.session_title())

    def print_cards(self) -> None:
        from facilitator.services.rotation.documents import print_table_cards

        self._save(
            self.tr("Table cards"),
            "pdf",
            print_table_cards,
            lambda n: self.tr("%n table card(s) saved in {path}.", "", n),
        )

    def print_slips(self) -> None:
        from facilitator.services.rotation.documents import print_itinerary_slips

        self._save(
            self.tr("Itineraries"),
            "pdf",
            print_itinerary_slips,
            lambda n: self.tr("%n itinerary slip(s) saved in {path}.", "", n),
        )

    def export_csv(self) -> None:
        from facilitator.services.rotation.documents import export_plan

        self._save(
            self.tr("Small groups"),
            "csv",
            lambda db, session_id, path, _now: export_plan(db, session_id, path),
            lambda n: self.tr("%n person(s) exported to {path}.", "", n),
        )

    def _save(
        self,
        title: str,
        kind: str,
        work: Callable[[Database, uuid.UUID, Path, dt.datetime], int],
        said: Callable[[int], str],
    ) -> None:
        session_id, name = self.workspace.session_id(), self._name(title)
        if session_id is None or name is None:
            return
        now = self.workspace.now()
        saved = save_document(
            self.workspace, self.workspace.runtime, title, name, kind, lambda path: work(self.db, session_id, path, now)
        )
        if saved is not None:
            path, count = saved
            self.workspace.status.emit(said(count).format(path=path))
