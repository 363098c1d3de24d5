"""The setup of a session's small groups: rounds, tables (by number or by size), each table's
seats and host, caps on officials and staff, pairs kept apart or together, people who stay.

Checked before it closes: a setup that cannot be planned says why, in French, and keeps
everything typed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.participants import Participant, Role
from facilitator.core.rotation.setup import (
    MAX_ROUNDS,
    MAX_TABLE_SIZE,
    RotationRefused,
    RotationSettings,
    TableSetup,
    by_table_count,
    by_table_size,
    check_settings,
)
from facilitator.text.messages import rotation_text
from facilitator.ui.common.forms import ok_cancel
from facilitator.ui.rotation.people_choice import PeopleChoice
from facilitator.ui.rotation.quality import Quality

ID_ROLE = Qt.ItemDataRole.UserRole


class SetupDialog(QDialog):
    def __init__(
        self,
        settings: RotationSettings,
        room: list[Participant],
        parent: QWidget | None = None,
        absent_hosts: Sequence[Participant] = (),
    ) -> None:
        """``absent_hosts``: hosts of the setup who are not in the room, shown as such (never
        silently dropped: the setup is refused until another host, or none, is chosen)."""
        super().__init__(parent)
        self.absent_hosts = list(absent_hosts)
        self.setWindowTitle(self.tr("Small groups: setup"))
        self.room = room
        self.names = {person.id: person.details.display_name for person in room}
        self._tables: list[TableSetup] = list(settings.tables)
        self.rounds = QSpinBox()
        self.rounds.setRange(1, MAX_ROUNDS)
        self.rounds.setValue(settings.rounds)
        self.by_count = QRadioButton(self.tr("Number of tables"))
        self.by_size = QRadioButton(self.tr("People per table"))
        self.table_count = QSpinBox()
        self.table_count.setRange(1, 200)
        self.table_size = QSpinBox()
        self.table_size.setRange(2, MAX_TABLE_SIZE)
        self.by_count.setChecked(True)
        self.table_count.setValue(len(settings.tables))
        self.table_size.setValue(max((table.capacity for table in settings.tables), default=8))
        self.tables = QTableWidget(0, 2)
        self.tables.setTabKeyNavigation(False)
        self.tables.setHorizontalHeaderLabels([self.tr("Seats"), self.tr("Host (world café)")])
        self.tables.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.officials = QCheckBox(self.tr("At most one elected official per table"))
        self.officials.setChecked(settings.caps.get(Role.ELECTED) == 1)
        self.staff = QCheckBox(self.tr("At most one member of staff per table"))
        self.staff.setChecked(settings.caps.get(Role.STAFF) == 1)
        self.apart = self._pair_list(settings.keep_apart)
        self.together = self._pair_list(settings.keep_together)
        self.stays = QListWidget()
        for person, table in settings.stays.items():
            self._add_stay(person, table)
        self.summary = QLabel()
        self.summary.setObjectName("setupSummary")
        self.summary.setWordWrap(True)
        self.rounds.setMaximumWidth(90)
        self.tables.setMinimumHeight(260)
        self.setMinimumWidth(720)
        self._arrange()
        self._fill_tables()
        self.table_count.valueChanged.connect(lambda _value: self._reshape(by_count=True))
        self.table_size.valueChanged.connect(lambda _value: self._reshape(by_count=False))
        self.by_count.toggled.connect(self._update_enabled)
        self.rounds.valueChanged.connect(self._update_summary)
        self._update_enabled()

    def _pair_list(self, pairs: frozenset[frozenset[uuid.UUID]]) -> QListWidget:
        listing = QListWidget()
        listing.setMaximumHeight(90)
        for pair in pairs:
            self._add_pair(listing, tuple(pair))
        return listing

    def _arrange(self) -> None:
        shape = QFormLayout()
        shape.addRow(self.tr("Rounds"), self.rounds)
        count_row = QHBoxLayout()
        count_row.addWidget(self.by_count)
        count_row.addWidget(self.table_count)
        count_row.addWidget(self.by_size)
        count_row.addWidget(self.table_size)
        shape.addRow(self.tr("Tables"), count_row)
        rules = QVBoxLayout()
        rules.addWidget(self.officials)
        rules.addWidget(self.staff)
        pairs = QHBoxLayout()
        pairs.addWidget(self._pair_box(self.tr("Keep apart (same household…)"), self.apart))
        pairs.addWidget(self._pair_box(self.tr("Keep together (interpreter, parent and child…)"), self.together))
        stays_box = QGroupBox(self.tr("Stays at one table (reduced mobility)"))
        stays_layout = QVBoxLayout(stays_box)
        stays_layout.addWidget(self.stays)
        stays_layout.addLayout(self._buttons(self._ask_stay, self.stays))
        layout = QVBoxLayout(self)
        layout.addLayout(shape)
        layout.addWidget(self.summary)
        layout.addWidget(self.tables, 1)
        layout.addLayout(rules)
        layout.addLayout(pairs)
        layout.addWidget(stays_box)
        layout.addWidget(ok_cancel(self))

    def _pair_box(self, title: str, listing: QListWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(listing)
        inner.addLayout(self._buttons(lambda: self._ask_pair(listing), listing))
        return box

    def _buttons(self, add: Callable[[], None], listing: QListWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        adding = QPushButton(self.tr("Add…"))
        adding.clicked.connect(add)
        removing = QPushButton(self.tr("Remove"))
        removing.clicked.connect(lambda: listing.takeItem(listing.currentRow()))
        row.addWidget(adding)
        row.addWidget(removing)
        row.addStretch(1)
        return row

    # Tables ------------------------------------------------------------------------------

    def _update_enabled(self) -> None:
        self.table_count.setEnabled(self.by_count.isChecked())
        self.table_size.setEnabled(not self.by_count.isChecked())

    def _reshape(self, *, by_count: bool) -> None:
        base = self._current(self.rounds.value())
        count = len(self.room)
        shaped = (
            by_table_count(count, self.table_count.value(), base)
            if by_count
            else by_table_size(count, self.table_size.value(), base)
        )
        self._tables = list(shaped.tables)
        for row in reversed(range(self.stays.count())):
            if self.stays.item(row).data(ID_ROLE)[1] >= len(self._tables):
                self.stays.takeItem(row)
        self._fill_tables()

    def _fill_tables(self) -> None:
        self.tables.setRowCount(len(self._tables))
        self.tables.setVerticalHeaderLabels(
            [self.tr("Table {number}").format(number=i + 1) for i in range(len(self._tables))]
        )
        for row, table in enumerate(self._tables):
            seats = QSpinBox()
            seats.setRange(1, MAX_TABLE_SIZE)
            seats.setValue(table.capacity)
            seats.valueChanged.connect(self._update_summary)
            self.tables.setCellWidget(row, 0, seats)
            host = PeopleChoice(self.room, blank=self.tr("— no host —"), absent=self.absent_hosts)
            host.choose(table.host)
            self.tables.setCellWidget(row, 1, host)
        self.table_count.blockSignals(True)
        self.table_count.setValue(len(self._tables))
        self.table_count.blockSignals(False)
        self._update_summary()

    def _update_summary(self) -> None:
        """The room against the seats, and why people will meet again if these tables make it
        unavoidable (so that the facilitator changes them before planning, not after)."""
        seats = sum(self._seats(row) for row in range(self.tables.rowCount()))
        text = self.tr("{people} people in the room, {seats} seats at {tables} tables.").format(
            people=len(self.room), seats=seats, tables=self.tables.rowCount()
        )
        reason = Quality().unavoidable(self.settings().reach(len(self.room)), self.rounds.value())
        if reason is not None and len(self.room) > 1:
            text += " " + reason
        self.summary.setProperty("state", "warning" if seats < len(self.room) or reason else "")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.summary.setText(text)

    def _seats(self, row: int) -> int:
        widget = self.tables.cellWidget(row, 0)
        assert isinstance(widget, QSpinBox)
        return widget.value()

    def _host(self, row: int) -> uuid.UUID | None:
        widget = self.tables.cellWidget(row, 1)
        assert isinstance(widget, PeopleChoice)
        return widget.chosen()

    # Pairs and stays ---------------------------------------------------------------------

    def _add_pair(self, listing: QListWidget, pair: tuple[uuid.UUID, ...]) -> None:
        item = QListWidgetItem(" + ".join(self.names.get(person, "?") for person in pair))
        item.setData(ID_ROLE, frozenset(pair))
        listing.addItem(item)

    def _ask_pair(self, listing: QListWidget) -> None:
        dialog = _TwoPeople(self.room, self)
        if dialog.exec():
            first, second = dialog.first.chosen(), dialog.second.chosen()
            if first and second and first != second:
                self._add_pair(listing, (first, second))

    def _add_stay(self, person: uuid.UUID, table: int) -> None:
        item = QListWidgetItem(
            self.tr("{name} stays at table {number}").format(name=self.names.get(person, "?"), number=table + 1)
        )
        item.setData(ID_ROLE, (person, table))
        self.stays.addItem(item)

    def _ask_stay(self) -> None:
        dialog = _TwoPeople(self.room, self, table_count=self.tables.rowCount())
        if not dialog.exec():
            return
        person = dialog.first.chosen()
        if person is not None:
            self._add_stay(person, dialog.table.value() - 1)

    # Result ------------------------------------------------------------------------------

    def _pairs(self, listing: QListWidget) -> frozenset[frozenset[uuid.UUID]]:
        return frozenset(listing.item(row).data(ID_ROLE) for row in range(listing.count()))

    def _current(self, rounds: int) -> RotationSettings:
        rows = range(self.tables.rowCount())
        tables = (
            tuple(TableSetup(self._seats(row), self._host(row)) for row in rows)
            if self.tables.rowCount()
            else tuple(self._tables)
        )
        caps = {Role.ELECTED: 1} if self.officials.isChecked() else {}
        if self.staff.isChecked():
            caps[Role.STAFF] = 1
        stays = dict(self.stays.item(row).data(ID_ROLE) for row in range(self.stays.count()))
        return RotationSettings(rounds, tables, caps, self._pairs(self.apart), self._pairs(self.together), stays)

    def settings(self) -> RotationSettings:
        return self._current(self.rounds.value())

    def accept(self) -> None:
        try:
            check_settings(self.settings(), {person.id for person in self.room})
        except RotationRefused as refused:
            QMessageBox.warning(self, self.windowTitle(), rotation_text(refused.problem))
            return
        super().accept()


class _TwoPeople(QDialog):
    """Two people (a pair), or one person and a table (someone who stays)."""

    def __init__(self, room: list[Participant], parent: QWidget, table_count: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose") if not table_count else self.tr("Who stays at which table"))
        self.first = PeopleChoice(room)
        self.second = PeopleChoice(room)
        self.table = QSpinBox()
        self.table.setRange(1, max(1, table_count))
        form = QFormLayout(self)
        form.addRow(self.tr("Person"), self.first)
        if table_count:
            form.addRow(self.tr("Table"), self.table)
        else:
            form.addRow(self.tr("With"), self.second)
        form.addRow(ok_cancel(self))
