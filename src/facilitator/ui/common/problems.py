"""Environment problems at the point they happen: a clear message and "Réessayer"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.app.errors import EnvironmentProblem
from facilitator.text.messages import environment_text

T = TypeVar("T")


def ask_retry(parent: QWidget | None, problem: EnvironmentProblem) -> bool:
    """Tell the user what stands in the way; True when they want to try again."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Problems", "Cannot continue for now"))
    box.setText(environment_text(problem))
    box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    return box.exec() == QMessageBox.StandardButton.Retry


def attempt(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run ``action``, offering to retry while the environment is in the way; None if given up."""
    while True:
        try:
            return action()
        except EnvironmentProblem as problem:
            if not ask_retry(parent, problem):
                return None
