"""Defining a vote, and naming the officers of its count: dialogs that keep what was typed when
the definition is refused, and say why in French."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.participants import Role
from facilitator.core.voting.definition import VOTING_ROLES, Officers, VoteDefinition, VoteRefused, check_definition
from facilitator.core.voting.model import DEFAULT_GRADES, Base, Majority, MajorityKind, Method
from facilitator.text.messages import role_label
from facilitator.text.voting import base_label, method_label, vote_problem_text


class VoteDialog(QDialog):
    """« Nouveau scrutin » : the question verbatim, the method, the options, the rule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New vote"))
        self.setMinimumWidth(640)
        self.definition: VoteDefinition | None = None
        self.question = QPlainTextEdit()
        self.question.setObjectName("question")
        self.question.setTabChangesFocus(True)
        self.question.setFixedHeight(70)
        self.method = QComboBox()
        self.method.setObjectName("method")
        for method in Method:
            self.method.addItem(method_label(method), method)
        self.options = QPlainTextEdit()
        self.options.setObjectName("options")
        self.options.setTabChangesFocus(True)
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.grades = QLineEdit(" ; ".join(DEFAULT_GRADES))
        self.grades.setObjectName("grades")
        self.default_grade = QComboBox()
        self.majority = QComboBox()
        self.majority.setObjectName("majority")
        self.majority.addItem(self.tr("Absolute majority"), "absolute")
        self.majority.addItem(self.tr("Simple majority"), "simple")
        self.majority.addItem(self.tr("Two thirds"), "2/3")
        self.majority.addItem(self.tr("Three fifths"), "3/5")
        self.majority.addItem(self.tr("Three quarters"), "3/4")
        self.base = QComboBox()
        for base in Base:
            self.base.addItem(base_label(base), base)
        self.roles = {role: QCheckBox(role_label(role)) for role in Role}
        for role, box in self.roles.items():
            box.setChecked(role in VOTING_ROLES)
        self.double_entry = QCheckBox(self.tr("Grid sheets typed twice, by two counters"))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Question (verbatim)"), self.question)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Options"), self.options)
        form.addRow(self.tr("Grades, worst first"), self.grades)
        form.addRow(self.tr("Empty row counts as"), self.default_grade)
        form.addRow(self.tr("Majority"), self.majority)
        form.addRow(self.tr("Counted on"), self.base)
        voters = QWidget()
        voters_layout = QVBoxLayout(voters)
        voters_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.roles.values():
            voters_layout.addWidget(box)
        form.addRow(self.tr("Who votes"), voters)
        form.addRow("", self.double_entry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.grades.textChanged.connect(self._fill_default_grades)
        self._fill_default_grades()
        self._method_changed()

    def chosen_method(self) -> Method:
        return Method(self.method.currentData())

    def _method_changed(self) -> None:
        method = self.chosen_method()
        judged = method is Method.JUDGMENT
        self.options.setEnabled(method is not Method.YES_NO)
        for widget in (self.grades, self.default_grade, self.double_entry):
            widget.setEnabled(judged)
        self.majority.setEnabled(not judged)
        self.base.setEnabled(not judged)

    def _grades(self) -> tuple[str, ...]:
        return tuple(part.strip() for part in self.grades.text().split(";") if part.strip())

    def _fill_default_grades(self) -> None:
        self.default_grade.clear()
        for grade in self._grades():
            self.default_grade.addItem(grade)

    def accept(self) -> None:
        majority = Majority.parse(str(self.majority.currentData()), Base(self.base.currentData()))
        if self.chosen_method() is Method.JUDGMENT:
            majority = Majority(MajorityKind.ABSOLUTE)
        definition = VoteDefinition(
            question=self.question.toPlainText(),
            method=self.chosen_method(),
            options=tuple(line for line in self.options.toPlainText().splitlines() if line.strip()),
            majority=majority,
            grades=self._grades(),
            default_grade=max(self.default_grade.currentIndex(), 0),
            voter_roles=tuple(role for role, box in self.roles.items() if box.isChecked()),
            double_entry=self.double_entry.isChecked(),
        )
        try:
            self.definition = check_definition(definition)
        except VoteRefused as refused:
            self.problem.setText(vote_problem_text(refused.problem))
            return
        super().accept()


class OfficersDialog(QDialog):
    """« Bureau » : who presides, who writes, who counts, and what they noted."""

    def __init__(self, officers: Officers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Officers of the count"))
        self.president = QLineEdit(officers.president)
        self.president.setObjectName("president")
        self.secretary = QLineEdit(officers.secretary)
        self.counters = QLineEdit(", ".join(officers.counters))
        self.counters.setObjectName("counters")
        self.counters.setPlaceholderText(self.tr("Names separated by commas"))
        self.incidents = QPlainTextEdit(officers.incidents)
        self.incidents.setTabChangesFocus(True)
        self.note = QPlainTextEdit(officers.discrepancy_note)
        self.note.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("President"), self.president)
        form.addRow(self.tr("Secretary"), self.secretary)
        form.addRow(self.tr("Counters"), self.counters)
        form.addRow(self.tr("Incidents"), self.incidents)
        form.addRow(self.tr("Note on a mismatch"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def officers(self) -> Officers:
        return Officers(
            president=self.president.text(),
            secretary=self.secretary.text(),
            counters=tuple(name.strip() for name in self.counters.text().split(",") if name.strip()),
            incidents=self.incidents.toPlainText(),
            discrepancy_note=self.note.toPlainText(),
        )
