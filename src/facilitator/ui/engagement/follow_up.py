"""The follow-up list ("à rappeler"): who missed their last sessions, with how to reach them.

The list can be copied as tab-separated text, which a spreadsheet pastes into columns and
an e-mail shows as a readable table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.cells import neutralise
from facilitator.core.engagement import DEFAULT_FOLLOW_UP_ABSENCES, History, follow_up
from facilitator.text.formats import long_date, short_date
from facilitator.ui.engagement.labels import role_or_recruitment

MOST_ABSENCES = 20
STREAK_COLUMN = 4


def tsv_cell(text: str) -> str:
    """A cell safe to paste: no tab or line break to split it, and nothing a spreadsheet would
    run as a formula (a leading = + - @ is neutralised with an apostrophe, as in exports)."""
    flat = " ".join(text.replace("\t", " ").splitlines())
    return neutralise(flat)


def tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(tsv_cell(cell) for cell in row) + "\n" for row in rows)


class FollowUpView(QWidget):
    """The people to call, most worrying first; N is chosen above the table."""

    copied = Signal(int)
    """The list went to the clipboard, with that many people."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._histories: list[History] = []
        self._residents_only = True
        self._has_sessions = False
        self.shown: list[History] = []
        self._build()

    def _build(self) -> None:
        self.absences = QSpinBox()
        self.absences.setObjectName("absences")
        self.absences.setRange(1, MOST_ABSENCES)
        self.absences.setValue(DEFAULT_FOLLOW_UP_ABSENCES)
        before = QLabel(self.tr("Absent from at &least their last"))
        before.setBuddy(self.absences)
        after = QLabel(self.tr("sessions"))
        self.count = QLabel()
        self.count.setObjectName("count")
        self.copy_button = QPushButton(self.tr("&Copy the list"))
        self.copy_button.setToolTip(self.tr("Copy as a table, to paste into a spreadsheet or an e-mail"))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("followUp")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role or recruitment"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Absences in a row"),
                self.tr("Last seen"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)

        controls = QHBoxLayout()
        controls.addWidget(before)
        controls.addWidget(self.absences)
        controls.addWidget(after)
        controls.addSpacing(24)
        controls.addWidget(self.count, 1)
        controls.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

        self.absences.valueChanged.connect(lambda _value: self._refresh())
        self.copy_button.clicked.connect(self.copy_list)
        self._refresh()

    def show_histories(self, histories: list[History], *, residents_only: bool, has_sessions: bool) -> None:
        self._histories = histories
        self._residents_only = residents_only
        self._has_sessions = has_sessions
        self._refresh()

    def _refresh(self) -> None:
        self.shown = follow_up(self._histories, self.absences.value(), residents_only=self._residents_only)
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.shown))
        for row, history in enumerate(self.shown):
            for column, text in enumerate(self._cells(history)):
                item = QTableWidgetItem(text)
                if column == STREAK_COLUMN:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.count.setText(self.tr("%n person(s) to call", "", len(self.shown)))
        self.copy_button.setEnabled(bool(self.shown))
        self.empty.setVisible(not self.shown)
        if not self._has_sessions:
            self.empty.setText(self.tr("No session has been run yet: the list fills once arrivals are recorded."))
        else:
            self.empty.setText(self.tr("Nobody missed their last %n session(s).", "", self.absences.value()))

    def _cells(self, history: History) -> list[str]:
        details = history.participant.details
        return [
            f"{details.last_name} {details.first_name}",
            role_or_recruitment(history.participant),
            details.phone,
            details.email,
            str(history.absence_streak),
            long_date(history.last_seen) if history.last_seen else self.tr("never"),
        ]

    def copy_list(self) -> None:
        """Put the list on the clipboard, one line per person, names in two columns."""
        header = [
            self.tr("Last name"),
            self.tr("First name"),
            self.tr("Role or recruitment"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Absences in a row"),
            self.tr("Last seen"),
        ]
        rows = [header] + [self._copied(history) for history in self.shown]
        QApplication.clipboard().setText(tsv(rows))
        self.copied.emit(len(self.shown))

    def _copied(self, history: History) -> list[str]:
        details = history.participant.details
        return [
            details.last_name,
            details.first_name,
            role_or_recruitment(history.participant),
            details.phone,
            details.email,
            str(history.absence_streak),
            short_date(history.last_seen) if history.last_seen else self.tr("never"),
        ]
