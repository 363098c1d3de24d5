"""The Prise de parole workspace: the speakers' list of a plenary, keyboard first.

Type a few letters of the name of someone present, Enter puts them in the queue of the phase
(Ctrl+Enter for a point of order, an interposed question or a short intervention); F5 gives
the floor to the first in the queue, F6 pauses or resumes, F7 ends (the keys are the actions'
declared below). The timer, the projector and the statistics read the session clock whenever
they are drawn, ten times a second.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.app.clock import SessionClock
from facilitator.app.runtime import Runtime
from facilitator.core.changes import Change
from facilitator.core.participants import Participant
from facilitator.core.speaking.floor import Request
from facilitator.services.speaking.floor import FloorState, load_floor
from facilitator.store.database import Database
from facilitator.text.formats import elapsed_text, timer_text
from facilitator.text.messages import role_label
from facilitator.ui.common.actions import Action, ActionSet, back_and_forth
from facilitator.ui.common.chime import Chime, Tone
from facilitator.ui.common.forms import sized_combo
from facilitator.ui.common.operations import Operations, read
from facilitator.ui.common.session_choice import fill_session_choice
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.speaking.actions import SpeakingActions
from facilitator.ui.speaking.floor_panel import FloorPanel
from facilitator.ui.speaking.projector import Clock, SpeakingProjector
from facilitator.ui.speaking.queue_list import QueueList
from facilitator.ui.speaking.report import SpeakingReport
from facilitator.ui.speaking.search import SpeakerSearch
from facilitator.ui.speaking.statistics import StatisticsPanel
from facilitator.ui.speaking.timing import Readout, readout

TICK_MS = 100
STATISTICS_EVERY = 10
"""Ticks between two refreshes of the statistics (once a second)."""


class SpeakingWorkspace(Workspace):
    shows = Change.SPEAKING | Change.AGENDA | Change.ATTENDANCE | Change.ROSTER | Change.SESSIONS

    def __init__(self, runtime: Runtime, db: Database, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(runtime, db, operations, parent)
        self.state: FloorState | None = None
        self._clock: Clock = SessionClock()
        self._shown_session: uuid.UUID | None = None
        self._keep: uuid.UUID | None = None
        """The request to keep selected in the queue once it is read again (after a move)."""
        self._ticks = 0
        self._last: tuple[uuid.UUID, float] | None = None
        """The running turn's request and time left at the last tick (the bell rings when it crosses zero)."""
        self.chime = Chime(self)
        self.projector = SpeakingProjector(self._clock, self)
        self.handlers = SpeakingActions(self)
        self.report = SpeakingReport(self)
        self._build()
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()

    @property
    def clock(self) -> Clock:
        """The one clock that records the events and drives the displays (a fake in tests)."""
        return self._clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self._clock = clock
        self.projector.clock = clock

    # Layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.session_choice = sized_combo("session", 18)
        self.phase_choice = sized_combo("phase", 12)
        self.bell = QCheckBox(self.tr("Bell"))
        self.bell.setToolTip(self.tr("A bell when the speaking time is over"))
        self.bell.setObjectName("bell")
        self.finder = SpeakerSearch(self._describe, self)
        self.search, self.results = self.finder.field, self.finder.results
        self.kind_menu = self.finder.kind_menu
        self.queue_title = QLabel()
        self.queue_title.setObjectName("queueTitle")
        self.queue = QueueList()
        self.action_set = ActionSet(self, self._actions())
        self.search.setPlaceholderText(self.tr("Name, then {key}").format(key=self.action_set.key_text("queue")))
        self.agenda_button = self.action_set.button("agenda")
        self.projector_button = self.action_set.button("projector")
        self.kind_button = self.action_set.button("other_request")
        self.report_button = self._report_button()
        self.floor_panel = FloorPanel([self.action_set.button(name) for name in ("give_first", "pause", "end")])
        self.statistics = StatisticsPanel()
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setTextFormat(Qt.TextFormat.PlainText)
        self.override_button = self.action_set.button("override")
        self.override_button.hide()
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self._arrange()
        self._connect()

    def _actions(self) -> list[Action]:
        handlers, search, queue = self.handlers, self.search, self.queue
        return [
            Action("queue", self.tr("Queue"), lambda: handlers.add(), ("Return", "Enter"), self.tr("queue"), search),
            Action(
                "other_request",
                self.tr("Other request"),
                self.finder.choose_kind,
                ("Ctrl+Return", "Ctrl+Enter"),
                self.tr("point of order, question, intervention"),
                search,
            ),
            Action("previous_match", self.tr("Previous match"), lambda: self.finder.step(-1), ("Up",), within=search),
            Action("next_match", self.tr("Next match"), lambda: self.finder.step(1), ("Down",), within=search),
            Action("give_first", self.tr("Give the floor"), handlers.give_first, ("F5",), self.tr("give the floor")),
            Action("pause", self.tr("Pause"), handlers.pause_or_resume, ("F6",), self.tr("pause / resume")),
            Action("end", self.tr("End"), handlers.end, ("F7",), self.tr("end")),
            Action(
                "give_selected",
                self.tr("Give the floor to the one selected"),
                handlers.give_selected,
                ("Return", "Enter"),
                self.tr("in the queue: give the floor"),
                queue,
            ),
            Action(
                "withdraw",
                self.tr("Withdraw"),
                handlers.withdraw,
                ("Delete",),
                self.tr("in the queue: withdraw"),
                queue,
            ),
            Action(
                "move_up", self.tr("Move up"), lambda: handlers.move(-1), ("Ctrl+Up",), self.tr("move in the queue")
            ),
            Action(
                "move_down",
                self.tr("Move down"),
                lambda: handlers.move(1),
                ("Ctrl+Down",),
                self.tr("move in the queue"),
            ),
            Action("to_search", self.tr("Back to the name"), self.search.setFocus, ("Escape",), within=queue),
            *back_and_forth(
                "phase", self.tr("Previous phase"), self.tr("Next phase"), self._step_phase, self.tr("phase")
            ),
            Action("override", self.tr("Override…"), handlers.override, ("F9",)),
            Action("agenda", self.tr("Agenda…"), handlers.edit_agenda, ("Ctrl+J",)),
            Action(
                "projector", self.tr("Projector"), self.toggle_projector, ("F11",), self.tr("projector"), checkable=True
            ),
            Action("report_pdf", self.tr("Speaking-time report (PDF)…"), lambda: self.report.save("pdf")),
            Action("report_csv", self.tr("Figures for a spreadsheet (CSV)…"), lambda: self.report.save("csv")),
        ]

    def _report_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("reportMenu")
        button.setText(self.tr("Report"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.addAction(self.action_set["report_pdf"])
        menu.addAction(self.action_set["report_csv"])
        button.setMenu(menu)
        return button

    def _arrange(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session:")))
        top.addWidget(self.session_choice, 2)
        top.addWidget(QLabel(self.tr("Phase:")))
        top.addWidget(self.phase_choice, 1)
        top.addWidget(self.agenda_button)
        top.addWidget(self.projector_button)
        top.addWidget(self.report_button)
        top.addWidget(self.bell)
        entry = QHBoxLayout()
        entry.addWidget(self.search, 1)
        entry.addWidget(self.kind_button)
        left = QVBoxLayout()
        left.addLayout(entry)
        left.addWidget(self.results)
        left.addWidget(self.queue_title)
        left.addWidget(self.queue, 1)
        right = QVBoxLayout()
        right.addWidget(self.floor_panel)
        right.addWidget(self.statistics, 1)
        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addLayout(right, 6)
        said = QHBoxLayout()
        said.addWidget(self.confirmation, 1)
        said.addWidget(self.override_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(said)
        layout.addWidget(self.hint)

    def _connect(self) -> None:
        self.session_choice.currentIndexChanged.connect(lambda _index: self.reload())
        self.phase_choice.currentIndexChanged.connect(lambda _index: self._phase_changed())
        self.projector.closed.connect(lambda: self.action_set["projector"].setChecked(False))
        self.finder.requested.connect(self.action_set.slot(self.handlers.add))
        self.finder.matched.connect(self._update_hint)
        self.queue.itemActivated.connect(self.action_set.slot(lambda _item: self.handlers.give_selected()))
        self.queue.reordered.connect(self.action_set.slot(self.handlers.reorder), Qt.ConnectionType.QueuedConnection)
        self.setTabOrder(self.search, self.queue)
        self._update_enabled()

    # Data --------------------------------------------------------------------------------

    def keep_selected(self, request: uuid.UUID | None) -> None:
        """Keep ``request`` selected in the queue when the floor is read again."""
        self._keep = request

    def session_id(self) -> uuid.UUID | None:
        return self.session_choice.currentData()

    def phase_id(self) -> uuid.UUID | None:
        return self.phase_choice.currentData()

    def load(self) -> None:
        """The assembly's sessions, then the chosen session's floor."""
        fill_session_choice(self, self.session_choice, self.db, self.assembly_id, self.clock.now().date())
        session_id = self.session_id()
        if session_id != self._shown_session:
            self.handlers.forget_refusal()
            self.confirmation.clear()
        self.state = read(self, lambda: load_floor(self.db, session_id)) if session_id else None
        self._fill_phases(session_id != self._shown_session)
        self._shown_session = session_id
        present = [self.state.people[p] for p in self.state.present if p in self.state.people] if self.state else []
        self.finder.set_people(present)
        keep, self._keep = self._keep, None
        self._show_floor(keep)

    def _fill_phases(self, fresh: bool) -> None:
        chosen = None if fresh else self.phase_id()
        agenda = self.state.agenda if self.state else []
        ids = [item.id for item in agenda]
        if chosen not in ids:
            chosen = self._likely_phase()
        self.phase_choice.blockSignals(True)
        self.phase_choice.clear()
        for item in agenda:
            self.phase_choice.addItem(item.name, item.id)
        self.phase_choice.setCurrentIndex(ids.index(chosen) if chosen in ids else -1)
        self.phase_choice.blockSignals(False)

    def _likely_phase(self) -> uuid.UUID | None:
        """The phase being run: the current turn's, else the last one's, else the first."""
        state = self.state
        if state is None or not state.agenda:
            return None
        if state.floor.turns:
            return state.floor.turns[-1].phase
        return state.agenda[0].id

    def _step_phase(self, step: int) -> None:
        index = self.phase_choice.currentIndex() + step
        if 0 <= index < self.phase_choice.count():
            self.phase_choice.setCurrentIndex(index)

    def _phase_changed(self) -> None:
        self._show_floor(None)
        self.finder.refresh()

    def queue_requests(self) -> list[Request]:
        """The waiting requests of the chosen phase, in the order the floor will be given."""
        phase = self.phase_id()
        if self.state is None or phase is None:
            return []
        return self.state.queue(phase)

    def _show_floor(self, keep: uuid.UUID | None) -> None:
        now = self.clock.seconds()
        requests = self.queue_requests()
        state, phase = self.state, self.phase_id()
        if state is not None:
            self.queue.fill(state, requests, now, keep)
        else:
            self.queue.clear()
        phase_name = state.phase(phase).name if state and phase else ""
        self.queue_title.setText(
            self.tr("Queue — {phase} ({count})").format(phase=phase_name, count=len(requests))
            if phase_name
            else self.tr("Queue")
        )
        upcoming = [self._first_name(request.participant) for request in requests]
        self.projector.show_floor(state, phase_name, upcoming)
        self.statistics.show_floor(state, phase, now)
        self._update_enabled()
        self.tick()

    def _first_name(self, participant_id: uuid.UUID) -> str:
        person = self.state.people.get(participant_id) if self.state else None
        return person.details.first_name if person else "—"

    def _describe(self, person: Participant) -> str:
        details = person.details
        text = self.tr("{last} {first} — {role} — No. {badge}").format(
            last=details.last_name, first=details.first_name, role=role_label(details.role), badge=person.badge_number
        )
        phase, state = self.phase_id(), self.state
        if state is None or phase is None:
            return text
        spoken = state.floor.spoken(person.id, phase, self.clock.seconds())
        if spoken > 0:
            text += " — " + self.tr("spoke {time} in this phase").format(time=elapsed_text(spoken))
        if any(r.participant == person.id and r.phase == phase for r in state.floor.waiting.values()):
            text += " — " + self.tr("in the queue")
        return text

    def _update_enabled(self) -> None:
        has_session = self.session_id() is not None
        has_phase = self.phase_id() is not None
        for widget in (self.search, self.queue):
            widget.setEnabled(has_phase)
        self.action_set.enable(has_phase, "other_request", "give_first")
        self.phase_choice.setEnabled(has_phase)
        self.action_set.enable(has_session, "agenda")
        self._update_hint()

    def _update_hint(self) -> None:
        if self.assembly_id is None:
            self.hint.setText(self.tr("Open an assembly first."))
        elif self.session_id() is None:
            self.hint.setText(self.tr("No session yet: create one at the sign-in desk."))
        elif self.phase_id() is None:
            self.hint.setText(self.no_agenda_text())
        elif self.finder.unmatched():
            self.hint.setText(
                self.tr("Nobody present matches: only people signed in at the desk can ask for the floor.")
            )
        else:
            self.hint.setText(
                self.action_set.hint(
                    "queue",
                    "other_request",
                    "give_first",
                    "pause",
                    "end",
                    "give_selected",
                    "withdraw",
                    "move_up",
                    "move_down",
                    "previous_phase",
                    "next_phase",
                    "projector",
                )
            )

    def no_agenda_text(self) -> str:
        return self.tr("This session has no agenda yet: {key} adds its phases.").format(
            key=self.action_set.key_text("agenda")
        )

    # Display -----------------------------------------------------------------------------

    def tick(self) -> None:
        """Ten times a second: the timer, the projector, the bell; the statistics once a second."""
        now = self.clock.seconds()
        shown = readout(self.state, now)
        self.floor_panel.show_readout(shown, self._idle_countdown())
        self._follow_turn(shown)
        if self.projector.isVisible():
            self.projector.update()
        self._ring(shown)
        self._ticks += 1
        if self._ticks % STATISTICS_EVERY == 0 and shown.turn is not None and shown.turn.running:
            self.statistics.tick(now)

    def _idle_countdown(self) -> str:
        phase = self.phase_id()
        if self.state is None or phase is None:
            return ""
        return timer_text(self.state.discipline(phase).turn_seconds)

    def _ring(self, shown: Readout) -> None:
        """The bell, once, when a running turn's time reaches its end."""
        turn = shown.turn
        if turn is None or not turn.running:
            self._last = None
            return
        last = self._last
        if last is not None and last[0] == turn.request.id and last[1] > 0 >= shown.left and self.bell.isChecked():
            self.chime.play(Tone.WARNING)
        self._last = (turn.request.id, shown.left)

    def _follow_turn(self, shown: Readout) -> None:
        """Pause reads « Reprendre » while the turn is paused; pause and end need a turn."""
        pause = self.action_set["pause"]
        text = self.tr("Resume") if shown.paused else self.tr("Pause")
        if pause.text() != text:
            pause.setText(text)
        for name in ("pause", "end"):
            if self.action_set[name].isEnabled() != (shown.turn is not None):
                self.action_set[name].setEnabled(shown.turn is not None)

    def toggle_projector(self) -> None:
        self.action_set["projector"].setChecked(self.projector.toggle())

    # Actions' feedback -------------------------------------------------------------------

    def highlighted(self) -> Participant | None:
        return self.finder.highlighted()

    def confirm(self, text: str, state: str) -> None:
        self.confirmation.setText(text)
        self.confirmation.setProperty("state", state)
        self.confirmation.style().unpolish(self.confirmation)
        self.confirmation.style().polish(self.confirmation)

    def main_field(self) -> QWidget:
        return self.search

    def ready_for_next(self, *, focus_queue: bool = False) -> None:
        """After an action: the keyboard back in the name field (cleared), or in the queue."""
        if not focus_queue:
            self.search.clear()
        (self.queue if focus_queue else self.search).setFocus()

    def shutdown(self) -> None:
        """When the main window closes: the projector goes with it."""
        self.ticker.stop()
        self.projector.close()
