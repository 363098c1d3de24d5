"""The Suivi workspace driven as an agent does: whom to call, the history, the indicators."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCharts import QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QTableWidget
from pytestqt.qtbot import QtBot

from facilitator.app.runtime import Runtime
from facilitator.core.changes import Change
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in, check_out
from facilitator.services.roster.participants import add_participant
from facilitator.store.database import Database
from facilitator.ui.engagement.follow_up import tsv_cell
from facilitator.ui.engagement.workspace import EngagementWorkspace
from tests.helpers.times import at
from tests.helpers.workspaces import standalone
from tests.samples import JEANNE

SATURDAYS = [dt.date(2026, 1, 17), dt.date(2026, 2, 14), dt.date(2026, 3, 14)]
HELD_ON_PAPER = dt.date(2026, 2, 28)
TODAY = dt.date(2026, 3, 18)


@pytest.fixture
def suivi(qtbot: QtBot, context: Runtime, db: Database, assembly: uuid.UUID) -> EngagementWorkspace:
    """Jeanne comes every time (left early once); Paul and Hélène only to the first session."""
    jeanne = add_participant(db, assembly, JEANNE).value.id
    paul = add_participant(
        db, assembly, ParticipantDetails("Paul", "Martin", Role.CITIZEN, Gender.MALE, phone="+4917612345678")
    ).value.id
    helene = add_participant(
        db, assembly, ParticipantDetails("Hélène", "Lefèvre", Role.ELECTED, Gender.FEMALE)
    ).value.id
    sessions = [create_session(db, assembly, day, f"Séance {n}").value for n, day in enumerate(SATURDAYS, 1)]
    create_session(db, assembly, HELD_ON_PAPER, "Séance sur papier")
    check_in(db, sessions[0], jeanne, at(SATURDAYS[0], "9:00"))
    check_out(db, sessions[0], jeanne, at(SATURDAYS[0], "12:10"))
    for person in (paul, helene):
        check_in(db, sessions[0], person, at(SATURDAYS[0], "9:10"))
    for session, day in zip(sessions[1:], SATURDAYS[1:], strict=True):
        check_in(db, session, jeanne, at(day, "9:00"))
    workspace = standalone(EngagementWorkspace, context, db)
    workspace.today = lambda: TODAY
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workspace)
    workspace.open_assembly(assembly)
    return workspace


def rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())] for row in range(table.rowCount())
    ]


def headers(table: QTableWidget | QTableView) -> list[str]:
    model = table.model()
    return [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]


def matrix(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(row, column).data() or "" for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_follow_up_list_shows_whom_to_call(suivi: EngagementWorkspace) -> None:
    assert suivi.summary.text() == (
        "3 séances comptées. 1 séance passée sans aucune arrivée enregistrée dans l'application\u00a0: non comptée."
    )
    assert suivi.tabs.tabText(suivi.tabs.currentIndex()) == "À &rappeler"
    view = suivi.follow_up
    assert headers(view.table) == [
        "Nom",
        "Rôle ou recrutement",
        "Téléphone",
        "Courriel",
        "Absences d'affilée",
        "Vu·e pour la dernière fois",
    ]
    assert rows(view.table) == [["Martin Paul", "Volontaire", "+4917612345678", "", "2", "samedi 17 janvier 2026"]]
    assert view.count.text() == "1 personne à rappeler"


def test_changing_n_and_the_population(qtbot: QtBot, suivi: EngagementWorkspace) -> None:
    view = suivi.follow_up
    view.absences.setFocus()
    qtbot.keyClick(view.absences, Qt.Key.Key_Up)
    assert view.absences.value() == 3
    assert rows(view.table) == []
    assert view.empty.isVisible()
    assert view.empty.text() == "Personne n'a manqué ses 3 dernières séances."
    assert not view.copy_button.isEnabled()
    qtbot.keyClick(view.absences, Qt.Key.Key_Down)
    qtbot.mouseClick(suivi.residents_only, Qt.MouseButton.LeftButton)
    assert not suivi.residents_only.isChecked()
    assert [row[:2] for row in rows(view.table)] == [["Lefèvre Hélène", "Élu·e"], ["Martin Paul", "Volontaire"]]
    assert view.count.text() == "2 personnes à rappeler"
    assert not view.empty.isVisible()


def test_copy_the_list_for_a_spreadsheet(qtbot: QtBot, suivi: EngagementWorkspace) -> None:
    messages: list[str] = []
    suivi.status.connect(messages.append)
    qtbot.mouseClick(suivi.follow_up.copy_button, Qt.MouseButton.LeftButton)
    lines = QApplication.clipboard().text().splitlines()
    assert [line.split("\t") for line in lines] == [
        [
            "Nom",
            "Prénom",
            "Rôle ou recrutement",
            "Téléphone",
            "Courriel",
            "Absences d'affilée",
            "Vu·e pour la dernière fois",
        ],
        ["Martin", "Paul", "Volontaire", "'+4917612345678", "", "2", "17/01/2026"],
    ]
    assert messages == ["Liste copiée\u00a0: 1 personne, prête à coller."]


def test_pasted_cells_cannot_split_or_run_formulas() -> None:
    assert tsv_cell("Dupont\tJeanne\nbis") == "Dupont Jeanne bis"
    assert tsv_cell("=HYPERLINK()") == "'=HYPERLINK()"
    assert tsv_cell("@sum") == "'@sum"
    assert tsv_cell("06 12 34 56 78") == "06 12 34 56 78"


def test_the_history_matrix_and_its_search(qtbot: QtBot, suivi: EngagementWorkspace) -> None:
    qtbot.keyClick(suivi.follow_up.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert suivi.tabs.currentWidget() is suivi.history
    view = suivi.history
    assert view.search.hasFocus()
    assert headers(view.table) == ["Nom", "Rôle ou recrutement", "Taux", "17 janv.", "14 févr.", "14 mars"]
    assert matrix(view.table) == [
        ["Dupont Jeanne", "Tiré·e au sort", "100\u00a0%", "½", "✓", "✓"],
        ["Martin Paul", "Volontaire", "33\u00a0%", "✓", "✗", "✗"],
    ]
    assert view.count.text() == "2 personnes"
    qtbot.keyClicks(view.search, "mar p")
    assert [row[0] for row in matrix(view.table)] == ["Martin Paul"]
    assert view.count.text() == "1 sur 2"
    first_cell = view.table.model().index(0, 3)
    assert first_cell.data(Qt.ItemDataRole.ToolTipRole) == "Présent·e (à partir de 9:10)"


def test_the_history_says_why_a_half_day(suivi: EngagementWorkspace) -> None:
    model = suivi.history.table.model()
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "Parti·e tôt, le matin seulement (9:00 – 12:10)"


def test_everybody_in_the_history_shows_blank_for_sessions_not_concerning(
    qtbot: QtBot, db: Database, assembly: uuid.UUID, suivi: EngagementWorkspace
) -> None:
    suivi.residents_only.setChecked(False)
    names = [row[0] for row in matrix(suivi.history.table)]
    assert names == ["Dupont Jeanne", "Lefèvre Hélène", "Martin Paul"]
    assert matrix(suivi.history.table)[1][1:] == ["Élu·e", "33\u00a0%", "✓", "✗", "✗"]


def bar_labels(suivi: EngagementWorkspace) -> list[str]:
    (series,) = suivi.indicators.chart.chart().series()
    assert isinstance(series, QStackedBarSeries)
    return [bar_set.label() for bar_set in series.barSets()]


def test_indicators_by_the_chosen_attribute(qtbot: QtBot, suivi: EngagementWorkspace) -> None:
    suivi.tabs.setCurrentWidget(suivi.indicators)
    view = suivi.indicators
    assert view.attribute.currentText() == "Genre"
    assert view.chart.chart().title() == "Présent·es à chaque séance, par genre"
    assert bar_labels(suivi) == ["Femme", "Homme", "Attendu·es non venu·es"]
    assert headers(view.table) == ["Séance", "Attendu·es", "Présent·es", "Taux", "Coût", "Femme", "Homme"]
    # The cost: Jeanne's morning (45 €) and Paul's day (90 €), then Jeanne alone; Hélène is not paid.
    assert [[cell.replace("\u202f", " ").replace("\u00a0", " ") for cell in row] for row in rows(view.table)] == [
        ["17 janvier 2026 — Séance 1", "2", "2", "100 %", "135,00 €", "1 / 1", "1 / 1"],
        ["14 février 2026 — Séance 2", "2", "1", "50 %", "90,00 €", "1 / 1", "0 / 1"],
        ["14 mars 2026 — Séance 3", "2", "1", "50 %", "90,00 €", "1 / 1", "0 / 1"],
    ]
    view.attribute.setFocus()
    qtbot.keyClick(view.attribute, Qt.Key.Key_Down)
    assert view.attribute.currentText() == "Tranche d'âge"
    assert view.chart.chart().title() == "Présent·es à chaque séance, par tranche d'âge"
    assert bar_labels(suivi) == ["35–49 ans", "Âge inconnu", "Attendu·es non venu·es"]
    assert headers(view.table)[5:] == ["35–49 ans", "Âge inconnu"]
    qtbot.keyClick(view.attribute, Qt.Key.Key_Down)
    qtbot.keyClick(view.attribute, Qt.Key.Key_Down)
    assert view.attribute.currentText() == "Tiré·e au sort ou volontaire"
    assert headers(view.table)[5:] == ["Tiré·e au sort", "Volontaire"]
    suivi.residents_only.setChecked(False)
    assert headers(view.table)[5:] == ["Tiré·e au sort", "Volontaire", "Autres rôles"]
    assert rows(view.table)[0][1:4] == ["3", "3", "100\u00a0%"]


def test_without_an_assembly_or_a_run_session(
    qtbot: QtBot, context: Runtime, db: Database, assembly: uuid.UUID
) -> None:
    workspace = standalone(EngagementWorkspace, context, db)
    workspace.today = lambda: TODAY
    qtbot.addWidget(workspace)
    assert workspace.summary.text() == "Ouvrez d'abord une assemblée."
    add_participant(db, assembly, JEANNE)
    create_session(db, assembly, SATURDAYS[0])
    workspace.open_assembly(assembly)
    assert workspace.summary.text().startswith("0 séance comptée.")
    assert workspace.follow_up.empty.text() == (
        "Aucune séance n'a encore eu lieu\u00a0: la liste se remplit dès que des arrivées sont enregistrées."
    )
    assert workspace.history.table.model().rowCount() == 1
    assert workspace.indicators.table.rowCount() == 0
    assert workspace.indicators.chart.chart().series() == []


def test_arrivals_recorded_meanwhile_show_when_the_workspace_is_shown_again(
    qtbot: QtBot, db: Database, assembly: uuid.UUID, suivi: EngagementWorkspace
) -> None:
    suivi.hide()
    data = suivi.data
    assert data is not None
    (paul,) = [person for person in data.people if person.details.first_name == "Paul"]
    third = data.sessions[-1].id
    suivi.operations.write(None, lambda: check_in(db, third, paul.id, at(SATURDAYS[2], "9:30")))
    assert len(rows(suivi.follow_up.table)) == 1  # hidden: read again only when shown
    suivi.show()
    qtbot.waitExposed(suivi)
    assert rows(suivi.follow_up.table) == []


def test_what_it_does_not_show_does_not_make_it_read_again(
    db: Database, assembly: uuid.UUID, suivi: EngagementWorkspace
) -> None:
    reads: list[int] = []
    suivi.load = lambda: reads.append(1)
    suivi.operations.announce(Change.SPEAKING | Change.VOTING | Change.AGENDA)
    assert reads == []
    suivi.operations.announce(Change.CLAIMS)
    assert reads == [1]


def test_the_keyboard_reaches_every_view(qtbot: QtBot, suivi: EngagementWorkspace) -> None:
    suivi.follow_up.table.setFocus()
    qtbot.keyClick(suivi.follow_up.table, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert suivi.tabs.currentWidget() is suivi.indicators
    qtbot.keyClick(suivi.tabs, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert suivi.indicators.attribute.hasFocus()
    qtbot.keyClick(suivi.indicators.attribute, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not suivi.residents_only.isChecked())  # a mnemonic clicks after a short animation
    qtbot.keyClick(suivi.residents_only, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert suivi.tabs.currentWidget() is suivi.follow_up
    qtbot.keyClick(suivi.tabs, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert suivi.follow_up.absences.hasFocus()
