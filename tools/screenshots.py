"""Take the README's screenshots from the real window on the demo assembly (offscreen).

    python tools/screenshots.py docs/screenshots

Each screen is grabbed as the user sees it, in French; the import wizard is driven with a
sample roster from tests/data.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.app import runtime
from facilitator.core.speaking.model import RequestKind
from facilitator.core.voting.model import Method
from facilitator.demo import TODAY_TITLE
from facilitator.services.assemblies.rules import load_rules
from facilitator.services.assemblies.sessions import list_sessions
from facilitator.services.attendance.documents import print_attendance_sheet, print_badges
from facilitator.services.indemnity.claims import load_claim, suggested_claim
from facilitator.services.indemnity.documents import print_indemnity_statement
from facilitator.services.indemnity.statements import session_indemnities
from facilitator.services.rotation.documents import print_itinerary_slips, print_table_cards
from facilitator.services.speaking.agenda import session_agenda
from facilitator.services.speaking.floor import give_floor, load_floor, request_floor
from facilitator.services.voting.documents import print_ballots, print_deck
from facilitator.services.voting.minutes import print_minutes
from facilitator.services.voting.votes import list_votes
from facilitator.store.database import Database
from facilitator.ui.app import build_window, create_application
from facilitator.ui.attendance.dialogs import CorrectionDialog, WalkInDialog
from facilitator.ui.attendance.session_dialog import NewSessionDialog
from facilitator.ui.indemnity.claim_dialog import ClaimDialog
from facilitator.ui.indemnity.rules_dialog import RulesDialog
from facilitator.ui.main_window import MainWindow
from facilitator.ui.roster.edit_dialog import ParticipantDialog
from facilitator.ui.roster.import_wizard import ImportWizard

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "roster_cp1252_semicolon.csv"


def documents(window: MainWindow, target: Path) -> None:
    """The first page of the main documents, as pdftoppm renders them (when it is installed)."""
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: the documents' pictures are not refreshed", file=sys.stderr)
        return
    assembly_id = window.attendance.assembly_id
    assert assembly_id is not None
    session = next(s for s in list_sessions(window.db, assembly_id) if s.title == "Travail en groupes")
    now = dt.datetime.combine(session.date, dt.time(17, 30))
    votes = {vote.rules.method: vote.id for vote in list_votes(window.db, session.id)}
    with tempfile.TemporaryDirectory() as folder:
        pdfs = {
            "document-badges": lambda path: print_badges(window.db, session.id, path, now),
            "document-emargement": lambda path: print_attendance_sheet(window.db, session.id, path, now, filled=True),
            "document-etat-liquidatif": lambda path: print_indemnity_statement(
                window.db, session_indemnities(window.db, session.id), path, now
            ),
            "document-table-card": lambda path: print_table_cards(window.db, session.id, path, now),
            "document-itineraries": lambda path: print_itinerary_slips(window.db, session.id, path, now),
            "document-ballots": lambda path: print_ballots(window.db, votes[Method.SINGLE], 7, path, now),
            "document-ballot-grid": lambda path: print_ballots(window.db, votes[Method.JUDGMENT], 1, path, now),
            "document-proces-verbal": lambda path: print_minutes(window.db, votes[Method.JUDGMENT], path, now),
            "document-test-deck": lambda path: print_deck(window.db, votes[Method.YES_NO], path, now),
        }
        for name, write in pdfs.items():
            pdf = Path(folder) / f"{name}.pdf"
            write(pdf)
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target / name)],
                check=True,
            )


def speaking(window: MainWindow, target: Path) -> None:
    """The last session held, then a turn running in today's session with the projector."""
    workspace = window.speaking
    window.show_page(workspace)
    held = workspace.session_choice.findText("Travail en groupes", Qt.MatchFlag.MatchContains)
    workspace.session_choice.setCurrentIndex(held)
    QApplication.processEvents()
    window.grab().save(str(target / "speaking-report.png"))
    today = workspace.session_choice.findText(TODAY_TITLE, Qt.MatchFlag.MatchContains)
    workspace.session_choice.setCurrentIndex(today)
    session_id = workspace.session_id()
    assert session_id is not None
    state = load_floor(window.db, session_id)
    phase = session_agenda(window.db, state.session.id)[1]
    residents = [p for p in state.people.values() if p.details.role.value == "citizen"][:4]
    now = workspace.clock.now()
    asked = now - dt.timedelta(seconds=300)
    requests = [
        request_floor(window.db, state.session.id, phase.id, person.id, RequestKind.CONTRIBUTION, asked).value
        for person in residents
    ]
    give_floor(window.db, state.session.id, requests[0], now - dt.timedelta(seconds=140))
    workspace.reload()
    workspace.phase_choice.setCurrentIndex(workspace.phase_choice.findText(phase.name))
    QApplication.processEvents()
    window.grab().save(str(target / "speaking.png"))
    workspace.projector.open()
    QApplication.processEvents()
    workspace.projector.grab().save(str(target / "speaking-projector.png"))
    workspace.projector.close()


def groups(window: MainWindow, target: Path) -> None:
    """Last Saturday's plan (third round under way), its setup, the projector; a conflict made by hand."""
    from facilitator.services.rotation.view import load_rotation
    from facilitator.ui.rotation.setup_dialog import SetupDialog

    workspace = window.rotation
    window.show_page(workspace)
    held = workspace.session_choice.findText("Travail en groupes", Qt.MatchFlag.MatchContains)
    workspace.session_choice.setCurrentIndex(held)
    QApplication.processEvents()
    window.grab().save(str(target / "groups.png"))
    workspace.projector.open()
    QApplication.processEvents()
    workspace.projector.grab().save(str(target / "groups-projector.png"))
    workspace.projector.close()
    session_id = workspace.session_id()
    assert session_id is not None
    view = load_rotation(window.db, session_id)
    assert view.settings is not None
    room = sorted((view.people[p] for p in view.room), key=lambda p: p.details.last_name)
    shoot(SetupDialog(view.settings, room, window), target / "groups-setup.png")
    workspace.rounds.setCurrentIndex(3)
    first, second = workspace.grid.boxes[0].people, workspace.grid.boxes[1].people
    for people in (first, second):
        people.setFocus()
        people.setCurrentRow(0)
        workspace.handlers.mark_or_swap()
    QApplication.processEvents()
    window.grab().save(str(target / "groups-conflict.png"))


def votes(window: MainWindow, target: Path) -> None:
    """Last Saturday's votes: the yes/no count with its checks, majority judgment's merit
    profile, the projector, the dialog of a new vote; the ballots, test deck and procès-verbal."""
    from facilitator.ui.voting.dialogs import VoteDialog

    workspace = window.voting
    window.show_page(workspace)
    held = workspace.session_choice.findText("Travail en groupes", Qt.MatchFlag.MatchContains)
    workspace.session_choice.setCurrentIndex(held)
    workspace.vote_choice.setCurrentIndex(0)
    QApplication.processEvents()
    window.grab().save(str(target / "votes.png"))
    workspace.vote_choice.setCurrentIndex(3)
    QApplication.processEvents()
    window.grab().save(str(target / "votes-judgment.png"))
    workspace.projector.show_count(workspace.view)  # type: ignore[arg-type]
    workspace.projector.open()
    QApplication.processEvents()
    workspace.projector.grab().save(str(target / "votes-projector.png"))
    workspace.projector.close()
    shoot(VoteDialog(window), target / "votes-new.png")


def sync(window: MainWindow, target: Path) -> None:
    """The town hall's sync service (on a SQLite store here); this laptop linked and synced, a
    second desk that joined from it signs three people in and syncs; this laptop syncs again."""
    from facilitator.services.attendance.desk import check_in, load_session_attendance
    from facilitator.services.sync.devices import add_device, ensure_store
    from facilitator.store.opening import open_database
    from facilitator.sync.client import SyncClient
    from facilitator.sync.run import enrol, run_sync
    from facilitator.sync.server import ServiceThread, SyncService
    from facilitator.sync.tokens import TOKEN_VARIABLE
    from facilitator.ui.sync import room as room_module
    from facilitator.ui.sync.dialogs import AssembliesDialog, LinkDialog

    folder = Path(tempfile.mkdtemp(prefix="facilitator-shots-sync-"))
    central = open_database(folder / "central.sqlite", "central")
    service = ServiceThread(SyncService(central, ensure_store(central))).start()
    _, token = enrol(window.db, service.address, add_device(central, "Accueil 1").code, keep_token=False)
    os.environ[TOKEN_VARIABLE] = token
    with SyncClient(service.address, token) as client:
        run_sync(window.db, client)
    desk2 = runtime.start(folder / "base").open_database(folder / "desk2.sqlite")
    _, desk_token = enrol(desk2, service.address, add_device(central, "Accueil 2").code, keep_token=False)
    state = window.attendance.state
    assert state is not None
    with SyncClient(service.address, desk_token) as client:
        run_sync(desk2, client, wanted=[str(window.assembly_id)])
        seen = load_session_attendance(desk2, state.session_id)
        absent = [person for person in seen.people if person.id not in seen.presence][-3:]
        for minute, person in enumerate(absent):
            check_in(desk2, state.session_id, person.id, dt.datetime.combine(state.date, dt.time(9, 40 + minute)))
        _walk_in_and_phone(desk2, window.assembly_id, seen.people[0].id, ("Paul", "Lefèvre"), "06 22 33 44 55")
        _walk_in_and_phone(window.db, window.assembly_id, seen.people[0].id, ("Awa", "Diallo"), "06 11 22 33 44")
        run_sync(desk2, client)
    window.show_page(window.sync)
    window.sync.central.synchronise()
    QApplication.processEvents()
    window.grab().save(str(target / "sync.png"))
    room_module.HUB_PORT = 0  # any free port: the screenshot must not need 8766
    window.sync.room.open()
    window.sync.room.service.last_seen.update({"Accueil 2": time.time() - 2, "Comptage": time.time() - 600})  # type: ignore[union-attr]
    window.sync.room._show_hub()
    QApplication.processEvents()
    window.grab().save(str(target / "sync-room.png"))
    window.sync.room.close()
    dialog = LinkDialog(window, service.address)
    dialog.code.setText("HYV5-VW9T-7QA8")
    shoot(dialog, target / "sync-link.png")
    with SyncClient(service.address, token) as client:
        shoot(AssembliesDialog(client.hello().assemblies, set(), window), target / "sync-assemblies.png")
    service.stop()
    del os.environ[TOKEN_VARIABLE]


def _walk_in_and_phone(
    db: Database, assembly: uuid.UUID | None, person: uuid.UUID, walk_in: tuple[str, str], phone: str
) -> None:
    """A walk-in registered and someone's phone number changed, at one desk, before it syncs."""
    from facilitator.core.participants import Gender, ParticipantDetails, Role
    from facilitator.services.roster.participants import add_participant, get_participant, update_participant

    assert assembly is not None
    add_participant(db, assembly, ParticipantDetails(*walk_in, Role.CITIZEN, Gender.UNSPECIFIED))
    details = get_participant(db, person).details
    update_participant(db, person, ParticipantDetails(**{**vars(details), "phone": phone}))


def shoot(dialog: QWidget, path: Path) -> None:
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(path))
    dialog.close()


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    context = runtime.start(Path(tempfile.mkdtemp(prefix="facilitator-shots-")))
    app = create_application("fr")
    window = build_window(context, None, demo=True)
    assert window is not None
    window.show()
    app.processEvents()
    window.roster.table.selectRow(3)
    app.processEvents()
    window.grab().save(str(target / "participants.png"))
    window.roster.search.setText("dup j")
    app.processEvents()
    window.grab().save(str(target / "participants-search.png"))
    window.roster.search.clear()
    window.show_page(window.assemblies)
    app.processEvents()
    window.grab().save(str(target / "assemblies.png"))

    desk = window.attendance
    window.show_page(desk)
    session = desk.state
    assert session is not None
    for minutes, query in enumerate(["dup j", "mart", "bena"]):
        desk.now = functools.partial(dt.datetime.combine, session.date, dt.time(9, 12 + minutes))
        desk.search.setText(query)
        desk.handlers.sign_in()
    desk.search.setText("b")
    app.processEvents()
    window.grab().save(str(target / "accueil.png"))
    shoot(WalkInDialog("Nguyen Zoé", session.date, window), target / "accueil-walk-in.png")
    shoot(CorrectionDialog("Jeanne Dupont", dt.time(9, 5), window), target / "accueil-correction.png")
    shoot(NewSessionDialog([], session.date, window), target / "accueil-new-session.png")

    indemnities = window.indemnity
    window.show_page(indemnities)
    indemnities.scope.setCurrentIndex(0)
    app.processEvents()
    window.grab().save(str(target / "indemnities.png"))
    line = indemnities.selected()
    assert line is not None and indemnities.assembly_id is not None
    scope = indemnities.scope_choice()
    assert scope is not None
    stored = load_claim(window.db, scope[1], line.participant.id)  # type: ignore[arg-type]
    claim, note = stored or (suggested_claim(window.db, scope[1], line.participant.id), "")  # type: ignore[arg-type]
    shoot(ClaimDialog(line.participant.details.display_name, claim, note, window), target / "indemnities-claim.png")
    shoot(RulesDialog(load_rules(window.db, indemnities.assembly_id), window), target / "indemnities-rules.png")

    documents(window, target)
    speaking(window, target)
    groups(window, target)
    votes(window, target)
    sync(window, target)

    engagement = window.engagement
    window.show_page(engagement)
    for index, name in enumerate(["suivi-follow-up.png", "suivi-history.png", "suivi-indicators.png"]):
        engagement.tabs.setCurrentIndex(index)
        app.processEvents()
        window.grab().save(str(target / name))

    person = window.roster.model.participant_at(0)
    dialog = ParticipantDialog(["Groupe de proposition", "Comité de méthodologie"], ["Centre-ville"], person.details)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(target / "edit.png"))
    dialog.close()

    assert window.roster.assembly_id is not None
    wizard = ImportWizard(context, window.db, window.operations, window.roster.assembly_id, window)
    wizard.show()
    wizard.file_page.load(SAMPLE)
    app.processEvents()
    wizard.grab().save(str(target / "import-1-file.png"))
    for step in ("import-2-columns.png", "import-3-preview.png"):
        wizard.next()
        app.processEvents()
        wizard.grab().save(str(target / step))
    wizard.next()
    app.processEvents()
    wizard.grab().save(str(target / "import-4-report.png"))
    wizard.close()
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
