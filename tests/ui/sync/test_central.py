"""The central store from the Synchronisation workspace: a desk linked with its code, its
assembly chosen and received, an arrival sent back, and the refusals told in French."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.app import runtime
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in
from facilitator.services.roster.participants import add_participant
from facilitator.services.sync.devices import add_device, revoke_device
from facilitator.services.sync.link import read_link
from facilitator.services.sync.log import read_changes
from facilitator.store.database import Database
from facilitator.store.opening import open_database
from facilitator.sync.client import SyncClient
from facilitator.sync.run import enrol, run_sync
from facilitator.ui.main_window import MainWindow
from facilitator.ui.sync.dialogs import AssembliesDialog, LinkDialog
from facilitator.ui.sync.workspace import SyncWorkspace
from tests.helpers.dialogs import when_modal
from tests.helpers.network import MemoryKeyring, running_service
from tests.samples import JEANNE

DAY = dt.date(2027, 1, 16)


@pytest.fixture
def town_hall(tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[tuple[Database, str]]:
    """A central store holding one assembly, sent by the town hall's own laptop, and its service."""
    with open_database(tmp_path / "central.sqlite", "central") as central, running_service(central) as address:
        office = runtime.start(tmp_path / "office").open_database(tmp_path / "office.sqlite")
        assembly = create_assembly(office, "Assemblée de Valmont", "Valmont").value
        person = add_participant(office, assembly, JEANNE).value.id
        session = create_session(office, assembly, DAY).value
        check_in(office, session, person, dt.datetime.combine(DAY, dt.time(9, 5)))
        enrol(office, address, add_device(central, "Mairie").code)
        link = read_link(office)
        with SyncClient(
            address, memory_keyring.get_password("facilitator-sync", f"{link.store}/{office.device_id}")
        ) as client:
            run_sync(office, client)
        yield central, address


def test_a_desk_is_linked_receives_its_assembly_then_syncs_with_f9(
    qtbot: QtBot, desk: SyncWorkspace, town_hall: tuple[Database, str]
) -> None:
    central, address = town_hall
    code = add_device(central, "Accueil 2").code
    assert not desk.action_set["sync"].isEnabled()
    assert "pas encore relié" in desk.central.where.text().lower()

    def fill(dialog: LinkDialog) -> None:
        dialog.address.setText(address)
        dialog.code.setText(code)
        dialog.accept()

    def tick(dialog: AssembliesDialog) -> None:
        assert dialog.list.count() == 1
        dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    problems = when_modal(qtbot, fill, LinkDialog) + when_modal(qtbot, tick, AssembliesDialog)
    desk.action_set["link"].trigger()
    assert problems == []
    said = desk.outcome.text()
    assert "Rien à envoyer" in said and "1 arrivée" in said and "Tout est à jour" in said, said
    assert "Accueil 2" in desk.laptop.text() and address in desk.central.where.text()
    assert "Aucune modification en attente" in desk.central.state.text()
    assert "tout est à jour" in desk.central.state.text()

    desk.action_set["sync"].trigger()
    assert "Rien de nouveau" in desk.outcome.text() and "Tout est à jour" in desk.outcome.text()
    assert len(read_changes(desk.db)) == len(read_changes(central))


def test_a_bad_code_is_refused_by_the_dialog_or_by_the_server(
    qtbot: QtBot, desk: SyncWorkspace, town_hall: tuple[Database, str]
) -> None:
    _central, address = town_hall
    told: list[str] = []

    def fill(code: str) -> object:
        def handle(dialog: LinkDialog) -> None:
            dialog.address.setText(address)
            dialog.code.setText(code)
            dialog.accept()
            if dialog.isVisible():  # refused by the dialog itself
                told.append(dialog.error.text())
                dialog.reject()

        return handle

    def read_and_close(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()

    problems = when_modal(qtbot, fill("ABCD"), LinkDialog)
    desk.action_set["link"].trigger()
    problems += when_modal(qtbot, fill("ABCD-EFGH-JKLM"), LinkDialog) + when_modal(qtbot, read_and_close, QMessageBox)
    desk.action_set["link"].trigger()
    assert problems == []
    assert "pas valable" in told[0] and "pas valable" in told[1]

    assert not told[2:]


def test_a_revoked_desk_is_told_when_it_presses_f9(
    qtbot: QtBot, window: MainWindow, town_hall: tuple[Database, str]
) -> None:
    central, address = town_hall
    enrol(window.sync.db, address, add_device(central, "Accueil 3").code)
    revoke_device(central, "Accueil 3")
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    told: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()

    problems = when_modal(qtbot, read_and_close, QMessageBox)
    qtbot.keyClick(window.sync.main_field(), Qt.Key.Key_F9)
    assert problems == []
    assert "révoqué" in told[0]
