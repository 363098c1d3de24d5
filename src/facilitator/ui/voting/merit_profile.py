"""The majority-judgment merit profile: one 100 % bar per proposal, grades red to green, a line
at 50 % (the grade it crosses is the majority grade), proposals by rank, with α± and p / q.

Painted by hand (QPainter), so that it reads the same on the workspace, on the projector and in
a screenshot; it sizes its type to its height, a bar and a label per proposal.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.core.voting.results import OptionResult
from facilitator.text.formats import percent

RED, AMBER, GREEN = QColor(196, 47, 47), QColor(240, 190, 70), QColor(46, 140, 70)


def grade_colour(grade: int, grades: int) -> QColor:
    """From red (worst) through amber to green (best)."""
    if grades <= 1:
        return GREEN
    share = grade / (grades - 1)
    start, end, t = (RED, AMBER, share * 2) if share <= 0.5 else (AMBER, GREEN, share * 2 - 1)
    return QColor(
        round(start.red() + (end.red() - start.red()) * t),
        round(start.green() + (end.green() - start.green()) * t),
        round(start.blue() + (end.blue() - start.blue()) * t),
    )


class MeritProfile(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options: list[OptionResult] = []
        self.grades: tuple[str, ...] = ()
        self.setMinimumSize(420, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_results(self, ranking: list[OptionResult], grades: tuple[str, ...]) -> None:
        """``ranking``: the proposals best first (``VoteResult.ranking``)."""
        self.options = ranking
        self.grades = grades
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rows = len(self.options)
        if not rows or not self.grades:
            return
        legend = max(18, self.height() // (rows * 3 + 3))
        row_height = (self.height() - legend * 1.6) / rows
        font = QFont(self.font())
        font.setPixelSize(max(11, int(min(row_height * 0.3, self.width() / 36, 44))))
        painter.setFont(font)
        label_width = self.width() * 0.3
        left, width = label_width + 8, self.width() - label_width - 16
        for row, option in enumerate(self.options):
            top = row * row_height
            self._bar(painter, option, QRectF(left, top + row_height * 0.15, width, row_height * 0.55))
            painter.setPen(self.palette().text().color())
            caption = f"{option.rank}. {option.label}"
            painter.drawText(
                QRectF(0, top, label_width, row_height * 0.85),
                Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                caption,
            )
            painter.drawText(
                QRectF(left, top + row_height * 0.7, width, row_height * 0.3),
                Qt.AlignmentFlag.AlignLeft,
                self._gauge(option),
            )
        painter.setPen(QPen(self.palette().text().color(), 2, Qt.PenStyle.DashLine))
        middle = left + width / 2
        painter.drawLine(int(middle), 0, int(middle), int(rows * row_height))
        self._legend(painter, QRectF(left, rows * row_height + legend * 0.3, width, legend))

    def _bar(self, painter: QPainter, option: OptionResult, area: QRectF) -> None:
        total = sum(option.grade_counts)
        x = area.left()
        for grade, count in enumerate(option.grade_counts):
            if total == 0 or count == 0:
                continue
            part = area.width() * count / total
            painter.fillRect(QRectF(x, area.top(), part, area.height()), grade_colour(grade, len(self.grades)))
            x += part

    def _gauge(self, option: OptionResult) -> str:
        judgment = option.judgment
        if judgment is None or judgment.majority_grade is None:
            return ""
        sign = judgment.sign.value if judgment.sign else ""
        above, below = percent(float(judgment.above_share)), percent(float(judgment.below_share))
        return f"{self.grades[judgment.majority_grade]} {sign}   p = {above} · q = {below}"

    def _legend(self, painter: QPainter, area: QRectF) -> None:
        step = area.width() / len(self.grades)
        longest = max(len(name) for name in self.grades)
        small = QFont(painter.font())
        small.setPixelSize(max(8, int(min(area.height() * 0.5, step / (0.62 * longest)))))
        painter.setFont(small)
        for grade, name in enumerate(self.grades):
            cell = QRectF(area.left() + grade * step, area.top(), step, area.height())
            painter.fillRect(cell.adjusted(1, 0, -1, -area.height() * 0.55), grade_colour(grade, len(self.grades)))
            painter.setPen(self.palette().text().color())
            painter.drawText(cell.adjusted(0, area.height() * 0.45, 0, 0), Qt.AlignmentFlag.AlignCenter, name)
