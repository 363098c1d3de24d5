"""The Groupes workspace: a session's small-group rounds, table by table.

Set up the tables, plan every round for the people signed in (or, before anyone is, for the
people expected), look at the quality in plain words, adjust by hand (drag a name to another
table, or mark one and swap it with another), and re-plan when someone arrives late or leaves.
The projector shows the round under way. The keys are the actions' declared below.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QTabBar, QToolButton, QVBoxLayout, QWidget

from facilitator.app.runtime import Runtime
from facilitator.core.changes import Change
from facilitator.services.rotation.view import Basis, RotationView, load_rotation
from facilitator.store.database import Database
from facilitator.ui.common.actions import Action, ActionSet, back_and_forth
from facilitator.ui.common.forms import sized_combo
from facilitator.ui.common.operations import Operations, read
from facilitator.ui.common.session_choice import fill_session_choice
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.rotation.actions import RotationActions
from facilitator.ui.rotation.projector import RotationProjector, short_name
from facilitator.ui.rotation.quality import Quality
from facilitator.ui.rotation.table_grid import TableGrid


class RotationWorkspace(Workspace):
    shows = Change.ROTATION | Change.ATTENDANCE | Change.ROSTER | Change.SESSIONS

    def __init__(self, runtime: Runtime, db: Database, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(runtime, db, operations, parent)
        self.view: RotationView | None = None
        self._keep: uuid.UUID | None = None
        """The person to keep the keyboard on once the plan is read again (after a hand move)."""
        self.words = Quality(self)
        self._problems: dict[uuid.UUID, str] = {}
        """The reason of each seat in conflict in the round shown."""
        self.projector = RotationProjector(self)
        self.handlers = RotationActions(self)
        self._build()

    # Layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.session_choice = sized_combo("session", 18)
        self.rounds = QTabBar()
        self.rounds.setObjectName("rounds")
        self.rounds.setExpanding(False)
        self.grid = TableGrid()
        self.action_set = ActionSet(self, self._actions())
        self.setup_button = self.action_set.button("setup")
        self.plan_button = self.action_set.button("plan")
        self.replan_button = self.action_set.button("replan")
        self.projector_button = self.action_set.button("projector")
        self.current_button = self.action_set.button("set_current")
        self.print_button = self._print_button()
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.quality = QLabel()
        self.quality.setObjectName("quality")
        self.quality.setWordWrap(True)
        self.quality.setTextFormat(Qt.TextFormat.RichText)
        self.quality.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.quality.setMinimumWidth(300)
        self.quality.setMaximumWidth(380)
        self.confirmation = QLabel()
        self.confirmation.setObjectName("groupsSaid")
        self.confirmation.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session:")))
        top.addWidget(self.session_choice, 1)
        for widget in (
            self.setup_button,
            self.plan_button,
            self.replan_button,
            self.projector_button,
            self.print_button,
        ):
            top.addWidget(widget)
        rounds_row = QHBoxLayout()
        rounds_row.addWidget(self.rounds, 1)
        rounds_row.addWidget(self.current_button)
        body = QHBoxLayout()
        body.addWidget(self.grid, 1)
        body.addWidget(self.quality)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(rounds_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.hint)
        self._connect()

    def _actions(self) -> list[Action]:
        handlers, grid = self.handlers, self.grid
        return [
            Action("setup", self.tr("Setup…"), handlers.edit_setup, ("Ctrl+T",)),
            Action("plan", self.tr("Plan"), handlers.plan, ("Ctrl+P",)),
            Action("replan", self.tr("Re-plan"), handlers.replan, ("Ctrl+R",)),
            Action(
                "projector", self.tr("Projector"), self.toggle_projector, ("F11",), self.tr("projector"), checkable=True
            ),
            Action(
                "set_current",
                self.tr("This round is under way"),
                handlers.set_current_round,
                ("Ctrl+Return", "Ctrl+Enter"),
                self.tr("round under way"),
            ),
            Action(
                "mark_or_swap",
                self.tr("Mark, or swap with the one marked"),
                handlers.mark_or_swap,
                ("Space",),
                self.tr("mark, then swap with someone at another table"),
                grid,
            ),
            Action("unmark", self.tr("Unmark"), handlers.unmark, ("Escape",), within=grid),
            Action("move_to", self.tr("Move to a table…"), handlers.move_to, ("Ctrl+M",), self.tr("move")),
            *back_and_forth(
                "round", self.tr("Previous round"), self.tr("Next round"), self._step_round, self.tr("round")
            ),
            Action("print_cards", self.tr("Table cards…"), handlers.print_cards),
            Action("print_slips", self.tr("Itinerary slips…"), handlers.print_slips),
            Action("export_plan", self.tr("Export the plan (CSV)…"), handlers.export_csv),
        ]

    def _print_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setText(self.tr("Print"))
        button.setObjectName("groupsPrint")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.addAction(self.action_set["print_cards"])
        menu.addAction(self.action_set["print_slips"])
        menu.addSeparator()
        menu.addAction(self.action_set["export_plan"])
        button.setMenu(menu)
        return button

    def _connect(self) -> None:
        self.session_choice.currentIndexChanged.connect(lambda _index: self.reload())
        self.projector.closed.connect(lambda: self.action_set["projector"].setChecked(False))
        self.rounds.currentChanged.connect(lambda _index: self._round_changed())
        self.grid.dropped.connect(self.action_set.slot(self.handlers.drop))
        self.grid.chosen.connect(self._explain_choice)

    # Data --------------------------------------------------------------------------------

    def keep(self, person: uuid.UUID | None) -> None:
        """Keep the keyboard on ``person`` once the plan is read again."""
        self._keep = person

    def session_id(self) -> uuid.UUID | None:
        return self.session_choice.currentData()

    def session_title(self) -> str:
        return self.session_choice.currentText()

    def round_index(self) -> int:
        return self.rounds.currentIndex()

    def load(self) -> None:
        """The assembly's sessions, then the chosen session's setup, people and plan."""
        fill_session_choice(self, self.session_choice, self.db, self.assembly_id, self.now().date())
        session_id = self.session_id()
        if self.view is None or self.view.session_id != session_id:
            self.handlers.marked = None
        self.view = read(self, lambda: load_rotation(self.db, session_id, self.now())) if session_id else None
        self._fill_rounds()
        self._show_banner()
        keep, self._keep = self._keep, None
        self.show_round(keep=keep)

    def _fill_rounds(self) -> None:
        view = self.view
        chosen = self.rounds.currentIndex()
        count = len(view.rounds) if view else 0
        self.rounds.blockSignals(True)
        while self.rounds.count() > count:
            self.rounds.removeTab(self.rounds.count() - 1)
        while self.rounds.count() < count:
            self.rounds.addTab("")
        for index in range(count):
            title = self.tr("Round {number}").format(number=index + 1)
            if view is not None and index == view.current_round:
                title = self.tr("Round {number} · under way").format(number=index + 1)
            self.rounds.setTabText(index, title)
        if view is not None and count and not 0 <= chosen < count:
            chosen = min(view.current_round, count - 1)
        self.rounds.setCurrentIndex(chosen if 0 <= chosen < count else -1)
        self.rounds.blockSignals(False)

    def _round_changed(self) -> None:
        self.handlers.marked = None
        self.show_round()

    def _step_round(self, step: int) -> None:
        index = self.rounds.currentIndex() + step
        if 0 <= index < self.rounds.count():
            self.rounds.setCurrentIndex(index)

    def _show_banner(self) -> None:
        view = self.view
        if view is None:
            self.banner.setText("")
            return
        if view.basis == Basis.EXPECTED:
            text = self.tr(
                "Nobody has signed in yet: plans are made for the %n person(s) expected.", "", len(view.room)
            )
        elif view.basis == Basis.ATTENDED:
            text = self.tr("This session is over: %n person(s) came.", "", len(view.room))
        else:
            text = self.tr("%n person(s) present.", "", len(view.room))
        arrivals, departures, absent = view.arrivals(), view.departures(), view.absent()
        if view.stale:
            text += " " + self.tr("The tables changed since the plan was made: make a new plan ({key}).").format(
                key=self.action_set.key_text("plan")
            )
            self.banner.setProperty("state", "warning")
        elif arrivals or departures or absent:
            text += " " + self.tr(
                "Since the plan: {arrived} present without a seat, {left} left, {absent} not arrived yet — "
                "Re-plan ({key}) adjusts the plan."
            ).format(
                arrived=len(arrivals), left=len(departures), absent=len(absent), key=self.action_set.key_text("replan")
            )
            self.banner.setProperty("state", "warning")
        else:
            self.banner.setProperty("state", "")
        self.banner.setText(text)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    # Display -----------------------------------------------------------------------------

    def show_round(self, keep: uuid.UUID | None = None) -> None:
        view, index = self.view, self.rounds.currentIndex()
        if view is None or view.settings is None or not view.planned or view.stale or index < 0:
            self.grid.set_table_count(0)
            self.quality.setText("")
            self._update_enabled()
            self._update_projector()
            return
        seats = view.rounds[index]
        problems = {
            person: self._problem_text(view, index, person, reasons)
            for person, reasons in view.conflicts(index).items()
            if reasons
        }
        titles = [
            self.tr("Table {number} · %n person(s)", "", sum(1 for t in seats.values() if t == table)).format(
                number=table + 1
            )
            for table in range(len(view.settings.tables))
        ]
        self._problems = problems
        self.grid.show_round(seats, view.people, titles, problems, self.handlers.marked, view.settings.hosts())
        if keep is not None:
            self.grid.focus_person(keep)
        self._show_quality(view)
        self._update_enabled()
        self._update_projector()

    def _explain_choice(self) -> None:
        """What is wrong with the seat of the person chosen, for who cannot hover a tooltip."""
        person = self.grid.current_person()
        if person is None or self.view is None:
            return
        problem = self._problems.get(person)
        if problem:
            name = self.view.people[person].details.display_name
            self.confirm(
                self.tr("{name}: {problem}").format(name=name, problem=problem.replace("\n", " · ")), "warning"
            )

    def _problem_text(self, view: RotationView, index: int, person: uuid.UUID, reasons: set) -> str:
        lines = [self.words.conflict(reason) for reason in sorted(reasons)]
        lines += [
            self.tr("met {name} in round {number}").format(
                name=view.people[mate].details.display_name, number=other_index + 1
            )
            for mate, other_index in view.met_before(index, person)
        ]
        return "\n".join(lines)

    def _show_quality(self, view: RotationView) -> None:
        assert view.settings is not None
        lines = self.words.lines(view.metrics(), view.bound(), len(view.rounds), view.seed)
        marks = {"ok": "✓", "warning": "⚠", "bad": "✗", "muted": ""}
        colours = {"ok": "#1b6e20", "warning": "#9a6200", "bad": "#b00020", "muted": "#555555"}
        self.quality.setText(
            "<h3>"
            + self.tr("Quality of the plan")
            + "</h3>"
            + "".join(f'<p style="color:{colours[line.state]}">{marks[line.state]} {line.text}</p>' for line in lines)
        )
        self.quality.setProperty("lines", [line.text for line in lines])

    def _update_enabled(self) -> None:
        view = self.view
        has_session = view is not None
        planned = bool(view and view.planned and not view.stale)
        self.action_set.enable(has_session, "setup")
        self.action_set.enable(has_session and bool(view and view.room), "plan")
        self.action_set.enable(
            planned and bool(view and (view.arrivals() or view.departures() or view.absent())), "replan"
        )
        self.action_set.enable(planned, "set_current", "move_to", "mark_or_swap")
        self.print_button.setEnabled(planned)
        keys = {"setup": self.action_set.key_text("setup"), "plan": self.action_set.key_text("plan")}
        if self.assembly_id is None:
            self.hint.setText(self.tr("Open an assembly first."))
        elif not has_session:
            self.hint.setText(self.tr("No session yet: create one at the sign-in desk."))
        elif view is not None and view.settings is None:
            self.hint.setText(self.tr("Set up the tables ({setup}), then plan the rounds ({plan}).").format(**keys))
        elif not planned:
            self.hint.setText(self.tr("Plan the rounds ({plan}).").format(**keys))
        else:
            self.hint.setText(
                self.tr("Drag a name to another table, or Tab to a table.")
                + " "
                + self.action_set.hint(
                    "mark_or_swap", "move_to", "previous_round", "next_round", "set_current", "projector"
                )
            )

    def _update_projector(self) -> None:
        view = self.view
        if view is None or view.settings is None or not view.planned:
            self.projector.show_round("", [])
            return
        index = min(view.current_round, len(view.rounds) - 1)
        seats = view.rounds[index]
        tables = []
        for table in range(len(view.settings.tables)):
            seated = sorted(
                (p for p, t in seats.items() if t == table), key=lambda p: view.people[p].details.first_name.casefold()
            )
            names = [short_name(view.people[p].details.first_name, view.people[p].details.last_name) for p in seated]
            tables.append((self.tr("Table {number}").format(number=table + 1), names))
        self.projector.show_round(self.tr("Round {number}").format(number=index + 1), tables)

    def toggle_projector(self) -> None:
        self.action_set["projector"].setChecked(self.projector.toggle())

    # Feedback ----------------------------------------------------------------------------

    def confirm(self, text: str, state: str) -> None:
        self.confirmation.setText(text)
        self.confirmation.setProperty("state", state)
        self.confirmation.style().unpolish(self.confirmation)
        self.confirmation.style().polish(self.confirmation)

    def main_field(self) -> QWidget:
        return self.grid.boxes[0].people if self.grid.boxes else self.session_choice

    def ready_for_next(self, said: str, *, kept: bool = False) -> None:
        """Say what was done, with the keyboard in the tables (on the person kept, if any)."""
        if not kept:
            self.focus_main()
        self.confirm(said, "ok")

    def shutdown(self) -> None:
        self.projector.close()
