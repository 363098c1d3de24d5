"""Per-session indicators: the chart, and a table of the same figures.

The table has the session's overall figures, then one column per category of the chosen
attribute ("present / expected"). Its overall columns are a list of (header, value) pairs,
so that the session's cost can join them once it is computed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.attendance.presence import Tally
from facilitator.core.engagement import Attribute, SessionIndicators, categories
from facilitator.text.formats import long_date, money
from facilitator.ui.engagement.chart import AttendanceChart
from facilitator.ui.engagement.labels import attribute_label, category_label, percent

SESSION_COLUMN_WIDTH = 340
"""Long session titles are cut (whole in the tooltip) so that the figures stay in view."""


SPLIT_UNIT = 100
"""The chart takes two thirds of the height at first, the table one (the user can drag)."""


def tally_text(tally: Tally | None) -> str:
    return "" if tally is None else f"{tally.present} / {tally.expected}"


class IndicatorsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._indicators: list[SessionIndicators] = []
        self._costs: dict[uuid.UUID, int] = {}
        self._with_year = False
        self.attribute = QComboBox()
        self.attribute.setObjectName("attribute")
        for attribute in Attribute:
            self.attribute.addItem(attribute_label(attribute), attribute)
        chooser = QLabel(self.tr("&Break down by"))
        chooser.setBuddy(self.attribute)
        self.chart = AttendanceChart()
        self.table = QTableWidget()
        self.table.setObjectName("indicators")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.note = QLabel(self.tr("For each category: present / expected."))
        self.note.setObjectName("hint")
        self.empty = QLabel(self.tr("No session has been run yet: the indicators appear once arrivals are recorded."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(chooser)
        top.addWidget(self.attribute)
        top.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        table_area = QWidget()
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.note)
        splitter.addWidget(table_area)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([2 * SPLIT_UNIT, SPLIT_UNIT])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.attribute.currentIndexChanged.connect(lambda _index: self._refresh())
        self._refresh()

    def chosen(self) -> Attribute:
        return Attribute(self.attribute.currentData())

    def show_indicators(self, indicators: list[SessionIndicators], costs: dict[uuid.UUID, int]) -> None:
        """``costs``: what each session cost (indemnities, travel, child care), in cents."""
        self._indicators = indicators
        self._costs = costs
        self._with_year = len({item.session.date.year for item in indicators}) > 1
        self._refresh()

    def _overall_columns(self) -> list[tuple[str, Callable[[SessionIndicators], str]]]:
        return [
            (self.tr("Session"), _session_text),
            (self.tr("Expected"), lambda item: str(item.expected)),
            (self.tr("Present"), lambda item: str(item.present)),
            (self.tr("Rate"), lambda item: percent(item.rate)),
            (self.tr("Cost"), lambda item: money(self._costs.get(item.session.id, 0))),
        ]

    def _refresh(self) -> None:
        attribute = self.chosen()
        self.empty.setVisible(not self._indicators)
        self.chart.show_indicators(self._indicators, attribute, with_year=self._with_year)
        overall = self._overall_columns()
        found = categories(self._indicators, attribute)
        self.table.clear()
        self.table.setColumnCount(len(overall) + len(found))
        self.table.setHorizontalHeaderLabels(
            [header for header, _ in overall] + [category_label(attribute, category) for category in found]
        )
        self.table.setRowCount(len(self._indicators))
        for row, item in enumerate(self._indicators):
            texts = [value(item) for _, value in overall]
            texts += [tally_text(item.breakdown(attribute).get(category)) for category in found]
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if column == 0:
                    cell.setToolTip(text)
                else:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), SESSION_COLUMN_WIDTH))


def _session_text(item: SessionIndicators) -> str:
    session = item.session
    return " — ".join(part for part in (long_date(session.date, weekday=False), session.title) if part)
