"""Importing a roster through the dialog, then finding the people in the table."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from facilitator.app.runtime import Runtime
from facilitator.core.fields import Field
from facilitator.core.roster.mapping import header_key
from facilitator.services.roster.participants import list_participants
from facilitator.store.database import Database
from facilitator.ui.main_window import MainWindow
from facilitator.ui.roster.import_wizard import ImportWizard
from tests.conftest import DATA
from tests.helpers.dialogs import when_modal


def test_import_through_the_wizard_and_find_the_people(
    qtbot: QtBot, window: MainWindow, db: Database, assembly: uuid.UUID, context: Runtime
) -> None:
    seen: dict[str, str] = {}

    def drive(wizard: ImportWizard) -> None:
        wizard.file_page.load(DATA / "roster_cp1252_semicolon.csv")
        seen["file"] = wizard.file_page.status.text()
        wizard.button(QWizard.WizardButton.NextButton).click()
        notes_row = wizard.table.headers.index("Remarques") if wizard.table else -1
        combo = wizard.columns_page.combos[notes_row]
        assert combo.currentData() == Field.NOTES
        combo.setCurrentIndex(combo.findText("— ne pas importer —"))
        wizard.button(QWizard.WizardButton.NextButton).click()
        seen["preview"] = wizard.preview_page.summary.text()
        seen["lines"] = wizard.preview_page.report.toPlainText()
        wizard.button(QWizard.WizardButton.CommitButton).click()
        seen["report"] = wizard.report_page.report.toPlainText()
        wizard.button(QWizard.WizardButton.FinishButton).click()

    problems = when_modal(qtbot, drive)
    window.roster.import_button.click()
    assert problems == []
    assert seen["file"] == (
        "Fichier CSV lu\u00a0: 11 lignes de personnes, 14 colonnes, encodage cp1252, séparateur\u00a0: point-virgule."
    )
    assert "7 personnes seront importées." in seen["preview"]
    # QPlainTextEdit hands non-breaking spaces back as plain spaces.
    assert "Ligne 10 : année de naissance « 19?? » incompréhensible" in seen["lines"]
    assert seen["report"].startswith("7 personnes importées.")
    assert "lignes 2, 7 (Hélène Lefèvre / helene LEFEVRE)" in seen["report"]

    people = {p.details.display_name: p.details for p in list_participants(db, assembly)}
    assert len(people) == 7
    assert people["Maëlle D'Almeida"].notes == "", "the notes column was set aside"
    window.roster.search.setText("kerb")
    model = window.roster.model
    assert [model.participant_at(r).details.display_name for r in range(model.rowCount())] == ["Loïc Kerbrat"]
    assert window.roster.count.text() == "1 sur 7 participant·es"
    remembered = context.settings().roster_columns
    assert remembered[header_key("Remarques")] == ""
    assert remembered[header_key("Téléphone portable")] == "phone"


def test_a_refused_file_says_why_and_cannot_go_on(
    qtbot: QtBot, window: MainWindow, context: Runtime, db: Database, assembly: uuid.UUID, tmp_path: Path
) -> None:
    damaged = tmp_path / "liste.csv"
    damaged.write_bytes("Nom;Prénom\nLefÃ¨vre;HÃ©lÃ¨ne\n".encode())
    wizard = ImportWizard(context, db, window.operations, assembly, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(damaged)
    assert wizard.file_page.error.text().startswith("Le fichier a déjà été abîmé par une mauvaise conversion")
    assert "Rien n'a été importé." in wizard.file_page.error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_columns_without_names_block_the_next_step(
    qtbot: QtBot, window: MainWindow, context: Runtime, db: Database, assembly: uuid.UUID, tmp_path: Path
) -> None:
    roster = tmp_path / "liste.csv"
    roster.write_text("Nom;Prénom\nDupont;Jeanne\n", encoding="utf-8")
    wizard = ImportWizard(context, db, window.operations, assembly, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(roster)
    wizard.next()
    wizard.columns_page.combos[1].setCurrentIndex(0)
    assert "Aucune colonne ne contient les noms" in wizard.columns_page.error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.columns_page.combos[1].setCurrentIndex(wizard.columns_page.combos[1].findData(Field.FIRST_NAME))
    assert wizard.columns_page.error.text() == ""
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
