"""The Accueil workspace: the sign-in desk, keyboard first.

Type a few letters or a badge number, Enter signs in the first match; the confirmation
appears (and the chime sounds) only once the arrival is committed. Up and Down choose
another match without leaving the search field. A badge scanned by a handheld scanner (a
burst of keystrokes) or shown to the webcam signs its bearer in directly.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.app.runtime import Runtime
from facilitator.core.attendance.desk import DeskSearch
from facilitator.core.attendance.presence import Presence
from facilitator.core.participants import Participant
from facilitator.services.attendance import desk
from facilitator.store.database import Database
from facilitator.text.formats import clock_time
from facilitator.text.messages import role_label
from facilitator.ui.attendance.actions import DeskActions
from facilitator.ui.attendance.figures import figures_html
from facilitator.ui.attendance.print_menu import DeskPrintMenu
from facilitator.ui.common.chime import Chime, Tone
from facilitator.ui.common.problems import attempt
from facilitator.ui.common.scanner_input import ScannerInput
from facilitator.ui.common.session_choice import fill_session_choice
from facilitator.ui.common.shortcuts import bind_keys
from facilitator.ui.common.webcam_panel import WebcamPanel
from facilitator.ui.common.workspace import Workspace


class AttendanceWorkspace(Workspace):
    def __init__(self, runtime: Runtime, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(runtime, db, parent)
        self.now: Callable[[], dt.datetime] = dt.datetime.now
        self.state: desk.SessionAttendance | None = None
        self._search_index = DeskSearch([])
        self.chime = Chime(self)
        self.actions = DeskActions(self)
        self._build()

    # Layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.session_choice = QComboBox()
        self.session_choice.setObjectName("session")
        self.session_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_choice.setMinimumContentsLength(24)
        self.new_session_button = QPushButton(self.tr("New session…"))
        self.print_menu = DeskPrintMenu(self)
        self.search = QLineEdit()
        self.search.setObjectName("deskSearch")
        self.search.setPlaceholderText(self.tr("Name or badge number, then Enter"))
        self.search.installEventFilter(self)
        self.scanner = ScannerInput(self.search)
        self.results = QListWidget()
        self.results.setObjectName("deskResults")
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setMinimumHeight(64)
        self.arrival_button = QPushButton(self.tr("Arrival (Enter)"))
        self.departure_button = QPushButton(self.tr("Departure (F8)"))
        self.correction_button = QPushButton(self.tr("Correct… (F9)"))
        self.walk_in_button = QPushButton(self.tr("Walk-in volunteer… (Ctrl+N)"))
        self.undo_button = QPushButton(self.tr("Undo the last action (Ctrl+Z)"))
        self.correction_button.setToolTip(self.tr("A forgotten arrival or an early departure, with a note"))
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

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session:")))
        top.addWidget(self.session_choice, 1)
        top.addWidget(self.new_session_button)
        top.addWidget(self.print_menu.button)
        actions = QHBoxLayout()
        for button in (
            self.arrival_button,
            self.departure_button,
            self.correction_button,
            self.walk_in_button,
            self.undo_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.desk_column = QVBoxLayout()
        self.desk_column.addWidget(self.search)
        self.desk_column.addWidget(self.results, 1)
        self.side_column = QVBoxLayout()
        self.side_column.addWidget(self.figures, 1)
        self.side_column.addWidget(self.webcam)
        body = QHBoxLayout()
        body.addLayout(self.desk_column, 3)
        body.addLayout(self.side_column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(actions)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.hint)
        self._connect()

    def _connect(self) -> None:
        self.session_choice.currentIndexChanged.connect(lambda _index: self.reload())
        self.new_session_button.clicked.connect(self.actions.new_session)
        self.search.textChanged.connect(self._show_matches)
        self.search.returnPressed.connect(self.actions.sign_in)
        self.scanner.scanned.connect(self.actions.sign_in_badge)
        self.webcam.decoded.connect(self.actions.sign_in_badge)
        self.results.itemActivated.connect(lambda _item: self.actions.sign_in())
        self.arrival_button.clicked.connect(self.actions.sign_in)
        self.departure_button.clicked.connect(self.actions.sign_out)
        self.correction_button.clicked.connect(self.actions.correct)
        self.walk_in_button.clicked.connect(self.actions.register_walk_in)
        self.undo_button.clicked.connect(self.actions.undo)
        keys = (
            ("F8", self.actions.sign_out),
            ("F9", self.actions.correct),
            (QKeySequence.StandardKey.New, self.actions.register_walk_in),
            (QKeySequence.StandardKey.Undo, self.actions.undo),
        )
        bind_keys(self, keys)
        self._update_enabled()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field move through the matches; Ctrl+Z there undoes the
        desk's last action, not the typing (the field is cleared after each action anyway)."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo):
                self.actions.undo()
                return True
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    # Data --------------------------------------------------------------------------------

    def open_assembly(self, assembly_id: uuid.UUID | None) -> None:
        self.assembly_id = assembly_id
        self.fill_sessions()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.open_assembly(None)

    def fill_sessions(self, select: uuid.UUID | None = None) -> None:
        fill_session_choice(self, self.session_choice, self.db, self.assembly_id, self.now().date(), select)
        self.reload()

    def session_id(self) -> uuid.UUID | None:
        return self.session_choice.currentData()

    def reload(self) -> None:
        """Read the session's roster and events again (after any action or roster change)."""
        session_id = self.session_id()
        self.state = attempt(self, lambda: desk.load_session_attendance(self.db, session_id)) if session_id else None
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
        if state.present:
            return text + " — " + self.tr("here since {time}").format(time=clock_time(state.arrived_at))
        return text + " — " + self.tr("left at {time}").format(time=clock_time(state.departed_at))  # type: ignore[arg-type]

    def _show_figures(self) -> None:
        state = self.state
        self.figures.setText(figures_html(state.figures(), state.quorum) if state else "")

    def _update_enabled(self) -> None:
        has_session = self.session_id() is not None
        for widget in (
            self.search,
            self.results,
            self.arrival_button,
            self.departure_button,
            self.correction_button,
            self.walk_in_button,
            self.undo_button,
        ):
            widget.setEnabled(has_session)
        self.print_menu.button.setEnabled(has_session)
        self.new_session_button.setEnabled(self.assembly_id is not None)
        self._update_hint()

    def _update_hint(self) -> None:
        if self.assembly_id is None:
            self.hint.setText(self.tr("Open an assembly first."))
        elif self.session_id() is None:
            self.hint.setText(self.tr("No session yet: create one (date, place) to sign people in."))
        elif self.search.text().strip() and not self.results.count():
            self.hint.setText(self.tr("Nobody matches. Ctrl+N registers a walk-in volunteer under this name."))
        else:
            self.hint.setText(
                self.tr("Enter: arrival · F8: departure · F9: correction · Ctrl+Z: undo · ↑ ↓: another match")
            )

    # Actions -----------------------------------------------------------------------------

    def highlighted(self) -> Participant | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def confirm(self, text: str, state: str) -> None:
        self.confirmation.setText(text)
        self.confirmation.setProperty("state", state)
        self.confirmation.style().unpolish(self.confirmation)
        self.confirmation.style().polish(self.confirmation)
        self.chime.play(Tone.OK if state == "ok" else Tone.WARNING)

    def after_action(self) -> None:
        self.search.clear()
        self.reload()
        self.search.setFocus()
