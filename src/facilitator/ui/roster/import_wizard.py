"""Importing a roster in four steps: file, columns, preview, report.

Nothing is written before the preview's "Importer" button; the import itself runs off the UI
thread in one transaction, so cancelling it or a problem during it leaves the assembly as
it was.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from facilitator.app.clock import local_now
from facilitator.app.errors import EnvironmentProblem
from facilitator.app.files import write_atomically
from facilitator.app.runtime import Runtime
from facilitator.core.changes import Changed
from facilitator.core.fields import Field
from facilitator.core.roster.mapping import check_mapping, guess_mapping, remembered_choices
from facilitator.core.roster.plan import ImportPlan
from facilitator.core.roster.table import RawTable, RosterRefused
from facilitator.services.roster.files import ROSTER_SUFFIXES, read_roster
from facilitator.services.roster.importing import ImportResult, import_roster, preview_import
from facilitator.store.database import Database
from facilitator.text.messages import environment_text, field_label, gender_label, problem_text, role_label
from facilitator.text.roster import report_lines
from facilitator.ui.common.documents import ask_output
from facilitator.ui.common.forms import STRETCH, column_of, row_of
from facilitator.ui.common.operations import Abandoned, Operations, read, retrying
from facilitator.ui.common.tasks import TaskCancelled, TaskControl, run_task

PREVIEW_ROWS = 200
EXAMPLES = 3

log = logging.getLogger("facilitator.ui.roster.import")


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errors")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the roster file"))
        self.setSubTitle(
            self.tr("A CSV or XLSX export, with one person per line and a header line naming the columns.")
        )
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("File to import"))
        self.path.returnPressed.connect(lambda: self.load(Path(self.path.text())))
        browse = QPushButton(self.tr("Choose a file…"))
        browse.clicked.connect(self._browse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = _error_label()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a roster"),
            str(Path.home()),
            self.tr("Rosters ({patterns})").format(patterns=" ".join(f"*{suffix}" for suffix in ROSTER_SUFFIXES)),
        )
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Read ``path`` off the UI thread; say what was found or why the file is refused."""
        self.path.setText(str(path))
        self._wizard.table = None
        self.status.clear()
        self.error.clear()
        try:
            table = run_task(self, self.tr("Reading the file…"), lambda _control: read_roster(path))
        except RosterRefused as refusal:
            self.error.setText(problem_text(refusal.problem) + "\n" + self.tr("Nothing was imported."))
        except EnvironmentProblem as problem:
            self.error.setText(environment_text(problem))
        except TaskCancelled:
            self.error.setText(self.tr("Reading cancelled."))
        else:
            self._wizard.table = table
            self.status.setText(self._description(table))
        self.completeChanged.emit()

    def _description(self, table: RawTable) -> str:
        lines = self.tr("%n line(s) of people", "", len(table.rows))
        columns = self.tr("%n column(s)", "", len(table.headers))
        if table.encoding is None:
            return self.tr("Spreadsheet read: {lines}, {columns}.").format(lines=lines, columns=columns)
        separator = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab")}.get(
            table.delimiter or "", table.delimiter or ""
        )
        return self.tr("CSV file read: {lines}, {columns}, encoding {encoding}, separator: {separator}.").format(
            lines=lines, columns=columns, encoding=table.encoding, separator=separator
        )

    def isComplete(self) -> bool:
        return self._wizard.table is not None


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Check what each column holds. Your choices are remembered for the next imports."))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Examples"), self.tr("Holds")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.error = _error_label()
        hint = QLabel(self.tr("Without a recruitment column, residents count as drawn by lot."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self._wizard.table
        assert table is not None
        self._wizard.mapping = guess_mapping(table.headers, self._wizard.runtime.settings().roster_columns)
        self.table.setRowCount(len(table.headers))
        self.combos = []
        for column, header in enumerate(table.headers):
            examples = [row.cells[column] for row in table.rows if column < len(row.cells) and row.cells[column]]
            self.table.setItem(column, 0, QTableWidgetItem(header or self.tr("(untitled)")))
            self.table.setItem(column, 1, QTableWidgetItem(" · ".join(examples[:EXAMPLES])))
            combo = QComboBox()
            combo.addItem(self.tr("— do not import —"), None)
            for field in Field:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(combo.findData(self._wizard.mapping[column]))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self._changed()

    def _changed(self) -> None:
        table = self._wizard.table
        assert table is not None
        # Qt hands enum members back as plain strings.
        self._wizard.mapping = [Field(combo.currentData()) if combo.currentData() else None for combo in self.combos]
        problem = check_mapping(table.headers, self._wizard.mapping)
        self.error.setText(problem_text(problem) if problem else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        table = self._wizard.table
        return table is not None and check_mapping(table.headers, self._wizard.mapping) is None


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing is written yet. The import is all or nothing."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.people = QTableWidget(0, 7)
        self.people.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Last name"),
                self.tr("First name"),
                self.tr("Role"),
                self.tr("Gender"),
                self.tr("Born"),
                self.tr("Phone"),
            ]
        )
        self.people.verticalHeader().hide()
        self.people.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.people, 2)
        layout.addWidget(QLabel(self.tr("Lines to look at:")))
        layout.addWidget(self.report, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        wizard = self._wizard
        assert wizard.table is not None
        self.error.clear()
        table, mapping = wizard.table, wizard.mapping
        try:
            plan = read(
                self,
                lambda: run_task(
                    self,
                    self.tr("Checking every line…"),
                    lambda _control: preview_import(wizard.db, wizard.assembly_id, table, mapping, wizard.today),
                    cancellable=False,
                ),
            )
        except Abandoned as abandoned:
            self.error.setText(environment_text(abandoned.problem))
            return
        wizard.plan = plan
        self.summary.setText(self._summary(plan))
        shown = plan.to_create[:PREVIEW_ROWS]
        self.people.setRowCount(len(shown))
        for row, person in enumerate(shown):
            d = person.details
            cells = [
                str(person.line),
                d.last_name,
                d.first_name,
                role_label(d.role),
                gender_label(d.gender),
                str(d.birth_year or ""),
                d.phone,
            ]
            for column, text in enumerate(cells):
                self.people.setItem(row, column, QTableWidgetItem(text))
        self.people.resizeColumnsToContents()
        details = report_lines(plan, imported=False)[1:]
        self.report.setPlainText("\n".join(details) if details else self.tr("Nothing to report: every line is fine."))

    def _summary(self, plan: ImportPlan) -> str:
        parts = [self.tr("<b>%n person(s) will be imported.</b>", "", len(plan.to_create))]
        if plan.rejected:
            parts.append(self.tr("%n line(s) rejected (listed below).", "", len(plan.rejected_lines)))
        if plan.duplicates:
            parts.append(self.tr("%n group(s) of likely duplicates to check.", "", len(plan.duplicates)))
        if plan.repeated or plan.already_present:
            count = len(plan.repeated) + len(plan.already_present)
            parts.append(self.tr("%n line(s) already imported, skipped.", "", count))
        return "<br>".join(parts)

    def validatePage(self) -> bool:
        """Run the import; stay on this page if it is cancelled or cannot be done."""
        wizard = self._wizard
        assert wizard.table is not None
        table, mapping = wizard.table, wizard.mapping

        def work(control: TaskControl) -> Changed[ImportResult]:
            return import_roster(
                wizard.db,
                wizard.assembly_id,
                table,
                mapping,
                wizard.today,
                progress=control.report,
                cancelled=control.cancelled,
            )

        try:
            wizard.imported = wizard.operations.background(self, self.tr("Importing…"), work)
        except TaskCancelled:
            self.error.setText(self.tr("Import cancelled: nothing was written."))
            return False
        except Abandoned as abandoned:
            self.error.setText(environment_text(abandoned.problem) + " " + self.tr("Nothing was written."))
            return False
        remembered = remembered_choices(table.headers, mapping)
        try:
            retrying(
                self,
                lambda: wizard.runtime.update_settings(
                    roster_columns={**wizard.runtime.settings().roster_columns, **remembered}
                ),
            )
        except Abandoned:
            log.info("the roster is in; its column choices are not remembered (chosen again next time)")
        return True


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import done"))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        copy = QPushButton(self.tr("Copy the report"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.report.toPlainText()))
        save = QPushButton(self.tr("Save the report…"))
        save.clicked.connect(self._save)
        self.error = _error_label()
        self.setLayout(column_of(self.summary, (self.report, 1), row_of(copy, save, STRETCH), self.error))

    def initializePage(self) -> None:
        result = self._wizard.imported
        assert result is not None
        lines = report_lines(result.plan, imported=True)
        self.summary.setText(f"<b>{lines[0]}</b>")
        self.report.setPlainText("\n".join(lines))

    def _save(self) -> None:
        chosen = ask_output(
            self, self.tr("Save the report"), Path.home() / self.tr("import-report.txt"), self.tr("Text (*.txt)")
        )
        if chosen is None:
            return
        try:
            write_atomically(chosen, self.report.toPlainText().encode("utf-8"))
        except EnvironmentProblem as problem:
            self.error.setText(environment_text(problem))


class ImportWizard(QWizard):
    """The import, from choosing the file to the report; ``imported`` is set once imported."""

    def __init__(
        self,
        runtime: Runtime,
        db: Database,
        operations: Operations,
        assembly_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.db = db
        self.operations = operations
        self.assembly_id = assembly_id
        self.today = local_now().date()
        self.table: RawTable | None = None
        self.mapping: list[Field | None] = []
        self.plan: ImportPlan | None = None
        self.imported: ImportResult | None = None
        self.setWindowTitle(self.tr("Import a roster"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(820, 600)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        self.report_page = ReportPage(self)
        for page in (self.file_page, self.columns_page, self.preview_page, self.report_page):
            self.addPage(page)
