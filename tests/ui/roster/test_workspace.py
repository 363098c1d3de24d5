"""The Participants workspace driven from the keyboard and mouse, checked on screen and on disk."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.app.runtime import Runtime
from facilitator.core.fields import Field
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.roster.participants import add_participant, list_participants
from facilitator.store.database import Database
from facilitator.ui.main_window import MainWindow
from facilitator.ui.roster.edit_dialog import ParticipantDialog
from facilitator.ui.roster.table_model import Column
from tests.helpers.dialogs import when_modal
from tests.samples import JEANNE

PEOPLE = [
    JEANNE,
    ParticipantDetails("Jean", "Dupuis", Role.CITIZEN, Gender.MALE, 1970, "La Gare", drawn=False),
    ParticipantDetails("Hélène", "Lefèvre", Role.ELECTED, Gender.FEMALE, 1962, minority=True),
    ParticipantDetails("Paul", "Martin", Role.STAFF, Gender.MALE),
]


@pytest.fixture
def main(window: MainWindow, db: Database, assembly: uuid.UUID) -> MainWindow:
    for details in PEOPLE:
        add_participant(db, assembly, details)
    window.roster.reload()
    return window


def shown_names(window: MainWindow) -> list[str]:
    model = window.roster.model
    return [model.participant_at(row).details.display_name for row in range(model.rowCount())]


def test_typing_a_few_letters_in_any_order_filters_the_table(qtbot: QtBot, main: MainWindow) -> None:
    workspace = main.roster
    assert shown_names(main) == ["Jeanne Dupont", "Jean Dupuis", "Hélène Lefèvre", "Paul Martin"]
    qtbot.keyClicks(workspace.search, "dup j")
    assert shown_names(main) == ["Jeanne Dupont", "Jean Dupuis"]
    qtbot.keyClicks(workspace.search, "eanne")
    assert shown_names(main) == ["Jeanne Dupont"]
    assert workspace.count.text() == "1 sur 4 participant·es"
    assert not workspace.empty.isVisibleTo(main)
    qtbot.keyClicks(workspace.search, "x")
    assert shown_names(main) == []
    assert workspace.empty.isVisibleTo(main)
    assert workspace.empty.text() == "Personne ne correspond à cette recherche et à ces filtres."
    workspace.search.clear()
    qtbot.keyClicks(workspace.search, "HELENE")
    assert shown_names(main) == ["Hélène Lefèvre"]


def test_filters_by_role_sub_body_and_recruitment(main: MainWindow) -> None:
    workspace = main.roster
    workspace.role_filter.setCurrentIndex(workspace.role_filter.findText("Élu·e"))
    assert shown_names(main) == ["Hélène Lefèvre"]
    workspace.role_filter.setCurrentIndex(0)
    workspace.sub_body_filter.setCurrentIndex(workspace.sub_body_filter.findText("Groupe de proposition"))
    assert shown_names(main) == ["Jeanne Dupont"]
    workspace.sub_body_filter.setCurrentIndex(0)
    workspace.recruitment_filter.setCurrentIndex(workspace.recruitment_filter.findText("Volontaire"))
    assert shown_names(main) == ["Jean Dupuis"]


def test_sorting_by_a_column_header(qtbot: QtBot, main: MainWindow) -> None:
    table = main.roster.table
    table.sortByColumn(Column.BIRTH_YEAR, Qt.SortOrder.DescendingOrder)
    assert shown_names(main)[:3] == ["Jeanne Dupont", "Jean Dupuis", "Hélène Lefèvre"]
    table.sortByColumn(Column.FIRST_NAME, Qt.SortOrder.AscendingOrder)
    assert shown_names(main) == ["Hélène Lefèvre", "Jean Dupuis", "Jeanne Dupont", "Paul Martin"]


def test_the_selection_follows_its_person_when_the_table_is_sorted(main: MainWindow) -> None:
    workspace = main.roster
    workspace.select(workspace.model.participant_at(0).id)
    assert workspace.selected().details.display_name == "Jeanne Dupont"
    workspace.table.sortByColumn(Column.FIRST_NAME, Qt.SortOrder.DescendingOrder)
    assert shown_names(main)[0] == "Paul Martin"
    assert workspace.selected().details.display_name == "Jeanne Dupont"
    assert workspace.detail.title.text() == "Jeanne Dupont"


def test_filters_start_afresh_in_another_assembly(main: MainWindow, db: Database) -> None:
    workspace = main.roster
    workspace.sub_body_filter.setCurrentIndex(workspace.sub_body_filter.findText("Groupe de proposition"))
    workspace.role_filter.setCurrentIndex(workspace.role_filter.findText("Élu·e"))
    assert shown_names(main) == []
    other = create_assembly(db, "Conseil des jeunes").value
    add_participant(db, other, ParticipantDetails("Léa", "Petit", Role.CITIZEN, Gender.FEMALE))
    main.open_assembly(other)
    assert shown_names(main) == ["Léa Petit"]
    assert workspace.role_filter.currentIndex() == 0 and workspace.sub_body_filter.currentData() is None
    assert main.windowTitle() == "Conseil des jeunes — facilitator"


def test_opening_another_database_leaves_nothing_of_the_previous_one(
    main: MainWindow, context: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "autre.sqlite"
    context.open_database(other).dispose()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (str(other), ""))
    main.choose_database()
    assert main.roster.model.rowCount() == 0
    assert main.roster.assembly_id is None
    assert main.windowTitle() == "facilitator"
    assert main.stack.currentWidget() is main.assemblies


def test_selecting_shows_the_whole_record(qtbot: QtBot, main: MainWindow) -> None:
    workspace = main.roster
    qtbot.keyClicks(workspace.search, "lef")
    qtbot.keyClick(workspace.search, Qt.Key.Key_Return)
    assert workspace.detail.title.text() == "Hélène Lefèvre"
    assert workspace.detail.value("role") == "Élu·e — minorité"
    assert "Élu·e — minorité" in workspace.detail.record.text()
    assert workspace.edit_button.isEnabled() and workspace.remove_button.isEnabled()


def test_adding_someone_through_the_form(qtbot: QtBot, main: MainWindow, db: Database, assembly: uuid.UUID) -> None:
    workspace = main.roster

    def fill(dialog: ParticipantDialog) -> None:
        # QTest types ASCII only; accented names are entered as a paste would.
        dialog.texts[Field.FIRST_NAME].insert("Maëlle")
        dialog.texts[Field.LAST_NAME].insert("D’Almeida")
        qtbot.keyClicks(dialog.texts[Field.PHONE], "612345699")
        dialog.gender.setCurrentIndex(dialog.gender.findText("Femme"))
        dialog.recruitment.setCurrentIndex(dialog.recruitment.findText("Volontaire"))
        dialog.sub_bodies.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    problems = when_modal(qtbot, fill)
    qtbot.keyClick(workspace, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    stored = {p.details.display_name: p for p in list_participants(db, assembly)}
    maelle = stored["Maëlle D’Almeida"]
    assert (maelle.badge_number, maelle.details.phone, maelle.details.drawn) == (5, "06 12 34 56 99", False)
    assert maelle.details.sub_bodies == ("Groupe de proposition",)
    assert workspace.selected() is not None and workspace.selected().id == maelle.id
    assert main.statusBar().currentMessage() == "Maëlle D’Almeida ajouté·e, badge n° 5."


def test_the_form_refuses_bad_values_with_french_reasons(qtbot: QtBot, main: MainWindow) -> None:
    dialog = ParticipantDialog([], [], PEOPLE[0], main)
    qtbot.addWidget(dialog)
    dialog.texts[Field.PHONE].setText("06 12")
    dialog.texts[Field.BIRTH_YEAR].setText("19٨٤")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Rejected, "the form must stay open"
    assert "numéro de téléphone «\u00a006 12\u00a0» invalide" in dialog.errors.text()
    assert "chiffres autres que 0 à 9" in dialog.errors.text()
    assert dialog.texts[Field.PHONE].property("invalid") is True
    dialog.texts[Field.PHONE].setText("0612345678")
    dialog.texts[Field.BIRTH_YEAR].setText("1984")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.details().phone == "06 12 34 56 78"


def test_editing_from_the_keyboard(qtbot: QtBot, main: MainWindow, db: Database, assembly: uuid.UUID) -> None:
    workspace = main.roster
    qtbot.keyClicks(workspace.search, "martin")
    qtbot.keyClick(workspace.search, Qt.Key.Key_Return)

    def change(dialog: ParticipantDialog) -> None:
        dialog.texts[Field.CITY].setText("Villebrune")
        dialog.role.setCurrentIndex(dialog.role.findText("Expert·e"))
        dialog.accept()

    problems = when_modal(qtbot, change)
    qtbot.keyClick(workspace.table, Qt.Key.Key_Return)
    assert problems == []
    paul = next(p for p in list_participants(db, assembly) if p.details.last_name == "Martin")
    assert (paul.details.city, paul.details.role) == ("Villebrune", Role.EXPERT)
    assert workspace.detail.value("role") == "Expert·e"


def test_removing_asks_first_then_hides_the_person(
    qtbot: QtBot, main: MainWindow, db: Database, assembly: uuid.UUID
) -> None:
    workspace = main.roster
    qtbot.keyClicks(workspace.search, "dupuis")
    qtbot.keyClick(workspace.search, Qt.Key.Key_Return)
    answers: list[str] = []

    def decline(box: QMessageBox) -> None:
        answers.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    when_modal(qtbot, decline)
    workspace.remove_button.click()
    assert answers == ["Retirer Jean Dupuis de l'assemblée\u00a0? Ses présences passées sont conservées."]
    assert len(list_participants(db, assembly)) == 4

    when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    workspace.table.setFocus()
    qtbot.keyClick(workspace.table, Qt.Key.Key_Delete)
    assert [p.details.last_name for p in list_participants(db, assembly)] == ["Dupont", "Lefèvre", "Martin"]
    assert shown_names(main) == []
    assert workspace.count.text() == "0 sur 3 participant·es"


def test_two_rows_selected_are_merged_into_the_earlier_record(
    qtbot: QtBot, main: MainWindow, db: Database, assembly: uuid.UUID
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    add_participant(db, assembly, ParticipantDetails("Jeanne", "DUPONT", Role.CITIZEN, Gender.FEMALE))
    main.roster.reload()
    roster = main.roster
    rows = [
        row
        for row in range(roster.model.rowCount())
        if roster.model.participant_at(row).details.last_name.lower() == "dupont"
    ]
    assert not roster.action_set["merge"].isEnabled()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    roster.table.selectRow(rows[0])
    assert roster.action_set["edit"].isEnabled() and not roster.action_set["merge"].isEnabled()
    roster.table.selectionModel().select(roster.model.index(rows[1], 0), flags)
    assert roster.action_set["merge"].isEnabled() and not roster.action_set["edit"].isEnabled()

    def confirm(box: QMessageBox) -> None:
        assert "Jeanne Dupont (n°\u00a01)" in box.text() and "La fiche n°\u00a01 est gardée" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    problems = when_modal(qtbot, confirm, QMessageBox)
    roster.action_set["merge"].trigger()
    assert problems == []
    assert [p.details.display_name for p in list_participants(db, assembly) if p.details.first_name == "Jeanne"] == [
        "Jeanne Dupont"
    ]
    assert roster.selected() is not None and roster.selected().badge_number == 1
