"""The current round on the projector: every table's number and its people, as large as the
room allows (first name and the initial of the last name), readable from the back."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from facilitator.ui.common.second_screen import SecondScreenWindow

BACKGROUND = "#0f2537"
TITLE = "#ffc400"
TEXT = "#ffffff"
SOFT = "#c3d2e0"
CELL = "#17324a"
GAP = 12


def short_name(first: str, last: str) -> str:
    """ "Hélène L." — what fits on a projected table card."""
    return f"{first} {last[:1]}." if last else first


class RotationProjector(SecondScreenWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupsProjector")
        self.setWindowTitle(self.tr("Small groups — projector"))
        self.heading = ""
        self.tables: list[tuple[str, list[str]]] = []

    def show_round(self, heading: str, tables: list[tuple[str, list[str]]]) -> None:
        self.heading = heading
        self.tables = tables
        self.update()

    def layout_grid(self, width: int, height: int) -> tuple[int, int, int]:
        """Columns, rows and the names' pixel size: the arrangement of table cells that lets the
        names be largest (each cell holds a title line and one line per name)."""
        count = max(len(self.tables), 1)
        longest = max((len(names) for _, names in self.tables), default=1)
        widest = max((len(name) for _, names in self.tables for name in names), default=8)
        best = (1, count, 0)
        for columns in range(1, count + 1):
            rows = math.ceil(count / columns)
            cell_width = (width - GAP * (columns + 1)) / columns
            cell_height = (height - GAP * (rows + 1)) / rows
            size = int(min(cell_height / (longest + 1.8), cell_width / (max(widest, 6) * 0.6 + 1)))
            if size > best[2]:
                best = (columns, rows, size)
        return best

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        width, height = self.width(), self.height()
        margin = int(width * 0.02)
        title_height = int(height * 0.08)
        self.draw_text(
            painter,
            QRect(margin, margin // 2, width - 2 * margin, title_height),
            self.heading,
            int(title_height * 0.75),
            TITLE,
            bold=True,
        )
        top = margin // 2 + title_height
        columns, rows, line = self.layout_grid(width, height - top)
        line = max(line, 8)
        cell_width = (width - GAP * (columns + 1)) // columns
        cell_height = (height - top - GAP * (rows + 1)) // max(rows, 1)
        for index, (title, names) in enumerate(self.tables):
            row, column = divmod(index, columns)
            x = GAP + column * (cell_width + GAP)
            y = top + GAP + row * (cell_height + GAP)
            painter.fillRect(QRect(x, y, cell_width, cell_height), QColor(CELL))
            self.draw_text(
                painter,
                QRect(x + line // 2, y, cell_width - line, int(line * 1.4)),
                title,
                int(line * 1.1),
                TITLE,
                bold=True,
            )
            for number, name in enumerate(names):
                rect = QRect(x + line // 2, y + int(line * 1.4) + number * line, cell_width - line, line)
                self.draw_text(painter, rect, name, int(line * 0.8), TEXT)
        painter.end()
