"""The Prise de parole workspace: the speakers' list of a plenary, keyboard first.

Type a few letters of the name of someone present, Enter puts them in the queue of the phase
(Ctrl+Enter for a point of order, an interposed question or a short intervention); F5 gives
the floor to the first in the queue, F6 pauses or resumes, F7 ends. The timer, the projector
and the statistics read the session clock whenever they are drawn, ten times a second.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.app.clock import SessionClock
from facilitator.app.runtime import Runtime
from facilitator.core.participants import Participant
from facilitator.core.speaking.floor import Request
from facilitator.services.speaking.floor import FloorState, load_floor
from facilitator.store.database import Database
from facilitator.text.formats import elapsed_text, timer_text
from facilitator.text.messages import role_label
from facilitator.ui.common.chime import Chime, Tone
from facilitator.ui.common.problems import attempt
from facilitator.ui.common.session_choice import fill_session_choice
from facilitator.ui.common.shortcuts import bind_keys
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.speaking.actions import SpeakingActions
from facilitator.ui.speaking.floor_panel import FloorPanel
from facilitator.ui.speaking.projector import Clock, ProjectorWindow
from facilitator.ui.speaking.queue_list import QueueList
from facilitator.ui.speaking.report_menu import SpeakingReportMenu
from facilitator.ui.speaking.search import SpeakerSearch
from facilitator.ui.speaking.statistics import StatisticsPanel
from facilitator.ui.speaking.timing import Readout, readout

TICK_MS = 100
STATISTICS_EVERY = 10
"""Ticks between two refreshes of the statistics (once a second)."""


class SpeakingWorkspace(Workspace):
    def __init__(self, runtime: Runtime, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(runtime, db, parent)
        self.state: FloorState | None = None
        self._clock: Clock = SessionClock()
        self._shown_session: uuid.UUID | None = None
        self._ticks = 0
        self._last: tuple[uuid.UUID, float] | None = None
        """The running turn's request and time left at the last tick (the bell rings when it crosses zero)."""
        self.chime = Chime(self)
        self.projector = ProjectorWindow(self._clock, self)
        self.actions = SpeakingActions(self)
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
        self.session_choice = QComboBox()
        self.session_choice.setObjectName("session")
        self.session_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_choice.setMinimumContentsLength(18)
        self.phase_choice = QComboBox()
        self.phase_choice.setObjectName("phase")
        self.phase_choice.setMinimumContentsLength(12)
        self.phase_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agenda_button = QPushButton(self.tr("Agenda… (Ctrl+J)"))
        self.projector_button = QPushButton(self.tr("Projector (F11)"))
        self.report = SpeakingReportMenu(self)
        self.projector_button.setCheckable(True)
        self.bell = QCheckBox(self.tr("Bell"))
        self.bell.setToolTip(self.tr("A bell when the speaking time is over"))
        self.bell.setObjectName("bell")
        self.finder = SpeakerSearch(self._describe, self)
        self.search, self.results = self.finder.field, self.finder.results
        self.kind_menu, self.kind_button = self.finder.kind_menu, self.finder.kind_button
        self.queue_title = QLabel()
        self.queue_title.setObjectName("queueTitle")
        self.queue = QueueList()
        self.floor_panel = FloorPanel()
        self.statistics = StatisticsPanel()
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setTextFormat(Qt.TextFormat.PlainText)
        self.override_button = QPushButton(self.tr("Override… (F9)"))
        self.override_button.setObjectName("override")
        self.override_button.hide()
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self._arrange()
        self._connect()

    def _arrange(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session:")))
        top.addWidget(self.session_choice, 2)
        top.addWidget(QLabel(self.tr("Phase:")))
        top.addWidget(self.phase_choice, 1)
        top.addWidget(self.agenda_button)
        top.addWidget(self.projector_button)
        top.addWidget(self.report.button)
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
        self.agenda_button.clicked.connect(self.actions.edit_agenda)
        self.projector_button.clicked.connect(self.toggle_projector)
        self.projector.closed.connect(lambda: self.projector_button.setChecked(False))
        self.finder.requested.connect(self.actions.add)
        self.finder.matched.connect(self._update_hint)
        self.queue.itemActivated.connect(lambda _item: self.actions.give_selected())
        self.queue.reordered.connect(self.actions.reorder, Qt.ConnectionType.QueuedConnection)
        self.floor_panel.give_button.clicked.connect(self.actions.give_first)
        self.floor_panel.pause_button.clicked.connect(self.actions.pause_or_resume)
        self.floor_panel.end_button.clicked.connect(self.actions.end)
        self.override_button.clicked.connect(self.actions.override)
        keys = (
            ("F5", self.actions.give_first),
            ("F6", self.actions.pause_or_resume),
            ("F7", self.actions.end),
            ("F9", self.actions.override),
            ("F11", self.toggle_projector),
            ("Ctrl+J", self.actions.edit_agenda),
            ("Ctrl+Up", lambda: self.actions.move(-1)),
            ("Ctrl+Down", lambda: self.actions.move(1)),
            ("Ctrl+PgUp", lambda: self._step_phase(-1)),
            ("Ctrl+PgDown", lambda: self._step_phase(1)),
        )
        bind_keys(self, keys)
        queue_keys = (("Delete", self.actions.withdraw), ("Escape", self.search.setFocus))
        bind_keys(self.queue, queue_keys, Qt.ShortcutContext.WidgetShortcut)
        self.setTabOrder(self.search, self.queue)
        self._update_enabled()

    def showEvent(self, event: QShowEvent) -> None:
        """People signed in at the desk since: they can be put in the queue now."""
        super().showEvent(event)
        if self.session_id() is not None:
            self.reload()

    # Data --------------------------------------------------------------------------------

    def open_assembly(self, assembly_id: uuid.UUID | None) -> None:
        self.assembly_id = assembly_id
        self.fill_sessions()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.open_assembly(None)

    def fill_sessions(self) -> None:
        fill_session_choice(self, self.session_choice, self.db, self.assembly_id, self.clock.now().date())
        self.reload()

    def session_id(self) -> uuid.UUID | None:
        return self.session_choice.currentData()

    def phase_id(self) -> uuid.UUID | None:
        return self.phase_choice.currentData()

    def reload(self, keep: uuid.UUID | None = None) -> None:
        """Read the session's floor again (after every action, or when shown)."""
        session_id = self.session_id()
        if session_id != self._shown_session:
            self.actions.forget_refusal()
            self.confirmation.clear()
        self.state = attempt(self, lambda: load_floor(self.db, session_id)) if session_id else None
        self._fill_phases(session_id != self._shown_session)
        self._shown_session = session_id
        present = [self.state.people[p] for p in self.state.present if p in self.state.people] if self.state else []
        self.finder.set_people(present)
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
        for widget in (self.search, self.kind_button, self.queue):
            widget.setEnabled(has_phase)
        self.floor_panel.give_button.setEnabled(has_phase)
        self.phase_choice.setEnabled(has_phase)
        self.agenda_button.setEnabled(has_session)
        self._update_hint()

    def _update_hint(self) -> None:
        if self.assembly_id is None:
            self.hint.setText(self.tr("Open an assembly first."))
        elif self.session_id() is None:
            self.hint.setText(self.tr("No session yet: create one at the sign-in desk."))
        elif self.phase_id() is None:
            self.hint.setText(self.tr("This session has no agenda yet: Ctrl+J adds its phases."))
        elif self.finder.unmatched():
            self.hint.setText(
                self.tr("Nobody present matches: only people signed in at the desk can ask for the floor.")
            )
        else:
            self.hint.setText(
                self.tr(
                    "Enter: queue · Ctrl+Enter: point of order, question, intervention · F5: give the floor · "
                    "F6: pause / resume · F7: end · Tab: the queue (Enter gives the floor, Del withdraws, "
                    "Ctrl+↑ ↓ moves) · Ctrl+PgUp PgDn: phase · F11: projector"
                )
            )

    # Display -----------------------------------------------------------------------------

    def tick(self) -> None:
        """Ten times a second: the timer, the projector, the bell; the statistics once a second."""
        now = self.clock.seconds()
        shown = readout(self.state, now)
        self.floor_panel.show_readout(shown, self._idle_countdown())
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

    def toggle_projector(self) -> None:
        if self.projector.isVisible():
            self.projector.close()
        else:
            self.projector.open()
        self.projector_button.setChecked(self.projector.isVisible())

    # Actions' feedback -------------------------------------------------------------------

    def highlighted(self) -> Participant | None:
        return self.finder.highlighted()

    def confirm(self, text: str, state: str) -> None:
        self.confirmation.setText(text)
        self.confirmation.setProperty("state", state)
        self.confirmation.style().unpolish(self.confirmation)
        self.confirmation.style().polish(self.confirmation)

    def after_action(self, *, focus_queue: bool = False, keep: uuid.UUID | None = None) -> None:
        if not focus_queue:
            self.search.clear()
        self.reload(keep)
        (self.queue if focus_queue else self.search).setFocus()

    def shutdown(self) -> None:
        """When the main window closes: the projector goes with it."""
        self.ticker.stop()
        self.projector.close()
