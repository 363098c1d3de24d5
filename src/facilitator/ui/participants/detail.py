"""The selected participant's full record, beside the table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from facilitator.core.participants import Participant, Role
from facilitator.messages import gender_label, recruitment_label, role_label


class ParticipantDetailPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(300)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            ("badge", self.tr("Badge number")),
            ("role", self.tr("Role")),
            ("recruitment", self.tr("Recruitment")),
            ("gender", self.tr("Gender")),
            ("birth_year", self.tr("Birth year")),
            ("neighbourhood", self.tr("Neighbourhood")),
            ("sub_bodies", self.tr("Sub-bodies")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("address", self.tr("Address")),
            ("accessibility", self.tr("Accessibility")),
            ("childcare", self.tr("Child care")),
            ("notes", self.tr("Notes")),
        ]
        for key, label in rows:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._values[key] = value
            form.addRow(label, value)
        self.placeholder = QLabel(self.tr("Select someone in the list to see everything about them."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.placeholder)
        layout.addStretch(1)
        self.show_participant(None)

    def value(self, key: str) -> str:
        return self._values[key].text()

    def show_participant(self, person: Participant | None) -> None:
        self.placeholder.setVisible(person is None)
        if person is None:
            self.title.clear()
            for label in self._values.values():
                label.clear()
            return
        details = person.details
        self.title.setText(details.display_name)
        role = role_label(details.role)
        if details.role is Role.ELECTED:
            role += " — " + (self.tr("minority") if details.minority else self.tr("majority"))
        address = ", ".join(part for part in (details.address, f"{details.postcode} {details.city}".strip()) if part)
        dash = "—"
        values = {
            "badge": str(person.badge_number),
            "role": role,
            "recruitment": recruitment_label(details.drawn) if details.role is Role.CITIZEN else dash,
            "gender": gender_label(details.gender),
            "birth_year": str(details.birth_year) if details.birth_year else dash,
            "neighbourhood": details.neighbourhood or dash,
            "sub_bodies": ", ".join(details.sub_bodies) or dash,
            "phone": details.phone or dash,
            "email": details.email or dash,
            "address": address or dash,
            "accessibility": details.accessibility_needs or dash,
            "childcare": self.tr("Needed") if details.childcare_needed else self.tr("No"),
            "notes": details.notes or dash,
        }
        for key, text in values.items():
            self._values[key].setText(text)
