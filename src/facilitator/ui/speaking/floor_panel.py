"""The facilitator's timer: who has the floor, the countdown in its colour, the time spoken in
the phase and the role's budget, above the three buttons that run the turn."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from facilitator.core.speaking.rules import Budget
from facilitator.text.formats import elapsed_text
from facilitator.text.messages import request_kind_label, role_label
from facilitator.ui.common.forms import STRETCH, column_of, row_of
from facilitator.ui.speaking.timing import Readout

DETAIL_LINES = 4
"""Who resumes after a question, the time elapsed, in the phase, the budget: room kept for all."""
STYLE = """
#floorPanel { background: #f6f7f9; border-radius: 8px; }
#floorSpeaker { font-size: 17pt; font-weight: bold; }
#floorKind { font-size: 12pt; color: #444; }
#floorCountdown { font-size: 56pt; font-weight: bold; padding: 0 18px; border-radius: 8px; }
#floorCountdown[state="idle"] { color: #9aa3ad; }
#floorCountdown[state="normal"] { background: #e3ecf5; color: #0d3b66; }
#floorCountdown[state="warning"] { background: #ffe8a3; color: #6d4700; }
#floorCountdown[state="over"] { background: #f9d0cd; color: #a0001c; }
#floorCountdown[paused="true"] { color: #6b7580; }
#floorDetails { font-size: 12pt; }
"""


def _restyle(widget: QWidget, **properties: object) -> None:
    """Set the properties the style sheet keys on, repolishing only when one changed."""
    changed = False
    for name, value in properties.items():
        if widget.property(name) != value:
            widget.setProperty(name, value)
            changed = True
    if changed:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class FloorPanel(QWidget):
    """``buttons``: the faces of the workspace's give, pause and end actions, laid out here."""

    def __init__(self, buttons: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STYLE)
        self.speaker = QLabel()
        self.speaker.setObjectName("floorSpeaker")
        self.speaker.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = QLabel()
        self.kind.setObjectName("floorKind")
        self.kind.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown = QLabel()
        self.countdown.setObjectName("floorCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setMinimumWidth(260)
        self.details = QLabel()
        self.details.setObjectName("floorDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for label in (self.speaker, self.kind, self.details):
            # Short lines, never wrapped (a wrapped label in this row overlaps the next one):
            # what does not fit is cut rather than widening the panel.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.details.ensurePolished()
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * DETAIL_LINES + 4)
        self.give_button, self.pause_button, self.end_button = buttons
        who = column_of(self.speaker, self.kind, self.details, STRETCH)
        self.setLayout(column_of(row_of((who, 1), self.countdown), row_of(*buttons, STRETCH)))
        self.show_readout(Readout())

    def show_readout(self, readout: Readout, idle: str = "") -> None:
        """Called ten times a second: only what changed is redrawn. With nobody at the floor,
        the countdown shows ``idle`` (greyed): the time a contribution has in the phase."""
        _restyle(self.countdown, state=readout.state.value, paused=readout.paused)
        self._set(self.countdown, readout.countdown or idle)
        self._set(self.speaker, self._speaker(readout))
        self._set(self.kind, self._kind(readout))
        self._set(self.details, self._details(readout))

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)

    def _speaker(self, readout: Readout) -> str:
        if readout.turn is None:
            return self.tr("Nobody has the floor")
        if readout.person is None:
            return self.tr("(someone removed from the roster)")
        return readout.person.details.display_name

    def _kind(self, readout: Readout) -> str:
        turn = readout.turn
        if turn is None:
            return self.tr("F5: to the first in the queue")
        parts = [role_label(readout.person.details.role)] if readout.person else []
        parts.append(request_kind_label(turn.request.kind))
        if readout.paused:
            parts.append(self.tr("paused"))
        if turn.overridden:
            parts.append(self.tr("by override"))
        return " · ".join(parts)

    def _details(self, readout: Readout) -> str:
        if readout.turn is None:
            return ""
        lines = []
        if readout.resumes is not None:
            name = html.escape(readout.resumes.details.display_name)
            lines.append(self.tr("{name} resumes afterwards").format(name=name))
        lines += [
            self.tr("Elapsed {elapsed} of {planned}").format(
                elapsed=elapsed_text(readout.elapsed), planned=elapsed_text(readout.planned)
            ),
            self.tr("In this phase: {time}").format(time=elapsed_text(readout.phase_seconds)),
        ]
        budget = readout.budget
        if budget is not None:
            lines.append(self._budget(budget))
        return "<br>".join(lines)

    def _budget(self, budget: Budget) -> str:
        if budget.shared and budget.left >= 0:
            text = self.tr("Budget shared by the role ({role}): {left} left of {allowed}")
        elif budget.shared:
            text = self.tr("Budget shared by the role ({role}): <b>over by {over}</b> (of {allowed})")
        elif budget.left >= 0:
            text = self.tr("Budget ({role}): {left} left of {allowed}")
        else:
            text = self.tr("Budget ({role}): <b>over by {over}</b> (of {allowed})")
        return text.format(
            role=role_label(budget.role),
            left=elapsed_text(budget.left),
            over=elapsed_text(-budget.left),
            allowed=elapsed_text(budget.allowed),
        )
