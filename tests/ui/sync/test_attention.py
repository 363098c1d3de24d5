"""What needs a person after a sync, from the Synchronisation workspace: a desk that worked
apart from another brings back two records of one person, a badge number given twice, a field
edited on both; each is settled by its action and leaves the list."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.app import runtime
from facilitator.core.participants import ParticipantDetails, Role
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.roster.participants import (
    add_participant,
    get_participant,
    list_participants,
    update_participant,
)
from facilitator.services.sync.bundles import export_bundle, import_bundle
from facilitator.store.database import Database
from facilitator.ui.sync.workspace import SyncWorkspace
from tests.helpers.dialogs import when_modal
from tests.samples import JEANNE

AWA = ParticipantDetails("Awa", "Barbier", Role.CITIZEN)


def other_desk(desk: SyncWorkspace, tmp_path: Path) -> Database:
    """A second desk that joined from this one's stick."""
    other = runtime.start(tmp_path / "other").open_database(tmp_path / "other.sqlite")
    export_bundle(desk.db, tmp_path / "to.fsync")
    import_bundle(other, tmp_path / "to.fsync")
    return other


def back_from(other: Database, desk: SyncWorkspace, tmp_path: Path) -> None:
    """The other desk's stick applied here, and the workspace read again."""
    export_bundle(other, tmp_path / "back.fsync")
    import_bundle(desk.db, tmp_path / "back.fsync")
    desk.reload()


def walk_ins(desk: SyncWorkspace, tmp_path: Path, there: ParticipantDetails) -> uuid.UUID:
    """Awa Barbier registered here and ``there`` at the other desk, apart; the other's stick back."""
    assembly = create_assembly(desk.db, "Assemblée de Valmont", "Valmont").value
    other = other_desk(desk, tmp_path)
    add_participant(desk.db, assembly, AWA)
    add_participant(other, assembly, there)
    back_from(other, desk, tmp_path)
    return assembly


def test_a_badge_number_given_twice_is_given_anew_from_the_list(
    qtbot: QtBot, desk: SyncWorkspace, tmp_path: Path
) -> None:
    walk_ins(desk, tmp_path, ParticipantDetails("Paul", "Martin", Role.CITIZEN))
    assert desk.attention.shared_box.isVisibleTo(desk)
    assert desk.attention.shared.count() == 1 and "Awa Barbier, Paul Martin" in desk.attention.shared.item(0).text()
    desk.action_set["renumber"].trigger()
    assert desk.outcome.text() == "Paul Martin porte désormais le numéro 2."
    assert desk.attention.shared.count() == 0 and not desk.attention.shared_box.isVisibleTo(desk)


def test_a_field_edited_on_two_laptops_is_taken_back_from_the_list(
    qtbot: QtBot, desk: SyncWorkspace, tmp_path: Path
) -> None:
    assembly = create_assembly(desk.db, "Assemblée de Valmont", "Valmont").value
    person = add_participant(desk.db, assembly, JEANNE).value.id
    other = other_desk(desk, tmp_path)
    for db, phone in ((desk.db, "06 01 01 01 01"), (other, "06 02 02 02 02")):
        details = get_participant(db, person).details
        update_participant(db, person, ParticipantDetails(**{**vars(details), "phone": phone}))
    back_from(other, desk, tmp_path)
    assert desk.attention.conflicts_box.isVisibleTo(desk)
    said = desk.attention.conflicts.item(0).text()
    assert said.startswith("Jeanne Dupont, Téléphone\u00a0: gardé «\u00a006 02 02 02 02\u00a0» (un autre ordinateur")
    assert "remplacé «\u00a006 01 01 01 01\u00a0» (cet ordinateur" in said
    desk.action_set["take_back"].trigger()
    assert desk.outcome.text() == "La valeur remplacée est reprise\u00a0: 06 01 01 01 01."
    assert not desk.attention.conflicts_box.isVisibleTo(desk)
    assert get_participant(desk.db, person).details.phone == "06 01 01 01 01"


def test_one_person_registered_at_two_desks_is_merged_from_the_list(
    qtbot: QtBot, desk: SyncWorkspace, tmp_path: Path
) -> None:
    assembly = walk_ins(desk, tmp_path, ParticipantDetails("Awa", "BARBIER", Role.CITIZEN))
    assert desk.attention.twins.item(0).text() == (
        "Awa Barbier (n°\u00a01) et Awa BARBIER (n°\u00a01), Assemblée de Valmont"
    )

    def confirm(box: QMessageBox) -> None:
        assert "sont-ils une seule et même personne" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    problems = when_modal(qtbot, confirm, QMessageBox)
    desk.action_set["merge"].trigger()
    assert problems == []
    assert desk.outcome.text() == "Fiches fusionnées dans le n°\u00a01\u00a0: Awa Barbier."
    assert not desk.attention.twins_box.isVisibleTo(desk)
    assert not desk.attention.shared_box.isVisibleTo(desk)
    assert [p.details.last_name for p in list_participants(desk.db, assembly)] == ["Barbier"]
