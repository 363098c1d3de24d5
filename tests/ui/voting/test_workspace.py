"""The Votes workspace driven like the counters: define a vote in its dialog, count slips fed
by a simulated handheld scanner (a double read, another vote's ballot), an empty envelope, a
kit cast twice settled by a decision, and a majority-judgment grid typed row by row."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.app.runtime import Runtime
from facilitator.core.voting.ballot_code import Ballot, Layout, payload, short_code
from facilitator.core.voting.definition import VoteDefinition
from facilitator.core.voting.model import Method
from facilitator.demo.rooms import DAY, seated_room
from facilitator.services.voting.count import load_count
from facilitator.services.voting.votes import create_vote, list_votes, print_kits
from facilitator.store.database import Database
from facilitator.ui.voting.dialogs import VoteDialog
from facilitator.ui.voting.workspace import VotingWorkspace
from tests.helpers.dialogs import when_modal
from tests.helpers.workspaces import standalone

TEN = dt.datetime.combine(DAY, dt.time(10, 0))


@pytest.fixture
def session(db: Database, assembly: uuid.UUID) -> uuid.UUID:
    return seated_room(db, assembly, 20)[0]


@pytest.fixture
def workspace(qtbot: QtBot, context: Runtime, db: Database, assembly: uuid.UUID, session: uuid.UUID) -> VotingWorkspace:
    widget = standalone(VotingWorkspace, context, db)
    widget.now = lambda: TEN
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.open_assembly(assembly)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def scan(qtbot: QtBot, workspace: VotingWorkspace, code: str) -> str:
    """What a handheld scanner does: the code typed very fast, then Enter."""
    workspace.code.setFocus()
    qtbot.keyClicks(workspace.code, code)
    qtbot.keyClick(workspace.code, Qt.Key.Key_Return)
    return workspace.outcome.text()


def test_a_vote_defined_in_the_dialog_then_counted_from_a_scanner(
    qtbot: QtBot, workspace: VotingWorkspace, db: Database, session: uuid.UUID
) -> None:
    def fill(dialog: VoteDialog) -> None:
        dialog.question.setPlainText("Adoptez-vous l’avis sur la piste cyclable ?")
        dialog.accept()

    problems = when_modal(qtbot, fill, VoteDialog)
    qtbot.keyClick(workspace, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.vote() is not None)
    assert problems == []
    vote = workspace.vote()
    assert vote is not None and vote.rules.method is Method.YES_NO
    kits = print_kits(db, vote.id, 6, TEN).value
    codes = [payload(kit.ballots[0 if n < 4 else 1], vote.key) for n, kit in enumerate(kits[:5])]
    for code in codes:
        assert scan(qtbot, workspace, code) == "Compté"
    assert scan(qtbot, workspace, codes[0]) == "Déjà compté à 10:00"
    foreign = payload(Ballot("ZZZZZ", "AAAAAAAA", Layout.SLIP, 1, False), "11" * 32)
    assert scan(qtbot, workspace, foreign) == "Rejeté : Bulletin d’un autre scrutin"
    typed = short_code(kits[5].ballots[-1], vote.key)
    assert scan(qtbot, workspace, typed.lower()) == "Compté"  # a counter typing a slip's short code
    workspace.voiding.setChecked(True)  # a spoiled slip exchanged before the vote, then cast by mistake
    assert (
        scan(qtbot, workspace, payload(kits[5].ballots[1], vote.key))
        == "Déjà compté : il ne peut plus être annulé (retirez-le par une décision)"
    )
    spoiled = print_kits(db, vote.id, 1, TEN).value[0]
    workspace.voiding.setChecked(True)
    assert scan(qtbot, workspace, payload(spoiled.ballots[0], vote.key)) == "Bulletin annulé : il ne comptera jamais"
    assert not workspace.voiding.isChecked()  # one spoiled ballot at a time
    assert scan(qtbot, workspace, payload(spoiled.ballots[0], vote.key)) == "Bulletin annulé : non compté"
    qtbot.mouseClick(workspace.buttons["blank"], Qt.MouseButton.LeftButton)
    assert workspace.outcome.text() == "Enveloppe vide : vote blanc"
    figures = workspace.results.figures.text()
    assert "Enveloppes (votants) : <b>7</b>" in figures and "Blancs : <b>2</b>" in figures
    assert "Adopté" in figures
    recent = [workspace.recent.item(row).text() for row in range(workspace.recent.count())]
    assert recent[0].endswith("Enveloppe vide : vote blanc")  # newest first
    assert any(line.endswith("Rejeté : Bulletin d’un autre scrutin") for line in recent)
    workspace.recent.setCurrentRow(workspace.recent.count() - 1)  # the first ballot counted: read by mistake
    when_modal(qtbot, lambda dialog: (dialog.setTextValue("bulletin jeté, scanné par erreur"), dialog.accept()))
    qtbot.mouseClick(workspace.buttons["withdraw"], Qt.MouseButton.LeftButton)
    assert workspace.outcome.text() == "Décision des scrutateurs enregistrée"
    assert "Enveloppes (votants) : <b>6</b>" in workspace.results.figures.text()


def test_a_kit_cast_twice_is_blocked_then_settled_by_the_counters(
    qtbot: QtBot, workspace: VotingWorkspace, db: Database, session: uuid.UUID
) -> None:
    vote_id = create_vote(db, session, VoteDefinition("Q ?", Method.YES_NO), TEN).value
    workspace.choose_vote(vote_id)
    vote = workspace.vote()
    assert vote is not None
    kit = print_kits(db, vote_id, 1, TEN).value[0]
    scan(qtbot, workspace, payload(kit.ballots[0], vote.key))
    message = scan(qtbot, workspace, payload(kit.ballots[1], vote.key))
    assert message.startswith("Même numéro, contenu différent")
    assert workspace.contested.count() == 2
    assert "✗" in workspace.results.checks.text()  # blancs + nuls + exprimés ≠ votants, in red
    workspace.contested.setCurrentRow(1)
    qtbot.mouseClick(workspace.buttons["keep"], Qt.MouseButton.LeftButton)
    assert workspace.contested.count() == 0
    result = load_count(db, vote_id).result
    assert [o.votes for o in result.options] == [0, 1] and result.unsettled == 0


def test_a_majority_judgment_grid_typed_row_by_row(
    qtbot: QtBot, workspace: VotingWorkspace, db: Database, session: uuid.UUID
) -> None:
    definition = VoteDefinition(
        "Quel aménagement ?", Method.JUDGMENT, ("Jardin", "Marché"), grades=("Insuffisant", "Passable", "Bien")
    )
    vote_id = create_vote(db, session, definition, TEN).value
    workspace.choose_vote(vote_id)
    vote = list_votes(db, session)[-1]
    assert workspace.buttons["record"].isVisible() and len(workspace.row_choices) == 2
    for kit, (garden, market) in zip(print_kits(db, vote_id, 3, TEN).value, [(2, 1), (2, 0), (1, -1)], strict=True):
        scan(qtbot, workspace, short_code(kit.ballots[0], vote.key))
        assert workspace.code.text()  # kept while the grades are chosen
        workspace.row_choices[0].setCurrentIndex(workspace.row_choices[0].findData(garden))
        workspace.row_choices[1].setCurrentIndex(workspace.row_choices[1].findData(market))
        qtbot.mouseClick(workspace.buttons["record"], Qt.MouseButton.LeftButton)
        assert workspace.outcome.text() == "Compté"
    result = load_count(db, vote_id).result
    assert [o.grade_counts for o in result.options] == [(0, 1, 2), (2, 1, 0)]  # the empty row: the worst grade
    assert workspace.results.profile.isVisible() and workspace.results.profile.options[0].label == "Jardin"
    workspace.grab().save(str(workspace.runtime.paths.data_dir / "votes-mj.png"))


def test_a_ballot_shown_to_the_webcam_and_grids_typed_twice_by_two_counters(
    qtbot: QtBot, workspace: VotingWorkspace, db: Database, session: uuid.UUID
) -> None:
    definition = VoteDefinition(
        "Quel aménagement ?", Method.JUDGMENT, ("Jardin", "Marché"), grades=("Insuffisant", "Passable", "Bien"),
        double_entry=True,
    )  # fmt: skip
    vote_id = create_vote(db, session, definition, TEN).value
    workspace.choose_vote(vote_id)
    vote = list_votes(db, session)[-1]
    kit = print_kits(db, vote_id, 1, TEN).value[0]
    for name, expected in (
        ("Awa Diallo", "En attente de la saisie d’un second scrutateur"),
        ("Marc Roux", "La seconde saisie concorde : compté"),
    ):
        workspace.counter.setText(name)
        workspace.webcam.decoded.emit(payload(kit.ballots[0], vote.key))  # the webcam read the grid's code
        workspace.row_choices[0].setCurrentIndex(workspace.row_choices[0].findData(2))
        workspace.row_choices[1].setCurrentIndex(workspace.row_choices[1].findData(0))
        qtbot.mouseClick(workspace.buttons["record"], Qt.MouseButton.LeftButton)
        assert workspace.outcome.text() == expected
    assert load_count(db, vote_id).result.expressed == 1


def test_a_test_deck_read_from_the_copiers_pdf_in_the_background(
    qtbot: QtBot,
    workspace: VotingWorkspace,
    db: Database,
    session: uuid.UUID,
    tmp_path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from facilitator.services.voting.documents import print_deck

    vote_id = create_vote(db, session, VoteDefinition("Q ?", Method.YES_NO), TEN).value
    plan = print_deck(db, vote_id, tmp_path / "deck.pdf", TEN).value
    workspace.choose_vote(vote_id)
    workspace.rehearsal.setChecked(True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(tmp_path / "deck.pdf"), ""))
    said: list[str] = []
    workspace.status.connect(said.append)
    qtbot.mouseClick(workspace.buttons["pdf"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert said[-1].startswith("2 pages lues.")
    assert workspace.view is not None and workspace.view.test
    assert workspace.view.result.blanks == plan.blanks and workspace.contested.count() == 2


def test_the_officers_named_in_their_dialog_are_kept(
    qtbot: QtBot, workspace: VotingWorkspace, db: Database, session: uuid.UUID
) -> None:
    from facilitator.services.voting.votes import load_vote
    from facilitator.ui.voting.dialogs import OfficersDialog

    vote_id = create_vote(db, session, VoteDefinition("Q ?", Method.YES_NO), TEN).value
    workspace.choose_vote(vote_id)

    def fill(dialog: OfficersDialog) -> None:
        dialog.president.setText("Claire Fontaine")
        dialog.counters.setText("Awa Diallo, , Jean-Pierre Morel")
        dialog.accept()

    problems = when_modal(qtbot, fill, OfficersDialog)
    qtbot.mouseClick(workspace.buttons["officers"], Qt.MouseButton.LeftButton)
    assert problems == []
    officers = load_vote(db, vote_id).officers
    assert officers.president == "Claire Fontaine" and officers.counters == ("Awa Diallo", "Jean-Pierre Morel")
