"""Adding or changing one participant, with the same checks as the roster import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.app.clock import local_now
from facilitator.core.fields import Field, parse_fields
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.text.messages import field_label, gender_label, problem_text, recruitment_label, role_label
from facilitator.ui.common.forms import ok_cancel


class ParticipantDialog(QDialog):
    """The form; ``details()`` gives what was entered once the dialog is accepted."""

    def __init__(
        self,
        sub_bodies: Sequence[str],
        neighbourhoods: Sequence[str],
        current: ParticipantDetails | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today or local_now().date()
        self._details: ParticipantDetails | None = None
        self.setWindowTitle(self.tr("Change a participant") if current else self.tr("Add a participant"))
        self.texts: dict[Field, QLineEdit] = {}
        for field in (
            Field.FIRST_NAME,
            Field.LAST_NAME,
            Field.BIRTH_YEAR,
            Field.PHONE,
            Field.EMAIL,
            Field.ADDRESS,
            Field.POSTCODE,
            Field.CITY,
            Field.ACCESSIBILITY,
        ):
            edit = QLineEdit()
            edit.setObjectName(field.value)
            self.texts[field] = edit
        self.neighbourhood = QComboBox()
        self.neighbourhood.setEditable(True)
        self.neighbourhood.addItems(["", *neighbourhoods])
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.gender = QComboBox()
        for gender in Gender:
            self.gender.addItem(gender_label(gender), gender)
        self.recruitment = QComboBox()
        self.recruitment.addItem(recruitment_label(True), True)
        self.recruitment.addItem(recruitment_label(False), False)
        self.minority = QCheckBox(self.tr("Member of the municipal minority"))
        self.childcare = QCheckBox(self.tr("Needs child care to attend"))
        self.review = QCheckBox(self.tr("To review (registered on the spot at the sign-in desk)"))
        self.review.setObjectName("toReview")
        self.sub_bodies = QListWidget()
        self.sub_bodies.setMaximumHeight(90)
        for name in sub_bodies:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sub_bodies.addItem(item)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setWordWrap(True)
        self.errors.hide()
        self._layout(sub_bodies)
        self.role.currentIndexChanged.connect(self._role_changed)
        if current is not None:
            self._fill(current)
        self._role_changed()

    def _layout(self, sub_bodies: Sequence[str]) -> None:
        form = QFormLayout()
        names = QHBoxLayout()
        names.addWidget(self.texts[Field.FIRST_NAME])
        names.addWidget(self.texts[Field.LAST_NAME])
        self.texts[Field.FIRST_NAME].setPlaceholderText(self.tr("First name"))
        self.texts[Field.LAST_NAME].setPlaceholderText(self.tr("Last name"))
        form.addRow(self.tr("Name *"), names)
        form.addRow(field_label(Field.ROLE), self.role)
        form.addRow(self.tr("Recruitment"), self.recruitment)
        form.addRow("", self.minority)
        form.addRow(field_label(Field.GENDER), self.gender)
        form.addRow(field_label(Field.BIRTH_YEAR), self.texts[Field.BIRTH_YEAR])
        form.addRow(field_label(Field.NEIGHBOURHOOD), self.neighbourhood)
        if sub_bodies:
            form.addRow(field_label(Field.SUB_BODIES), self.sub_bodies)
        form.addRow(field_label(Field.PHONE), self.texts[Field.PHONE])
        form.addRow(field_label(Field.EMAIL), self.texts[Field.EMAIL])
        form.addRow(field_label(Field.ADDRESS), self.texts[Field.ADDRESS])
        town = QHBoxLayout()
        self.texts[Field.POSTCODE].setMaximumWidth(90)
        self.texts[Field.POSTCODE].setPlaceholderText(field_label(Field.POSTCODE))
        self.texts[Field.CITY].setPlaceholderText(field_label(Field.CITY))
        town.addWidget(self.texts[Field.POSTCODE])
        town.addWidget(self.texts[Field.CITY])
        form.addRow(self.tr("Postcode and town"), town)
        form.addRow(field_label(Field.ACCESSIBILITY), self.texts[Field.ACCESSIBILITY])
        form.addRow("", self.childcare)
        form.addRow(field_label(Field.NOTES), self.notes)
        form.addRow("", self.review)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def _fill(self, details: ParticipantDetails) -> None:
        values = {
            Field.FIRST_NAME: details.first_name,
            Field.LAST_NAME: details.last_name,
            Field.BIRTH_YEAR: str(details.birth_year or ""),
            Field.PHONE: details.phone,
            Field.EMAIL: details.email,
            Field.ADDRESS: details.address,
            Field.POSTCODE: details.postcode,
            Field.CITY: details.city,
            Field.ACCESSIBILITY: details.accessibility_needs,
        }
        for field, text in values.items():
            self.texts[field].setText(text)
        self.neighbourhood.setCurrentText(details.neighbourhood)
        self.role.setCurrentIndex(self.role.findData(details.role))
        self.gender.setCurrentIndex(self.gender.findData(details.gender))
        self.recruitment.setCurrentIndex(self.recruitment.findData(details.drawn))
        self.minority.setChecked(details.minority)
        self.childcare.setChecked(details.childcare_needed)
        self.review.setChecked(details.to_review)
        self.notes.setPlainText(details.notes)
        for row in range(self.sub_bodies.count()):
            item = self.sub_bodies.item(row)
            checked = item.text() in details.sub_bodies
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _role(self) -> Role:
        return Role(self.role.currentData())  # Qt hands enum members back as plain strings

    def _role_changed(self) -> None:
        role = self._role()
        self.recruitment.setEnabled(role is Role.CITIZEN)
        self.minority.setEnabled(role is Role.ELECTED)

    def _checked_sub_bodies(self) -> tuple[str, ...]:
        return tuple(
            self.sub_bodies.item(row).text()
            for row in range(self.sub_bodies.count())
            if self.sub_bodies.item(row).checkState() == Qt.CheckState.Checked
        )

    def accept(self) -> None:
        """Close only when every field is valid; otherwise say what is wrong, field by field."""
        texts = {field: edit.text() for field, edit in self.texts.items()}
        texts[Field.NEIGHBOURHOOD] = self.neighbourhood.currentText()
        texts[Field.NOTES] = self.notes.toPlainText()
        parsed = parse_fields(texts, self._today.year)
        for field, edit in self.texts.items():
            edit.setProperty("invalid", any(error.field is field for error in parsed.errors))
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        if parsed.errors:
            self.errors.setText("\n".join(f"• {problem_text(error.problem)}" for error in parsed.errors))
            self.errors.show()
            first = next((self.texts[e.field] for e in parsed.errors if e.field in self.texts), None)
            if first is not None:
                first.setFocus()
            return
        role = self._role()
        self._details = ParticipantDetails(
            **parsed.values,
            role=role,
            gender=Gender(self.gender.currentData()),
            drawn=role is Role.CITIZEN and bool(self.recruitment.currentData()),
            minority=role is Role.ELECTED and self.minority.isChecked(),
            childcare_needed=self.childcare.isChecked(),
            to_review=self.review.isChecked(),
            sub_bodies=self._checked_sub_bodies(),
        )
        super().accept()

    def details(self) -> ParticipantDetails:
        assert self._details is not None, "details() is only meaningful once the dialog was accepted"
        return self._details
