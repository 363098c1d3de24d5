"""The Accueil workspace: the sign-in desk, keyboard first.

Type a few letters or a badge number, Enter signs in the first match; the confirmation
appears (and the bell rings) only once the arrival is committed. Up and Down choose another
match without leaving the search field.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
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

from facilitator.core.attendance import Figures, Presence, Tally
from facilitator.core.desk import DeskSearch
from facilitator.core.participants import Participant
from facilitator.messages import gender_label, role_label
from facilitator.services import attendance as desk
from facilitator.services.assemblies import list_sub_bodies
from facilitator.services.sessions import SessionSummary, create_session, list_sessions
from facilitator.store.database import Database
from facilitator.ui.accueil.session_dialog import NewSessionDialog
from facilitator.ui.common.formats import clock_time, long_date
from facilitator.ui.common.problems import attempt


def default_session(sessions: list[SessionSummary], today: dt.date) -> SessionSummary | None:
    """Today's session, else the next one, else the latest (``sessions`` is newest first)."""
    upcoming = [s for s in sessions if s.date >= today]
    return upcoming[-1] if upcoming else (sessions[0] if sessions else None)


class AccueilWorkspace(QWidget):
    changed = Signal()
    status = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.assembly_id: uuid.UUID | None = None
        self.now: Callable[[], dt.datetime] = dt.datetime.now
        self.state: desk.SessionAttendance | None = None
        self._search_index = DeskSearch([])
        self._build()

    # Layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.session_choice = QComboBox()
        self.session_choice.setObjectName("session")
        self.new_session_button = QPushButton(self.tr("New session…"))
        self.search = QLineEdit()
        self.search.setObjectName("deskSearch")
        self.search.setPlaceholderText(self.tr("Name or badge number, then Enter"))
        self.search.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("deskResults")
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setMinimumHeight(64)
        self.arrival_button = QPushButton(self.tr("Arrival (Enter)"))
        self.departure_button = QPushButton(self.tr("Departure (F8)"))
        self.undo_button = QPushButton(self.tr("Undo the last action (Ctrl+Z)"))
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setObjectName("figures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.figures.setMinimumWidth(300)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session:")))
        top.addWidget(self.session_choice, 1)
        top.addWidget(self.new_session_button)
        actions = QHBoxLayout()
        for button in (self.arrival_button, self.departure_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        desk_column = QVBoxLayout()
        desk_column.addWidget(self.search)
        desk_column.addWidget(self.results, 1)
        desk_column.addLayout(actions)
        desk_column.addWidget(self.confirmation)
        desk_column.addWidget(self.hint)
        body = QHBoxLayout()
        body.addLayout(desk_column, 3)
        body.addWidget(self.figures, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.session_choice.currentIndexChanged.connect(lambda _index: self.reload())
        self.new_session_button.clicked.connect(self.new_session)
        self.search.textChanged.connect(self._show_matches)
        self.search.returnPressed.connect(self.sign_in)
        self.results.itemActivated.connect(lambda _item: self.sign_in())
        self.arrival_button.clicked.connect(self.sign_in)
        self.departure_button.clicked.connect(self.sign_out)
        self.undo_button.clicked.connect(self.undo)
        for key, slot in ((QKeySequence("F8"), self.sign_out), (QKeySequence.StandardKey.Undo, self.undo)):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_enabled()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field move through the matches; Ctrl+Z there undoes the
        desk's last action, not the typing (the field is cleared after each action anyway)."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo()
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
        assembly_id = self.assembly_id
        sessions = attempt(self, lambda: list_sessions(self.db, assembly_id)) if assembly_id else []
        default = default_session(sessions or [], self.now().date())
        chosen = select or (default.id if default else None)
        self.session_choice.blockSignals(True)
        self.session_choice.clear()
        for session in sessions or []:
            label = long_date(session.date)
            if session.title:
                label += f" — {session.title}"
            self.session_choice.addItem(label, session.id)
        self.session_choice.setCurrentIndex(max(self.session_choice.findData(chosen), 0))
        self.session_choice.blockSignals(False)
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
        if self.state is None:
            self.figures.setText("")
            return
        self.figures.setText(self._figures_html(self.state.figures()))

    def _figures_html(self, figures: Figures) -> str:
        """The live counter: present / expected in large type, then by role and by gender."""

        def section(title: str, tallies: list[tuple[str, Tally]]) -> str:
            rows = "".join(
                f"<tr><td>{label}</td><td align='right'><b>{tally.present}</b> / {tally.expected}</td></tr>"
                for label, tally in tallies
            )
            return f"<tr><td colspan='2'><br><i>{title}</i></td></tr>{rows}"

        by_role = section(self.tr("By role"), [(role_label(r), t) for r, t in figures.by_role.items()])
        by_gender = section(self.tr("By gender"), [(gender_label(g), t) for g, t in figures.by_gender.items()])
        caption = self.tr("present / expected")
        departed = self.tr("%n left", "", figures.departed)
        return (
            f"<p style='font-size:28pt; margin:0'><b>{figures.present}</b> / {figures.expected}</p>"
            f"<p>{caption} · {departed}</p>"
            f"<table cellspacing='4'>{by_role}{by_gender}</table>"
        )

    def _update_enabled(self) -> None:
        has_session = self.session_id() is not None
        for widget in (self.search, self.results, self.arrival_button, self.departure_button, self.undo_button):
            widget.setEnabled(has_session)
        self.new_session_button.setEnabled(self.assembly_id is not None)
        if self.assembly_id is None:
            self.hint.setText(self.tr("Open an assembly first."))
        elif not has_session:
            self.hint.setText(self.tr("No session yet: create one (date, place) to sign people in."))
        else:
            self.hint.setText(self.tr("Enter: arrival · F8: departure · Ctrl+Z: undo · ↑ ↓: another match"))

    # Actions -----------------------------------------------------------------------------

    def _highlighted(self) -> Participant | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def sign_in(self) -> None:
        person, session_id = self._highlighted(), self.session_id()
        if person is None or session_id is None:
            return
        result = attempt(self, lambda: desk.check_in(self.db, session_id, person.id, self.now()))
        if result is None:
            return
        name, time = person.details.display_name, clock_time(result.at)
        if result.outcome is desk.Outcome.ALREADY_HERE:
            self._confirm(self.tr("{name} has already arrived, at {time}.").format(name=name, time=time), "warning")
        elif result.outcome is desk.Outcome.BACK:
            self._confirm(self.tr("Welcome back, {name} ({time}).").format(name=name, time=time), "ok")
        else:
            self._confirm(self.tr("✓ {name} — arrival recorded at {time}.").format(name=name, time=time), "ok")
        self._after_action()

    def sign_out(self) -> None:
        person, session_id = self._highlighted(), self.session_id()
        if person is None or session_id is None:
            return
        name = person.details.display_name
        try:
            result = attempt(self, lambda: desk.check_out(self.db, session_id, person.id, self.now()))
        except desk.NotHere:
            self._confirm(self.tr("{name} is not in the room: nothing recorded.").format(name=name), "warning")
            return
        if result is not None:
            time = clock_time(result.at)
            self._confirm(self.tr("{name} — departure recorded at {time}.").format(name=name, time=time), "ok")
            self._after_action()

    def undo(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        result = attempt(self, lambda: desk.undo_last(self.db, session_id, self.now()))
        if result is None:
            self._confirm(self.tr("Nothing to undo on this computer."), "warning")
            return
        person = next(p for p in self.state.people if p.id == result.participant_id)  # type: ignore[union-attr]
        what = self.tr("arrival") if result.undone is desk.EventKind.ARRIVAL else self.tr("departure")
        self._confirm(
            self.tr("Cancelled: {what} of {name} at {time}.").format(
                what=what, name=person.details.display_name, time=clock_time(result.at)
            ),
            "warning",
        )
        self._after_action()

    def new_session(self) -> None:
        assembly_id = self.assembly_id
        if assembly_id is None:
            return
        sub_bodies = attempt(self, lambda: list_sub_bodies(self.db, assembly_id))
        if sub_bodies is None:
            return
        dialog = NewSessionDialog(sub_bodies, self.now().date(), self)
        if not dialog.exec():
            return
        created = attempt(
            self,
            lambda: create_session(
                self.db,
                assembly_id,
                dialog.chosen_date(),
                dialog.title.text(),
                dialog.place.text(),
                dialog.sub_body_id(),
            ),
        )
        if created is not None:
            self.fill_sessions(created)
            self.status.emit(self.tr("Session created."))
            self.changed.emit()

    def _confirm(self, text: str, state: str) -> None:
        self.confirmation.setText(text)
        self.confirmation.setProperty("state", state)
        self.confirmation.style().unpolish(self.confirmation)
        self.confirmation.style().polish(self.confirmation)
        QApplication.beep()

    def _after_action(self) -> None:
        self.search.clear()
        self.reload()
        self.search.setFocus()
