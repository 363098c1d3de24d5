"""The Prise de parole workspace driven from the keyboard, as a facilitator runs a plenary."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from facilitator.app.runtime import Runtime
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.core.speaking.model import Discipline, Fairness, RoleBudget
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in, check_out
from facilitator.services.roster.participants import add_participant
from facilitator.services.speaking.agenda import add_phase, ensure_profiles, session_agenda
from facilitator.services.speaking.floor import load_floor
from facilitator.services.speaking.report import speaking_summary
from facilitator.store.database import Database
from facilitator.text.messages import gender_label, role_label
from facilitator.ui.speaking.agenda_dialog import AgendaDialog
from facilitator.ui.speaking.override_dialog import OverrideDialog
from facilitator.ui.speaking.profile_dialog import ProfileDialog
from facilitator.ui.speaking.workspace import SpeakingWorkspace
from tests.helpers.clock import ManualClock
from tests.helpers.dialogs import when_modal
from tests.helpers.workspaces import standalone
from tests.samples import JEANNE

DAY = dt.date(2026, 3, 7)
MENU_GRABS_KEYBOARD = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
"""The kinds' pop-up menu takes the keyboard, which the offscreen platform cannot do (and says)."""


class Recorder:
    """Stands in for the chime: counts what was played."""

    def __init__(self) -> None:
        self.played: list[object] = []

    def play(self, tone: object) -> None:
        self.played.append(tone)


@pytest.fixture
def people(db: Database, assembly: uuid.UUID) -> dict[str, uuid.UUID]:
    found = {"jeanne": add_participant(db, assembly, JEANNE).value.id}
    for key, details in (
        ("paul", ParticipantDetails("Paul", "Martin", Role.CITIZEN, Gender.MALE)),
        ("helene", ParticipantDetails("Hélène", "Lefèvre", Role.ELECTED, Gender.FEMALE)),
        ("ahmed", ParticipantDetails("Ahmed", "Benali", Role.CITIZEN, Gender.MALE)),
        ("marc", ParticipantDetails("Marc", "Absent", Role.CITIZEN, Gender.MALE)),
    ):
        found[key] = add_participant(db, assembly, details).value.id
    return found


@pytest.fixture
def session_id(db: Database, assembly: uuid.UUID, people: dict[str, uuid.UUID]) -> uuid.UUID:
    """Today's plenary, everybody signed in but Marc; information, deliberation, decision."""
    created = create_session(db, assembly, DAY, "Plénière", "Salle des fêtes").value
    for key, person in people.items():
        if key != "marc":
            check_in(db, created, person, dt.datetime.combine(DAY, dt.time(9, 0)))
    profiles = {profile.name: profile.id for profile in ensure_profiles(db, assembly).value}
    add_phase(db, created, "Information", profiles["Information et auditions"])
    add_phase(db, created, "Délibération", profiles["Délibération"])
    add_phase(db, created, "Décision", profiles["Décision"])
    return created


@pytest.fixture
def space(
    qtbot: QtBot, context: Runtime, db: Database, assembly: uuid.UUID, session_id: uuid.UUID
) -> SpeakingWorkspace:
    workspace = standalone(SpeakingWorkspace, context, db)
    workspace.clock = ManualClock(dt.datetime.combine(DAY, dt.time(10, 0)))
    workspace.ticker.stop()  # the test says when time passes and when the displays are drawn
    qtbot.addWidget(workspace)
    workspace.resize(1080, 740)
    workspace.show()
    qtbot.waitExposed(workspace)
    reactivate(qtbot, workspace)
    workspace.open_assembly(assembly)
    workspace.search.setFocus()
    return workspace


def reactivate(qtbot: QtBot, window: QWidget) -> None:
    """After a dialog: the window active again, as the window manager makes it (offscreen, nobody does)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def clock(space: SpeakingWorkspace) -> ManualClock:
    assert isinstance(space.clock, ManualClock)
    return space.clock


def queue_texts(space: SpeakingWorkspace) -> list[str]:
    return [space.queue.item(row).text() for row in range(space.queue.count())]


def enqueue(qtbot: QtBot, space: SpeakingWorkspace, typed: str) -> None:
    space.search.setFocus()
    qtbot.keyClicks(space.search, typed)
    qtbot.keyClick(space.search, Qt.Key.Key_Return)


def press(qtbot: QtBot, space: SpeakingWorkspace, key: Qt.Key) -> None:
    """A key typed in the workspace, wherever its focus is."""
    qtbot.keyClick(space.focusWidget() or space, key)


def test_a_phase_run_from_the_keyboard(qtbot: QtBot, space: SpeakingWorkspace, db: Database) -> None:
    assert space.session_choice.currentText() == "samedi 7 mars 2026 — Plénière"
    assert space.phase_choice.currentText() == "Information"
    qtbot.keyClicks(space.search, "jea")
    assert space.results.item(0).text() == "Dupont Jeanne — Habitant·e — n°\u00a01"
    qtbot.keyClick(space.search, Qt.Key.Key_Return)
    assert space.confirmation.text() == "✓ Jeanne Dupont — dans la file, rang 1 sur 1."
    assert space.search.text() == "" and space.search.hasFocus()
    qtbot.keyClicks(space.search, "marc")
    assert space.results.count() == 0
    assert space.hint.text().startswith("Aucune personne présente ne correspond")
    space.search.clear()
    enqueue(qtbot, space, "paul")
    assert queue_texts(space) == ["1. Jeanne Dupont — Habitant·e", "2. Paul Martin — Habitant·e"]
    assert space.queue_title.text() == "File d'attente — Information (2)"

    press(qtbot, space, Qt.Key.Key_F11)
    assert space.projector.isVisible() and not space.projector.isFullScreen()
    assert space.projector_button.isChecked()
    press(qtbot, space, Qt.Key.Key_F5)
    assert space.confirmation.text() == "Parole donnée à Jeanne Dupont."
    panel = space.floor_panel
    assert panel.speaker.text() == "Jeanne Dupont"
    assert panel.countdown.text() == "4:00"
    assert space.projector.upcoming == ["Paul"]

    clock(space).advance(75)
    space.tick()
    space.projector.grab()
    assert panel.countdown.text() == "2:45" and panel.countdown.property("state") == "normal"
    assert panel.details.text().startswith("Écoulé 1:15 sur 4:00<br>Dans cette phase\u00a0: 1:15")
    assert space.projector.painted is not None and space.projector.painted.countdown == "2:45"
    assert space.projector.property("state") == "normal"

    clock(space).advance(150)
    space.tick()
    space.projector.grab()
    assert panel.countdown.text() == "0:15" and panel.countdown.property("state") == "warning"
    assert space.projector.property("state") == "warning"

    clock(space).advance(27)
    space.tick()
    space.projector.grab()
    assert panel.countdown.text() == "+0:12" and panel.countdown.property("state") == "over"
    assert space.projector.painted.countdown == "+0:12" and space.projector.property("state") == "over"

    press(qtbot, space, Qt.Key.Key_F7)
    assert space.confirmation.text() == "Fin de la prise de parole de Jeanne Dupont (4:12)."
    assert panel.speaker.text() == "Personne n'a la parole"
    table = space.statistics.times
    assert [table.index(0, column).data() for column in range(5)] == [
        "Dupont Jeanne",
        "Habitant·e",
        "4:12",
        "4:12",
        "1",
    ]
    press(qtbot, space, Qt.Key.Key_F5)
    assert panel.speaker.text() == "Paul Martin"
    assert queue_texts(space) == []
    state = load_floor(db, space.session_id())
    assert [state.people[turn.participant].details.first_name for turn in state.floor.turns] == ["Jeanne", "Paul"]
    assert state.floor.turns[0].seconds(0) == pytest.approx(252)


def test_f6_pauses_and_resumes_and_the_time_stops(qtbot: QtBot, space: SpeakingWorkspace) -> None:
    enqueue(qtbot, space, "jeanne")
    press(qtbot, space, Qt.Key.Key_F5)
    clock(space).advance(30)
    press(qtbot, space, Qt.Key.Key_F6)
    assert space.confirmation.text() == "Prise de parole de Jeanne Dupont en pause."
    assert space.floor_panel.pause_button.text() == "Reprendre (F6)"
    clock(space).advance(300)
    space.tick()
    assert space.floor_panel.countdown.text() == "3:30"
    assert space.floor_panel.countdown.property("paused") is True
    assert space.floor_panel.kind.text() == "Habitant·e · Contribution · en pause"
    press(qtbot, space, Qt.Key.Key_F6)
    assert space.confirmation.text() == "Jeanne Dupont reprend la parole."
    clock(space).advance(10)
    space.tick()
    assert space.floor_panel.countdown.text() == "3:20"


@MENU_GRABS_KEYBOARD
def test_an_interposed_question_pauses_the_speaker(qtbot: QtBot, space: SpeakingWorkspace) -> None:
    enqueue(qtbot, space, "jeanne")
    press(qtbot, space, Qt.Key.Key_F5)
    clock(space).advance(30)
    qtbot.keyClicks(space.search, "paul")
    qtbot.keyClick(space.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: space.kind_menu.isVisible())
    assert [action.text() for action in space.kind_menu.actions()] == [
        "&Motion d'ordre",
        "&Question interposée",
        "&Intervention courte",
        "&Contribution",
    ]
    qtbot.keyClick(space.kind_menu, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: not space.kind_menu.isVisible())
    assert queue_texts(space) == ["1. Paul Martin — Habitant·e — Question interposée"]
    press(qtbot, space, Qt.Key.Key_F5)
    assert (
        space.confirmation.text() == "Question interposée\u00a0: Paul Martin a la parole, Jeanne Dupont est en pause."
    )
    assert space.floor_panel.kind.text() == "Habitant·e · Question interposée"
    assert space.floor_panel.details.text().startswith("Jeanne Dupont reprendra ensuite<br>Écoulé 0:00 sur 1:00")
    assert space.floor_panel.countdown.text() == "1:00"
    clock(space).advance(20)
    space.tick()
    assert space.floor_panel.countdown.text() == "0:40"
    jeanne_turn = space.state.floor.turns[0]
    assert jeanne_turn.paused and jeanne_turn.seconds(clock(space).seconds()) == pytest.approx(30)
    press(qtbot, space, Qt.Key.Key_F7)
    assert space.confirmation.text() == (
        "Fin de la prise de parole de Paul Martin (0:20). Jeanne Dupont reprend la parole."
    )
    assert space.floor_panel.speaker.text() == "Jeanne Dupont"
    assert space.floor_panel.countdown.text() == "3:30"


def test_an_official_over_budget_is_refused_then_given_the_floor_by_override(
    qtbot: QtBot, space: SpeakingWorkspace, db: Database
) -> None:
    qtbot.keyClick(space.search, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert space.phase_choice.currentText() == "Délibération"
    enqueue(qtbot, space, "lef")
    press(qtbot, space, Qt.Key.Key_F5)
    clock(space).advance(130)
    press(qtbot, space, Qt.Key.Key_F7)
    enqueue(qtbot, space, "lef")
    assert queue_texts(space) == ["1. Hélène Lefèvre — Élu·e — a déjà parlé 2:10 — ⚠ refusé par les règles de la phase"]
    press(qtbot, space, Qt.Key.Key_F5)
    assert space.confirmation.text() == (
        "Refusé — Hélène Lefèvre\u00a0: Le temps de parole de ce rôle pour cette phase est épuisé. "
        "(Élu·e\u00a0: 2:10 déjà pris sur 2:00 dans cette phase.)"
    )
    assert space.confirmation.property("state") == "warning"
    assert space.override_button.isVisibleTo(space)
    assert space.floor_panel.speaker.text() == "Personne n'a la parole"

    def explain(dialog: OverrideDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        dialog.note.insert("Répond à une question posée à la maire")
        assert ok.isEnabled()
        ok.click()

    problems = when_modal(qtbot, kind=OverrideDialog, handle=explain)
    press(qtbot, space, Qt.Key.Key_F9)
    assert problems == []
    assert space.confirmation.text() == (
        "Parole donnée à Hélène Lefèvre. Par dérogation\u00a0: Répond à une question posée à la maire"
    )
    assert not space.override_button.isVisibleTo(space)
    assert space.floor_panel.kind.text() == "Élu·e · Contribution · par dérogation"
    clock(space).advance(5)
    space.tick()
    assert "Budget (Élu·e)\u00a0: <b>dépassé de 0:15</b> (sur 2:00)" in space.floor_panel.details.text()
    overrides = load_floor(db, space.session_id()).floor.overrides
    assert [override.note for override in overrides] == ["Répond à une question posée à la maire"]


def test_officials_may_not_ask_in_the_decision_phase_unless_overridden(
    qtbot: QtBot, space: SpeakingWorkspace, db: Database
) -> None:
    for _ in range(2):
        qtbot.keyClick(space.search, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert space.phase_choice.currentText() == "Décision"
    enqueue(qtbot, space, "lef")
    assert space.confirmation.text() == (
        "Refusé — Hélène Lefèvre\u00a0: Les élu·es ne demandent pas la parole dans cette phase."
    )
    assert queue_texts(space) == []
    problems = when_modal(qtbot, kind=OverrideDialog, handle=lambda dialog: dialog.reject())
    press(qtbot, space, Qt.Key.Key_F9)
    assert problems == [] and queue_texts(space) == []
    assert load_floor(db, space.session_id()).floor.waiting == {}

    def explain(dialog: OverrideDialog) -> None:
        dialog.note.insert("Présente le budget voté")
        dialog.accept()

    problems = when_modal(qtbot, kind=OverrideDialog, handle=explain)
    space.override_button.click()
    assert problems == []
    assert space.confirmation.text() == "✓ Hélène Lefèvre — dans la file par dérogation\u00a0: Présente le budget voté"
    assert queue_texts(space) == ["1. Hélène Lefèvre — Élu·e"]
    reactivate(qtbot, space)
    press(qtbot, space, Qt.Key.Key_F5)
    assert space.floor_panel.speaker.text() == "Hélène Lefèvre"
    assert space.floor_panel.countdown.text() == "2:00"


def test_the_queue_is_reordered_from_the_keyboard_and_by_drag(
    qtbot: QtBot, space: SpeakingWorkspace, db: Database
) -> None:
    for typed in ("jeanne", "paul", "ahmed"):
        enqueue(qtbot, space, typed)
    qtbot.keyClick(space.search, Qt.Key.Key_Tab)
    assert space.queue.hasFocus()
    qtbot.keyClick(space.queue, Qt.Key.Key_End)
    qtbot.keyClick(space.queue, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    expected = ["1. Jeanne Dupont — Habitant·e", "2. Ahmed Benali — Habitant·e", "3. Paul Martin — Habitant·e"]
    qtbot.waitUntil(lambda: queue_texts(space) == expected)
    assert space.queue.currentRow() == 1 and space.queue.hasFocus()
    phase = space.phase_id()
    assert phase is not None
    stored = load_floor(db, space.session_id())
    names = {request.id: stored.people[request.participant].details.first_name for request in stored.queue(phase)}
    assert list(names.values()) == ["Jeanne", "Ahmed", "Paul"]

    # What a drop does in the list (an internal move of its model's rows): Jeanne to the end.
    space.queue.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    qtbot.waitUntil(lambda: queue_texts(space)[0].startswith("1. Ahmed"))
    stored = load_floor(db, space.session_id())
    assert [stored.people[r.participant].details.first_name for r in stored.queue(phase)] == [
        "Ahmed",
        "Paul",
        "Jeanne",
    ]
    space.queue.setCurrentRow(1)
    qtbot.keyClick(space.queue, Qt.Key.Key_Delete)
    assert space.confirmation.text() == "Paul Martin est retiré·e de la file."
    assert queue_texts(space) == ["1. Ahmed Benali — Habitant·e", "2. Jeanne Dupont — Habitant·e"]
    qtbot.keyClick(space.queue, Qt.Key.Key_Return)
    assert space.floor_panel.speaker.text() == "Ahmed Benali"


@MENU_GRABS_KEYBOARD
def test_points_of_order_jump_the_queue(qtbot: QtBot, space: SpeakingWorkspace) -> None:
    enqueue(qtbot, space, "jeanne")
    qtbot.keyClicks(space.search, "ahmed")
    qtbot.keyClick(space.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: space.kind_menu.isVisible())
    qtbot.keyClick(space.kind_menu, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: not space.kind_menu.isVisible())
    assert queue_texts(space) == ["1. Ahmed Benali — Habitant·e — Motion d'ordre", "2. Jeanne Dupont — Habitant·e"]
    assert space.confirmation.text() == "✓ Ahmed Benali — dans la file, rang 1 sur 2."
    enqueue(qtbot, space, "jeanne")
    assert space.confirmation.text() == "Jeanne Dupont est déjà dans la file pour ce type de demande."


def test_the_bell_rings_once_when_the_time_is_over(qtbot: QtBot, space: SpeakingWorkspace) -> None:
    bell = Recorder()
    space.chime = bell  # type: ignore[assignment]
    space.bell.setChecked(True)
    enqueue(qtbot, space, "jeanne")
    press(qtbot, space, Qt.Key.Key_F5)
    clock(space).advance(239)
    space.tick()
    assert bell.played == []
    clock(space).advance(2)
    space.tick()
    clock(space).advance(5)
    space.tick()
    assert len(bell.played) == 1


def test_another_day_records_nothing(qtbot: QtBot, space: SpeakingWorkspace, db: Database) -> None:
    clock(space).advance(86_400)
    enqueue(qtbot, space, "jeanne")
    assert space.confirmation.text().startswith("Cette séance est celle du samedi 7 mars 2026, pas d'aujourd'hui")
    assert load_floor(db, space.session_id()).floor.waiting == {}


def test_the_agenda_dialog_adds_moves_and_keeps_used_phases(
    qtbot: QtBot, space: SpeakingWorkspace, db: Database, session_id: uuid.UUID
) -> None:
    enqueue(qtbot, space, "jeanne")
    press(qtbot, space, Qt.Key.Key_F5)

    def edit(dialog: AgendaDialog) -> None:
        reactivate(qtbot, dialog)
        assert [dialog.phases.item(row).text() for row in range(dialog.phases.count())] == [
            "1. Information — Information et auditions",
            "2. Délibération — Délibération",
            "3. Décision — Décision",
        ]
        dialog.name.setCurrentText("Travail en groupes")
        dialog.profile.setCurrentIndex(dialog.profile.findText("Délibération"))
        dialog.add_button.click()
        assert dialog.phases.currentItem().text() == "4. Travail en groupes — Délibération"
        qtbot.keyClick(dialog.phases, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.phases, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        assert dialog.phases.currentItem().text() == "2. Travail en groupes — Délibération"
        dialog.phases.setCurrentRow(0)
        dialog.remove_button.click()
        assert dialog.message.text() == (
            "«\u00a0Information\u00a0» a déjà des prises de parole\u00a0: elle reste à l'ordre du jour "
            "(le rapport en a besoin)."
        )
        dialog.phases.setCurrentRow(3)
        dialog.remove_button.click()
        dialog.name.setCurrentText("Décision")
        assert dialog.profile.currentText() == "Décision"
        dialog.reject()

    problems = when_modal(qtbot, kind=AgendaDialog, handle=edit)
    qtbot.keyClick(space.search, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    assert [item.name for item in session_agenda(db, session_id)] == [
        "Information",
        "Travail en groupes",
        "Délibération",
    ]
    assert [space.phase_choice.itemText(i) for i in range(space.phase_choice.count())] == [
        "Information",
        "Travail en groupes",
        "Délibération",
    ]


def test_the_profile_dialog_edits_budgets_through_the_agenda(
    qtbot: QtBot, space: SpeakingWorkspace, db: Database, assembly: uuid.UUID
) -> None:
    def change(dialog: ProfileDialog) -> None:
        assert dialog.name.text() == "Décision"
        assert dialog.limits[Role.ELECTED].currentText() == "Par personne"
        assert dialog.budgets[Role.ELECTED].text() == "00:00"
        assert not dialog.budgets[Role.CITIZEN].isEnabled()
        dialog.limits[Role.ELECTED].setCurrentIndex(dialog.limits[Role.ELECTED].findText("En commun pour le rôle"))
        dialog.budgets[Role.ELECTED].setTime(dialog.budgets[Role.ELECTED].time().addSecs(120))
        dialog.officials_may_ask.setChecked(True)
        dialog.fairness.setCurrentIndex(dialog.fairness.findText("Dans l'ordre des demandes"))
        dialog.accept()

    def agenda(dialog: AgendaDialog) -> None:
        dialog.profile.setCurrentIndex(dialog.profile.findText("Décision"))
        assert dialog.profile_summary.text().startswith("prise de parole 2:00 · intervention courte 1:00 · ")
        nested = when_modal(qtbot, kind=ProfileDialog, handle=change)
        dialog.edit_profile_button.click()
        assert nested == []
        assert "Élu·e\u00a0: 2:00 en commun" in dialog.profile_summary.text()
        dialog.reject()

    problems = when_modal(qtbot, kind=AgendaDialog, handle=agenda)
    space.agenda_button.click()
    assert problems == []
    decision = next(profile for profile in ensure_profiles(db, assembly).value if profile.name == "Décision")
    assert decision.discipline.budgets[Role.ELECTED] == RoleBudget(120, shared=True)
    assert decision.discipline.officials_may_ask and decision.discipline.fairness is Fairness.FIRST_COME
    assert space.state is not None and space.state.discipline(space.state.agenda[2].id) == decision.discipline


def test_a_new_profile_starts_from_the_chosen_one(qtbot: QtBot) -> None:
    base = Discipline(turn_seconds=150, budgets={Role.STAFF: RoleBudget(0)}, alternate_genders=True)
    dialog = ProfileDialog("", base)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name.insert("Audition d'expert·es")
    assert ok.isEnabled() and dialog.profile_name() == "Audition d'expert·es"
    assert dialog.discipline() == base


def test_the_countdown_of_an_official_is_their_role_s_time_left(qtbot: QtBot, space: SpeakingWorkspace) -> None:
    qtbot.keyClick(space.search, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert space.phase_choice.currentText() == "Délibération"  # 3:00 a turn, 2:00 for officials
    enqueue(qtbot, space, "lef")
    press(qtbot, space, Qt.Key.Key_F5)
    clock(space).advance(30)
    space.tick()
    assert space.floor_panel.countdown.text() == "1:30"


def test_the_report_is_saved_from_the_workspace(
    qtbot: QtBot, space: SpeakingWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    enqueue(qtbot, space, "jeanne")
    press(qtbot, space, Qt.Key.Key_F5)
    clock(space).advance(95)
    press(qtbot, space, Qt.Key.Key_F7)
    target = tmp_path / "temps"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    opened: list[Path] = []
    monkeypatch.setattr("facilitator.ui.common.documents.open_document", opened.append)
    space.action_set["report_pdf"].trigger()
    assert opened == [tmp_path / "temps.pdf"]
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "temps.pdf").pages)
    assert "Temps de parole" in text and "Jeanne Dupont" in text and "1 min 35 s" in text.replace("\u00a0", " ")


def test_the_screen_and_the_report_share_one_definition_of_present(
    qtbot: QtBot, space: SpeakingWorkspace, db: Database, people: dict[str, uuid.UUID]
) -> None:
    """Jeanne speaks, then leaves at noon: she was there, and still counts among the people
    present on the screen as in the report (the screen used to drop her)."""
    enqueue(qtbot, space, "jea")
    press(qtbot, space, Qt.Key.Key_F5)
    clock(space).advance(120)
    press(qtbot, space, Qt.Key.Key_F7)
    noon = dt.datetime.combine(DAY, dt.time(12, 0))
    space.operations.write(None, lambda: check_out(db, space.session_id(), people["jeanne"], noon))
    summary = speaking_summary(db, space.session_id(), clock(space).seconds())  # type: ignore[arg-type]
    on_screen = dict(space.statistics.by_gender.rows)
    assert on_screen[gender_label(Gender.FEMALE)] == summary.gender_shares()[Gender.FEMALE]
    assert summary.gender_shares()[Gender.FEMALE].present_share == 0.5  # Jeanne and Hélène of four who came
    assert {label for label, _ in space.statistics.by_role.rows} == {role_label(role) for role in summary.role_shares()}
