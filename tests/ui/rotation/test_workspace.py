"""The Groupes workspace driven like a facilitator: set up, plan, look, swap by hand, re-plan
after lunch, show the projector, print the table cards."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.app.runtime import Runtime
from facilitator.demo.rooms import DAY, seated_room
from facilitator.services.attendance.desk import check_in, check_out
from facilitator.services.rotation.view import load_rotation
from facilitator.store.database import Database
from facilitator.ui.rotation.setup_dialog import SetupDialog
from facilitator.ui.rotation.table_grid import MIME
from facilitator.ui.rotation.workspace import RotationWorkspace
from tests.helpers.dialogs import when_modal
from tests.helpers.workspaces import standalone

MORNING = dt.datetime.combine(DAY, dt.time(10, 30))
LUNCH = dt.datetime.combine(DAY, dt.time(13, 30))


@pytest.fixture
def room(db: Database, assembly: uuid.UUID) -> tuple[uuid.UUID, list[uuid.UUID]]:
    return seated_room(db, assembly, 48, signed_in=45)


@pytest.fixture
def workspace(qtbot: QtBot, context: Runtime, db: Database, assembly: uuid.UUID, room: tuple) -> RotationWorkspace:
    return opened(qtbot, context, db, assembly)


def opened(qtbot: QtBot, context: Runtime, db: Database, assembly: uuid.UUID) -> RotationWorkspace:
    """The Groupes workspace on screen at 10:30 on the room's day, the keyboard in it."""
    widget = standalone(RotationWorkspace, context, db)
    widget.now = lambda: MORNING
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.open_assembly(assembly)
    widget.show()
    qtbot.waitExposed(widget)
    widget.session_choice.setFocus()
    return widget


def set_up(qtbot: QtBot, workspace: RotationWorkspace, size: int, rounds: int) -> None:
    def fill(dialog: SetupDialog) -> None:
        dialog.rounds.setValue(rounds)
        dialog.by_size.setChecked(True)
        dialog.table_size.setValue(size)
        dialog.accept()

    problems = when_modal(qtbot, fill, SetupDialog)
    qtbot.keyClick(workspace, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    back_to(qtbot, workspace)


def back_to(qtbot: QtBot, workspace: RotationWorkspace) -> None:
    """Offscreen, a closed dialog (the setup, the planning's progress) does not hand the
    keyboard back to the window by itself, as a window manager does."""
    workspace.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workspace)


def names_at(workspace: RotationWorkspace, table: int) -> list[str]:
    return [name.replace("  ★", "") for name in workspace.grid.names(table)]


def test_plan_swap_by_hand_and_replan_after_lunch(
    qtbot: QtBot, workspace: RotationWorkspace, db: Database, room: tuple
) -> None:
    session_id, ids = room
    assert "45 personnes présentes" in workspace.banner.text()
    assert "Paramétrez les tables" in workspace.hint.text()
    set_up(qtbot, workspace, size=6, rounds=4)
    qtbot.keyClick(workspace, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    back_to(qtbot, workspace)
    view = workspace.view
    assert view is not None and len(view.rounds) == 4
    assert workspace.rounds.count() == 4 and workspace.rounds.tabText(0) == "Tour 1 · en cours"
    lines = workspace.quality.property("lines")
    assert lines[0] == "Personne ne se retrouve avec quelqu'un de déjà rencontré."
    assert "Jamais deux élu·es à la même table." in lines
    assert any(line.startswith("Tables aux proportions de la salle : genre ") for line in lines)
    assert any("des quartiers qu'une table peut réunir" in line for line in lines)
    assert len(workspace.grid.boxes) == 8 and workspace.grid.boxes[0].title.text().startswith("Table 1 · ")
    seated = sum(len(names_at(workspace, table)) for table in range(8))
    assert seated == 45

    # Round 2: Space on someone, Space on someone at another table swaps them.
    qtbot.keyClick(workspace, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert workspace.round_index() == 1
    first_list, second_list = workspace.grid.boxes[0].people, workspace.grid.boxes[1].people
    first_list.setFocus()
    first_list.setCurrentRow(0)
    first = first_list.person()
    qtbot.keyClick(first_list, Qt.Key.Key_Space)
    assert "Marqué·e" in workspace.confirmation.text()
    second_list.setFocus()
    second_list.setCurrentRow(0)
    second = second_list.person()
    qtbot.keyClick(second_list, Qt.Key.Key_Space)
    assert workspace.confirmation.text() == "Échange enregistré."
    swapped = load_rotation(db, session_id, MORNING).rounds[1]
    assert swapped[first] == 1 and swapped[second] == 0
    assert workspace.handlers.marked is None
    # Back at the table of round 1: highlighted, with the reason in the tooltip and, when chosen,
    # on the confirmation line (for whoever works with the keyboard).
    back = load_rotation(db, session_id, MORNING).rounds[0][first]
    workspace.handlers.drop(first, back)
    box = workspace.grid.boxes[back].people
    row = next(r for r in range(box.count()) if box.item(r).data(Qt.ItemDataRole.UserRole) == first)
    assert box.item(row).text().startswith("⚠ ")
    assert "revient à une table déjà visitée" in box.item(row).toolTip()
    box.setCurrentRow(-1)
    box.setCurrentRow(row)
    assert "revient à une table déjà visitée" in workspace.confirmation.text()
    assert any(" retour" in line and "table déjà visitée" in line for line in workspace.quality.property("lines"))

    # A drop of a name onto another table moves that person there.
    elsewhere = (back + 1) % len(workspace.grid.boxes)
    mime = QMimeData()
    mime.setData(MIME, str(first).encode())
    target = workspace.grid.boxes[elsewhere].people
    drop = QDropEvent(
        QPointF(5, 5), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    target.dropEvent(drop)
    assert load_rotation(db, session_id, MORNING).rounds[1][first] == elsewhere
    assert workspace.confirmation.text() == f"Déplacé·e à la table {elsewhere + 1}."
    target.dropEvent(drop)
    assert workspace.confirmation.text() == "Rien à changer : déjà à cette table."

    # After lunch: round 3 under way, three latecomers signed in, two people left.
    workspace.now = lambda: LUNCH
    qtbot.keyClick(workspace, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(workspace, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert workspace.rounds.tabText(2) == "Tour 3 · en cours"
    for person in ids[45:]:
        check_in(db, session_id, person, LUNCH - dt.timedelta(minutes=5))
    for person in ids[20:22]:
        check_out(db, session_id, person, LUNCH - dt.timedelta(minutes=5))
    workspace.reload()
    assert "3 présent·e(s) sans place, 2 parti·e(s), 0 pas encore arrivé·e(s)" in workspace.banner.text()
    assert workspace.replan_button.isEnabled()
    before = load_rotation(db, session_id, LUNCH)
    qtbot.keyClick(workspace, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    after = load_rotation(db, session_id, LUNCH)
    assert after.rounds[:2] == before.rounds[:2]
    assert all(person in after.rounds[3] for person in ids[45:])
    assert all(person not in after.rounds[3] for person in ids[20:22])
    assert after.metrics().repeated_pairs <= before.metrics().repeated_pairs
    assert all(after.rounds[2][p] == before.rounds[2][p] for p in before.rounds[2] if p not in ids[20:22])
    assert workspace.confirmation.text().startswith("Plan enregistré (graine ")
    assert not workspace.replan_button.isEnabled()
    assert "depuis le plan" not in workspace.banner.text().casefold()

    workspace.toggle_projector()
    assert workspace.projector.isVisible()
    assert workspace.projector.heading == "Tour 3"
    assert sum(len(names) for _, names in workspace.projector.tables) == 46
    workspace.toggle_projector()
    assert not workspace.projector.isVisible()


def test_tables_too_large_for_their_number_say_why_people_meet_again(
    qtbot: QtBot, workspace: RotationWorkspace
) -> None:
    """45 people at tables of 9 make 5 tables: a table's nine cannot all go to different
    tables in round 2, and the panel says so, with what would avoid it."""
    set_up(qtbot, workspace, size=9, rounds=3)
    qtbot.keyClick(workspace, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    back_to(qtbot, workspace)
    first = workspace.quality.property("lines")[0]
    assert "fois, deux personnes se retrouvent" in first
    assert first.endswith(
        "Inévitable : les 9 personnes d'une table ne peuvent pas toutes aller à des tables différentes "
        "au tour suivant avec 5 tables ; il en faut au moins 9."
    )
    assert not any("Inévitable sans que" in line for line in workspace.quality.property("lines"))


def test_tables_as_large_as_their_number_say_why_people_come_back(qtbot: QtBot, workspace: RotationWorkspace) -> None:
    """45 people at tables of 7 make 7 tables, three of them of 7: in rounds 2 and 3 each of
    those holds someone from every table of the round before, its own included."""
    set_up(qtbot, workspace, size=7, rounds=3)
    qtbot.keyClick(workspace, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    back_to(qtbot, workspace)
    lines = workspace.quality.property("lines")
    assert lines[0] == "Personne ne se retrouve avec quelqu'un de déjà rencontré."
    returns = next(line for line in lines if "table déjà visitée" in line)
    assert returns.endswith(
        "Inévitable sans que des personnes se retrouvent : à une table de 7 personnes quand il y a 7 tables, "
        "l'une d'elles y était déjà au tour d'avant (au moins 6)."
    )


def test_a_setup_that_cannot_seat_everyone_is_refused_and_kept(qtbot: QtBot, workspace: RotationWorkspace) -> None:
    warnings: list[str] = []

    def too_small(dialog: SetupDialog) -> None:
        dialog.by_count.setChecked(True)
        dialog.table_count.setValue(3)
        seats = dialog.tables.cellWidget(0, 0)
        seats.setValue(2)

        def read_warning(box: QMessageBox) -> None:
            warnings.append(box.text())
            box.accept()

        when_modal(qtbot, read_warning, QMessageBox)
        dialog.accept()
        assert dialog.isVisible()
        dialog.reject()

    problems = when_modal(qtbot, too_small, SetupDialog)
    workspace.action_set["setup"].trigger()
    assert problems == []
    assert warnings == ["Les tables n'ont pas assez de places pour tout le monde : ajoutez des tables ou des places."]
    assert workspace.view is not None and workspace.view.settings is None


def test_printing_the_table_cards_from_the_menu(
    qtbot: QtBot, workspace: RotationWorkspace, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    import pypdf
    from PySide6.QtWidgets import QFileDialog

    from facilitator.ui.common import documents

    set_up(qtbot, workspace, size=8, rounds=3)
    qtbot.keyClick(workspace, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    target = tmp_path / "cartes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(documents, "open_document", lambda path: None)
    messages: list[str] = []
    workspace.status.connect(messages.append)
    workspace.action_set["print_cards"].trigger()
    pages = pypdf.PdfReader(target).pages
    assert len(pages) == 6 and "Table 1" in pages[0].extract_text()
    assert messages == [f"6 cartes de table enregistrées dans {target}."]


@pytest.mark.parametrize("present", [39, 33, 45, 58])
def test_the_first_plan_needs_no_setting(
    qtbot: QtBot, context: Runtime, db: Database, assembly: uuid.UUID, present: int
) -> None:
    """Planning a session that has no setup proposes tables at which nobody meets twice: the
    facilitator accepts the proposal as it stands and the plan has no repeated pair."""
    seated_room(db, assembly, present + 3, signed_in=present)
    widget = opened(qtbot, context, db, assembly)
    back_to(qtbot, widget)
    proposed: list[tuple[int, int, str]] = []

    def accept_as_proposed(dialog: SetupDialog) -> None:
        settings = dialog.settings()
        proposed.append((len(settings.tables), settings.rounds, dialog.summary.text()))
        dialog.accept()

    problems = when_modal(qtbot, accept_as_proposed, SetupDialog)
    qtbot.keyClick(widget, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    tables, rounds, summary = proposed[0]
    assert rounds == 4 and "Inévitable" not in summary
    view = load_rotation(db, widget.session_id(), MORNING)  # type: ignore[arg-type]
    assert view.planned
    assert view.metrics().repeated_pairs == 0
    assert max(table.capacity for table in view.settings.tables) <= tables  # type: ignore[union-attr]


def test_the_setup_says_why_tables_too_large_make_people_meet_again(qtbot: QtBot, workspace: RotationWorkspace) -> None:
    said: list[str] = []

    def tables_of_eight(dialog: SetupDialog) -> None:
        dialog.rounds.setValue(4)
        dialog.by_size.setChecked(True)
        dialog.table_size.setValue(8)
        said.append(dialog.summary.text())
        dialog.table_size.setValue(6)
        said.append(dialog.summary.text())
        dialog.reject()

    problems = when_modal(qtbot, tables_of_eight, SetupDialog)
    qtbot.keyClick(workspace, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    assert "Inévitable" in said[0] and "6 tables" in said[0]
    assert "Inévitable" not in said[1]
