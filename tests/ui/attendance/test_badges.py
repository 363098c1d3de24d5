"""The desk signs badge holders in from a handheld scanner's burst or a webcam frame, refuses
foreign badges with the reason, and handles walk-ins, corrections, lateness and quorum."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from facilitator.core.assemblies import AssemblyRules
from facilitator.core.attendance.badges import badge_payload, new_badge_key
from facilitator.core.attendance.presence import EventKind, Quorum
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.core.scanner import MISMATCHES
from facilitator.services.assemblies.rules import save_rules
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import load_session_attendance
from facilitator.services.roster.participants import add_participant, list_participants, remove_participant
from facilitator.store.database import Database
from facilitator.store.models import Assembly
from facilitator.ui.attendance.dialogs import CorrectionDialog, WalkInDialog
from facilitator.ui.attendance.workspace import AttendanceWorkspace
from facilitator.ui.main_window import MainWindow
from tests.helpers.clock import ManualClock, TickingClock
from tests.helpers.dialogs import when_modal
from tests.printing.pdf import flat, pages
from tests.samples import JEANNE
from tests.scanning.codes import on_page, qimage, qr_pixels

SATURDAY = dt.date(2026, 11, 28)


class Clock:
    """The desk's time (9:20 on the session's day) and the keyboard's (advancing per key)."""

    def __init__(self) -> None:
        self.desk = ManualClock(dt.datetime.combine(SATURDAY, dt.time(9, 20)))
        self.keys = TickingClock(now=0.0, step=3.0)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def desk(qtbot: QtBot, window: MainWindow, db: Database, assembly: uuid.UUID, clock: Clock) -> AttendanceWorkspace:
    add_participant(db, assembly, JEANNE)
    add_participant(db, assembly, ParticipantDetails("Jean", "Dupuis", Role.CITIZEN, Gender.MALE))
    add_participant(db, assembly, ParticipantDetails("Hélène", "Lefèvre", Role.ELECTED, Gender.FEMALE))
    save_rules(db, assembly, AssemblyRules(quorum=Quorum(50), late_after_minutes=15))
    create_session(db, assembly, SATURDAY, "Séance plénière", "Salle des fêtes", starts_at=dt.time(9, 0))
    workspace = window.attendance
    workspace.now = clock.desk
    workspace.scanner._clock = clock.keys
    window.open_assembly(assembly)
    window.show_page(workspace)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    workspace.search.setFocus()
    return workspace


def key_of(db: Database, assembly: uuid.UUID) -> str:
    with db.read() as session:
        row = session.get(Assembly, assembly)
        assert row is not None
        return row.badge_key


def person_id(db: Database, assembly: uuid.UUID, last_name: str) -> uuid.UUID:
    return next(p.id for p in list_participants(db, assembly) if p.details.last_name == last_name)


def present(desk: AttendanceWorkspace) -> list[str]:
    state = load_session_attendance(desk.db, desk.session_id())
    names = {p.id: p.details.display_name for p in state.people}
    return sorted(names[person] for person, presence in state.presence.items() if presence.present)


def test_a_scanner_burst_signs_the_badge_holder_in(
    qtbot: QtBot, desk: AttendanceWorkspace, db: Database, assembly: uuid.UUID, clock: Clock
) -> None:
    """Even when the agent had started typing a name: the burst is told from the typing."""
    payload = badge_payload(person_id(db, assembly, "Lefèvre"), key_of(db, assembly))
    clock.keys.step = 180
    qtbot.keyClicks(desk.search, "dup")
    clock.keys.now += 2000
    clock.keys.step = 3
    qtbot.keyClicks(desk.search, payload)
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.confirmation.text() == "✓ Hélène Lefèvre — arrivée enregistrée à 9:20."
    assert present(desk) == ["Hélène Lefèvre"]
    assert desk.search.text() == ""


def test_a_us_scanner_on_a_french_laptop_still_signs_in(
    qtbot: QtBot, desk: AttendanceWorkspace, db: Database, assembly: uuid.UUID
) -> None:
    payload = badge_payload(person_id(db, assembly, "Dupont"), key_of(db, assembly))
    us_on_french = next(m for m in MISMATCHES if (m.scanner, m.computer) == ("us", "fr"))
    mangled = us_on_french.as_typed(payload)
    assert mangled != payload
    desk.handlers.sign_in_badge(mangled)
    assert present(desk) == ["Jeanne Dupont"]


def test_a_badge_of_another_assembly_is_refused_with_the_reason(
    qtbot: QtBot, desk: AttendanceWorkspace, db: Database, assembly: uuid.UUID
) -> None:
    forged = badge_payload(person_id(db, assembly, "Dupont"), new_badge_key())
    qtbot.keyClicks(desk.search, forged)
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.confirmation.text().startswith("Ce badge n'a pas été émis par cette assemblée")
    assert desk.confirmation.property("state") == "warning"
    assert present(desk) == []


def test_typing_slowly_is_a_search_not_a_scan(qtbot: QtBot, desk: AttendanceWorkspace, clock: Clock) -> None:
    clock.keys.step = 150
    qtbot.keyClicks(desk.search, "dupuis jean")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert present(desk) == ["Jean Dupuis"]


def test_a_badge_shown_to_the_webcam_signs_in(
    qtbot: QtBot, desk: AttendanceWorkspace, db: Database, assembly: uuid.UUID
) -> None:
    payload = badge_payload(person_id(db, assembly, "Dupuis"), key_of(db, assembly))
    picture = qimage(on_page(qr_pixels(payload, module=5))).convertToFormat(QImage.Format.Format_RGB32)
    desk.webcam.reader.handle_frame(QVideoFrame(picture))
    qtbot.waitUntil(lambda: present(desk) == ["Jean Dupuis"], timeout=5000)
    assert desk.confirmation.text() == "✓ Jean Dupuis — arrivée enregistrée à 9:20."


def test_figures_show_lateness_and_the_quorum(qtbot: QtBot, desk: AttendanceWorkspace) -> None:
    qtbot.keyClicks(desk.search, "lef")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)  # 9:20, after 9:00 and 15 minutes of grace
    text = desk.figures.text()
    assert "1 arrivée en retard" in text
    assert "Quorum non atteint\u00a0: il manque 1 personne" in text
    qtbot.keyClicks(desk.search, "jeanne")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert "Quorum atteint (2 requis)" in desk.figures.text()


def test_a_walk_in_is_registered_and_signed_in_from_the_keyboard(
    qtbot: QtBot, desk: AttendanceWorkspace, db: Database, assembly: uuid.UUID
) -> None:
    qtbot.keyClicks(desk.search, "nguyen zoe")
    assert desk.results.count() == 0
    assert "Ctrl+N" in desk.hint.text()

    def fill(dialog: WalkInDialog) -> None:
        assert (dialog.first_name.text(), dialog.last_name.text()) == ("Zoe", "Nguyen")
        dialog.phone.setText("06 12 34 56 78")
        dialog.accept()

    problems = when_modal(qtbot, fill)
    qtbot.keyClick(desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    assert desk.confirmation.text() == "✓ Zoe Nguyen — inscrit·e et arrivé·e à 9:20 (fiche à vérifier)."
    stored = next(p for p in list_participants(db, assembly) if p.details.last_name == "Nguyen")
    assert stored.details.to_review and stored.details.phone == "06 12 34 56 78"
    assert present(desk) == ["Zoe Nguyen"]


def test_a_walk_in_with_a_bad_phone_number_is_told_so(qtbot: QtBot, desk: AttendanceWorkspace) -> None:
    seen: list[str] = []

    def fill(dialog: WalkInDialog) -> None:
        dialog.first_name.setText("Zoé")
        dialog.last_name.setText("Nguyen")
        dialog.phone.setText("06 12")
        dialog.accept()
        seen.append(dialog.errors.text())
        dialog.reject()

    problems = when_modal(qtbot, fill)
    desk.action_set["walk_in"].trigger()
    assert problems == []
    assert seen and "numéro de téléphone" in seen[0]
    assert present(desk) == []


def test_a_forgotten_arrival_is_corrected_with_a_note(qtbot: QtBot, desk: AttendanceWorkspace) -> None:
    def fill(dialog: CorrectionDialog) -> None:
        assert dialog.kind() is EventKind.ARRIVAL
        dialog.time.setTime(dialog.time.time().fromString("08:55", "HH:mm"))
        dialog.note.setText("a signé la feuille papier")
        dialog.accept()

    qtbot.keyClicks(desk.search, "dupuis")
    problems = when_modal(qtbot, fill)
    qtbot.keyClick(desk.search, Qt.Key.Key_F9)
    assert problems == []
    assert desk.confirmation.text() == "Corrigé\u00a0: arrivée de Jean Dupuis à 8:55 (a signé la feuille papier)."
    state = load_session_attendance(desk.db, desk.session_id())
    assert [e.note for e in state.events] == ["a signé la feuille papier"]


def test_the_signature_sheet_is_printed_from_the_desk(
    qtbot: QtBot, desk: AttendanceWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    target = tmp_path / "emargement.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(target), ""))
    monkeypatch.setattr("facilitator.ui.common.documents.open_document", opened.append)
    qtbot.keyClicks(desk.search, "jeanne")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    desk.action_set["print_filled_sheet"].trigger()
    assert opened == [target]
    text = flat("\n".join(pages(target.read_bytes())))
    assert "Feuille d'émargement" in text and "samedi 28 novembre 2026" in text
    assert "DUPONT Jeanne" in text and "9:20" in text
    assert desk.runtime.settings().documents_folder == str(tmp_path)


def test_undo_after_the_person_was_removed_says_so(
    qtbot: QtBot, desk: AttendanceWorkspace, db: Database, assembly: uuid.UUID
) -> None:
    qtbot.keyClicks(desk.search, "jeanne")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    remove_participant(db, person_id(db, assembly, "Dupont"))
    desk.reload()
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.confirmation.text() == (
        "Annulé\u00a0: la dernière action (arrivée à 9:20) d'une personne retirée depuis de la liste."
    )


def test_the_desk_records_only_into_today_s_session(
    qtbot: QtBot, desk: AttendanceWorkspace, db: Database, assembly: uuid.UUID, clock: Clock
) -> None:
    clock.desk.moment = dt.datetime.combine(SATURDAY + dt.timedelta(days=7), dt.time(9, 5))
    qtbot.keyClicks(desk.search, "jeanne")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.confirmation.text().startswith("Cette séance est celle du samedi 28 novembre 2026, pas d'aujourd'hui")
    assert present(desk) == []
