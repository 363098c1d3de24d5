"""The desk's live counter: present / expected in large type, the quorum, lateness, and the
figures by role and by gender."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.core.attendance.presence import Figures, Quorum, Tally
from facilitator.text.messages import gender_label, role_label
from facilitator.text.translate import TranslationContext


class DeskFigures(TranslationContext):
    """The translation context of these words (``DeskFigures.tr`` takes plural forms)."""


OK_COLOUR = "#1b5e20"
SHORT_COLOUR = "#b00020"


def _section(title: str, tallies: list[tuple[str, Tally]]) -> str:
    rows = "".join(
        f"<tr><td>{label}</td><td align='right'><b>{tally.present}</b> / {tally.expected}</td></tr>"
        for label, tally in tallies
    )
    return f"<tr><td colspan='2'><br><i>{title}</i></td></tr>{rows}"


def quorum_html(figures: Figures, quorum: Quorum | None) -> str:
    """ "Quorum atteint (61 requis)" in green, or how many people are missing, in red."""
    if quorum is None:
        return ""
    required = quorum.required(figures.expected)
    if quorum.reached(figures.present_expected, figures.expected):
        text = QCoreApplication.translate("DeskFigures", "Quorum reached ({required} required)").format(
            required=required
        )
        colour = OK_COLOUR
    else:
        text = DeskFigures.tr("Quorum not reached: %n more person(s) needed", "", required - figures.present_expected)
        colour = SHORT_COLOUR
    return f"<p style='color:{colour}; font-weight:bold'>{text}</p>"


def figures_html(figures: Figures, quorum: Quorum | None) -> str:
    by_role = _section(
        QCoreApplication.translate("DeskFigures", "By role"), [(role_label(r), t) for r, t in figures.by_role.items()]
    )
    by_gender = _section(
        QCoreApplication.translate("DeskFigures", "By gender"),
        [(gender_label(g), t) for g, t in figures.by_gender.items()],
    )
    caption = QCoreApplication.translate("DeskFigures", "present / expected")
    departed = DeskFigures.tr("%n left", "", figures.departed)
    late = DeskFigures.tr("%n late arrival(s)", "", figures.late)
    return (
        f"<p style='font-size:28pt; margin:0'><b>{figures.present}</b> / {figures.expected}</p>"
        f"<p>{caption}<br>{departed} · {late}</p>"
        f"{quorum_html(figures, quorum)}"
        f"<table cellspacing='4'>{by_role}{by_gender}</table>"
    )
