"""What the Indemnités workspace prints and exports: état liquidatif, états de frais,
attestation, the figures for the finance software.

The documents' and the export's modules (reportlab, openpyxl) are imported when used, not
when the window starts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from facilitator.core.cells import ExportFormat
from facilitator.ui.common.documents import file_name, save_document

T = TypeVar("T")

if TYPE_CHECKING:
    from facilitator.services.indemnity.statements import IndemnityReport
    from facilitator.ui.indemnity.workspace import IndemnityWorkspace


class IndemnityDocuments(QObject):
    def __init__(self, workspace: IndemnityWorkspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace

    def _scope_name(self, report: IndemnityReport) -> str:
        if report.period is not None:
            return str(report.period[0].year)
        (summary,) = report.sessions
        return file_name(summary.date.isoformat(), summary.title)

    def _save(self, title: str, name: str, kind: str, work: Callable[[Path], T]) -> tuple[Path, T] | None:
        return save_document(self.workspace, self.workspace.runtime, title, name, kind, work)

    def print_statement(self) -> None:
        from facilitator.services.indemnity.documents import print_indemnity_statement

        report = self.workspace.report
        if report is None or not report.lines:
            return
        saved = self._save(
            self.tr("Print the état liquidatif"),
            file_name(self.tr("Indemnity statement"), self._scope_name(report)),
            "pdf",
            lambda path: print_indemnity_statement(self.workspace.db, report, path, self.workspace.now()),
        )
        if saved is not None:
            self.workspace.status.emit(self.tr("État liquidatif saved in {path}.").format(path=saved[0]))

    def print_travel(self) -> None:
        from facilitator.services.indemnity.documents import print_travel_statements

        report = self.workspace.report
        if report is None:
            return
        if not any(line.amounts.travel_cents or line.amounts.childcare_cents for line in report.lines):
            QMessageBox.information(
                self.workspace,
                self.tr("États de frais"),
                self.tr("Nobody has travel or child care to be paid for this choice: enter the claims first."),
            )
            return
        saved = self._save(
            self.tr("Print the états de frais"),
            file_name(self.tr("Travel claims"), self._scope_name(report)),
            "pdf",
            lambda path: print_travel_statements(self.workspace.db, report, path, self.workspace.now()),
        )
        if saved is not None:
            path, count = saved
            self.workspace.status.emit(self.tr("%n état(s) de frais saved in {path}.", "", count).format(path=path))

    def print_certificate(self) -> None:
        from facilitator.services.attendance.documents import print_attendance_certificate

        report, line = self.workspace.report, self.workspace.selected()
        if report is None or line is None:
            return
        if report.period is not None:
            start, end = report.period
        else:
            start = end = report.sessions[0].date
        person = line.participant
        saved = self._save(
            self.tr("Attestation de présence"),
            file_name(self.tr("Attestation"), person.details.display_name, self._scope_name(report)),
            "pdf",
            lambda path: print_attendance_certificate(
                self.workspace.db, person.id, start, end, path, self.workspace.now()
            ),
        )
        if saved is not None:
            self.workspace.status.emit(self.tr("Attestation saved in {path}.").format(path=saved[0]))

    def export_figures(self, kind: ExportFormat) -> None:
        from facilitator.services.indemnity.export import export_indemnities

        report = self.workspace.report
        if report is None or not report.lines:
            return
        saved = self._save(
            self.tr("Export the figures"),
            file_name(self.tr("Indemnities"), self._scope_name(report)),
            kind.value,
            lambda path: export_indemnities(report, path, kind),
        )
        if saved is not None:
            path, count = saved
            self.workspace.status.emit(self.tr("%n person(s) exported to {path}.", "", count).format(path=path))
