"""The Indemnités workspace: what each participant is paid, for a session or a year.

The finance agent chooses a session (or a whole year), sees every person paid with the
units, gross, deductions, net, travel, child care and total, enters travel and child-care
claims from the proofs, sets the assembly's rules, prints the états and exports the figures.
Everything shown is recomputed from the attendance and the claims at each change.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from facilitator.app.runtime import Runtime
from facilitator.core.cells import ExportFormat
from facilitator.core.changes import Change
from facilitator.services.assemblies.rules import load_rules, save_rules
from facilitator.services.assemblies.sessions import list_sessions
from facilitator.services.indemnity.claims import load_claim, save_claim, suggested_claim
from facilitator.services.indemnity.statements import (
    IndemnityLine,
    IndemnityReport,
    session_indemnities,
    year_indemnities,
)
from facilitator.store.database import Database
from facilitator.text.formats import decimal, money, session_label
from facilitator.text.indemnity import rules_note
from facilitator.text.messages import counted_label, role_label
from facilitator.ui.common.actions import Action, ActionSet
from facilitator.ui.common.forms import STRETCH, column_of, combo_row, row_of, sized_combo
from facilitator.ui.common.operations import Operations, read
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.indemnity.claim_dialog import ClaimDialog
from facilitator.ui.indemnity.documents import IndemnityDocuments
from facilitator.ui.indemnity.rules_dialog import RulesDialog

AMOUNTS = ("gross_cents", "deduction_cents", "net_cents", "travel_cents", "childcare_cents", "total_cents")


class IndemnityWorkspace(Workspace):
    shows = Change.ATTENDANCE | Change.CLAIMS | Change.RULES | Change.ROSTER | Change.SESSIONS

    def __init__(self, runtime: Runtime, db: Database, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(runtime, db, operations, parent)
        self.report: IndemnityReport | None = None
        self._build()

    def _build(self) -> None:
        self.scope = sized_combo("scope", 30)
        self.documents = IndemnityDocuments(self)
        self.table = QTableWidget(0, 11)
        self.table.setObjectName("indemnities")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Last name"),
                self.tr("First name"),
                self.tr("Role"),
                self.tr("Attendance\ncounted"),
                self.tr("Units"),
                self.tr("Gross"),
                self.tr("Deductions"),
                self.tr("Net"),
                self.tr("Travel\ncosts"),
                self.tr("Child\ncare"),
                self.tr("Total"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setObjectName("summary")
        self.rules_text = QLabel()
        self.rules_text.setObjectName("hint")
        self.rules_text.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.action_set = ActionSet(self, self._actions())
        self.rules_button = self.action_set.button("rules")
        self.claim_button = self.action_set.button("claim")
        self.print_button = self._menu_button(
            "print", self.tr("Print"), ("print_statement", "print_travel", "print_certificate")
        )
        self.export_button = self._menu_button("export", self.tr("Export"), ("export_xlsx", "export_csv"))

        top = row_of(QLabel(self.tr("For:")), (self.scope, 1), self.rules_button)
        actions = row_of(self.claim_button, STRETCH, self.print_button, self.export_button)
        self.setLayout(column_of(top, self.rules_text, (self.table, 1), self.empty, self.totals, actions))

        self.scope.currentIndexChanged.connect(lambda _index: self.reload())
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self._update_enabled()

    def _actions(self) -> list[Action]:
        documents = self.documents
        return [
            Action("rules", self.tr("Indemnity rules…"), self.edit_rules, ("Ctrl+R",)),
            Action("claim", self.tr("Travel and child care…"), self.edit_claim, ("Return", "Enter"), within=self.table),
            Action("print_statement", self.tr("État liquidatif…"), documents.print_statement),
            Action("print_travel", self.tr("États de frais (travel, child care)…"), documents.print_travel),
            Action(
                "print_certificate",
                self.tr("Attestation de présence of the selected person…"),
                documents.print_certificate,
            ),
            Action(
                "export_xlsx", self.tr("For a spreadsheet (XLSX)…"), lambda: documents.export_figures(ExportFormat.XLSX)
            ),
            Action("export_csv", self.tr("As CSV (semicolons)…"), lambda: documents.export_figures(ExportFormat.CSV)),
        ]

    def _menu_button(self, name: str, text: str, actions: tuple[str, ...]) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for action in actions:
            menu.addAction(self.action_set[action])
        button.setMenu(menu)
        return button

    # Data --------------------------------------------------------------------------------

    def fill_scopes(self) -> None:
        """Past and today's sessions (newest first), then each year that has sessions."""
        assembly_id = self.assembly_id
        sessions = read(self, lambda: list_sessions(self.db, assembly_id)) if assembly_id else []
        today = self.now().date()
        held = [s for s in sessions if s.date <= today]
        previous = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        for summary in held:
            self.scope.addItem(session_label(summary.date, summary.title), ("session", summary.id))
        for year in sorted({s.date.year for s in held}, reverse=True):
            self.scope.addItem(self.tr("Year {year} (all sessions)").format(year=year), ("year", year))
        self.scope.setCurrentIndex(max(combo_row(self.scope, previous), 0))
        self.scope.blockSignals(False)

    def scope_choice(self) -> tuple[str, uuid.UUID | int] | None:
        return self.scope.currentData()

    def main_field(self) -> QWidget:
        return self.table

    def load(self) -> None:
        """The sessions and years to choose from, then what is paid for the one chosen."""
        self.fill_scopes()
        choice = self.scope_choice()
        selected = self.selected()
        if choice is None or self.assembly_id is None:
            self.report = None
        elif choice[0] == "session":
            session_id = choice[1]
            assert isinstance(session_id, uuid.UUID)
            self.report = read(self, lambda: session_indemnities(self.db, session_id))
        else:
            assembly_id, year = self.assembly_id, choice[1]
            assert isinstance(year, int)
            self.report = read(self, lambda: year_indemnities(self.db, assembly_id, year))
        self._show()
        if selected is not None:
            self._select(selected.participant.id)

    def _show(self) -> None:
        report = self.report
        lines = report.lines if report else []
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(self._cells(line)):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(text)
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(Qt.ItemDataRole.UserRole, line.participant.id)
                self.table.setItem(row, column, item)
        if lines:
            self.table.selectRow(0)
        self.totals.setText(self._totals_text(report) if report else "")
        self._update_empty(report)
        self._update_enabled()

    def _cells(self, line: IndemnityLine) -> list[str]:
        details = line.participant.details
        amounts = line.amounts
        if self.report is not None and self.report.period is None:
            attended = counted_label(amounts.sessions[0].counted)
        else:
            attended = ", ".join(f"{item.date:%d/%m} {counted_label(item.counted)}" for item in amounts.attended)
        units = decimal(amounts.units)
        return [
            details.last_name,
            details.first_name,
            role_label(details.role),
            attended,
            units,
            *(money(getattr(amounts, name)) for name in AMOUNTS),
        ]

    def _totals_text(self, report: IndemnityReport) -> str:
        text = self.tr(
            "%n person(s) paid · net {net} · travel {travel} · child care {childcare} · total {total}",
            "",
            len(report.lines),
        )
        return text.format(
            net=money(report.total("net_cents")),
            travel=money(report.total("travel_cents")),
            childcare=money(report.total("childcare_cents")),
            total=money(report.total("total_cents")),
        )

    def _update_empty(self, report: IndemnityReport | None) -> None:
        if self.assembly_id is None:
            text = self.tr("Open an assembly first.")
        elif self.scope.count() == 0:
            text = self.tr("No session held yet: indemnities appear here once people have been signed in.")
        elif report is not None and not report.lines:
            text = self.tr("Nobody to pay for this choice: nobody eligible came, or the rules pay nobody.")
        else:
            text = ""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        rules = report.rules if report else None
        self.rules_text.setText(rules_note(rules) if rules is not None else "")

    def _update_enabled(self) -> None:
        choice = self.scope_choice()
        session_scope = choice is not None and choice[0] == "session"
        report = self.report
        has_lines = report is not None and bool(report.lines)
        self.action_set.enable(session_scope and self.selected() is not None, "claim")
        self.action_set.enable(self.assembly_id is not None, "rules")
        self.action_set.enable(has_lines, "print_statement", "print_travel", "export_xlsx", "export_csv")
        self.action_set.enable(self.selected() is not None, "print_certificate")
        self.print_button.setEnabled(has_lines)
        self.export_button.setEnabled(has_lines)

    def selected(self) -> IndemnityLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.report is None:
            return None
        return self.report.lines[rows[0].row()]

    # Actions -----------------------------------------------------------------------------

    def edit_rules(self) -> None:
        assembly_id = self.assembly_id
        if assembly_id is None:
            return
        rules = read(self, lambda: load_rules(self.db, assembly_id))
        dialog = RulesDialog(rules, self)
        if not dialog.exec():
            return
        chosen = dialog.rules()
        self.operations.write(self, lambda: save_rules(self.db, assembly_id, chosen))
        self.status.emit(self.tr("Indemnity rules saved."))

    def edit_claim(self) -> None:
        choice, line = self.scope_choice(), self.selected()
        if choice is None or choice[0] != "session" or line is None:
            return
        session_id = choice[1]
        assert isinstance(session_id, uuid.UUID)
        person = line.participant
        stored = read(self, lambda: load_claim(self.db, session_id, person.id))
        if stored is None:  # no claim entered yet: the form starts from the suggested one
            stored = (read(self, lambda: suggested_claim(self.db, session_id, person.id)), "")
        title = self.tr("Travel and child care of {name}").format(name=person.details.display_name)
        dialog = ClaimDialog(title, stored[0], stored[1], self)
        if not dialog.exec():
            return
        claim, note = dialog.claim(), dialog.note.text()
        self.operations.write(self, lambda: save_claim(self.db, session_id, person.id, claim, note))
        self.status.emit(self.tr("Claim of {name} saved.").format(name=person.details.display_name))
        self._select(person.id)

    def _select(self, participant_id: uuid.UUID) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == participant_id:
                self.table.selectRow(row)
                return
