"""The session's speaking-time report as PDF (with its charts) or CSV, from the workspace's
« Rapport » menu. The report's modules (reportlab) are loaded when it is asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from facilitator.ui.common.documents import file_name, save_document

if TYPE_CHECKING:
    from facilitator.ui.speaking.workspace import SpeakingWorkspace


class SpeakingReport(QObject):
    def __init__(self, workspace: SpeakingWorkspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace

    def save(self, kind: str) -> None:
        from facilitator.services.speaking.report import export_speaking_csv, print_speaking_report

        workspace, state = self.workspace, self.workspace.state
        session_id = workspace.session_id()
        if state is None or session_id is None:
            return
        write = print_speaking_report if kind == "pdf" else export_speaking_csv
        name = file_name(self.tr("Speaking time"), state.session.date.isoformat(), state.session.title)
        saved = save_document(
            workspace,
            workspace.runtime,
            self.tr("Speaking-time report"),
            name,
            kind,
            lambda path: write(workspace.db, session_id, path, workspace.clock.now()),
        )
        if saved is not None:
            workspace.status.emit(self.tr("Report saved in {path}.").format(path=saved[0]))
