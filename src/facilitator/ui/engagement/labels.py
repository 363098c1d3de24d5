"""The words and signs of the engagement views: marks, categories, rates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.core.attendance.presence import Presence
from facilitator.core.engagement import Attribute, Category, Cell, Mark, Recruitment
from facilitator.core.participants import AgeBand, Gender, Participant, Role
from facilitator.text import formats, messages
from facilitator.text.messages import age_band_label, gender_label, recruitment_label, role_label
from facilitator.text.translate import QT_TRANSLATE_NOOP, Words

CONTEXT = "Engagement"

ATTRIBUTE_LABELS: dict[Attribute, str] = {
    Attribute.GENDER: QT_TRANSLATE_NOOP("Engagement", "Gender"),
    Attribute.AGE_BAND: QT_TRANSLATE_NOOP("Engagement", "Age band"),
    Attribute.NEIGHBOURHOOD: QT_TRANSLATE_NOOP("Engagement", "Neighbourhood"),
    Attribute.RECRUITMENT: QT_TRANSLATE_NOOP("Engagement", "Drawn or volunteer"),
}

CHART_TITLES: dict[Attribute, str] = {
    Attribute.GENDER: QT_TRANSLATE_NOOP("Engagement", "Present at each session, by gender"),
    Attribute.AGE_BAND: QT_TRANSLATE_NOOP("Engagement", "Present at each session, by age band"),
    Attribute.NEIGHBOURHOOD: QT_TRANSLATE_NOOP("Engagement", "Present at each session, by neighbourhood"),
    Attribute.RECRUITMENT: QT_TRANSLATE_NOOP("Engagement", "Present at each session, drawn or volunteer"),
}

UNKNOWN_LABELS: dict[Attribute, str] = {
    Attribute.AGE_BAND: QT_TRANSLATE_NOOP("Engagement", "Age unknown"),
    Attribute.NEIGHBOURHOOD: QT_TRANSLATE_NOOP("Engagement", "Neighbourhood unknown"),
}
"""The attributes that can be unknown (gender has its own "not stated")."""

CELL_TOOLTIPS: dict[Mark, str] = {
    Mark.PRESENT: QT_TRANSLATE_NOOP("Engagement", "Present ({span})"),
    Mark.LEFT_EARLY: QT_TRANSLATE_NOOP("Engagement", "Left early, morning only ({span})"),
    Mark.ARRIVED_LATE: QT_TRANSLATE_NOOP("Engagement", "Arrived late, afternoon only ({span})"),
    Mark.BRIEFLY: QT_TRANSLATE_NOOP("Engagement", "Came briefly, no half-day counted ({span})"),
}
"""For someone who came; an absence is just "absent"."""

MARK_SIGNS: dict[Mark, str] = {
    Mark.PRESENT: "✓",
    Mark.LEFT_EARLY: "½",
    Mark.ARRIVED_LATE: "½",
    Mark.BRIEFLY: "◦",
    Mark.ABSENT: "✗",
}


def translate(source: str) -> str:
    return messages.translate(source, CONTEXT)


attribute_label = Words(CONTEXT, ATTRIBUTE_LABELS)
chart_title = Words(CONTEXT, CHART_TITLES)


def category_label(attribute: Attribute, category: Category) -> str:
    if category is None:
        return translate(UNKNOWN_LABELS[attribute])
    if isinstance(category, Gender):
        return gender_label(category)
    if isinstance(category, AgeBand):
        return age_band_label(category)
    if isinstance(category, Recruitment):
        if category is Recruitment.OTHER_ROLE:
            return QCoreApplication.translate("Engagement", "Other roles")
        return recruitment_label(category is Recruitment.DRAWN)
    return category


def role_or_recruitment(person: Participant) -> str:
    """How a resident joined ("Tiré·e au sort", "Volontaire"), everybody else's role."""
    details = person.details
    if details.role is Role.CITIZEN:
        return recruitment_label(details.drawn)
    return role_label(details.role)


def percent(rate: float | None) -> str:
    """A rate as French readers write it ("85 %"), a dash when there is nothing to divide."""
    return "—" if rate is None else formats.percent(rate)


def _span(presence: Presence) -> str:
    departed = presence.departed_at.time() if presence.departed_at is not None else None
    return formats.time_range(presence.arrived_at.time(), departed)


def cell_tooltip(cell: Cell) -> str:
    """What a mark means for that person that day, with the times that decided it."""
    if cell.presence is None:
        return QCoreApplication.translate("Engagement", "Absent")
    span = _span(cell.presence)
    text = translate(CELL_TOOLTIPS[cell.mark]).format(span=span)
    if cell.late and cell.mark is not Mark.ARRIVED_LATE:
        text += QCoreApplication.translate("Engagement", " — arrived after the start")
    if not cell.expected:
        text += QCoreApplication.translate("Engagement", " — came without being expected")
    return text
