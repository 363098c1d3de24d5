"""The report's chart: each group's share of the speaking time beside its share of the people
present, two bars per group, drawn with reportlab's graphics in the embedded fonts."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from facilitator.printing import fonts
from facilitator.printing.model import GroupShare
from facilitator.printing.page import INK, MUTED
from facilitator.printing.speaking.words import SpeakingReportDocument
from facilitator.text.formats import duration_words, percent

TIME_COLOUR = Color(0, 0, 0.57)
"""The speaking-time bars: the French administration's blue, near black in grey print."""
PRESENT_COLOUR = Color(0.74, 0.77, 0.86)
"""The people-present bars: light, so that the two read apart in black and white too."""
GRID_COLOUR = Color(0.85, 0.85, 0.85)
LABEL_SIZE = 8


def _step(top: float) -> float:
    """The value axis' step: ten per cent, or twenty when the axis goes far."""
    return 0.1 if top <= 0.6 else 0.2


def _group_name(group: GroupShare) -> str:
    """A chart's category: the group's name, its speaking time under it."""
    return f"{group.label}\n{duration_words(group.seconds)}"


def label_width(groups: Sequence[GroupShare]) -> float:
    """The room the categories' names take on the left of a chart."""
    lines = [line for group in groups for line in _group_name(group).split("\n")]
    return max((stringWidth(line, fonts.REGULAR, LABEL_SIZE) for line in lines), default=0.0)


def share_chart(groups: Sequence[GroupShare], width: float, labels: float) -> Drawing:
    """Two bars per group, its share of the speaking time above its share of the people present,
    each labelled with its percentage; the group's time under its name. ``labels`` is the room
    for the names (the same for every chart of the report, so that their axes line up)."""
    band = 27.0
    legend_height, axis_height = 16.0, 16.0
    drawing = Drawing(width, legend_height + band * len(groups) + axis_height)
    # No Helvetica, even unused (attributes reportlab reads, absent from its stubs).
    drawing.initialFontName, drawing.initialFontSize = fonts.REGULAR, LABEL_SIZE  # type: ignore[attr-defined]
    chart = HorizontalBarChart()
    # Points, fractional: reportlab's stubs type a chart's geometry as whole numbers.
    chart.x = min(labels + 8, width * 0.4)  # type: ignore[assignment]
    chart.y = axis_height  # type: ignore[assignment]
    chart.width = width - chart.x - 26  # type: ignore[assignment]
    chart.height = band * len(groups)  # type: ignore[assignment]
    # The categories run top down (reversed axis), which also reverses the series in each group:
    # the people present come first in the data so that the speaking time is the upper bar.
    chart.data = [[group.present_share for group in groups], [group.time_share for group in groups]]
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = PRESENT_COLOUR
    chart.bars[1].fillColor = TIME_COLOUR
    chart.barSpacing = 1
    chart.groupSpacing = 7
    chart.barLabelFormat = percent
    chart.barLabels.fontName, chart.barLabels.fontSize = fonts.REGULAR, 7.5
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    chart.barLabels.fillColor = INK
    axis = chart.categoryAxis
    axis.categoryNames = [_group_name(group) for group in groups]
    axis.reverseDirection = 1
    axis.visibleTicks = 0
    axis.strokeColor = MUTED
    axis.labels.fontName, axis.labels.fontSize, axis.labels.leading = fonts.REGULAR, LABEL_SIZE, LABEL_SIZE * 1.2
    axis.labels.boxAnchor, axis.labels.dx, axis.labels.textAnchor = "e", -6, "end"
    top = max([0.1, *chart.data[0], *chart.data[1]])
    values = chart.valueAxis
    values.valueMin = 0
    values.valueStep = _step(top)
    values.valueMax = min(1.0, values.valueStep * (int(top / values.valueStep + 1e-9) + 1))
    values.labelTextFormat = percent
    values.labels.fontName, values.labels.fontSize, values.labels.fillColor = fonts.REGULAR, 7, MUTED
    values.visibleGrid, values.gridStrokeColor, values.gridStrokeWidth = 1, GRID_COLOUR, 0.5
    values.strokeColor = MUTED
    drawing.add(chart)
    drawing.add(_legend(width, drawing.height - 6))
    return drawing


def _legend(right: float, y: float) -> Legend:
    legend = Legend()
    legend.colorNamePairs = [
        (TIME_COLOUR, SpeakingReportDocument.tr("Speaking time")),
        (PRESENT_COLOUR, SpeakingReportDocument.tr("Present")),
    ]
    legend.fontName, legend.fontSize = fonts.REGULAR, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx, legend.dy, legend.dxTextSpace = 9, 9, 4
    legend.strokeColor = None
    legend.boxAnchor = "ne"
    legend.x, legend.y = right - stringWidth(SpeakingReportDocument.tr("Present"), fonts.REGULAR, 8), y  # type: ignore[assignment]
    legend.deltax = stringWidth(SpeakingReportDocument.tr("Speaking time"), fonts.REGULAR, 8) + 20  # type: ignore[assignment]
    return legend
