"""The Synchronisation workspace: this laptop kept in step with the town hall's central store
over the network, or with another laptop on a USB stick.

« Relier à la base centrale… » takes the service's address and the one-time code the town hall
gave; « Synchroniser » (F9, Outlook's « Envoyer/Recevoir ») pushes then pulls in the background
with a progress bar and « Annuler » (what was exchanged stays), then says what came in and
whether both sides agree. « Exporter vers une clé… » writes every change this laptop holds into
one file; « Importer depuis une clé… » applies another laptop's. A change that could not be
applied, here or on the server, is listed with its reason: a person looks at it, the others
were applied. What came in is announced like any change made here, so every workspace shows
it at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.app.clock import local_now
from facilitator.app.runtime import Runtime
from facilitator.core.changes import Change, Changed
from facilitator.core.sync import ApplyReport, BundleRefused, Outcome, Rejection
from facilitator.services.sync.apply import ApplyCancelled
from facilitator.services.sync.bundles import export_bundle, import_bundle, sync_status
from facilitator.services.sync.link import link_state
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
from facilitator.ui.sync.attention import Attention
from facilitator.ui.sync.central import CentralPanel
from facilitator.ui.sync.room import RoomPanel

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
        self.central = CentralPanel(self)
        self.room = RoomPanel(self)
        self.attention = Attention(self)
        self.action_set = ActionSet(
            self,
            [
                Action("link", self.tr("Link to the central store…"), self.central.link, (), ""),
                Action("sync", self.tr("Synchronise"), self.central.synchronise, ("F9",), self.tr("synchronise")),
                Action("assemblies", self.tr("Choose the assemblies…"), self.central.choose_assemblies, (), ""),
                Action("open_room", self.tr("Open the room"), self.room.open, (), ""),
                Action("close_room", self.tr("Close the room"), self.room.close, (), ""),
                Action("join_room", self.tr("Join the room…"), self.room.join, (), ""),
                Action("leave_room", self.tr("Leave the room"), self.room.leave, (), ""),
                Action("export", self.tr("Export to a USB stick…"), self.export, ("Ctrl+E",), self.tr("export")),
                Action(
                    "import", self.tr("Import from a USB stick…"), self.import_, ("Ctrl+Shift+I",), self.tr("import")
                ),
                Action("merge", self.tr("Merge these two records…"), self.attention.merge, (), ""),
                Action("renumber", self.tr("Give the latest a new number"), self.attention.renumber, (), ""),
                Action("take_back", self.tr("Take this value back"), self.attention.take_back, (), ""),
                Action("keep", self.tr("Keep"), self.attention.keep, (), ""),
            ],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.laptop)
        layout.addWidget(self.held)
        layout.addWidget(self.central.box(self.action_set))
        layout.addWidget(self.room.box(self.action_set))
        stick = QGroupBox(self.tr("Without network: a USB stick"))
        QVBoxLayout(stick).addLayout(
            row_of(self.action_set.button("export"), self.action_set.button("import"), STRETCH)
        )
        layout.addWidget(stick)
        layout.addWidget(self.outcome)
        for box in self.attention.boxes(self.action_set):
            layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("Changes that could not be applied (a person decides):")))
        layout.addWidget(self.rejected, 1)
        hint = QLabel(self.action_set.hint("sync", "export", "import"))
        hint.setObjectName("hint")
        layout.addWidget(hint)

    def main_field(self) -> QWidget:
        return self.rejected

    def shutdown(self) -> None:
        self.room.shutdown()

    def showEvent(self, event: QShowEvent) -> None:
        """Read again each time it is shown: the link may have been made by the command line,
        and what waits to leave grows with every write."""
        self._stale = True
        super().showEvent(event)

    def load(self) -> None:
        status = read(self, lambda: sync_status(self.db))
        state = read(self, lambda: link_state(self.db))
        name = state.link.device_name if state.link else status.device
        self.laptop.setText(self.tr("<b>This laptop</b>: {device}").format(device=name))
        self.held.setText(
            self.tr("%n change(s) recorded here", "", status.held)
            + " "
            + self.tr("(of which %n came from other laptops).", "", status.received)
        )
        self.central.show_state(state)
        self.action_set["sync"].setEnabled(state.link is not None)
        self.action_set["assemblies"].setEnabled(state.link is not None)
        self.attention.load()

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
        self.said(
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
            self.said(self.tr("Import stopped: nothing was applied."))
            return
        self.show_report(report)

    def show_report(
        self,
        report: ApplyReport,
        *,
        before: str = "",
        after: str = "",
        refused_there: Sequence[Mapping[str, str]] = (),
    ) -> None:
        """What came in (between ``before`` and ``after``: what went out, whether both sides
        agree), and every change refused, here or by the server (``refused_there``)."""
        applied = Counter(change_of(item.change.entity) for item in report.outcomes if item.outcome is Outcome.APPLIED)
        refused = report.count(Outcome.REJECTED)
        self.said(before + received_text(applied, report.count(Outcome.ALREADY_THERE), refused) + after)
        self.rejected.clear()
        for item in report.rejected():
            assert item.rejection is not None
            self.rejected.addItem(f"{item.change.entity} {item.change.entity_id}: {rejection_text(item.rejection)}")
        for there in refused_there:
            reason = self.tr("refused by the server: {reason}").format(
                reason=rejection_text(Rejection(there["reason"]))
            )
            self.rejected.addItem(f"{there['change']}: {reason}")

    def said(self, text: str) -> None:
        self.outcome.setText(text)
        self.status.emit(text)

    def _filter(self) -> str:
        return self.tr("Synchronisation bundles (*{suffix})").format(suffix=SUFFIX)
