"""The desk's "Imprimer" menu: badges and the blank sheet before the session, the filled
sheet after it.

The documents' module (and reportlab with it) is imported when something is printed, not
when the window starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QToolButton

from facilitator.services.assemblies.sessions import get_session
from facilitator.ui.common.documents import file_name, save_document
from facilitator.ui.common.problems import attempt

if TYPE_CHECKING:
    from facilitator.ui.attendance.workspace import AttendanceWorkspace


class DeskPrintMenu(QObject):
    def __init__(self, desk: AttendanceWorkspace) -> None:
        super().__init__(desk)
        self.desk = desk
        self.button = QToolButton(desk)
        self.button.setObjectName("printMenu")
        self.button.setText(self.tr("Print"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.badges = self.menu.addAction(self.tr("Badges of the people expected…"), self.print_badges)
        self.blank_sheet = self.menu.addAction(self.tr("Blank signature sheet…"), lambda: self.print_sheet(False))
        self.filled_sheet = self.menu.addAction(self.tr("Filled signature sheet…"), lambda: self.print_sheet(True))
        self.menu.addSeparator()
        self.certificate = self.menu.addAction(
            self.tr("Attestation de présence of the highlighted person…"), self.print_certificate
        )
        self.button.setMenu(self.menu)

    def _name(self, document: str) -> str | None:
        session_id = self.desk.session_id()
        summary = attempt(self.desk, lambda: get_session(self.desk.db, session_id)) if session_id else None
        if summary is None:
            return None
        return file_name(document, summary.date.isoformat(), summary.title)

    def print_badges(self) -> None:
        from facilitator.services.attendance.documents import print_badges

        session_id, name = self.desk.session_id(), self._name(self.tr("Badges"))
        if session_id is None or name is None:
            return
        saved = save_document(
            self.desk,
            self.desk.runtime,
            self.tr("Print the badges"),
            name,
            "pdf",
            lambda path: print_badges(self.desk.db, session_id, path, self.desk.now()),
        )
        if saved is not None:
            path, count = saved
            self.desk.status.emit(self.tr("%n badge(s) saved in {path}.", "", count).format(path=path))

    def print_sheet(self, filled: bool) -> None:
        from facilitator.services.attendance.documents import print_attendance_sheet

        title = self.tr("Signature sheet (filled)") if filled else self.tr("Signature sheet")
        session_id, name = self.desk.session_id(), self._name(title)
        if session_id is None or name is None:
            return
        saved = save_document(
            self.desk,
            self.desk.runtime,
            self.tr("Print the signature sheet"),
            name,
            "pdf",
            lambda path: print_attendance_sheet(self.desk.db, session_id, path, self.desk.now(), filled=filled),
        )
        if saved is not None:
            path, count = saved
            self.desk.status.emit(
                self.tr("Signature sheet of %n person(s) saved in {path}.", "", count).format(path=path)
            )

    def print_certificate(self) -> None:
        """For anyone who came, paid or not (an elected official, a member of staff)."""
        from facilitator.services.attendance.documents import print_attendance_certificate

        person, state = self.desk.highlighted(), self.desk.state
        if person is None or state is None:
            self.desk.confirm(self.tr("Find the person first (type their name), then print."), "warning")
            return
        if person.id not in state.presence:
            text = self.tr("{name} did not sign in at this session: no attestation.")
            self.desk.confirm(text.format(name=person.details.display_name), "warning")
            return
        name = self._name(self.tr("Attestation") + " " + person.details.display_name)
        if name is None:
            return
        day = state.date
        saved = save_document(
            self.desk,
            self.desk.runtime,
            self.tr("Attestation de présence"),
            name,
            "pdf",
            lambda path: print_attendance_certificate(self.desk.db, person.id, day, day, path, self.desk.now()),
        )
        if saved is not None:
            self.desk.status.emit(self.tr("Attestation saved in {path}.").format(path=saved[0]))
