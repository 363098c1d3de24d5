"""Live statistics: who spoke how long (in the session and in the phase), and each role's and
gender's share of the speaking time against its share of the people present.

Refreshed once a second while someone speaks; rows keep their place between refreshes (they
are sorted again only when the floor changes), so the table does not jump under the eyes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from facilitator.core.participants import Gender, Role, by_name
from facilitator.core.speaking.stats import Share, SpeakingStats, present_shares, statistics
from facilitator.services.speaking.floor import FloorState
from facilitator.text.formats import elapsed_text, percent
from facilitator.text.messages import gender_label, role_label

TIME_COLOUR = "#0072b2"
PRESENT_COLOUR = "#b8b8b8"
Index = QModelIndex | QPersistentModelIndex


class SpeakingTimesModel(QAbstractTableModel):
    """One row per person who spoke: name, role, time in the phase, in the session, turns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: FloorState | None = None
        self._phase: uuid.UUID | None = None
        self._stats = SpeakingStats()
        self._rows: list[uuid.UUID] = []
        self._headers = [
            self.tr("Participant"),
            self.tr("Role"),
            self.tr("This phase"),
            self.tr("Session"),
            self.tr("Turns"),
        ]

    def show_floor(self, state: FloorState | None, phase: uuid.UUID | None, now: float) -> None:
        """After the floor changed: the rows again, most speaking time in the session first."""
        self.beginResetModel()
        self._state, self._phase = state, phase
        self._stats = statistics(state.floor.turns, state.speakers, now) if state else SpeakingStats()
        by_person = self._stats.by_person
        self._rows = sorted(by_person, key=lambda person: (-by_person[person].seconds, self._order(person)))
        self.endResetModel()

    def tick(self, now: float) -> None:
        """The figures at ``now``, rows in place."""
        if self._state is None or not self._rows:
            return
        self._stats = statistics(self._state.floor.turns, self._state.speakers, now)
        self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 4))

    @property
    def stats(self) -> SpeakingStats:
        return self._stats

    def _order(self, person: uuid.UUID) -> tuple[object, ...]:
        """Equal times by name, as every list of people is ordered."""
        found = self._state.people.get(person) if self._state else None
        return by_name(found) if found else ()

    def _name(self, person: uuid.UUID) -> str:
        found = self._state.people.get(person) if self._state else None
        return f"{found.details.last_name} {found.details.first_name}" if found else "—"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return self._name(person)
        if column == 1:
            found = self._state.people.get(person) if self._state else None
            return role_label(found.details.role) if found else ""
        if column == 2:
            tally = self._stats.by_person_phase.get((person, self._phase)) if self._phase else None
            return elapsed_text(tally.seconds) if tally else ""
        tally = self._stats.by_person[person]
        return elapsed_text(tally.seconds) if column == 3 else str(tally.turns)


class SharesChart(QWidget):
    """Horizontal bars, two per group: its share of the speaking time, its share of the people
    present. Painted directly: it is redrawn every second while someone speaks."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows: list[tuple[str, Share]] = []

    def show_shares(self, rows: list[tuple[str, Share]]) -> None:
        self.rows = rows
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 60 + 44 * max(len(self.rows), 3))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        line = painter.fontMetrics().height()
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRect(0, 0, self.width(), line), left, self.title)
        painter.setFont(self.font())
        top = line + 10
        if not self.rows:
            painter.setPen(QColor("#666666"))
            painter.drawText(QRect(0, top, self.width(), line), left, self.tr("Nobody has spoken yet."))
        metrics = painter.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label, _ in self.rows), default=0) + 10
        label_width = min(widest, int(self.width() * 0.45))
        bar_space = max(self.width() - label_width - 56, 1)
        for label, share in self.rows:
            painter.setPen(QColor("#222222"))
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 6)
            painter.drawText(QRect(0, top, label_width - 6, 2 * line), left, shown)
            bars = ((0, share.time_share, TIME_COLOUR), (line, share.present_share, PRESENT_COLOUR))
            for offset, value, colour in bars:
                bar = QRect(label_width, top + offset + 2, max(int(bar_space * value), 1), line - 4)
                painter.fillRect(bar, QColor(colour))
                painter.setPen(QColor("#222222"))
                painter.drawText(QRect(bar.right() + 4, top + offset, 56, line), left, percent(value))
            top += 2 * line + 10
        painter.end()


def _rows(figures: dict[Any, Share], label: Callable[[Any], str], order: list[Hashable]) -> list[tuple[str, Share]]:
    return [(label(group), figures[group]) for group in order if group in figures]


class StatisticsPanel(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakingStatistics")
        self.times = SpeakingTimesModel(self)
        self.table = QTableView()
        self.table.setObjectName("speakingTimes")
        self.table.setModel(self.times)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.by_role = SharesChart(self.tr("By role"))
        self.by_role.setObjectName("sharesByRole")
        self.by_gender = SharesChart(self.tr("By gender"))
        self.by_gender.setObjectName("sharesByGender")
        self.legend = QLabel(self._legend())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        pair = QHBoxLayout()
        pair.addWidget(self.by_role, 1)
        pair.addSpacing(16)
        pair.addWidget(self.by_gender, 1)
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.addWidget(self.legend)
        charts_layout.addLayout(pair, 1)
        times_page = QWidget()
        times_layout = QVBoxLayout(times_page)
        times_layout.setContentsMargins(0, 0, 0, 0)
        times_layout.addWidget(self.table)
        self.addTab(times_page, self.tr("Time per person"))
        self.addTab(charts, self.tr("Shares by role and gender"))
        self._state: FloorState | None = None

    def _legend(self) -> str:
        """The two colours of the bars, said once above both charts."""
        square = "<span style='color:{colour}'>■</span> {text}"
        return "&nbsp;&nbsp;&nbsp;".join(
            [
                square.format(colour=TIME_COLOUR, text=self.tr("Share of the speaking time")),
                square.format(colour=PRESENT_COLOUR, text=self.tr("Share of the people present")),
            ]
        )

    def show_floor(self, state: FloorState | None, phase: uuid.UUID | None, now: float) -> None:
        self._state = state
        self.times.show_floor(state, phase, now)
        self._charts()

    def tick(self, now: float) -> None:
        self.times.tick(now)
        self._charts()

    def _charts(self) -> None:
        """The shares of the people who came, as the printed report gives them."""
        state = self._state
        figures = present_shares(self.times.stats, state.speakers if state else {}, state.came if state else set())
        self.by_role.show_shares(_rows(figures.by_role, role_label, list(Role)))
        self.by_gender.show_shares(_rows(figures.by_gender, gender_label, list(Gender)))
