"""Saving a document the user asked for: where, in the background, then opening it.

Printing 200 badges or a year's état liquidatif takes a moment: the work runs off the UI
thread behind the progress dialog, environment problems (disk full, folder read-only) get
their message and "Réessayer" (``Abandoned`` when the user gives up), and the file is opened
in the system's viewer afterwards so that the agent can print it at once. The folder is
remembered for the next document. A document whose printing also writes (the kits of a vote
are recorded as they are printed) is saved through the window's ``Operations``, which
announce what it changed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator.app.files import OutputRefused, check_output
from facilitator.app.runtime import Runtime
from facilitator.core.changes import Changed
from facilitator.text.messages import output_refused_text
from facilitator.ui.common.operations import Abandoned, Operations, retrying
from facilitator.ui.common.tasks import run_task

T = TypeVar("T")

log = logging.getLogger("facilitator.ui.documents")

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(*parts: str) -> str:
    """A file name from its parts ("Émargement - 2026-03-14 - Plénière"), safe on every system."""
    return " - ".join(_UNSAFE.sub(" ", part).strip() for part in parts if part.strip())


def _folder(runtime: Runtime) -> Path:
    remembered = runtime.settings().documents_folder
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def open_document(path: Path) -> None:
    """Show the file in the system's viewer (the agent prints from there)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_document(
    parent: QWidget,
    runtime: Runtime,
    title: str,
    name: str,
    kind: str,
    work: Callable[[Path], T],
    *,
    open_after: bool = True,
) -> tuple[Path, T] | None:
    """Ask where to save ``name`` (without suffix; ``kind`` is "pdf", "csv" or "xlsx"), write it
    with ``work(path)`` in the background and open it; None when no file was chosen."""

    def write(path: Path) -> T:
        # A document is written in one go (reportlab cannot stop halfway): no "Annuler" button.
        return retrying(parent, lambda: run_task(parent, title, lambda _control: work(path), cancellable=False))

    return _save(parent, runtime, title, name, kind, write, open_after=open_after)


def save_recorded_document(
    parent: QWidget,
    runtime: Runtime,
    operations: Operations,
    title: str,
    name: str,
    kind: str,
    work: Callable[[Path], Changed[T]],
) -> tuple[Path, T] | None:
    """As ``save_document``, for a document whose printing writes too (what it changed is
    announced)."""
    return _save(
        parent,
        runtime,
        title,
        name,
        kind,
        lambda path: operations.background(parent, title, lambda _control: work(path), cancellable=False),
        open_after=True,
    )


def ask_output(parent: QWidget, title: str, suggested: Path, name_filter: str) -> Path | None:
    """Where to write a file of ``suggested``'s suffix (added when the name lacks it); asked
    again, with the reason, when the place chosen holds a database. None when the user cancels."""
    while True:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suggested.suffix.lower():
            path = path.with_name(path.name + suggested.suffix)
        try:
            check_output(path)
        except OutputRefused:
            QMessageBox.warning(parent, title, output_refused_text(path))
            suggested = path.parent / suggested.name
            continue
        return path


def _save(
    parent: QWidget, runtime: Runtime, title: str, name: str, kind: str, write: Callable[[Path], T], *, open_after: bool
) -> tuple[Path, T] | None:
    filters = {
        "pdf": QCoreApplication.translate("Documents", "PDF documents (*.pdf)"),
        "csv": QCoreApplication.translate("Documents", "CSV files (*.csv)"),
        "xlsx": QCoreApplication.translate("Documents", "Excel workbooks (*.xlsx)"),
    }
    path = ask_output(parent, title, _folder(runtime) / f"{name}.{kind}", filters[kind])
    if path is None:
        return None
    done = write(path)
    try:
        retrying(parent, lambda: runtime.update_settings(documents_folder=str(path.parent)))
    except Abandoned:
        log.info("document saved; its folder is not remembered for the next one")
    if open_after and path.exists():
        open_document(path)
    return path, done
