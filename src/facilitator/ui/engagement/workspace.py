"""The Suivi workspace: engagement over the assembly's sessions.

Three views of the same reading: whom to call (absent at their last sessions), everyone's
attendance history, and who each session reached. Read-only; it reads again when what it
counts changes (an arrival at the desk, a claim, the rules).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from facilitator.app.clock import local_now
from facilitator.app.runtime import Runtime
from facilitator.core.changes import Change
from facilitator.core.engagement import histories, is_resident, run_sessions, session_indicators, sessions_not_run
from facilitator.services.engagement.overview import AssemblyEngagement, load_engagement
from facilitator.services.indemnity.statements import session_costs
from facilitator.store.database import Database
from facilitator.ui.common.actions import Action, ActionSet
from facilitator.ui.common.operations import Operations, read
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.engagement.follow_up import FollowUpView
from facilitator.ui.engagement.history import HistoryView
from facilitator.ui.engagement.indicators import IndicatorsView


class EngagementWorkspace(Workspace):
    shows = Change.ATTENDANCE | Change.ROSTER | Change.SESSIONS | Change.RULES | Change.CLAIMS

    def __init__(self, runtime: Runtime, db: Database, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(runtime, db, operations, parent)
        self.today: Callable[[], dt.date] = lambda: local_now().date()
        self.data: AssemblyEngagement | None = None
        self.costs: dict[uuid.UUID, int] = {}
        self._build()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.residents_only = QCheckBox(self.tr("&Residents only (drawn and volunteers)"))
        self.residents_only.setChecked(True)
        self.follow_up = FollowUpView()
        self.history = HistoryView()
        self.indicators = IndicatorsView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("engagementTabs")
        self.tabs.addTab(self.follow_up, self.tr("&To call"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.tabs.addTab(self.indicators, self.tr("&Indicators"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.residents_only)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.residents_only.toggled.connect(lambda _checked: self._show())
        self.follow_up.copied.connect(
            lambda count: self.status.emit(self.tr("List copied: %n person(s), ready to paste.", "", count))
        )
        self.action_set = ActionSet(
            self, [Action("find", self.tr("Find a person"), self.find_person, (QKeySequence.StandardKey.Find,))]
        )
        self.history.search.setPlaceholderText(
            self.tr("Search a name or a badge number ({key})").format(key=self.action_set.key_text("find"))
        )
        self._show()

    # Data --------------------------------------------------------------------------------

    def main_field(self) -> QWidget:
        current = self.tabs.currentWidget()
        return self.history.search if current is self.history else current

    def load(self) -> None:
        assembly_id = self.assembly_id
        self.data = read(self, lambda: load_engagement(self.db, assembly_id)) if assembly_id else None
        self.costs = read(self, lambda: session_costs(self.db, assembly_id)) if assembly_id else {}
        self._show()

    def _show(self) -> None:
        """Derive the three views from the last reading, for the population chosen."""
        today = self.today()
        sessions = self.data.sessions if self.data else []
        people = self.data.people if self.data else []
        residents_only = self.residents_only.isChecked()
        run = run_sessions(sessions, today)
        everyone = histories(sessions, people, today, self.data.half_days) if self.data else []
        self.follow_up.show_histories(everyone, residents_only=residents_only, has_sessions=bool(run))
        self.history.show_histories([h for h in everyone if not residents_only or is_resident(h.participant)], run)
        indicators = session_indicators(sessions, people, today, residents_only=residents_only)
        self.indicators.show_indicators(indicators, self.costs)
        self._show_summary(len(run), len(sessions_not_run(sessions, today)))

    def _show_summary(self, run: int, not_run: int) -> None:
        if self.assembly_id is None:
            self.summary.setText(self.tr("Open an assembly first."))
            return
        text = self.tr("%n session(s) counted.", "", run)
        if not_run:
            text += " " + self.tr(
                "%n past session(s) without any arrival recorded in the application: not counted.", "", not_run
            )
        self.summary.setText(text)

    # Actions -----------------------------------------------------------------------------

    def find_person(self) -> None:
        """The history's search, from any tab."""
        self.tabs.setCurrentWidget(self.history)
        self.history.search.setFocus()
        self.history.search.selectAll()
