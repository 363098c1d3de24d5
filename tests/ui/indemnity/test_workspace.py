"""The Indemnités workspace driven as a finance agent does: statements, claims, rules, documents."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.app.errors import EnvironmentKind, EnvironmentProblem
from facilitator.core.indemnity.amounts import Claim
from facilitator.core.indemnity.travel import TravelMeans
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.services.assemblies.rules import load_rules
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in, check_out
from facilitator.services.indemnity.claims import load_claim, save_claim
from facilitator.services.roster.participants import add_participant
from facilitator.store.database import Database
from facilitator.ui.indemnity import workspace as indemnity_workspace
from facilitator.ui.indemnity.claim_dialog import ClaimDialog
from facilitator.ui.indemnity.rules_dialog import RulesDialog
from facilitator.ui.indemnity.workspace import IndemnityWorkspace
from facilitator.ui.main_window import MainWindow
from tests.helpers.dialogs import when_modal
from tests.printing.pdf import flat, pages
from tests.samples import JEANNE

MARCH_7 = dt.date(2026, 3, 7)
MARCH_21 = dt.date(2026, 3, 21)


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@pytest.fixture
def finance(qtbot: QtBot, window: MainWindow, db: Database, assembly: uuid.UUID) -> IndemnityWorkspace:
    jeanne = add_participant(db, assembly, JEANNE).value.id
    paul = add_participant(db, assembly, ParticipantDetails("Paul", "Martin", Role.CITIZEN, Gender.MALE)).value.id
    helene = add_participant(db, assembly, ParticipantDetails("Hélène", "Lefèvre", Role.ELECTED)).value.id
    first = create_session(db, assembly, MARCH_7, "Ouverture", "Mairie").value
    second = create_session(db, assembly, MARCH_21, "Auditions", "Mairie").value
    for person in (jeanne, paul, helene):
        check_in(db, first, person, dt.datetime.combine(MARCH_7, dt.time(9, 0)))
    check_out(db, first, paul, dt.datetime.combine(MARCH_7, dt.time(12, 0)))
    check_in(db, second, jeanne, dt.datetime.combine(MARCH_21, dt.time(9, 0)))
    workspace = window.indemnity
    workspace.now = lambda: dt.datetime(2026, 3, 28, 10, 0)
    window.open_assembly(assembly)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is workspace
    return workspace


def column(workspace: IndemnityWorkspace, index: int) -> list[str]:
    return [plain(workspace.table.item(row, index).text()) for row in range(workspace.table.rowCount())]


def choose(workspace: IndemnityWorkspace, label: str) -> None:
    index = workspace.scope.findText(label)
    assert index >= 0, [workspace.scope.itemText(i) for i in range(workspace.scope.count())]
    workspace.scope.setCurrentIndex(index)


def test_the_latest_session_is_shown_with_its_totals(finance: IndemnityWorkspace) -> None:
    scopes = [finance.scope.itemText(i) for i in range(finance.scope.count())]
    assert scopes == [
        "samedi 21 mars 2026 — Auditions",
        "samedi 7 mars 2026 — Ouverture",
        "Année 2026 (toutes les séances)",
    ]
    choose(finance, "samedi 7 mars 2026 — Ouverture")
    assert column(finance, 0) == ["Dupont", "Martin"]  # the elected official is not paid
    assert column(finance, 3) == ["journée", "matin"]
    assert column(finance, 10) == ["90,00 €", "45,00 €"]
    assert plain(finance.totals.text()) == (
        "2 personnes indemnisées · net 135,00 € · déplacements 0,00 € · garde d'enfants 0,00 € · total 135,00 €"
    )
    assert "Taux\u00a0: 90,00" in finance.rules_text.text()


def test_a_claim_is_entered_from_the_keyboard(qtbot: QtBot, finance: IndemnityWorkspace, db: Database) -> None:
    choose(finance, "samedi 7 mars 2026 — Ouverture")
    finance.table.setFocus()
    finance.table.selectRow(0)

    def fill(dialog: ClaimDialog) -> None:
        dialog.means.setCurrentIndex(dialog.means.findData(TravelMeans.CAR))
        assert dialog.fiscal_hp.isEnabled()
        dialog.km.setValue(40)
        dialog.fiscal_hp.setValue(6)
        dialog.childcare_hours.setValue(2)
        dialog.childcare_paid.setValue(50)
        dialog.note.setText("facture crèche")
        dialog.accept()

    problems = when_modal(qtbot, fill)
    qtbot.keyClick(finance.table, Qt.Key.Key_Return)
    assert problems == []
    session_id = finance.scope_choice()[1]  # type: ignore[index]
    jeanne = finance.report.lines[0].participant  # type: ignore[union-attr]
    stored = load_claim(db, session_id, jeanne.id)  # type: ignore[arg-type]
    assert stored is not None and stored[0].km == 40 and stored[1] == "facture crèche"
    # 40 km at 0,41 € (6 CV) = 16,40 €; child care 2 h capped at 18 € an hour: 36 € of the 50 € paid.
    assert column(finance, 8)[0] == "16,40 €" and column(finance, 9)[0] == "36,00 €"
    assert column(finance, 10)[0] == "142,40 €"


def test_the_rules_change_the_amounts_at_once(qtbot: QtBot, finance: IndemnityWorkspace, db: Database) -> None:
    choose(finance, "samedi 7 mars 2026 — Ouverture")

    def fill(dialog: RulesDialog) -> None:
        dialog.rate.setValue(100)
        dialog.roles[Role.ELECTED].setChecked(True)
        dialog.has_quorum.setChecked(True)
        dialog.quorum.setValue(60)
        dialog.accept()

    problems = when_modal(qtbot, fill)
    qtbot.keyClick(finance, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    assert column(finance, 0) == ["Dupont", "Lefèvre", "Martin"]
    assert column(finance, 10) == ["100,00 €", "100,00 €", "50,00 €"]
    rules = load_rules(db, finance.assembly_id)  # type: ignore[arg-type]
    assert rules.quorum is not None and rules.quorum.percent == 60


def test_the_year_statement_and_the_export(
    qtbot: QtBot, finance: IndemnityWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(finance, "Année 2026 (toutes les séances)")
    assert column(finance, 0) == ["Dupont", "Martin"]
    assert column(finance, 4) == ["2", "0,5"]
    assert column(finance, 3) == ["07/03 journée, 21/03 journée", "07/03 matin"]
    assert not finance.claim_button.isEnabled()  # claims belong to one session
    opened: list[Path] = []
    monkeypatch.setattr("facilitator.ui.common.documents.open_document", opened.append)
    statement = tmp_path / "etat.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(statement), ""))
    finance.action_set["print_statement"].trigger()
    text = flat("\n".join(pages(statement.read_bytes())))
    assert "État liquidatif" in text and "1er janvier 2026" in text and "DUPONT Jeanne" in text
    export = tmp_path / "montants"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(export), ""))
    finance.action_set["export_xlsx"].trigger()
    workbook = openpyxl.load_workbook(tmp_path / "montants.xlsx")
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Nom", "Prénom", "Qualité")
    assert [row[-1] for row in rows[1:]] == [180, 45]
    assert opened == [statement, tmp_path / "montants.xlsx"]


def test_a_claim_is_never_overwritten_after_giving_up_on_a_locked_database(
    qtbot: QtBot, finance: IndemnityWorkspace, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(finance, "samedi 7 mars 2026 — Ouverture")
    session_id = finance.scope_choice()[1]  # type: ignore[index]
    jeanne = finance.report.lines[0].participant  # type: ignore[union-attr]
    save_claim(db, session_id, jeanne.id, Claim(TravelMeans.CAR, km=40, fiscal_hp=6), "aller-retour")  # type: ignore[arg-type]

    def locked(*_args: object) -> object:
        raise EnvironmentProblem(EnvironmentKind.DATABASE_LOCKED)

    monkeypatch.setattr(indemnity_workspace, "load_claim", locked)
    opened: list[str] = []
    monkeypatch.setattr(ClaimDialog, "exec", lambda dialog: opened.append("form") or 1)
    problems = when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Cancel).click(), QMessageBox)
    finance.table.setFocus()
    finance.table.selectRow(0)
    qtbot.keyClick(finance.table, Qt.Key.Key_Return)
    assert problems == [] and opened == []  # no form pre-filled with a suggestion, nothing saved
    stored = load_claim(db, session_id, jeanne.id)  # type: ignore[arg-type]
    assert stored is not None and stored[0].km == 40 and stored[1] == "aller-retour"


def test_an_export_chosen_over_the_database_asks_again(
    qtbot: QtBot, finance: IndemnityWorkspace, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of the right name that is in fact the open database (a link to it) is refused
    with the reason, and the agent chooses another place; the database is untouched."""
    database = Path(str(db.engine.url.database))
    before = database.read_bytes()
    trap = tmp_path / "montants.xlsx"
    trap.symlink_to(database)
    answers = iter([str(trap), str(tmp_path / "montants-2")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (next(answers), ""))
    monkeypatch.setattr("facilitator.ui.common.documents.open_document", lambda _path: None)
    told: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        told.append(plain(box.text()))
        box.accept()

    problems = when_modal(qtbot, read_and_close, QMessageBox)
    choose(finance, "Année 2026 (toutes les séances)")
    finance.action_set["export_xlsx"].trigger()
    assert problems == []
    assert told and "est une base de données" in told[0]
    assert database.read_bytes() == before
    assert openpyxl.load_workbook(tmp_path / "montants-2.xlsx").active.max_row == 3
