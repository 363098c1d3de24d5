"""What the actions of the Prise de parole workspace do: queue someone, give the floor, pause,
resume, end, withdraw, reorder, override a refusal. Each is one service call, said on screen
only once it is on disk (the workspace reads the floor again when the change is announced); a
refusal shows the phase's reason and offers to override it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from facilitator.app.clock import posix_seconds
from facilitator.core.assemblies import NotToday
from facilitator.core.changes import Changed
from facilitator.core.participants import Participant
from facilitator.core.speaking.floor import Request, Turn
from facilitator.core.speaking.model import RequestKind
from facilitator.core.speaking.rules import Budget, Refusal
from facilitator.services.speaking import floor as speaking
from facilitator.services.speaking.floor import FloorRefused, NoTurn
from facilitator.text.formats import elapsed_text
from facilitator.text.messages import not_today_text, refusal_text, role_label
from facilitator.ui.speaking.agenda_dialog import AgendaDialog
from facilitator.ui.speaking.override_dialog import OverrideDialog

if TYPE_CHECKING:
    from facilitator.store.database import Database
    from facilitator.ui.speaking.workspace import SpeakingWorkspace


class SpeakingActions(QObject):
    def __init__(self, workspace: SpeakingWorkspace) -> None:
        super().__init__(workspace)
        self.space = workspace
        self.pending: Callable[[str], Changed[object]] | None = None
        """What "Passer outre…" would do with the facilitator's reason, after a refusal."""
        self._pending_name = ""
        self._pending_reason = ""
        self._pending_gives = False
        """Whether the pending action gives the floor (else it puts someone in the queue)."""

    # Helpers -----------------------------------------------------------------------------

    def _name(self, participant_id: uuid.UUID) -> str:
        state = self.space.state
        person = state.people.get(participant_id) if state else None
        return person.details.display_name if person else self.tr("(someone removed from the roster)")

    def _ready(self) -> uuid.UUID | None:
        """The session, if the floor may be run in it: it has an agenda (the services refuse a
        session of another day, ``NotToday``, since they record at the current time)."""
        self.forget_refusal()
        state, session_id = self.space.state, self.space.session_id()
        if state is None or session_id is None:
            return None
        if self.space.phase_id() is None:
            self.space.confirm(self.space.no_agenda_text(), "warning")
            return None
        return session_id

    def _done(self, action: Callable[[], Changed[object]]) -> bool:
        """Run one service call; False when it recorded nothing, said why: the session is not
        today's, or what it concerned is gone (the request was withdrawn or its phase removed)."""
        try:
            self.space.operations.write(self.space, action)
        except NotToday as refusal:
            self.space.confirm(not_today_text(refusal.date), "warning")
            return False
        except LookupError:
            self.space.reload()
            self.space.confirm(self.tr("This request is no longer in the queue: nothing recorded."), "warning")
            return False
        return True

    def forget_refusal(self) -> None:
        self.pending = None
        self.space.override_button.hide()

    def _refused(
        self,
        name: str,
        refusal: Refusal,
        budget: Budget | None,
        retry: Callable[[str], Changed[object]],
        *,
        gives: bool,
    ) -> None:
        reason = refusal_text(refusal)
        if budget is not None and refusal is Refusal.BUDGET_SPENT:
            reason += " " + self.tr("({role}: {used} used of {allowed} in this phase.)").format(
                role=role_label(budget.role), used=elapsed_text(budget.used), allowed=elapsed_text(budget.allowed)
            )
        self.pending, self._pending_name, self._pending_reason, self._pending_gives = retry, name, reason, gives
        self.space.confirm(self.tr("Refused — {name}: {reason}").format(name=name, reason=reason), "warning")
        self.space.override_button.show()

    # Queue -------------------------------------------------------------------------------

    def add(self, kind: RequestKind = RequestKind.CONTRIBUTION) -> None:
        """Enter: the highlighted match joins the queue of the chosen phase."""
        session_id = self._ready()
        person, phase_id = self.space.highlighted(), self.space.phase_id()
        if session_id is None or phase_id is None:
            return
        if person is None:
            self.space.confirm(self.tr("Type the name of someone present, then Enter."), "warning")
            return
        if self._already_waiting(person, phase_id, kind):
            return
        db, clock = self.space.db, self.space.clock

        def ask(note: str) -> Changed[uuid.UUID]:
            return speaking.request_floor(db, session_id, phase_id, person.id, kind, clock.now(), override_note=note)

        try:
            request_id = self.space.operations.write(self.space, lambda: ask(""))
        except NotToday as refusal:
            self.space.confirm(not_today_text(refusal.date), "warning")
            return
        except LookupError:
            self.space.reload()
            self.space.confirm(self.tr("This phase is no longer on the agenda: nothing recorded."), "warning")
            return
        except FloorRefused as refused:
            self._refused(person.details.display_name, refused.refusal, refused.budget, ask, gives=False)
            return
        self._queued(person.details.display_name, request_id)

    def _already_waiting(self, person: Participant, phase_id: uuid.UUID, kind: RequestKind) -> bool:
        state = self.space.state
        waiting = state.floor.waiting.values() if state else []
        if any(r.participant == person.id and r.phase == phase_id and r.kind is kind for r in waiting):
            self.space.confirm(
                self.tr("{name} is already in the queue for this.").format(name=person.details.display_name),
                "warning",
            )
            return True
        return False

    def _queued(self, name: str, request_id: uuid.UUID) -> None:
        self.space.ready_for_next()
        ids = self.space.queue.request_ids()
        position = ids.index(request_id) + 1 if request_id in ids else len(ids)
        self.space.confirm(
            self.tr("✓ {name} — in the queue, position {position} of {count}.").format(
                name=name, position=position, count=len(ids)
            ),
            "ok",
        )

    def withdraw(self) -> None:
        """Delete in the queue: the selected request leaves it."""
        request, session_id = self.space.queue.selected_request(), self._ready()
        if request is None or session_id is None:
            return
        db, now = self.space.db, self.space.clock.now()
        if self._done(lambda: speaking.withdraw(db, session_id, request.id, now)):
            name = self._name(request.participant)
            self.space.ready_for_next(focus_queue=True)
            self.space.confirm(self.tr("{name} is withdrawn from the queue.").format(name=name), "ok")

    def move(self, step: int) -> None:
        """Ctrl+↑ / Ctrl+↓: the selected request one place up or down (recorded as a drag is)."""
        self.space.queue.move_selected(step)

    def reorder(self, order: list[uuid.UUID]) -> None:
        """The queue as the facilitator just arranged it (drag and drop or Ctrl+↑ / Ctrl+↓)."""
        session_id, phase_id = self._ready(), self.space.phase_id()
        moved = self.space.queue.selected_request()
        if session_id is None or phase_id is None:
            self.space.reload()
            return
        db, now = self.space.db, self.space.clock.now()
        self.space.keep_selected(moved.id if moved else None)
        self._done(lambda: speaking.reorder(db, session_id, phase_id, order, now))
        self.space.ready_for_next(focus_queue=True)

    # Floor -------------------------------------------------------------------------------

    def give_first(self) -> None:
        """F5: the floor to the first in the queue."""
        requests = self.space.queue_requests()
        if not requests:
            if self._ready() is not None:
                self.space.confirm(self.tr("The queue of this phase is empty."), "warning")
            return
        self.give(requests[0])

    def give_selected(self) -> None:
        request = self.space.queue.selected_request()
        if request is not None:
            self.give(request)

    def give(self, request: Request) -> None:
        session_id = self._ready()
        if session_id is None:
            return
        db, clock = self.space.db, self.space.clock
        name = self._name(request.participant)

        def grant(note: str) -> Changed[None]:
            """At the time it is done: after an override, once the reason is typed."""
            return speaking.give_floor(db, session_id, request.id, clock.now(), override_note=note)

        try:
            done = self._done(lambda: grant(""))
        except FloorRefused as refused:
            self._refused(name, refused.refusal, refused.budget, grant, gives=True)
            return
        if done:
            self._given(name)

    def _given(self, name: str, note: str = "") -> None:
        self.space.ready_for_next()
        current = self.space.state.current() if self.space.state else None
        if current is not None and current.interrupted is not None:
            text = self.tr("Interposed question: {name} has the floor, {speaker} is paused.").format(
                name=name, speaker=self._name(current.interrupted.participant)
            )
        else:
            text = self.tr("The floor is given to {name}.").format(name=name)
        if note:
            text += " " + self.tr("By override: {reason}").format(reason=note)
        self.space.confirm(text, "ok")

    def pause_or_resume(self) -> None:
        """F6."""
        done = self._on_current_turn(lambda turn: speaking.pause_turn if turn.running else speaking.resume_turn)
        if done is None:
            return
        turn, _ = done
        text = self.tr("{name}'s turn is paused.") if turn.running else self.tr("{name} resumes.")
        self.space.confirm(text.format(name=self._name(turn.participant)), "ok")

    def end(self) -> None:
        """F7: the turn ends (a question's end gives the floor back to the speaker it paused)."""
        done = self._on_current_turn(lambda _: speaking.end_turn)
        if done is None:
            return
        turn, now = done
        spoken = turn.seconds(posix_seconds(now))
        name = self._name(turn.participant)
        text = self.tr("End of {name}'s turn ({time}).").format(name=name, time=elapsed_text(spoken))
        resumed = self.space.state.current() if self.space.state else None
        if resumed is not None:
            text += " " + self.tr("{name} has the floor again.").format(name=self._name(resumed.participant))
        self.space.confirm(text, "ok")

    def _on_current_turn(
        self, control: Callable[[Turn], Callable[[Database, uuid.UUID, dt.datetime], Changed[None]]]
    ) -> tuple[Turn, dt.datetime] | None:
        """Apply the control chosen for the current turn now; the turn as it stood before and the
        moment recorded, or None when nothing was recorded (the user was told why)."""
        session_id = self._ready()
        current = self.space.state.current() if self.space.state else None
        if session_id is None:
            return None
        if current is None:
            self.space.confirm(self.tr("Nobody has the floor."), "warning")
            return None
        db, now, service = self.space.db, self.space.clock.now(), control(current)
        try:
            done = self._done(lambda: service(db, session_id, now))
        except NoTurn:
            self.space.reload()
            self.space.confirm(self.tr("Nobody has the floor."), "warning")
            return None
        if not done:
            return None
        self.space.ready_for_next()
        return current, now

    def override(self) -> None:
        """F9 after a refusal: ask why, then do it all the same, the reason recorded."""
        retry = self.pending
        if retry is None:
            self.space.confirm(self.tr("Nothing to override: F9 follows a refusal."), "warning")
            return
        dialog = OverrideDialog(self._pending_name, self._pending_reason, self.space)
        accepted, note = dialog.exec(), dialog.reason()
        dialog.deleteLater()
        if not accepted:
            self.space.search.setFocus()
            return
        name, gives = self._pending_name, self._pending_gives
        self.forget_refusal()
        if not self._done(lambda: retry(note)):
            return
        if gives:
            self._given(name, note)
            return
        self.space.ready_for_next()
        self.space.confirm(
            self.tr("✓ {name} — in the queue by override: {reason}").format(name=name, reason=note), "ok"
        )

    # Agenda ------------------------------------------------------------------------------

    def edit_agenda(self) -> None:
        """Ctrl+J: the phases of the session and their profiles."""
        assembly_id, session_id = self.space.assembly_id, self.space.session_id()
        if assembly_id is None or session_id is None:
            return
        self.forget_refusal()
        dialog = AgendaDialog(self.space.db, self.space.operations, assembly_id, session_id, self.space)
        dialog.exec()
        dialog.deleteLater()
