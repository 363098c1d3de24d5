"""What the desk's actions do: sign in (typed, scanned or shown to the webcam), sign out,
correct, register a walk-in, undo, create a session. Each is one service call, its result said
only once it is on disk; the workspace reads the session again when the change is announced."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from facilitator.core.assemblies import NotToday, check_today
from facilitator.core.attendance.badges import BadgeError, looks_like_badge
from facilitator.core.participants import Participant
from facilitator.services.assemblies.assemblies import list_sub_bodies
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance import desk
from facilitator.services.attendance.badges import identify_badge
from facilitator.services.roster.participants import ParticipantNotFound
from facilitator.text.formats import clock_time
from facilitator.text.messages import badge_text, not_today_text
from facilitator.ui.attendance.dialogs import CorrectionDialog, WalkInDialog
from facilitator.ui.attendance.session_dialog import NewSessionDialog
from facilitator.ui.common.operations import read

if TYPE_CHECKING:
    from facilitator.ui.attendance.workspace import AttendanceWorkspace


class DeskActions(QObject):
    def __init__(self, workspace: AttendanceWorkspace) -> None:
        super().__init__(workspace)
        self.desk = workspace

    def sign_in(self) -> None:
        """Enter: the highlighted match; a badge's text typed or pasted is read as the badge."""
        person = self.desk.highlighted()
        if person is not None:
            self.sign_in_person(person)
        elif looks_like_badge(self.desk.search.text()):
            self.sign_in_badge(self.desk.search.text())

    def sign_in_badge(self, scanned: str) -> None:
        """A badge read by the handheld scanner or the webcam signs its bearer in directly."""
        assembly_id, state = self.desk.assembly_id, self.desk.state
        if assembly_id is None or state is None:
            return
        try:
            participant_id = read(self.desk, lambda: identify_badge(self.desk.db, assembly_id, scanned))
        except BadgeError as error:
            self.desk.confirm(badge_text(error.reason), "warning")
            self.desk.search.clear()
            return
        except ParticipantNotFound:
            self.desk.confirm(
                self.tr("This badge belongs to someone removed from the roster: nobody signed in."), "warning"
            )
            self.desk.search.clear()
            return
        person = next((p for p in state.people if p.id == participant_id), None)
        if person is not None:
            self.sign_in_person(person)

    def _refused_today(self, refusal: NotToday) -> None:
        """The desk records at the current time, only into today's session."""
        self.desk.confirm(not_today_text(refusal.date), "warning")

    def sign_in_person(self, person: Participant) -> None:
        session_id = self.desk.session_id()
        if session_id is None:
            return
        try:
            result = self.desk.operations.write(
                self.desk, lambda: desk.check_in(self.desk.db, session_id, person.id, self.desk.now())
            )
        except NotToday as refusal:
            self._refused_today(refusal)
            return
        name, time = person.details.display_name, clock_time(result.at)
        if result.outcome is desk.Outcome.ALREADY_HERE and result.by:
            said = self.tr("{name} has already arrived, at {time} ({desk}).")
            self.desk.confirm(said.format(name=name, time=time, desk=result.by), "warning")
        elif result.outcome is desk.Outcome.ALREADY_HERE:
            self.desk.confirm(self.tr("{name} has already arrived, at {time}.").format(name=name, time=time), "warning")
        elif result.outcome is desk.Outcome.BACK:
            self.desk.confirm(self.tr("Welcome back, {name} ({time}).").format(name=name, time=time), "ok")
        else:
            self.desk.confirm(self.tr("✓ {name} — arrival recorded at {time}.").format(name=name, time=time), "ok")
        self.desk.ready_for_next()

    def sign_out(self) -> None:
        person, session_id = self.desk.highlighted(), self.desk.session_id()
        if person is None or session_id is None:
            return
        name = person.details.display_name
        try:
            result = self.desk.operations.write(
                self.desk, lambda: desk.check_out(self.desk.db, session_id, person.id, self.desk.now())
            )
        except NotToday as refusal:
            self._refused_today(refusal)
            return
        except desk.NotHere:
            self.desk.confirm(self.tr("{name} is not in the room: nothing recorded.").format(name=name), "warning")
            return
        time = clock_time(result.at)
        self.desk.confirm(self.tr("{name} — departure recorded at {time}.").format(name=name, time=time), "ok")
        self.desk.ready_for_next()

    def correct(self) -> None:
        """A forgotten arrival or an early departure of the highlighted person, with a note."""
        person, session_id, state = self.desk.highlighted(), self.desk.session_id(), self.desk.state
        if person is None or session_id is None or state is None:
            self.desk.confirm(
                self.tr("Find the person first (type their name), then {key}.").format(
                    key=self.desk.action_set.key_text("correct")
                ),
                "warning",
            )
            return
        dialog = CorrectionDialog(person.details.display_name, self.desk.now().time(), self.desk)
        if not dialog.exec():
            self.desk.search.setFocus()
            return
        moment = dt.datetime.combine(state.date, dialog.chosen_time())
        kind, note = dialog.kind(), dialog.note.text()
        self.desk.operations.write(
            self.desk, lambda: desk.correct(self.desk.db, session_id, person.id, kind, moment, note)
        )
        what = self.tr("arrival") if kind is desk.EventKind.ARRIVAL else self.tr("departure")
        self.desk.confirm(
            self.tr("Corrected: {what} of {name} at {time} ({note}).").format(
                what=what, name=person.details.display_name, time=clock_time(moment), note=note.strip()
            ),
            "ok",
        )
        self.desk.ready_for_next()

    def register_walk_in(self) -> None:
        session_id, state = self.desk.session_id(), self.desk.state
        if session_id is None or state is None:
            return
        try:
            check_today(state.date, self.desk.now())  # said before the form is filled in for nothing
        except NotToday as refusal:
            self._refused_today(refusal)
            return
        dialog = WalkInDialog(self.desk.search.text(), self.desk.now().date(), self.desk)
        if not dialog.exec():
            self.desk.search.setFocus()
            return
        details = dialog.details()
        try:
            person, result = self.desk.operations.write(
                self.desk, lambda: desk.register_walk_in(self.desk.db, session_id, details, self.desk.now())
            )
        except NotToday as refusal:
            self._refused_today(refusal)
            return
        self.desk.confirm(
            self.tr("✓ {name} — registered and signed in at {time} (to review).").format(
                name=person.details.display_name, time=clock_time(result.at)
            ),
            "ok",
        )
        self.desk.ready_for_next()

    def undo(self) -> None:
        session_id = self.desk.session_id()
        if session_id is None:
            return
        people = self.desk.state.people if self.desk.state else []
        try:
            result = self.desk.operations.write(
                self.desk, lambda: desk.undo_last(self.desk.db, session_id, self.desk.now())
            )
        except desk.NothingToUndo:
            self.desk.confirm(self.tr("Nothing to undo on this computer."), "warning")
            return
        person = next((p for p in people if p.id == result.participant_id), None)
        what = self.tr("arrival") if result.undone is desk.EventKind.ARRIVAL else self.tr("departure")
        time = clock_time(result.at)
        if person is None:
            text = self.tr("Cancelled: the last action ({what} at {time}) of someone since removed from the roster.")
            self.desk.confirm(text.format(what=what, time=time), "warning")
        else:
            text = self.tr("Cancelled: {what} of {name} at {time}.")
            self.desk.confirm(text.format(what=what, name=person.details.display_name, time=time), "warning")
        self.desk.ready_for_next()

    def new_session(self) -> None:
        assembly_id = self.desk.assembly_id
        if assembly_id is None:
            return
        sub_bodies = read(self.desk, lambda: list_sub_bodies(self.desk.db, assembly_id))
        dialog = NewSessionDialog(sub_bodies, self.desk.now().date(), self.desk)
        if not dialog.exec():
            return
        created = self.desk.operations.write(
            self.desk,
            lambda: create_session(
                self.desk.db,
                assembly_id,
                dialog.chosen_date(),
                dialog.title.text(),
                dialog.place.text(),
                dialog.sub_body_id(),
                morning=dialog.morning.isChecked(),
                afternoon=dialog.afternoon.isChecked(),
                starts_at=dialog.chosen_start(),
            ),
        )
        self.desk.fill_sessions(created)
        self.desk.reload()
        self.desk.status.emit(self.tr("Session created."))
