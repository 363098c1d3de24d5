"""The dialog for bugs: what happened, copyable details with the recent log, and a way out.

Installed as ``sys.excepthook`` by the application; exceptions raised in slots reach it too.
Environment problems never come here: they get a message and a retry where they happen.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import __version__
from facilitator.app import logs

log = logging.getLogger("facilitator.crash")


def crash_report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    """Everything a developer needs: versions, the traceback and the last log lines."""
    from PySide6 import __version__ as pyside_version

    parts = [
        f"facilitator {__version__}, Python {platform.python_version()}, PySide6 {pyside_version}, "
        f"{platform.platform()}",
        "",
        "".join(traceback.format_exception(kind, error, trace)),
        "Journal récent / recent log:",
        *logs.ring.lines()[-100:],
    ]
    return "\n".join(parts)


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(720, 480)
        intro = QLabel(
            self.tr(
                "<b>facilitator met an unexpected error.</b><br>What was saved before it is safe. "
                "Please copy the details below and send them to whoever supports the application, "
                "with a word on what you were doing."
            )
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox()
        copy = QPushButton(self.tr("Copy the details"))
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = buttons.addButton(self.tr("Quit facilitator"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.quit_button.clicked.connect(self._quit)
        buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def _quit(self) -> None:
        self.reject()
        QCoreApplication.exit(1)


def show_crash(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    log.critical("unexpected error", exc_info=(kind, error, trace))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, trace)
        return
    dialog = CrashDialog(crash_report(kind, error, trace), QApplication.activeWindow())
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.exec()


def install_excepthook() -> None:
    sys.excepthook = show_crash
