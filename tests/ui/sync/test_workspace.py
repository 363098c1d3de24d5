"""The Synchronisation workspace driven as two desks would: export on one, import on the other,
what came in said in French and shown at once in the other workspaces; a damaged stick refused."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.app import runtime
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in
from facilitator.services.roster.participants import add_participant
from facilitator.store.database import Database
from facilitator.ui.main_window import MainWindow
from facilitator.ui.sync.workspace import SyncWorkspace
from tests.helpers.dialogs import when_modal
from tests.helpers.workspaces import standalone

DAY = dt.date(2027, 1, 16)


@pytest.fixture
def other_desk(tmp_path: Path, assembly: uuid.UUID) -> Database:
    """A second laptop that recorded an assembly's people and two arrivals (not the window's)."""
    context = runtime.start(tmp_path / "desk2")
    db = context.open_database(tmp_path / "desk2.sqlite")
    from facilitator.services.assemblies.assemblies import create_assembly

    other = create_assembly(db, "Assemblée du quartier Nord", "Villebrune").value
    session = create_session(db, other, DAY, "Plénière").value
    for first, last in (("Awa", "Barbier"), ("Paul", "Martin")):
        person = add_participant(db, other, ParticipantDetails(first, last, Role.CITIZEN, Gender.OTHER)).value
        check_in(db, session, person.id, dt.datetime.combine(DAY, dt.time(9, 5)))
    return db


def answer_files(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def test_a_stick_carries_the_other_desk_s_assembly_into_the_window(
    qtbot: QtBot, window: MainWindow, other_desk: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick.fsync"
    answer_files(monkeypatch, stick)
    desk2 = standalone(SyncWorkspace, runtime.start(tmp_path / "desk2"), other_desk)
    qtbot.addWidget(desk2)
    desk2.reload()
    assert "6 modifications enregistrées ici" in desk2.held.text()
    desk2.action_set["export"].trigger()
    assert stick.exists() and "6 modifications écrites" in desk2.outcome.text()

    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    sync = window.sync
    assert window.current_workspace() is sync
    sync.action_set["import"].trigger()
    said = sync.outcome.text()
    assert "2 arrivées ou départs" in said and "2 fiches de participant·es" in said, said
    assert sync.rejected.count() == 0
    assert "dont 6 venues d'autres ordinateurs" in sync.held.text()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # told, it reads again when shown
    assert "Assemblée du quartier Nord" in {assembly.name for assembly in window.assemblies.listed()}
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)

    sync.action_set["import"].trigger()
    assert "Rien de nouveau" in sync.outcome.text() and "6 déjà présentes" in sync.outcome.text()


def test_a_damaged_stick_is_refused_with_the_reason(
    qtbot: QtBot, window: MainWindow, other_desk: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick.fsync"
    from facilitator.services.sync.bundles import export_bundle

    export_bundle(other_desk, stick)
    stick.write_bytes(stick.read_bytes()[:-30])
    answer_files(monkeypatch, stick)
    told: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()

    problems = when_modal(qtbot, read_and_close, QMessageBox)
    window.sync.action_set["import"].trigger()
    assert problems == []
    assert told and "incomplet" in told[0]
    assert "Rien" not in window.sync.outcome.text()
