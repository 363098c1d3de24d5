"""The chart of the per-session indicators: who came, stacked by category, against who was expected.

One stacked bar per run session: the present, one colour per category of the chosen
attribute, topped by an empty outline for the expected who did not come. The whole bar is
the number expected (written under the date with the number present), what it lacks in
colour the people the session lost, and its colours whom it reached.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from facilitator.core.engagement import Attribute, SessionIndicators, categories
from facilitator.text.formats import day_and_month
from facilitator.ui.engagement.labels import category_label, chart_title

PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#8c6d31", "#7f7fbf", "#5a9e9e")
"""Colour-blind-safe (Okabe–Ito first), repeated past nine categories."""
UNKNOWN_COLOUR = "#b8b8b8"
EXPECTED_COLOUR = "#333333"
BAR_WIDTH = 0.6
NICE_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)


def value_scale(highest: int, most_ticks: int = 7) -> tuple[int, int]:
    """The top of the count axis and its number of ticks: round steps, the top just above
    the highest figure, at most ``most_ticks`` ticks."""
    step = next((s for s in NICE_STEPS if highest // s + 2 <= most_ticks), NICE_STEPS[-1])
    top = (highest // step + 1) * step
    return top, top // step + 1


class AttendanceChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(300)
        self._chart = QChart()
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.legend().setFont(self._font(11))
        self.setChart(self._chart)

    def _font(self, points: int) -> QFont:
        font = QFont(self.font())
        font.setPointSize(points)
        return font

    def _clear(self) -> None:
        self._chart.removeAllSeries()
        for axis in self._chart.axes():
            self._chart.removeAxis(axis)
            axis.deleteLater()

    def show_indicators(self, indicators: list[SessionIndicators], attribute: Attribute, *, with_year: bool) -> None:
        self._clear()
        if not indicators:
            self._chart.setTitle("")
            return
        bars = QStackedBarSeries()
        bars.setBarWidth(BAR_WIDTH)
        for position, category in enumerate(categories(indicators, attribute)):
            tallies = [item.breakdown(attribute).get(category) for item in indicators]
            bar_set = QBarSet(category_label(attribute, category))
            bar_set.append([float(tally.present) if tally else 0.0 for tally in tallies])
            bar_set.setColor(QColor(UNKNOWN_COLOUR if category is None else PALETTE[position % len(PALETTE)]))
            bar_set.setBorderColor(QColor("white"))
            bars.append(bar_set)
        bars.append(self._absent_set(indicators))
        self._chart.addSeries(bars)
        self._axes(bars, indicators, with_year)
        self._chart.setTitleFont(self._font(13))
        self._chart.setTitle(chart_title(attribute))

    def _absent_set(self, indicators: list[SessionIndicators]) -> QBarSet:
        """The expected who did not come, as an empty outline on top of the present: the whole
        bar is the expected, and what it lacks in colour is the people a session lost."""
        absent = QBarSet(self.tr("Expected, did not come"))
        absent.append([float(item.expected - item.present_expected) for item in indicators])
        absent.setColor(QColor(0, 0, 0, 0))
        absent.setBorderColor(QColor(EXPECTED_COLOUR))
        return absent

    def _axes(self, bars: QStackedBarSeries, indicators: list[SessionIndicators], with_year: bool) -> None:
        sessions = QBarCategoryAxis()
        sessions.append([self._session_label(item, with_year) for item in indicators])
        sessions.setLabelsFont(self._font(11))
        counts = QValueAxis()
        top, ticks = value_scale(max(item.present + item.expected - item.present_expected for item in indicators))
        counts.setRange(0, top)
        counts.setTickCount(ticks)
        counts.setLabelFormat("%d")
        counts.setLabelsFont(self._font(11))
        self._chart.addAxis(sessions, Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(sessions)
        bars.attachAxis(counts)

    def _session_label(self, item: SessionIndicators, with_year: bool) -> str:
        return self.tr("{date}<br>{present} / {expected}").format(
            date=day_and_month(item.session.date, with_year=with_year), present=item.present, expected=item.expected
        )
