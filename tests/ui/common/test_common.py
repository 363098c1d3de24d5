"""Shared interface machinery: background tasks, environment retries, the crash dialog."""

from __future__ import annotations

import logging
import sys
import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from facilitator.app.errors import EnvironmentKind, EnvironmentProblem
from facilitator.app.runtime import Runtime
from facilitator.core.changes import Change, Changed
from facilitator.ui.common.crash_dialog import CrashDialog, crash_report
from facilitator.ui.common.operations import Abandoned, Operations, retrying
from facilitator.ui.common.tasks import SHOW_AFTER_MS, TaskCancelled, TaskControl, run_task
from tests.helpers.dialogs import when_modal


def test_a_task_runs_off_the_ui_thread_and_returns(qtbot: QtBot) -> None:
    threads: list[threading.Thread] = []

    def work(control: TaskControl) -> int:
        threads.append(threading.current_thread())
        control.report(1, 2)
        return 42

    assert run_task(None, "Travail", work) == 42
    assert threads and threads[0] is not threading.main_thread()


def test_a_task_error_reaches_the_caller(qtbot: QtBot) -> None:
    def work(_control: TaskControl) -> None:
        raise EnvironmentProblem(EnvironmentKind.DISK_FULL)

    with pytest.raises(EnvironmentProblem):
        run_task(None, "Travail", work)


def test_cancel_stops_a_task_between_steps(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    steps: list[int] = []

    class Stopped(Exception):
        pass

    def work(control: TaskControl) -> None:
        for step in range(200):
            if control.cancelled():
                raise Stopped
            steps.append(step)
            time.sleep(0.01)

    def press_cancel() -> None:
        dialog = parent.findChild(QProgressDialog)
        assert dialog is not None
        dialog.findChild(QPushButton).click()

    QTimer.singleShot(100, press_cancel)
    with pytest.raises(TaskCancelled):
        run_task(parent, "Travail", work)
    assert 0 < len(steps) < 200


def test_a_cancel_after_the_work_finished_returns_its_result(qtbot: QtBot) -> None:
    def work(control: TaskControl) -> str:
        control.cancel()
        return "écrit"

    assert run_task(None, "Travail", work) == "écrit"


def test_the_progress_dialog_shows_only_for_slow_work(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[bool] = []

    def look() -> None:
        dialog = parent.findChild(QProgressDialog)
        seen.append(dialog is not None and dialog.isVisible())

    QTimer.singleShot(SHOW_AFTER_MS // 4, look)
    QTimer.singleShot(SHOW_AFTER_MS * 2, look)
    run_task(parent, "Travail", lambda _control: time.sleep(SHOW_AFTER_MS * 3 / 1000))
    assert seen == [False, True]


def test_attempt_offers_a_retry_in_french(qtbot: QtBot) -> None:
    calls: list[int] = []
    texts: list[str] = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise EnvironmentProblem(EnvironmentKind.DATABASE_LOCKED)
        return "fait"

    def retry(box: QMessageBox) -> None:
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Retry).click()

    when_modal(qtbot, retry)
    assert retrying(None, flaky) == "fait"
    assert texts == [
        "La base de données est occupée par une autre fenêtre ou un autre programme. "
        "Fermez cette fenêtre ou ce programme, puis réessayez."
    ]


def test_giving_up_stops_the_action_instead_of_answering(qtbot: QtBot) -> None:
    def always_full() -> str:
        raise EnvironmentProblem(EnvironmentKind.DISK_FULL)

    when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    with pytest.raises(Abandoned) as abandoned:
        retrying(None, always_full)
    assert abandoned.value.problem.kind is EnvironmentKind.DISK_FULL


def test_a_write_announces_what_it_changed_once_and_nothing_when_nothing_changed(qtbot: QtBot) -> None:
    operations = Operations()
    heard: list[Change] = []
    operations.changed.connect(heard.append)
    assert operations.write(None, lambda: Changed("fait", Change.ATTENDANCE | Change.ROSTER)) == "fait"
    assert operations.write(None, lambda: Changed(None, Change.NONE)) is None
    assert heard == [Change.ATTENDANCE | Change.ROSTER]


def test_the_crash_report_has_the_traceback_and_recent_log(qtbot: QtBot, context: Runtime) -> None:
    logging.getLogger("facilitator.test").warning("juste avant le problème")
    try:
        raise ValueError("un bug")
    except ValueError:
        report = crash_report(*sys.exc_info())
    assert "ValueError: un bug" in report
    assert "juste avant le problème" in report
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Erreur inattendue"
    dialog.copy_details()
    assert "ValueError: un bug" in QGuiApplication.clipboard().text()


@pytest.mark.no_qt_log
def test_qt_messages_reach_the_application_log(caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from facilitator.ui.common import qtlog

    qtlog.install()
    try:
        with caplog.at_level(logging.WARNING, logger="facilitator.qt"):
            qWarning("un avertissement de Qt")
    finally:
        qInstallMessageHandler(None)
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("facilitator.qt", logging.WARNING, "un avertissement de Qt")
    ]


def test_qt_own_dialogs_speak_french(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Retry)
    qtbot.addWidget(buttons)
    texts = {button.text().replace("&", "") for button in buttons.buttons()}
    assert texts == {"Annuler", "Réessayer"}
