"""What the desk prints: badges and the blank sheet before the session, the filled sheet
after it, a participant's attestation de présence.

The documents' module (and reportlab with it) is imported when something is printed, not
when the window starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from facilitator.services.assemblies.sessions import get_session
from facilitator.ui.common.documents import file_name, save_document, save_recorded_document
from facilitator.ui.common.operations import read

if TYPE_CHECKING:
    from facilitator.ui.attendance.workspace import AttendanceWorkspace


class DeskDocuments(QObject):
    """What the desk's « Imprimer » menu prints (its entries are the workspace's actions)."""

    def __init__(self, desk: AttendanceWorkspace) -> None:
        super().__init__(desk)
        self.desk = desk

    def _name(self, document: str) -> str | None:
        """The file's name for the chosen session's ``document``; None without a session."""
        session_id = self.desk.session_id()
        if session_id is None:
            return None
        summary = read(self.desk, lambda: get_session(self.desk.db, session_id))
        return file_name(document, summary.date.isoformat(), summary.title)

    def print_badges(self) -> None:
        from facilitator.services.attendance.documents import print_badges

        session_id, name = self.desk.session_id(), self._name(self.tr("Badges"))
        if session_id is None or name is None:
            return
        saved = save_recorded_document(
            self.desk,
            self.desk.runtime,
            self.desk.operations,
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
