"""The Indemnités workspace: what each participant is paid, for a session or a year.

The finance agent chooses a session (or a whole year), sees every person paid with the
units, gross, deductions, net, travel, child care and total, enters travel and child-care
claims from the proofs, sets the assembly's rules, prints the états and exports the figures.
Everything shown is recomputed from the attendance and the claims at each change.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from babel.numbers import format_decimal
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.app.runtime import Runtime
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
from facilitator.text.formats import locale, money, session_label
from facilitator.text.indemnity import rules_note
from facilitator.text.messages import counted_label, role_label
from facilitator.ui.common.problems import attempt
from facilitator.ui.common.shortcuts import bind_keys
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.indemnity.claim_dialog import ClaimDialog
from facilitator.ui.indemnity.documents_menu import IndemnityDocuments
from facilitator.ui.indemnity.rules_dialog import RulesDialog

AMOUNTS = ("gross_cents", "deduction_cents", "net_cents", "travel_cents", "childcare_cents", "total_cents")


class IndemnityWorkspace(Workspace):
    def __init__(self, runtime: Runtime, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(runtime, db, parent)
        self.report: IndemnityReport | None = None
        self.now: Callable[[], dt.datetime] = dt.datetime.now
        self._build()

    def _build(self) -> None:
        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(30)
        self.rules_button = QPushButton(self.tr("Indemnity rules… (Ctrl+R)"))
        self.claim_button = QPushButton(self.tr("Travel and child care… (Enter)"))
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

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("For:")))
        top.addWidget(self.scope, 1)
        top.addWidget(self.rules_button)
        actions = QHBoxLayout()
        actions.addWidget(self.claim_button)
        actions.addStretch(1)
        for button in self.documents.buttons:
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rules_text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.totals)
        layout.addLayout(actions)

        self.scope.currentIndexChanged.connect(lambda _index: self.reload())
        self.rules_button.clicked.connect(self.edit_rules)
        self.claim_button.clicked.connect(self.edit_claim)
        self.table.itemActivated.connect(lambda _item: self.edit_claim())
        self.table.itemSelectionChanged.connect(self._update_enabled)
        bind_keys(self, (("Ctrl+R", self.edit_rules),))
        self._update_enabled()

    # Data --------------------------------------------------------------------------------

    def open_assembly(self, assembly_id: uuid.UUID | None) -> None:
        self.assembly_id = assembly_id
        self.fill_scopes()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.open_assembly(None)

    def fill_scopes(self) -> None:
        """Past and today's sessions (newest first), then each year that has sessions."""
        assembly_id = self.assembly_id
        sessions = (attempt(self, lambda: list_sessions(self.db, assembly_id)) or []) if assembly_id else []
        today = self.now().date()
        held = [s for s in sessions if s.date <= today]
        previous = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        for summary in held:
            self.scope.addItem(session_label(summary.date, summary.title), ("session", summary.id))
        for year in sorted({s.date.year for s in held}, reverse=True):
            self.scope.addItem(self.tr("Year {year} (all sessions)").format(year=year), ("year", year))
        self.scope.setCurrentIndex(max(self.scope.findData(previous), 0))
        self.scope.blockSignals(False)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Arrivals may have been signed in at the desk since the last look."""
        super().showEvent(event)
        if self.assembly_id is not None:
            self.reload()

    def scope_choice(self) -> tuple[str, uuid.UUID | int] | None:
        return self.scope.currentData()

    def reload(self) -> None:
        choice = self.scope_choice()
        if choice is None or self.assembly_id is None:
            self.report = None
        elif choice[0] == "session":
            self.report = attempt(self, lambda: session_indemnities(self.db, choice[1]))  # type: ignore[arg-type]
        else:
            assembly_id = self.assembly_id
            self.report = attempt(self, lambda: year_indemnities(self.db, assembly_id, choice[1]))  # type: ignore[arg-type]
        self._show()

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
        units = format_decimal(amounts.units, locale=locale())
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
        self.claim_button.setEnabled(session_scope and self.selected() is not None)
        self.rules_button.setEnabled(self.assembly_id is not None)
        self.documents.update_enabled()

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
        rules = attempt(self, lambda: load_rules(self.db, assembly_id))
        if rules is None:
            return
        dialog = RulesDialog(rules, self)
        if not dialog.exec():
            return
        chosen = dialog.rules()
        if attempt(self, lambda: save_rules(self.db, assembly_id, chosen)) is not None:
            self.status.emit(self.tr("Indemnity rules saved."))
            self.reload()
            self.changed.emit()

    def edit_claim(self) -> None:
        choice, line = self.scope_choice(), self.selected()
        if choice is None or choice[0] != "session" or line is None:
            return
        session_id = choice[1]
        person = line.participant
        stored = attempt(self, lambda: load_claim(self.db, session_id, person.id))  # type: ignore[arg-type]
        if stored is None:
            suggested = attempt(self, lambda: suggested_claim(self.db, session_id, person.id))  # type: ignore[arg-type]
            if suggested is None:
                return
            stored = (suggested, "")
        title = self.tr("Travel and child care of {name}").format(name=person.details.display_name)
        dialog = ClaimDialog(title, stored[0], stored[1], self)
        if not dialog.exec():
            return
        claim, note = dialog.claim(), dialog.note.text()
        if attempt(self, lambda: save_claim(self.db, session_id, person.id, claim, note)) is not None:  # type: ignore[arg-type]
            self.status.emit(self.tr("Claim of {name} saved.").format(name=person.details.display_name))
            self.reload()
            self._select(person.id)

    def _select(self, participant_id: uuid.UUID) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == participant_id:
                self.table.selectRow(row)
                return
