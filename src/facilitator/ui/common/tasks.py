"""Long work off the UI thread, behind a progress dialog that can cancel it.

``run_task`` looks blocking to its caller (it returns the result or raises the work's
exception) but keeps the window alive: the work runs in a ``QThread`` while a modal progress
dialog spins a local event loop. The work receives a ``TaskControl`` to report progress and
to notice a cancel request between steps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

SHOW_AFTER_MS = 400


class TaskCancelled(Exception):
    """The user pressed "Annuler" and the work stopped by raising; it did not finish.

    A cancel request that arrives after the work completed is ignored: what was done is done,
    and the caller must not say otherwise.
    """


class TaskControl(QObject):
    progressed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Worker(QThread, Generic[T]):
    def __init__(self, work: Callable[[TaskControl], T], control: TaskControl) -> None:
        super().__init__()
        self._work = work
        self._control = control
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(self._control)
        except BaseException as error:  # handed to the UI thread, which re-raises it
            self.error = error


def run_task(parent: QWidget | None, label: str, work: Callable[[TaskControl], T], *, cancellable: bool = True) -> T:
    """Run ``work`` in a thread with a progress dialog; return its result or raise its error."""
    control = TaskControl()
    worker: _Worker[T] = _Worker(work, control)
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(control.cancel)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    control.progressed.connect(show_progress)
    # Quick work shows no dialog at all; slower work shows it even before its first report.
    show_timer = QTimer(dialog)
    show_timer.setSingleShot(True)
    show_timer.timeout.connect(dialog.show)
    show_timer.start(SHOW_AFTER_MS)
    loop = QEventLoop()
    # Queued: a worker finishing before exec() still stops the loop.
    worker.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    worker.start()
    loop.exec()
    worker.wait()
    show_timer.stop()
    cancelled = control.cancelled() and worker.error is not None
    dialog.canceled.disconnect(control.cancel)  # closing the dialog emits "canceled" too
    dialog.close()
    dialog.deleteLater()
    if cancelled:
        raise TaskCancelled from worker.error
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]
