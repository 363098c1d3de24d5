from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.app.runtime import Runtime
from facilitator.core.voting.definition import VoteDefinition
from facilitator.core.voting.model import Method
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.roster.participants import add_participant
from facilitator.services.voting.votes import create_vote
from facilitator.store.database import Database
from facilitator.ui.app import build_window
from facilitator.ui.main_window import MainWindow
from tests.samples import JEANNE


def test_only_existing_workspaces_are_in_the_sidebar(window: MainWindow) -> None:
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles == [
        "Assemblées",
        "Participant·es",
        "Accueil",
        "Prise de parole",
        "Groupes",
        "Votes",
        "Indemnités",
        "Suivi",
        "Synchronisation",
    ]
    assert window.stack.count() == 9
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Aide"]


def test_a_single_assembly_opens_straight_on_its_participants(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.roster
    assert window.windowTitle() == "Assemblée citoyenne de Testville — facilitator"
    assert window.roster.count.text() == "0 participant·e"
    assert window.roster.empty.isVisibleTo(window)
    assert window.roster.empty.text().startswith("Personne dans cette assemblée pour l'instant")


def test_shortcuts_switch_workspaces(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.assemblies
    assert window.sidebar.currentRow() == 0
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.roster
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.rotation


def test_the_assemblies_page_shows_sub_bodies_and_sessions_in_french(qtbot: QtBot, context: Runtime) -> None:
    demo = build_window(context, None, demo=True)
    assert demo is not None
    qtbot.addWidget(demo)
    assert demo.roster.count.text() == "121 participant·es"  # with the walk-in of the last session
    demo.show_page(demo.assemblies)
    sessions = [demo.assemblies.sessions.item(row).text() for row in range(demo.assemblies.sessions.count())]
    assert len(sessions) == 6 and sum(text.startswith("samedi ") for text in sessions) >= 5
    sub_bodies = [demo.assemblies.sub_bodies.item(r).text() for r in range(demo.assemblies.sub_bodies.count())]
    assert sub_bodies == ["Comité de méthodologie — 9 membres", "Groupe de proposition — 30 membres"]
    assert demo.assemblies.mandate.text().startswith("Mandat du ")
    demo.db.dispose()


def test_creating_an_assembly_from_its_dialog(qtbot: QtBot, window: MainWindow) -> None:
    from tests.helpers.dialogs import when_modal

    window.show_page(window.assemblies)

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.name, "Conseil citoyen de Bellevue")
        dialog.accept()

    problems = when_modal(qtbot, fill)
    window.assemblies.new_button.click()
    assert problems == []
    names = [window.assemblies.table.item(row, 0).text() for row in range(window.assemblies.table.rowCount())]
    assert names == ["Assemblée citoyenne de Testville", "Conseil citoyen de Bellevue"]
    assert window.assemblies.title.text() == "Conseil citoyen de Bellevue"


def test_the_language_is_chosen_in_the_settings_and_applies_at_next_start(
    qtbot: QtBot, window: MainWindow, context: Runtime, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from tests.helpers.dialogs import when_modal

    def choose_english(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.language.setCurrentIndex(dialog.language.findText("English"))
        dialog.accept()

    when_modal(qtbot, choose_english)
    window.edit_settings()
    assert context.settings().language == "en"
    script = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from facilitator.app import runtime\n"
        "from facilitator.ui.app import build_window, create_application\n"
        "context = runtime.start(Path(sys.argv[1]))\n"
        "create_application(context.settings().language)\n"
        "window = build_window(context, Path(sys.argv[2]), demo=False)\n"
        "print(window.sidebar.item(0).text(), '|', window.menuBar().actions()[0].text())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(context.paths.data_dir.parent), str(tmp_path / "e.sqlite")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip() == "Assemblies | &File", result.stderr


def test_a_sign_in_at_the_desk_shows_in_the_votes_and_the_speakers_list(
    qtbot: QtBot, window: MainWindow, db: Database, assembly: uuid.UUID
) -> None:
    """Every workspace built refreshes for what it shows, whichever workspace wrote it: the Votes
    workspace counted its voters present once, when it was first shown (it said 0 present)."""
    day = dt.date(2026, 3, 14)
    jeanne = add_participant(db, assembly, JEANNE).value.id
    session = create_session(db, assembly, day, "Plénière").value
    create_vote(db, session, VoteDefinition("Q ?", Method.YES_NO), dt.datetime.combine(day, dt.time(8, 0)))
    window.attendance.now = lambda: dt.datetime.combine(day, dt.time(9, 5))
    window.voting.now = lambda: dt.datetime.combine(day, dt.time(9, 10))
    window.open_assembly(assembly)
    window.show_page(window.speaking)
    window.show_page(window.voting)
    assert window.voting.view is not None and window.voting.view.quorum_present == 0
    window.show_page(window.attendance)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.attendance.search.setFocus()
    qtbot.keyClicks(window.attendance.search, "dupont")
    qtbot.keyClick(window.attendance.search, Qt.Key.Key_Return)
    assert window.attendance.confirmation.text().startswith("✓ Jeanne Dupont")
    window.show_page(window.voting)
    assert window.voting.view is not None and window.voting.view.quorum_present == 1
    assert window.speaking.state is not None and window.speaking.state.present == set()  # hidden: not read yet
    window.show_page(window.speaking)
    assert window.speaking.state is not None and window.speaking.state.present == {jeanne}
