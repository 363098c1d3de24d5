"""Overriding the phase's rules: the facilitator says why, and the reason goes into the
session's report with who was given the floor and when."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from facilitator.core.names import tidy
from facilitator.ui.common.forms import ok_cancel


class OverrideDialog(QDialog):
    def __init__(self, name: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override the rules of the phase"))
        refused = QLabel(self.tr("{name}: {reason}").format(name=name, reason=reason))
        refused.setWordWrap(True)
        explanation = QLabel(
            self.tr("If you go ahead all the same, say why: the reason is recorded and shown in the session's report.")
        )
        explanation.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setObjectName("overrideNote")
        self.note.setPlaceholderText(self.tr("For example: answers a question addressed to the mayor"))
        self.buttons = ok_cancel(self)
        self._ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Override"))
        self._ok.setEnabled(False)
        self.note.textChanged.connect(lambda text: self._ok.setEnabled(bool(tidy(text))))
        layout = QVBoxLayout(self)
        layout.addWidget(refused)
        layout.addWidget(explanation)
        layout.addWidget(QLabel(self.tr("Reason *")))
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.note.setFocus()

    def reason(self) -> str:
        return tidy(self.note.text())
