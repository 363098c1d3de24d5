"""What the Votes workspace's actions do: each calls one service; the workspace reads the count
again when the change is announced."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from facilitator.core.changes import Changed
from facilitator.core.voting.count import IN_THE_BOX, KEEP_ALL, Content, Entry, EntryKind
from facilitator.core.voting.definition import MAX_KITS
from facilitator.scanning.pages import UnreadableScan
from facilitator.services.voting.count import record_entry
from facilitator.services.voting.documents import print_ballots, print_deck
from facilitator.services.voting.minutes import export_results, print_minutes
from facilitator.services.voting.scans import ScanReport, count_scans
from facilitator.services.voting.votes import create_vote, save_officers, suggested_kits
from facilitator.store.database import Database
from facilitator.text.voting import row_values
from facilitator.ui.common.documents import file_name, save_document, save_recorded_document
from facilitator.ui.common.tasks import TaskControl
from facilitator.ui.voting.dialogs import OfficersDialog, VoteDialog

if TYPE_CHECKING:
    from facilitator.ui.voting.workspace import VotingWorkspace


class VotingActions(QObject):
    def __init__(self, workspace: VotingWorkspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace

    @property
    def db(self) -> Database:
        return self.workspace.db

    def _test(self) -> bool:
        return self.workspace.rehearsal.isChecked()

    def _record(self, entry: Entry) -> None:
        view = self.workspace.view
        if view is None:
            return
        entry = replace(entry, counter=self.workspace.counter.text())
        test = self._test()
        outcome = self.workspace.operations.write(
            self.workspace, lambda: record_entry(self.db, view.vote.id, entry, self.workspace.now(), test=test)
        )
        self.workspace.show_outcome(outcome)

    def blank_envelope(self) -> None:
        self._record(Entry(kind=EntryKind.BLANK_ENVELOPE))

    def withdraw_counted(self) -> None:
        self.settle_counted(EntryKind.WITHDRAW)

    def void_counted(self) -> None:
        self.settle_counted(EntryKind.NUL)

    def enter_code(self, text: str, source: str) -> None:
        text = text.strip()
        self.workspace.code.clear()
        if not text or self.workspace.view is None:
            return
        if self.workspace.voiding.isChecked():
            self.workspace.voiding.setChecked(False)  # one spoiled ballot at a time: never the box's
            self._record(Entry(kind=EntryKind.VOID, code=text, source=source))
            return
        if self.workspace.row_choices:
            self.workspace.code.setText(text)  # a grid sheet: its grades first, then « Enregistrer »
            self.workspace.row_choices[0].setFocus()
            return
        self._record(Entry(kind=EntryKind.BALLOT, code=text, source=source))

    def record_sheet(self) -> None:
        text = self.workspace.code.text().strip()
        if not text:
            self.workspace.code.setFocus()
            return
        self.workspace.code.clear()
        self._record(Entry(kind=EntryKind.BALLOT, code=text, source="typed", rows=self.workspace.grid_rows()))
        for choice in self.workspace.row_choices:
            choice.setCurrentIndex(0)
        self.workspace.code.setFocus()

    def _reason(self, title: str) -> str | None:
        reason, ok = QInputDialog.getText(self.workspace, title, self.tr("Reason:"))
        return reason.strip() if ok and reason.strip() else None

    def void_envelope(self) -> None:
        reason = self._reason(self.tr("Void envelope"))
        if reason:
            self._record(Entry(kind=EntryKind.NUL, reason=reason))

    def settle_counted(self, kind: EntryKind) -> None:
        """Take a counted ballot out (read by mistake) or declare it void (annotated), from the
        list of the last entries."""
        item = self.workspace.recent.currentItem()
        serial = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        if not serial:
            self.workspace.status.emit(self.tr("Choose a ballot in the last entries first."))
            return
        title = self.tr("Take the ballot out") if kind is EntryKind.WITHDRAW else self.tr("Declare the ballot void")
        reason = self._reason(title)
        if reason:
            self._record(Entry(kind=kind, serial=serial, reason=reason))

    def keep_every_slip(self) -> None:
        chosen = self._selected_reading()
        if chosen is not None:
            self._record(
                Entry(kind=EntryKind.RESOLVE, serial=chosen[0], keep=KEEP_ALL, reason=self.tr("every slip kept"))
            )

    def kits_handed_out(self) -> None:
        number, ok = QInputDialog.getInt(
            self.workspace, self.tr("Kits handed out"), self.tr("How many kits were handed out?"), 0, 0, 5000
        )
        if ok:
            self._record(Entry(kind=EntryKind.HANDED_OUT, number=number))

    def _selected_reading(self) -> tuple[str, str] | None:
        item = self.workspace.contested.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def keep_reading(self) -> None:
        chosen = self._selected_reading()
        if chosen is not None:
            self._record(
                Entry(kind=EntryKind.RESOLVE, serial=chosen[0], keep=chosen[1], reason=self.tr("kept by the counters"))
            )

    def void_contested(self) -> None:
        chosen = self._selected_reading()
        if chosen is None:
            return
        reason = self._reason(self.tr("Declare void"))
        if reason:
            self._record(Entry(kind=EntryKind.RESOLVE, serial=chosen[0], reason=reason))

    def content_text(self, content: Content) -> str:
        view = self.workspace.view
        if view is None:
            return ""
        rules = view.vote.rules
        if isinstance(content, frozenset):
            blank = self.tr("Blank vote")
            return ", ".join(rules.options[c - 1] if c else blank for c in sorted(content))
        values = row_values(rules)
        return " · ".join("—" if v is None else values[v] for v in content)

    def new_vote(self) -> None:
        session_id = self.workspace.session_id()
        if session_id is None:
            self.workspace.status.emit(self.tr("Open an assembly and choose a session first."))
            return
        dialog = VoteDialog(self.workspace)
        if dialog.exec() and dialog.definition is not None:
            definition = dialog.definition
            vote_id = self.workspace.operations.write(
                self.workspace, lambda: create_vote(self.db, session_id, definition, self.workspace.now())
            )
            self.workspace.choose_vote(vote_id)
            self.workspace.status.emit(self.tr("Vote saved."))

    def edit_officers(self) -> None:
        view = self.workspace.view
        if view is None:
            return
        dialog = OfficersDialog(view.vote.officers, self.workspace)
        if dialog.exec():
            officers = dialog.officers()
            if self.workspace.operations.write(self.workspace, lambda: save_officers(self.db, view.vote.id, officers)):
                self.workspace.status.emit(self.tr("Officers saved."))

    def _name(self, what: str) -> str:
        view = self.workspace.view
        assert view is not None
        return file_name(what, view.vote.code)

    def print_kits(self) -> None:
        view = self.workspace.view
        if view is None:
            return
        kits, ok = QInputDialog.getInt(
            self.workspace, self.tr("Print ballots"), self.tr("Kits to print (voters present plus spares):"),
            suggested_kits(view.eligible_present), 1, MAX_KITS,
        )  # fmt: skip
        if not ok:
            return
        test, workspace = self._test(), self.workspace
        saved = save_recorded_document(
            workspace, workspace.runtime, workspace.operations, self.tr("Print ballots"),
            self._name(self.tr("Ballots")), "pdf",
            lambda path: print_ballots(self.db, view.vote.id, kits, path, workspace.now(), test=test),
        )  # fmt: skip
        if saved is not None:
            workspace.status.emit(self.tr("%n kit(s) printed.", "", saved[1]))

    def print_test_deck(self) -> None:
        view = self.workspace.view
        if view is None:
            return
        workspace = self.workspace
        saved = save_recorded_document(
            workspace, workspace.runtime, workspace.operations, self.tr("Test deck"),
            self._name(self.tr("Test deck")), "pdf",
            lambda path: print_deck(self.db, view.vote.id, path, workspace.now()),
        )  # fmt: skip
        if saved is not None:
            self.workspace.rehearsal.setChecked(True)
            self.workspace.status.emit(self.tr("Test deck printed: count it in rehearsal mode."))

    def print_record(self) -> None:
        view = self.workspace.view
        if view is None:
            return
        test, title = self._test(), self.tr("Procès-verbal")
        save_recorded_document(
            self.workspace, self.workspace.runtime, self.workspace.operations, title, self._name(title), "pdf",
            lambda path: print_minutes(self.db, view.vote.id, path, self.workspace.now(), test=test),
        )  # fmt: skip

    def export(self) -> None:
        view = self.workspace.view
        if view is None:
            return
        save_document(
            self.workspace, self.workspace.runtime, self.tr("Export results"), self._name(self.tr("Results")), "csv",
            lambda path: export_results(self.db, view.vote.id, path),
        )  # fmt: skip

    def read_scans(self, *, folder: bool) -> None:
        view = self.workspace.view
        if view is None:
            return
        if folder:
            chosen = QFileDialog.getExistingDirectory(self.workspace, self.tr("Folder of scanned ballots"))
        else:
            chosen, _ = QFileDialog.getOpenFileName(
                self.workspace, self.tr("Copier's PDF"), "", self.tr("PDF documents (*.pdf)")
            )
        if not chosen:
            return
        source, test = Path(chosen), self._test()
        archive = self.workspace.runtime.paths.scan_archive

        def work(control: TaskControl) -> Changed[ScanReport]:
            return count_scans(
                self.db, view.vote.id, source, archive, self.workspace.now, test=test,
                progress=control.report, cancelled=control.cancelled,
            )  # fmt: skip

        try:
            report = self.workspace.operations.background(self.workspace, self.tr("Reading the scans…"), work)
        except UnreadableScan:
            QMessageBox.warning(
                self.workspace,
                self.tr("Copier's PDF"),
                self.tr("This file cannot be read as a PDF (damaged, protected or not a PDF)."),
            )
            return
        counted = sum(1 for _, o in report.outcomes if o.outcome in IN_THE_BOX)
        stopped = self.tr("Reading stopped.") + " " if report.cancelled else ""
        self.workspace.status.emit(
            stopped
            + self.tr("%n page(s) read.", "", report.pages)
            + " "
            + self.tr("%n ballot(s) counted.", "", counted)
            + " "
            + self.tr("%n set aside for the counters.", "", len(report.outcomes) - counted)
        )
        self._pages_not_read(report)

    def _pages_not_read(self, report: ScanReport) -> None:
        """Pages that could not be read are said in a dialog, with their numbers: the status
        line goes away, and a ballot on such a page is not counted until it is scanned again.
        (Pages without a code are not: the backs of a two-sided scan, a test deck's first page.)"""
        reasons = [
            (report.too_large_pages, self.tr("too large to be read (a page larger than A3 at 400 dpi)")),
            (report.unreadable_pages, self.tr("unreadable (damaged, or an image format not known)")),
        ]
        lines = [
            self.tr("Pages {pages}: {reason}.").format(pages=", ".join(map(str, pages)), reason=reason)
            for pages, reason in reasons
            if pages
        ]
        if lines:
            QMessageBox.warning(
                self.workspace,
                self.tr("Pages not counted"),
                "\n".join([*lines, self.tr("Scan these pages again, or count their ballots by hand.")]),
            )

    def toggle_projector(self) -> None:
        projector = self.workspace.projector
        if projector.isVisible():
            projector.close()
        elif self.workspace.view is not None:
            projector.show_count(self.workspace.view)
            projector.open()
        self.workspace.action_set["projector"].setChecked(projector.isVisible())
