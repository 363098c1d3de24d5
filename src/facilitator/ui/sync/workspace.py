"""The Synchronisation workspace: this laptop's changes carried to another on a USB stick.

« Exporter vers une clé… » writes every change this laptop holds into one file; « Importer
depuis une clé… » applies another laptop's file, in the background with a progress bar and
« Annuler » (stopped, nothing is applied), then says in French what came in. A change that
could not be applied is listed with its reason: a person looks at it, the others were applied.
What came in is announced like any change made here, so every workspace shows it at once.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QMessageBox, QVBoxLayout, QWidget

from facilitator.app.clock import local_now
from facilitator.app.runtime import Runtime
from facilitator.core.changes import Change, Changed
from facilitator.core.sync import ApplyReport, BundleRefused, Outcome
from facilitator.services.sync.apply import ApplyCancelled
from facilitator.services.sync.bundles import export_bundle, import_bundle, sync_status
from facilitator.store.changes import change_of
from facilitator.store.database import Database
from facilitator.text.messages import bundle_text
from facilitator.text.sync import received_text, rejection_text
from facilitator.ui.common.actions import Action, ActionSet
from facilitator.ui.common.documents import ask_output, file_name
from facilitator.ui.common.forms import STRETCH, row_of
from facilitator.ui.common.operations import Operations, read, retrying
from facilitator.ui.common.tasks import TaskControl, run_task
from facilitator.ui.common.workspace import Workspace

SUFFIX = ".fsync"


class SyncWorkspace(Workspace):
    shows = ~Change.NONE
    """Every change made here or received counts among the changes this laptop holds."""

    def __init__(self, runtime: Runtime, db: Database, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(runtime, db, operations, parent)
        self.laptop = QLabel()
        self.laptop.setObjectName("laptop")
        self.held = QLabel()
        self.held.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("confirmation")
        self.outcome.setWordWrap(True)
        self.rejected = QListWidget()
        self.rejected.setObjectName("rejected")
        self.action_set = ActionSet(
            self,
            [
                Action("export", self.tr("Export to a USB stick…"), self.export, ("Ctrl+E",), self.tr("export")),
                Action(
                    "import", self.tr("Import from a USB stick…"), self.import_, ("Ctrl+Shift+I",), self.tr("import")
                ),
            ],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.laptop)
        layout.addWidget(self.held)
        layout.addLayout(row_of(self.action_set.button("export"), self.action_set.button("import"), STRETCH))
        layout.addWidget(self.outcome)
        layout.addWidget(QLabel(self.tr("Changes that could not be applied (a person decides):")))
        layout.addWidget(self.rejected, 1)
        hint = QLabel(self.action_set.hint("export", "import"))
        hint.setObjectName("hint")
        layout.addWidget(hint)

    def main_field(self) -> QWidget:
        return self.rejected

    def load(self) -> None:
        status = read(self, lambda: sync_status(self.db))
        self.laptop.setText(self.tr("<b>This laptop</b>: {device}").format(device=status.device))
        self.held.setText(
            self.tr("%n change(s) recorded here", "", status.held)
            + " "
            + self.tr("(of which %n came from other laptops).", "", status.received)
        )

    # Actions -----------------------------------------------------------------------------

    def export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = file_name("facilitator", self.db.device_id, local_now().strftime("%Y-%m-%d %Hh%M")) + SUFFIX
        path = ask_output(self, self.tr("Export to a USB stick"), Path(folder) / name, self._filter())
        if path is None:
            return
        count = retrying(
            self,
            lambda: run_task(
                self, self.tr("Writing the changes…"), lambda _control: export_bundle(self.db, path), cancellable=False
            ),
        )
        self._said(
            self.tr("%n change(s) written to {path}. Take the stick to the other laptop.", "", count).format(path=path)
        )

    def import_(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import from a USB stick"), "", self._filter())
        if not chosen:
            return
        path = Path(chosen)

        def work(control: TaskControl) -> Changed[ApplyReport]:
            return import_bundle(self.db, path, progress=control.report, cancelled=control.cancelled)

        try:
            report = self.operations.background(self, self.tr("Applying the changes…"), work)
        except BundleRefused as refused:
            QMessageBox.warning(self, self.tr("Import from a USB stick"), bundle_text(refused.problem))
            return
        except ApplyCancelled:
            self._said(self.tr("Import stopped: nothing was applied."))
            return
        self.show_report(report)

    def show_report(self, report: ApplyReport) -> None:
        applied = Counter(change_of(item.change.entity) for item in report.outcomes if item.outcome is Outcome.APPLIED)
        self._said(received_text(applied, report.count(Outcome.ALREADY_THERE), report.count(Outcome.REJECTED)))
        self.rejected.clear()
        for item in report.rejected():
            assert item.rejection is not None
            self.rejected.addItem(f"{item.change.entity} {item.change.entity_id}: {rejection_text(item.rejection)}")

    def _said(self, text: str) -> None:
        self.outcome.setText(text)
        self.status.emit(text)

    def _filter(self) -> str:
        return self.tr("Synchronisation bundles (*{suffix})").format(suffix=SUFFIX)
