"""The workspace's "Rapport" menu: the session's speaking-time report as PDF (with its charts)
or CSV. The report's modules (reportlab) are loaded when it is asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QToolButton

from facilitator.ui.common.documents import file_name, save_document

if TYPE_CHECKING:
    from facilitator.ui.speaking.workspace import SpeakingWorkspace


class SpeakingReportMenu(QObject):
    def __init__(self, workspace: SpeakingWorkspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.button = QToolButton(workspace)
        self.button.setObjectName("reportMenu")
        self.button.setText(self.tr("Report"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.pdf = menu.addAction(self.tr("Speaking-time report (PDF)…"), lambda: self.save("pdf"))
        self.csv = menu.addAction(self.tr("Figures for a spreadsheet (CSV)…"), lambda: self.save("csv"))
        self.button.setMenu(menu)

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
