"""The room from two Synchronisation workspaces in one process: one opens the room, the other
joins it with the address and code shown; an arrival at the desk reaches the hub, and a new
person on the hub reaches the desk, each announced through the one "what changed" path."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.app import runtime
from facilitator.core.changes import Change
from facilitator.core.participants import ParticipantDetails, Role
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in, load_session_attendance
from facilitator.services.roster.participants import add_participant, list_participants
from facilitator.store.database import Database
from facilitator.ui.sync import room as room_module
from facilitator.ui.sync.dialogs import JoinRoomDialog
from facilitator.ui.sync.workspace import SyncWorkspace
from tests.helpers.dialogs import when_modal
from tests.helpers.workspaces import standalone
from tests.samples import JEANNE

DAY = dt.date(2027, 1, 16)


@pytest.fixture
def second_desk(qtbot: QtBot, tmp_path: Path) -> SyncWorkspace:
    context = runtime.start(tmp_path / "desk2")
    workspace = standalone(SyncWorkspace, context, context.open_database(tmp_path / "desk2.sqlite"))
    qtbot.addWidget(workspace)
    workspace.reload()
    return workspace


def test_a_desk_joins_the_room_and_each_sees_the_others_changes(
    qtbot: QtBot, desk: SyncWorkspace, second_desk: SyncWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(room_module, "HUB_HOST", "127.0.0.1")
    monkeypatch.setattr(room_module, "HUB_PORT", 0)
    hub_db: Database = desk.db
    assembly = create_assembly(hub_db, "Assemblée de Valmont", "Valmont").value
    person = add_participant(hub_db, assembly, JEANNE).value.id
    session = create_session(hub_db, assembly, DAY, "Plénière").value
    desk.action_set["open_room"].trigger()
    shown = desk.room.code.text()
    address, code = re.search(r"(https://\S+) · code (\d{6})", shown).groups()  # type: ignore[union-attr]
    assert desk.action_set["close_room"].isEnabled() and not desk.action_set["join_room"].isEnabled()

    def fill(dialog: JoinRoomDialog) -> None:
        dialog.address.setText(address)
        dialog.code.setText(code)
        dialog.name.setText("Accueil 2")
        dialog.accept()

    problems = when_modal(qtbot, fill, JoinRoomDialog)
    second_desk.action_set["join_room"].trigger()
    assert problems == []
    qtbot.waitUntil(lambda: [p.id for p in list_participants(second_desk.db, assembly)] == [person], timeout=15000)

    heard: list[Change] = []
    desk.operations.changed.connect(heard.append)
    check_in(second_desk.db, session, person, dt.datetime.combine(DAY, dt.time(9, 12)))
    qtbot.waitUntil(lambda: person in load_session_attendance(hub_db, session).presence, timeout=15000)
    qtbot.waitUntil(lambda: any(change & Change.ATTENDANCE for change in heard), timeout=5000)
    desk.room._show_hub()
    assert desk.room.state.text().startswith("Salle\u00a0: 2 ordinateurs · Accueil 2 à jour il y a")

    told: list[Change] = []
    second_desk.operations.changed.connect(told.append)
    add_participant(hub_db, assembly, ParticipantDetails("Awa", "Barbier", Role.CITIZEN))
    qtbot.waitUntil(lambda: any(change & Change.ROSTER for change in told), timeout=15000)
    assert "Salle\u00a0: à jour à" in second_desk.room.state.text()

    second_desk.action_set["leave_room"].trigger()
    desk.action_set["close_room"].trigger()
    assert desk.room.hub is None and second_desk.room.loop is None
    assert desk.action_set["open_room"].isEnabled() and second_desk.action_set["join_room"].isEnabled()
