"""The sign-in desk driven from the keyboard, as an agent does on a Saturday morning."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.app.errors import EnvironmentKind, EnvironmentProblem
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.services.assemblies.sessions import create_session, list_sessions
from facilitator.services.attendance import desk as desk_service
from facilitator.services.attendance.desk import load_session_attendance
from facilitator.services.roster.participants import add_participant
from facilitator.store.database import Database
from facilitator.ui.attendance.session_dialog import NewSessionDialog
from facilitator.ui.attendance.workspace import AttendanceWorkspace
from facilitator.ui.main_window import MainWindow
from tests.helpers.clock import ManualClock
from tests.helpers.dialogs import when_modal
from tests.samples import JEANNE

SATURDAY = dt.date(2026, 11, 28)


@pytest.fixture
def desk(qtbot: QtBot, window: MainWindow, db: Database, assembly: uuid.UUID) -> AttendanceWorkspace:
    for details in (
        JEANNE,
        ParticipantDetails("Jean", "Dupuis", Role.CITIZEN, Gender.MALE),
        ParticipantDetails("Hélène", "Lefèvre", Role.ELECTED, Gender.FEMALE),
    ):
        add_participant(db, assembly, details)
    create_session(db, assembly, SATURDAY - dt.timedelta(days=7), "Séance précédente")
    create_session(db, assembly, SATURDAY, "Séance plénière", "Salle des fêtes")
    workspace = window.attendance
    workspace.now = ManualClock(dt.datetime.combine(SATURDAY, dt.time(9, 12)))
    window.open_assembly(assembly)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is workspace
    workspace.search.setFocus()
    return workspace


def present_names(workspace: AttendanceWorkspace) -> list[str]:
    state = load_session_attendance(workspace.db, workspace.session_id())
    names = {p.id: p.details.display_name for p in state.people}
    return sorted(names[person] for person, presence in state.presence.items() if presence.present)


def test_today_session_is_chosen_and_typing_then_enter_signs_in(qtbot: QtBot, desk: AttendanceWorkspace) -> None:
    assert desk.session_choice.currentText() == "samedi 28 novembre 2026 — Séance plénière"
    qtbot.keyClicks(desk.search, "dup j")
    assert [desk.results.item(i).text() for i in range(desk.results.count())] == [
        "Dupont Jeanne — Habitant·e — n°\u00a01",
        "Dupuis Jean — Habitant·e — n°\u00a02",
    ]
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.confirmation.text() == "✓ Jeanne Dupont — arrivée enregistrée à 9:12."
    assert desk.confirmation.property("state") == "ok"
    assert desk.search.text() == "" and desk.search.hasFocus()
    assert present_names(desk) == ["Jeanne Dupont"]
    assert desk.figures.text().startswith("<p style='font-size:28pt; margin:0'><b>1</b> / 3</p>")


def test_a_second_sign_in_says_when_and_records_nothing(qtbot: QtBot, desk: AttendanceWorkspace) -> None:
    qtbot.keyClicks(desk.search, "jeanne")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    desk.now.advance(30 * 60)  # type: ignore[attr-defined]
    qtbot.keyClicks(desk.search, "1")
    assert desk.results.item(0).text() == "Dupont Jeanne — Habitant·e — n°\u00a01 — présent·e depuis 9:12"
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.confirmation.text() == "Jeanne Dupont est déjà arrivé·e, à 9:12."
    assert desk.confirmation.property("state") == "warning"
    assert len(load_session_attendance(desk.db, desk.session_id()).events) == 1


def test_arrow_keys_choose_another_match_and_f8_records_a_departure(qtbot: QtBot, desk: AttendanceWorkspace) -> None:
    qtbot.keyClicks(desk.search, "dup")
    qtbot.keyClick(desk.search, Qt.Key.Key_Down)
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert present_names(desk) == ["Jean Dupuis"]
    qtbot.keyClicks(desk.search, "dupu")
    qtbot.keyClick(desk.search, Qt.Key.Key_F8)
    assert desk.confirmation.text() == "Jean Dupuis — départ enregistré à 9:12."
    assert present_names(desk) == []
    qtbot.keyClicks(desk.search, "lef")
    qtbot.keyClick(desk.search, Qt.Key.Key_F8)
    assert desk.confirmation.text() == "Hélène Lefèvre n'est pas dans la salle\u00a0: rien n'est enregistré."


def test_ctrl_z_undoes_the_last_sign_in(qtbot: QtBot, desk: AttendanceWorkspace) -> None:
    qtbot.keyClicks(desk.search, "lef")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert present_names(desk) == ["Hélène Lefèvre"]
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.confirmation.text() == "Annulé\u00a0: arrivée de Hélène Lefèvre à 9:12."
    assert present_names(desk) == []
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.confirmation.text() == "Rien à annuler sur cet ordinateur."


def test_a_new_session_from_its_dialog(qtbot: QtBot, desk: AttendanceWorkspace, assembly: uuid.UUID) -> None:
    def fill(dialog: NewSessionDialog) -> None:
        assert isinstance(dialog, NewSessionDialog)
        dialog.date.setDate(SATURDAY + dt.timedelta(days=14))
        dialog.title.setText("Délibération")
        dialog.place.setText("Mairie")
        dialog.accept()

    problems = when_modal(qtbot, fill)
    desk.action_set["new_session"].trigger()
    assert problems == []
    assert desk.session_choice.currentText() == "samedi 12 décembre 2026 — Délibération"
    assert next(s.title for s in list_sessions(desk.db, assembly)) == "Délibération"
    assert desk.results.count() == 0


def test_giving_up_on_a_locked_database_is_not_nothing_to_undo(
    qtbot: QtBot, desk: AttendanceWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClicks(desk.search, "lef")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    said = desk.confirmation.text()

    def locked(*_args: object) -> object:
        raise EnvironmentProblem(EnvironmentKind.DATABASE_LOCKED)

    monkeypatch.setattr(desk_service, "undo_last", locked)
    asked: list[str] = []

    def give_up(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    problems = when_modal(qtbot, give_up, QMessageBox)
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert problems == [] and len(asked) == 1 and "occupée" in asked[0]
    assert desk.confirmation.text() == said  # not « Rien à annuler »: nothing was undone, nor said to be
    assert present_names(desk) == ["Hélène Lefèvre"]


def test_the_desk_refuses_another_days_session_with_the_services_words(qtbot: QtBot, desk: AttendanceWorkspace) -> None:
    desk.session_choice.setCurrentIndex(desk.session_choice.findText("samedi 21 novembre 2026 — Séance précédente"))
    qtbot.keyClicks(desk.search, "lef")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.confirmation.text().startswith("Cette séance est celle du samedi 21 novembre 2026, pas d'aujourd'hui")
    assert present_names(desk) == []
