"""What the desk's keys do: sign in (typed, scanned or shown to the webcam), sign out, correct,
register a walk-in, undo, create a session. Each action is one service call, its result said
only once it is on disk."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from facilitator.core.attendance.badges import BadgeError, looks_like_badge
from facilitator.core.participants import Participant
from facilitator.services.assemblies.assemblies import list_sub_bodies
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance import desk
from facilitator.services.attendance.badges import identify_badge
from facilitator.services.roster.participants import ParticipantNotFound
from facilitator.text.formats import clock_time, long_date
from facilitator.text.messages import badge_text
from facilitator.ui.attendance.dialogs import CorrectionDialog, WalkInDialog
from facilitator.ui.attendance.session_dialog import NewSessionDialog
from facilitator.ui.common.problems import attempt

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
            participant_id = attempt(self.desk, lambda: identify_badge(self.desk.db, assembly_id, scanned))
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

    def held_today(self) -> bool:
        """The desk records arrivals at the current time: only into today's session (another
        day's arrivals are corrections, F9, which state their time)."""
        state = self.desk.state
        if state is None:
            return False
        if state.date == self.desk.now().date():
            return True
        self.desk.confirm(
            self.tr(
                "This session is on {date}, not today: nothing recorded. Choose today's session or create it."
            ).format(date=long_date(state.date)),
            "warning",
        )
        return False

    def sign_in_person(self, person: Participant) -> None:
        session_id = self.desk.session_id()
        if session_id is None or not self.held_today():
            return
        result = attempt(self.desk, lambda: desk.check_in(self.desk.db, session_id, person.id, self.desk.now()))
        if result is None:
            return
        name, time = person.details.display_name, clock_time(result.at)
        if result.outcome is desk.Outcome.ALREADY_HERE:
            self.desk.confirm(self.tr("{name} has already arrived, at {time}.").format(name=name, time=time), "warning")
        elif result.outcome is desk.Outcome.BACK:
            self.desk.confirm(self.tr("Welcome back, {name} ({time}).").format(name=name, time=time), "ok")
        else:
            self.desk.confirm(self.tr("✓ {name} — arrival recorded at {time}.").format(name=name, time=time), "ok")
        self.desk.after_action()

    def sign_out(self) -> None:
        person, session_id = self.desk.highlighted(), self.desk.session_id()
        if person is None or session_id is None or not self.held_today():
            return
        name = person.details.display_name
        try:
            result = attempt(self.desk, lambda: desk.check_out(self.desk.db, session_id, person.id, self.desk.now()))
        except desk.NotHere:
            self.desk.confirm(self.tr("{name} is not in the room: nothing recorded.").format(name=name), "warning")
            return
        if result is not None:
            time = clock_time(result.at)
            self.desk.confirm(self.tr("{name} — departure recorded at {time}.").format(name=name, time=time), "ok")
            self.desk.after_action()

    def correct(self) -> None:
        """A forgotten arrival or an early departure of the highlighted person, with a note."""
        person, session_id, state = self.desk.highlighted(), self.desk.session_id(), self.desk.state
        if person is None or session_id is None or state is None:
            self.desk.confirm(self.tr("Find the person first (type their name), then F9."), "warning")
            return
        dialog = CorrectionDialog(person.details.display_name, self.desk.now().time(), self.desk)
        if not dialog.exec():
            self.desk.search.setFocus()
            return
        moment = dt.datetime.combine(state.date, dialog.chosen_time())
        kind, note = dialog.kind(), dialog.note.text()
        result = attempt(self.desk, lambda: desk.correct(self.desk.db, session_id, person.id, kind, moment, note))
        if result is None:
            return
        what = self.tr("arrival") if kind is desk.EventKind.ARRIVAL else self.tr("departure")
        self.desk.confirm(
            self.tr("Corrected: {what} of {name} at {time} ({note}).").format(
                what=what, name=person.details.display_name, time=clock_time(moment), note=note.strip()
            ),
            "ok",
        )
        self.desk.after_action()

    def register_walk_in(self) -> None:
        session_id = self.desk.session_id()
        if session_id is None:
            return
        if not self.held_today():
            return
        dialog = WalkInDialog(self.desk.search.text(), self.desk.now().date(), self.desk)
        if not dialog.exec():
            self.desk.search.setFocus()
            return
        details = dialog.details()
        done = attempt(self.desk, lambda: desk.register_walk_in(self.desk.db, session_id, details, self.desk.now()))
        if done is None:
            return
        person, result = done
        self.desk.confirm(
            self.tr("✓ {name} — registered and signed in at {time} (to review).").format(
                name=person.details.display_name, time=clock_time(result.at)
            ),
            "ok",
        )
        self.desk.changed.emit()
        self.desk.after_action()

    def undo(self) -> None:
        session_id = self.desk.session_id()
        if session_id is None:
            return
        result = attempt(self.desk, lambda: desk.undo_last(self.desk.db, session_id, self.desk.now()))
        if result is None:
            self.desk.confirm(self.tr("Nothing to undo on this computer."), "warning")
            return
        people = self.desk.state.people if self.desk.state else []
        person = next((p for p in people if p.id == result.participant_id), None)
        what = self.tr("arrival") if result.undone is desk.EventKind.ARRIVAL else self.tr("departure")
        time = clock_time(result.at)
        if person is None:
            text = self.tr("Cancelled: the last action ({what} at {time}) of someone since removed from the roster.")
            self.desk.confirm(text.format(what=what, time=time), "warning")
        else:
            text = self.tr("Cancelled: {what} of {name} at {time}.")
            self.desk.confirm(text.format(what=what, name=person.details.display_name, time=time), "warning")
        self.desk.after_action()

    def new_session(self) -> None:
        assembly_id = self.desk.assembly_id
        if assembly_id is None:
            return
        sub_bodies = attempt(self.desk, lambda: list_sub_bodies(self.desk.db, assembly_id))
        if sub_bodies is None:
            return
        dialog = NewSessionDialog(sub_bodies, self.desk.now().date(), self.desk)
        if not dialog.exec():
            return
        created = attempt(
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
        if created is not None:
            self.desk.fill_sessions(created)
            self.desk.status.emit(self.tr("Session created."))
            self.desk.changed.emit()
