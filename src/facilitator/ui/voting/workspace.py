"""The Votes workspace: a session's votes, their ballots, their live count and their result.

Define a vote, print its ballot kits and a test deck, then count: a handheld scanner types
into the code field (or a counter types a short code) and Enter records it, with the answer in
large type — counted, already counted at 14:02, rejected and why; a grid sheet takes its grade
per row first. Blank envelopes, void ones, the kits handed out and a copier's PDF have their
buttons. The count, the checks (in red when they disagree) and the merit profile follow every
entry; the projector shows them; the procès-verbal prints from here.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.app.runtime import Runtime
from facilitator.core.changes import Change
from facilitator.core.voting.ballot_code import Layout
from facilitator.core.voting.count import IN_THE_BOX, EventOutcome, Outcome, SheetStatus
from facilitator.core.voting.model import Method
from facilitator.services.voting.count import CountView, load_count
from facilitator.services.voting.votes import VoteView, list_votes
from facilitator.store.database import Database
from facilitator.text.voting import outcome_text, row_values
from facilitator.ui.common.actions import Action, ActionSet
from facilitator.ui.common.chime import Chime, Tone
from facilitator.ui.common.forms import sized_combo
from facilitator.ui.common.operations import Operations, read
from facilitator.ui.common.scanner_input import ScannerInput
from facilitator.ui.common.session_choice import fill_session_choice
from facilitator.ui.common.webcam_panel import WebcamPanel
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.voting.actions import VotingActions
from facilitator.ui.voting.projector import VotingProjector
from facilitator.ui.voting.results_view import ResultsView

WEBCAM_READS = 2
WEBCAM_HOLD_MS = 2000.0
"""A ballot shown to the webcam counts after two identical reads, then its code is ignored
for two seconds (the reference's rule: a glimpse never counts, a held ballot counts once)."""
GOOD = IN_THE_BOX | {Outcome.BLANK_ENVELOPE}
EMPTY_ROW = -1
BUTTONS = (
    "new", "officers", "print", "deck", "minutes", "export", "projector", "blank", "nul", "handed", "pdf", "images",
    "webcam", "record", "keep", "keep_all", "void", "withdraw", "nul_ballot",
)  # fmt: skip


class VotingWorkspace(Workspace):
    shows = Change.VOTING | Change.ATTENDANCE | Change.ROSTER | Change.SESSIONS

    def __init__(self, runtime: Runtime, db: Database, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(runtime, db, operations, parent)
        self.votes: list[VoteView] = []
        self.view: CountView | None = None
        self._chosen_vote: uuid.UUID | None = None
        """The vote to show once the session's votes are read again (one just defined)."""
        self.projector = VotingProjector(self)
        self.handlers = VotingActions(self)
        self._build()

    def _build(self) -> None:
        self.session_choice = sized_combo("session", 36)
        self.vote_choice = sized_combo("vote", 30)
        self.rehearsal = QCheckBox(self.tr("Rehearsal with the test deck"))
        self.rehearsal.setObjectName("rehearsal")
        self.voiding = QCheckBox(self.tr("Void mode: a spoiled ballot exchanged before the vote"))
        self.voiding.setObjectName("voiding")
        self.counter = QLineEdit()
        self.counter.setObjectName("counter")
        self.counter.setPlaceholderText(self.tr("Counter's name (recorded with each entry)"))
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.scanner = ScannerInput(self.code)
        self.rows = QGridLayout()
        self.rows_box = QWidget()
        self.rows_box.setLayout(self.rows)
        self.row_choices: list[QComboBox] = []
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("font-size: 16pt; font-weight: bold")
        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        self.contested = QListWidget()
        self.contested.setObjectName("contested")
        self.contested.setMaximumHeight(140)
        self.results = ResultsView()
        self.webcam = WebcamPanel(reads_needed=WEBCAM_READS, hold_ms=WEBCAM_HOLD_MS)
        self.webcam.hide()
        self.action_set = ActionSet(self, self._actions())
        self.buttons = {name: self.action_set.button(name) for name in BUTTONS}
        self.code.setPlaceholderText(
            self.tr("Scan a ballot, or type its short code, then {key}").format(
                key=self.action_set.key_text("enter_code")
            )
        )
        self.chime = Chime(self)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Session")), self.session_choice, QLabel(self.tr("Vote")), self.vote_choice):
            top.addWidget(widget)
        top.addWidget(self.buttons["new"])
        top.addStretch()
        tools = QHBoxLayout()
        for key in ("officers", "print", "deck", "minutes", "export", "projector"):
            tools.addWidget(self.buttons[key])
        tools.addWidget(self.rehearsal)
        tools.addStretch()
        count = QVBoxLayout()
        count.addWidget(self.counter)
        count.addWidget(self.voiding)
        count.addWidget(self.code)
        count.addWidget(self.rows_box)
        count.addWidget(self.buttons["record"])
        count.addWidget(self.outcome)
        for keys in (("blank", "nul", "handed"), ("pdf", "images", "webcam")):
            line = QHBoxLayout()
            for key in keys:
                line.addWidget(self.buttons[key])
            count.addLayout(line)
        count.addWidget(self.webcam, 0, Qt.AlignmentFlag.AlignHCenter)
        count.addWidget(QLabel(self.tr("Last entries")))
        count.addWidget(self.recent, 2)
        settle = QHBoxLayout()
        settle.addWidget(self.buttons["withdraw"])
        settle.addWidget(self.buttons["nul_ballot"])
        count.addLayout(settle)
        count.addWidget(QLabel(self.tr("For the counters to decide")))
        count.addWidget(self.contested, 1)
        decide = QHBoxLayout()
        decide.addWidget(self.buttons["keep"])
        decide.addWidget(self.buttons["keep_all"])
        decide.addWidget(self.buttons["void"])
        count.addLayout(decide)
        body = QHBoxLayout()
        body.addLayout(count, 4)
        body.addWidget(self.results, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addLayout(body, 1)
        self.session_choice.currentIndexChanged.connect(lambda _i: self.reload())
        self.vote_choice.currentIndexChanged.connect(lambda _i: self.reload())
        self.rehearsal.toggled.connect(lambda _on: self.reload())
        self.scanner.scanned.connect(self.action_set.slot(lambda text: self.handlers.enter_code(text, "scanner")))
        self.webcam.decoded.connect(self.action_set.slot(lambda text: self.handlers.enter_code(text, "webcam")))
        self.projector.closed.connect(lambda: self.action_set["projector"].setChecked(False))

    def _actions(self) -> list[Action]:
        handlers = self.handlers
        return [
            Action(
                "enter_code",
                self.tr("Record the code"),
                lambda: handlers.enter_code(self.code.text(), "typed"),
                ("Return", "Enter"),
                within=self.code,
            ),
            Action("new", self.tr("New vote…"), handlers.new_vote, ("Ctrl+N",)),
            Action("officers", self.tr("Officers…"), handlers.edit_officers),
            Action("print", self.tr("Print ballots…"), handlers.print_kits),
            Action("deck", self.tr("Test deck…"), handlers.print_test_deck),
            Action("minutes", self.tr("Procès-verbal…"), handlers.print_record),
            Action("export", self.tr("Export results…"), handlers.export),
            Action("projector", self.tr("Projector"), handlers.toggle_projector, ("F11",), checkable=True),
            Action("blank", self.tr("Empty envelope (blank)"), handlers.blank_envelope),
            Action("nul", self.tr("Void envelope…"), handlers.void_envelope),
            Action("handed", self.tr("Kits handed out…"), handlers.kits_handed_out),
            Action("pdf", self.tr("Read a copier's PDF…"), lambda: handlers.read_scans(folder=False)),
            Action("images", self.tr("Read a folder of scans…"), lambda: handlers.read_scans(folder=True)),
            Action("webcam", self.tr("Webcam"), self._show_webcam, checkable=True),
            Action("record", self.tr("Record this sheet"), handlers.record_sheet),
            Action("keep", self.tr("Keep the selected reading"), handlers.keep_reading),
            Action("keep_all", self.tr("Keep every slip of the kit"), handlers.keep_every_slip),
            Action("void", self.tr("Declare it void…"), handlers.void_contested),
            Action("withdraw", self.tr("Take the selected ballot out…"), handlers.withdraw_counted),
            Action("nul_ballot", self.tr("Declare the selected ballot void…"), handlers.void_counted),
        ]

    def _show_webcam(self) -> None:
        self.webcam.setVisible(self.action_set["webcam"].isChecked())

    # Data --------------------------------------------------------------------------------

    def choose_vote(self, vote_id: uuid.UUID) -> None:
        """Show ``vote_id`` (a vote just defined)."""
        self._chosen_vote = vote_id
        self.reload()

    def session_id(self) -> uuid.UUID | None:
        return self.session_choice.currentData()

    def vote(self) -> VoteView | None:
        vote_id = self.vote_choice.currentData()
        return next((vote for vote in self.votes if vote.id == vote_id), None)

    def _fill_votes(self) -> None:
        """The session's votes; the one shown stays chosen (a new session shows its last vote)."""
        session_id = self.session_id()
        shown = self._chosen_vote or self.vote_choice.currentData()
        self._chosen_vote = None
        self.votes = read(self, lambda: list_votes(self.db, session_id)) if session_id else []
        ids = [vote.id for vote in self.votes]
        self.vote_choice.blockSignals(True)
        self.vote_choice.clear()
        for vote in self.votes:
            self.vote_choice.addItem(vote.question, vote.id)
        self.vote_choice.setCurrentIndex(ids.index(shown) if shown in ids else len(self.votes) - 1)
        self.vote_choice.blockSignals(False)

    def load(self) -> None:
        """The assembly's sessions, the session's votes, then the chosen vote's count."""
        fill_session_choice(self, self.session_choice, self.db, self.assembly_id, self.now().date())
        self._fill_votes()
        vote = self.vote()
        test = self.rehearsal.isChecked()
        self.view = read(self, lambda: load_count(self.db, vote.id, test=test)) if vote else None
        self._fill_rows()
        self.results.show_count(self.view)
        self._fill_lists()
        slips_only = {"pdf", "images"}
        for name in BUTTONS:
            enabled = name == "new" or (self.view is not None and not (name in slips_only and self._grid()))
            self.action_set.enable(enabled, name)
        self.action_set.enable(self._grid(), "record")
        self.buttons["keep_all"].setVisible(self.view is not None and self.view.vote.rules.method is Method.APPROVAL)
        self.code.setEnabled(self.view is not None)
        if self.view is not None and self.projector.isVisible():
            self.projector.show_count(self.view)

    def _grid(self) -> bool:
        return self.view is not None and self.view.vote.rules.layout is Layout.GRID

    def _fill_rows(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.row_choices = []
        self.rows_box.setVisible(self._grid())
        self.buttons["record"].setVisible(self._grid())
        if not self._grid() or self.view is None:
            return
        rules = self.view.vote.rules
        values = row_values(rules)
        for row, option in enumerate(rules.options):
            choice = QComboBox()
            choice.setObjectName(f"row{row}")
            choice.addItem(self.tr("(empty row)"), EMPTY_ROW)
            for value, label in enumerate(values):
                choice.addItem(label, value)
            self.rows.addWidget(QLabel(option), row, 0)
            self.rows.addWidget(choice, row, 1)
            self.row_choices.append(choice)

    def grid_rows(self) -> tuple[int | None, ...]:
        return tuple(None if c.currentData() == EMPTY_ROW else int(c.currentData()) for c in self.row_choices)

    def _fill_lists(self) -> None:
        self.recent.clear()
        self.contested.clear()
        if self.view is None:
            return
        for outcome in reversed(self.view.count.outcomes[-200:]):
            self.recent.addItem(f"{outcome.event.at:%H:%M:%S}  {outcome.serial or '—'}  {outcome_text(outcome)}")
            self.recent.item(self.recent.count() - 1).setData(Qt.ItemDataRole.UserRole, outcome.serial)
        for sheet in self.view.count.sheets.values():
            if sheet.status in (SheetStatus.CONTESTED, SheetStatus.AWAITING_SECOND):
                for read in sheet.reads:
                    item = f"{sheet.serial} · {read.at:%H:%M:%S} · {self.handlers.content_text(read.content)}"
                    self.contested.addItem(item)
                    self.contested.item(self.contested.count() - 1).setData(
                        Qt.ItemDataRole.UserRole, (sheet.serial, read.event_id)
                    )

    def show_outcome(self, outcome: EventOutcome) -> None:
        good = outcome.outcome in GOOD
        colour = "#1b7f3a" if good else "#b00020"
        self.outcome.setStyleSheet(f"font-size: 16pt; font-weight: bold; color: {colour}")
        self.outcome.setText(outcome_text(outcome))
        self.chime.play(Tone.OK if good else Tone.WARNING)

    def main_field(self) -> QWidget:
        """The code field, or the first row of a grid sheet whose code is read and whose grades
        are being chosen."""
        return self.row_choices[0] if self.row_choices and self.code.text().strip() else self.code

    def shutdown(self) -> None:
        self.projector.close()
        self.webcam.shutdown()
