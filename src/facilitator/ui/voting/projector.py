"""The results on the projector: the question, the figures and, for majority judgment, the
merit profile, large, white on the room's dark blue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.core.voting.model import Method
from facilitator.services.voting.count import CountView
from facilitator.ui.common.second_screen import SecondScreenWindow
from facilitator.ui.voting.merit_profile import MeritProfile
from facilitator.ui.voting.results_view import figures_html

BACKGROUND = "#0f2537"


class VotingProjector(SecondScreenWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votesProjector")
        self.setWindowTitle(self.tr("Votes — projector"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        palette.setColor(QPalette.ColorRole.Text, QColor("white"))
        self.setPalette(palette)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setStyleSheet("color: #ffc400; font-size: 28pt; font-weight: bold")
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.figures.setStyleSheet("color: white; font-size: 20pt")
        self.profile = MeritProfile()
        self.profile.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(self.question)
        layout.addWidget(self.figures)
        layout.addWidget(self.profile, 1)

    def show_count(self, view: CountView) -> None:
        self.question.setText(view.vote.question)
        self.figures.setText(figures_html(view))
        judged = view.vote.rules.method is Method.JUDGMENT
        self.profile.setVisible(judged)
        if judged:
            self.profile.show_results(view.result.ranking, tuple(view.vote.rules.grades))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        super().paintEvent(event)
