"""The selected participant's full record, beside the table."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from facilitator.core.participants import Participant, Role
from facilitator.text.messages import gender_label, recruitment_label, role_label


class ParticipantDetailPanel(QScrollArea):
    """One rich-text label (a two-column table) so that long values wrap at full height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(320)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.record = QLabel()
        self.record.setWordWrap(True)
        self.record.setTextFormat(Qt.TextFormat.RichText)
        self.record.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.record.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.placeholder = QLabel(self.tr("Select someone in the list to see everything about them."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("hint")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.record)
        layout.addWidget(self.placeholder)
        layout.addStretch(1)
        self.setWidget(content)
        self._values: dict[str, str] = {}
        self.show_participant(None)

    def value(self, key: str) -> str:
        """The text shown for one field (``"phone"``, ``"sub_bodies"``…)."""
        return self._values.get(key, "")

    def show_participant(self, person: Participant | None) -> None:
        self.placeholder.setVisible(person is None)
        self._values = {} if person is None else self._describe(person)
        self.title.setText(person.details.display_name if person else "")
        labels = self._labels()
        rows = "".join(
            f"<tr><td style='color:#555; padding:2px 12px 2px 0'>{html.escape(labels[key])}</td>"
            f"<td style='padding:2px 0'>{html.escape(text).replace(chr(10), '<br>')}</td></tr>"
            for key, text in self._values.items()
        )
        self.record.setText(f"<table>{rows}</table>" if rows else "")

    def _labels(self) -> dict[str, str]:
        return {
            "badge": self.tr("Badge number"),
            "role": self.tr("Role"),
            "recruitment": self.tr("Recruitment"),
            "gender": self.tr("Gender"),
            "birth_year": self.tr("Birth year"),
            "neighbourhood": self.tr("Neighbourhood"),
            "sub_bodies": self.tr("Sub-bodies"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "address": self.tr("Address"),
            "accessibility": self.tr("Accessibility"),
            "childcare": self.tr("Child care"),
            "notes": self.tr("Notes"),
        }

    def _describe(self, person: Participant) -> dict[str, str]:
        details = person.details
        role = role_label(details.role)
        if details.role is Role.ELECTED:
            role += " — " + (self.tr("minority") if details.minority else self.tr("majority"))
        town = f"{details.postcode} {details.city}".strip()
        address = "\n".join(part for part in (details.address, town) if part)
        dash = "—"
        return {
            "badge": str(person.badge_number),
            "role": role,
            "recruitment": recruitment_label(details.drawn) if details.role is Role.CITIZEN else dash,
            "gender": gender_label(details.gender),
            "birth_year": str(details.birth_year) if details.birth_year else dash,
            "neighbourhood": details.neighbourhood or dash,
            "sub_bodies": "\n".join(details.sub_bodies) or dash,
            "phone": details.phone or dash,
            "email": details.email or dash,
            "address": address or dash,
            "accessibility": details.accessibility_needs or dash,
            "childcare": self.tr("Needed") if details.childcare_needed else self.tr("No"),
            "notes": details.notes or dash,
        }
