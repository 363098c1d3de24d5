"""The count as it stands, in words and figures: the box, the options, the checks in red when
they disagree, and (majority judgment) the merit profile."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.core.voting.model import Method
from facilitator.services.voting.count import CountView
from facilitator.text.formats import clock_time, percent
from facilitator.text.translate import TranslationContext
from facilitator.text.voting import check_label, decision_text, majority_text
from facilitator.ui.voting.merit_profile import MeritProfile

MISMATCH = "#b00020"


class ResultsWords(TranslationContext):
    """The translation context of the results panel."""


def figures_html(view: CountView) -> str:
    result = view.result
    lines = [
        ResultsWords.tr("Envelopes (votants): <b>{n}</b>").format(n=result.voters),
        ResultsWords.tr("Blank: <b>{n}</b> · Void: <b>{v}</b> · Votes cast: <b>{e}</b>").format(
            n=result.blanks, v=result.nuls, e=result.expressed
        ),
    ]
    if view.quorum_required is not None:
        reached = view.quorum_present >= view.quorum_required
        text = (
            ResultsWords.tr("Quorum reached ({present} present, {required} required)")
            if reached
            else (ResultsWords.tr("Quorum NOT reached ({present} present, {required} required)"))
        )
        words = escape(text.format(present=view.quorum_present, required=view.quorum_required))
        lines.append(words if reached else f"<span style='color:{MISMATCH}'>{words}</span>")
    if result.unsettled:
        lines.append(
            f"<span style='color:{MISMATCH}'>"
            + escape(ResultsWords.tr("%n ballot(s) for the counters to decide", "", result.unsettled))
            + "</span>"
        )
    rows = []
    for option in result.ranking:
        if view.vote.rules.method is Method.JUDGMENT:
            continue
        rows.append(
            f"<tr><td>{option.rank}.</td><td>{escape(option.label)}</td>"
            f"<td align='right'><b>{option.votes}</b></td><td align='right'>{percent(float(option.share))}</td></tr>"
        )
    table = f"<table cellspacing='6'>{''.join(rows)}</table>" if rows else ""
    winner = next((o.label for o in result.options if o.number == result.winner), "")
    rule = "" if view.vote.rules.method is Method.JUDGMENT else escape(majority_text(view.vote.rules.majority))
    required = (
        ResultsWords.tr("Majority required: <b>{n}</b>").format(n=result.required)
        if result.required is not None
        else ""
    )
    said = decision_text(result.decision, winner)
    if result.unsettled:
        said += " " + ResultsWords.tr("(provisional: %n ballot(s) still to decide)", "", result.unsettled)
    outcome = f"<h2>{escape(said)}</h2>"  # a heading: larger than the figures on screen and on the projector
    rules = "<br>".join(part for part in (rule, required) if part)
    return "<br>".join(lines) + table + (f"<p>{rules}</p>" if rules else "") + outcome


def checks_html(view: CountView) -> str:
    lines = []
    for check in view.checks:
        text = escape(f"{check_label(check.check, check.option)} : {check.left} / {check.right}")
        mark = "✓" if check.agrees else "✗"
        colour = "inherit" if check.agrees else MISMATCH
        lines.append(f"<span style='color:{colour}'>{mark} {text}</span>")
    return "<br>".join(lines)


class ResultsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QLabel()
        self.question.setObjectName("voteQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.figures = QLabel()
        self.figures.setObjectName("voteFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.checks = QLabel()
        self.checks.setObjectName("voteChecks")
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.checks.setWordWrap(True)
        self.profile = MeritProfile()
        self.outdated = QLabel()
        self.outdated.setObjectName("errors")
        self.outdated.setWordWrap(True)
        self.outdated.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.outdated)
        layout.addWidget(self.figures)
        layout.addWidget(self.profile, 1)
        layout.addWidget(self.checks)
        layout.addStretch()

    def show_count(self, view: CountView | None) -> None:
        self.question.setText(view.vote.question if view is not None else "")
        self.outdated.setVisible(view is not None and view.minutes_outdated)
        if view is not None and view.minutes_outdated and view.vote.minutes_printed_at is not None:
            printed = view.vote.minutes_printed_at
            self.outdated.setText(
                ResultsWords.tr(
                    "Procès-verbal to redo: the count changed after it was printed on {day} at {time} "
                    "(ballots from another desk, or a decision). Print it again."
                ).format(day=printed.strftime("%d/%m/%Y"), time=clock_time(printed))
            )
        if view is None:
            self.figures.setText(ResultsWords.tr("Choose or create a vote."))
            self.checks.clear()
            self.profile.hide()
            return
        self.figures.setText(figures_html(view))
        self.checks.setText(checks_html(view))
        judged = view.vote.rules.method is Method.JUDGMENT
        self.profile.setVisible(judged)
        if judged:
            self.profile.show_results(view.result.ranking, tuple(view.vote.rules.grades))
