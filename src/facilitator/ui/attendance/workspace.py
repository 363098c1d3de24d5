"""The Accueil workspace: the sign-in desk, keyboard first.

Type a few letters or a badge number, Enter signs in the first match; the confirmation
appears (and the chime sounds) only once the arrival is committed. Up and Down choose
another match without leaving the search field. A badge scanned by a handheld scanner (a
burst of keystrokes) or shown to the webcam signs its bearer in directly.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QWidget,
)

from facilitator.app.runtime import Runtime
from facilitator.core.attendance.desk import DeskSearch
from facilitator.core.attendance.presence import Presence
from facilitator.core.changes import Change
from facilitator.core.participants import Participant
from facilitator.services.attendance import desk
from facilitator.store.database import Database
from facilitator.text.formats import clock_time
from facilitator.text.messages import role_label
from facilitator.ui.attendance.actions import DeskActions
from facilitator.ui.attendance.documents import DeskDocuments
from facilitator.ui.attendance.figures import figures_html
from facilitator.ui.common.actions import Action, ActionSet
from facilitator.ui.common.chime import Chime, Tone
from facilitator.ui.common.forms import STRETCH, column_of, row_of, sized_combo
from facilitator.ui.common.operations import Operations, read
from facilitator.ui.common.scanner_input import ScannerInput
from facilitator.ui.common.session_choice import fill_session_choice
from facilitator.ui.common.webcam_panel import WebcamPanel
from facilitator.ui.common.workspace import Workspace


class AttendanceWorkspace(Workspace):
    shows = Change.ATTENDANCE | Change.ROSTER | Change.SESSIONS | Change.RULES | Change.ASSEMBLIES

    def __init__(self, runtime: Runtime, db: Database, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(runtime, db, operations, parent)
        self.state: desk.SessionAttendance | None = None
        self._search_index = DeskSearch([])
        self.chime = Chime(self)
        self.handlers = DeskActions(self)
        self.documents = DeskDocuments(self)
        self._build()

    # Layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.session_choice = sized_combo("session", 24)
        self.search = QLineEdit()
        self.search.setObjectName("deskSearch")
        self.scanner = ScannerInput(self.search)
        self.results = QListWidget()
        self.results.setObjectName("deskResults")
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setMinimumHeight(64)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setObjectName("figures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.figures.setMinimumWidth(300)
        self.figures.setWordWrap(True)
        self.webcam = WebcamPanel()
        self.action_set = ActionSet(self, self._actions(), fields=(self.search,))
        self.search.setPlaceholderText(
            self.tr("Name or badge number, then {key}").format(key=self.action_set.key_text("sign_in"))
        )
        self.print_button = self._print_button()
        self._arrange()
        self._connect()

    def _actions(self) -> list[Action]:
        handlers, documents = self.handlers, self.documents
        return [
            Action("new_session", self.tr("New session…"), handlers.new_session),
            Action(
                "sign_in", self.tr("Arrival"), handlers.sign_in, ("Return", "Enter"), self.tr("arrival"), self.search
            ),
            Action("sign_out", self.tr("Departure"), handlers.sign_out, ("F8",), self.tr("departure")),
            Action(
                "correct",
                self.tr("Correct…"),
                handlers.correct,
                ("F9",),
                self.tr("correction"),
                tip=self.tr("A forgotten arrival or an early departure, with a note"),
            ),
            Action(
                "walk_in", self.tr("Walk-in volunteer…"), handlers.register_walk_in, (QKeySequence.StandardKey.New,)
            ),
            Action(
                "undo",
                self.tr("Undo the last action"),
                handlers.undo,
                (QKeySequence.StandardKey.Undo,),
                self.tr("undo"),
            ),
            Action(
                "previous_match",
                self.tr("Previous match"),
                lambda: self._step(-1),
                ("Up",),
                self.tr("another match"),
                self.search,
            ),
            Action(
                "next_match",
                self.tr("Next match"),
                lambda: self._step(1),
                ("Down",),
                self.tr("another match"),
                self.search,
            ),
            Action("print_badges", self.tr("Badges of the people expected…"), documents.print_badges),
            Action("print_blank_sheet", self.tr("Blank signature sheet…"), lambda: documents.print_sheet(False)),
            Action("print_filled_sheet", self.tr("Filled signature sheet…"), lambda: documents.print_sheet(True)),
            Action(
                "print_certificate",
                self.tr("Attestation de présence of the highlighted person…"),
                documents.print_certificate,
            ),
        ]

    def _print_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("printMenu")
        button.setText(self.tr("Print"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for name in ("print_badges", "print_blank_sheet", "print_filled_sheet"):
            menu.addAction(self.action_set[name])
        menu.addSeparator()
        menu.addAction(self.action_set["print_certificate"])
        button.setMenu(menu)
        return button

    def _arrange(self) -> None:
        top = row_of(
            QLabel(self.tr("Session:")),
            (self.session_choice, 1),
            self.action_set.button("new_session"),
            self.print_button,
        )
        names = ("sign_in", "sign_out", "correct", "walk_in", "undo")
        buttons = row_of(*(self.action_set.button(name) for name in names), STRETCH)
        self.desk_column = column_of(self.search, (self.results, 1))
        self.side_column = column_of((self.figures, 1), self.webcam)
        body = row_of((self.desk_column, 3), (self.side_column, 1))
        self.setLayout(column_of(top, (body, 1), buttons, self.confirmation, self.hint))

    def _connect(self) -> None:
        self.session_choice.currentIndexChanged.connect(lambda _index: self.reload())
        self.search.textChanged.connect(self._show_matches)
        self.scanner.scanned.connect(self.action_set.slot(self.handlers.sign_in_badge))
        self.webcam.decoded.connect(self.action_set.slot(self.handlers.sign_in_badge))
        self.results.itemActivated.connect(self.action_set.slot(lambda _item: self.handlers.sign_in()))
        self._update_enabled()

    def _step(self, step: int) -> None:
        """Up and Down in the search field move through the matches."""
        if self.results.count():
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)

    # Data --------------------------------------------------------------------------------

    def fill_sessions(self, select: uuid.UUID | None = None) -> None:
        fill_session_choice(self, self.session_choice, self.db, self.assembly_id, self.now().date(), select)

    def session_id(self) -> uuid.UUID | None:
        return self.session_choice.currentData()

    def load(self) -> None:
        """The assembly's sessions, then the chosen session's roster and events."""
        self.fill_sessions()
        session_id = self.session_id()
        self.state = read(self, lambda: desk.load_session_attendance(self.db, session_id)) if session_id else None
        self._search_index = DeskSearch(self.state.people if self.state else [])
        self._show_matches()
        self._show_figures()
        self._update_enabled()

    def _here(self) -> dict[uuid.UUID, Presence]:
        return self.state.presence if self.state else {}

    def _show_matches(self) -> None:
        presence = self._here()
        here = {person for person, state in presence.items() if state.present}
        self.results.clear()
        for person in self._search_index.find(self.search.text(), here):
            item = QListWidgetItem(self._describe(person, presence.get(person.id)))
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_hint()

    def _describe(self, person: Participant, state: Presence | None) -> str:
        details = person.details
        text = self.tr("{last} {first} — {role} — No. {badge}").format(
            last=details.last_name, first=details.first_name, role=role_label(details.role), badge=person.badge_number
        )
        if state is None:
            return text
        if state.departed_at is None:
            return text + " — " + self.tr("here since {time}").format(time=clock_time(state.arrived_at))
        return text + " — " + self.tr("left at {time}").format(time=clock_time(state.departed_at))

    def _show_figures(self) -> None:
        state = self.state
        self.figures.setText(figures_html(state.figures(), state.quorum) if state else "")

    def _update_enabled(self) -> None:
        has_session = self.session_id() is not None
        for widget in (self.search, self.results, self.print_button):
            widget.setEnabled(has_session)
        self.action_set.enable(has_session, "sign_in", "sign_out", "correct", "walk_in", "undo")
        self.action_set.enable(self.assembly_id is not None, "new_session")
        self._update_hint()

    def _update_hint(self) -> None:
        if self.assembly_id is None:
            self.hint.setText(self.tr("Open an assembly first."))
        elif self.session_id() is None:
            self.hint.setText(self.tr("No session yet: create one (date, place) to sign people in."))
        elif self.search.text().strip() and not self.results.count():
            self.hint.setText(
                self.tr("Nobody matches. {key} registers a walk-in volunteer under this name.").format(
                    key=self.action_set.key_text("walk_in")
                )
            )
        else:
            self.hint.setText(
                self.action_set.hint("sign_in", "sign_out", "correct", "undo", "previous_match", "next_match")
            )

    # Actions' feedback ---------------------------------------------------------------------

    def highlighted(self) -> Participant | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def confirm(self, text: str, state: str) -> None:
        self.confirmation.setText(text)
        self.confirmation.setProperty("state", state)
        self.confirmation.style().unpolish(self.confirmation)
        self.confirmation.style().polish(self.confirmation)
        self.chime.play(Tone.OK if state == "ok" else Tone.WARNING)

    def main_field(self) -> QWidget:
        return self.search

    def ready_for_next(self) -> None:
        """After an action: an empty search field, with the keyboard in it."""
        self.search.clear()
        self.focus_main()

    def shutdown(self) -> None:
        self.webcam.shutdown()
