"""The room's hub: one code a day, desks paired with it get their own token over TLS with the
hub's certificate pinned; a new code drops them; wrong codes are limited; two desks of one name
are told apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from facilitator.core.sync.refusals import Refusal
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.sync.link import LinkKind
from facilitator.services.sync.room import change_room_code, open_room
from facilitator.store.database import Database
from facilitator.sync.certificates import hub_certificate
from facilitator.sync.client import SyncClient
from facilitator.sync.protocol import SyncRefused
from facilitator.sync.room import pair_with_hub, room_client
from facilitator.sync.run import run_sync
from facilitator.sync.server import FAILED_CODES_PER_MINUTE, ServiceThread, SyncService
from tests.sync.conftest import laptop

DAY = dt.date(2027, 1, 16)


@pytest.fixture
def hub(tmp_path: Path) -> Database:
    db = laptop(tmp_path, "hub")
    create_assembly(db, "Assemblée de Valmont", "Valmont")
    return db


def test_the_code_stays_all_day_and_changes_the_next(hub: Database) -> None:
    first = open_room(hub, DAY)
    assert len(first.code) == 6 and first.code.isdigit()
    assert open_room(hub, DAY) == first
    tomorrow = open_room(hub, DAY + dt.timedelta(days=1))
    assert tomorrow.room_id == first.room_id


def test_desks_pair_sync_and_are_dropped_by_a_new_code(tmp_path: Path, hub: Database) -> None:
    room = open_room(hub)
    cert, key = hub_certificate(tmp_path / "hub-tls")
    running = ServiceThread(SyncService(hub, room.room_id, room=True), cert=cert, key=key).start()
    try:
        desk, other = laptop(tmp_path, "desk"), laptop(tmp_path, "other")
        link, token = pair_with_hub(desk, running.address, room.code, "Accueil")
        other_link, _ = pair_with_hub(other, running.address, room.code, "Accueil")
        assert (link.device_name, other_link.device_name) == ("Accueil", "Accueil (2)")
        assert link.pinned_cert == cert.read_text(encoding="ascii")
        with room_client(link, token) as client:
            report = run_sync(desk, client, kind=LinkKind.ROOM).value
        assert report.in_step and report.pulled.outcomes

        with SyncClient(running.address, pinned_cert=link.pinned_cert) as stranger, pytest.raises(SyncRefused) as wrong:
            stranger.pair("123", "intruder", "Intrus")
        assert wrong.value.refusal is Refusal.ROOM_CODE_INVALID

        change_room_code(hub)
        with room_client(link, token) as client, pytest.raises(SyncRefused) as dropped:
            run_sync(desk, client, kind=LinkKind.ROOM)
        assert dropped.value.refusal is Refusal.REVOKED
    finally:
        running.stop()


def test_wrong_codes_are_limited_then_even_the_right_one_waits(tmp_path: Path, hub: Database) -> None:
    room = open_room(hub)
    running = ServiceThread(SyncService(hub, room.room_id, room=True)).start()
    try:
        with SyncClient(running.address) as guesser:
            for guess in range(FAILED_CODES_PER_MINUTE):
                with pytest.raises(SyncRefused):
                    guesser.pair(f"{guess:06d}" if f"{guess:06d}" != room.code else "x", "guesser", "G")
            with pytest.raises(SyncRefused) as waiting:
                guesser.pair(room.code, "guesser", "G")
        assert "wait a minute" in waiting.value.detail
    finally:
        running.stop()


def test_a_desk_sends_what_it_records_without_waiting_the_round(hub: Database) -> None:
    from facilitator.services.roster.participants import add_participant
    from facilitator.sync.room import NEWS_EVERY_SECONDS, _wait_for_news
    from tests.samples import JEANNE

    now = [0.0]
    naps: list[float] = []
    recorded_at_nap = [3]

    def sleep(seconds: float) -> None:
        naps.append(seconds)
        now[0] += seconds
        if len(naps) == recorded_at_nap[0]:
            assembly = create_assembly(hub, "Autre", "Valmont").value
            add_participant(hub, assembly, JEANNE)

    _wait_for_news(hub, 1.0, lambda: False, sleep, lambda: now[0])
    assert naps == [NEWS_EVERY_SECONDS] * 3  # woken by the change, not at the end of the second
    naps.clear()
    recorded_at_nap[0] = 0
    _wait_for_news(hub, 1.0, lambda: False, sleep, lambda: now[0])
    assert len(naps) == 10  # nothing new: the whole pause


def test_a_desk_tells_which_laptop_signed_someone_in_already(tmp_path: Path, hub: Database) -> None:
    from facilitator.app.clock import local_now
    from facilitator.services.assemblies.sessions import create_session
    from facilitator.services.attendance.desk import Outcome, check_in
    from facilitator.services.roster.participants import add_participant
    from facilitator.services.sync.room import hub_name
    from tests.samples import JEANNE

    assembly = create_assembly(hub, "Assemblée du jour", "Valmont").value
    awa, paul = (add_participant(hub, assembly, JEANNE).value.id for _ in range(2))
    now = local_now()
    session = create_session(hub, assembly, now.date()).value
    room = open_room(hub)
    cert, key = hub_certificate(tmp_path / "hub-tls")
    service = SyncService(hub, room.room_id, room=True, name=hub_name(hub))
    running = ServiceThread(service, cert=cert, key=key).start()
    try:
        desk = laptop(tmp_path, "desk")
        link, token = pair_with_hub(desk, running.address, room.code, "Accueil 2")
        with room_client(link, token) as client:
            run_sync(desk, client, kind=LinkKind.ROOM)
            check_in(desk, session, awa, now)
            run_sync(desk, client, kind=LinkKind.ROOM)
            at_hub = check_in(hub, session, awa, now).value
            check_in(hub, session, paul, now)
            run_sync(desk, client, kind=LinkKind.ROOM)
        at_desk = check_in(desk, session, paul, now).value
    finally:
        running.stop()
    assert (at_hub.outcome, at_hub.by) == (Outcome.ALREADY_HERE, "Accueil 2")
    assert (at_desk.outcome, at_desk.by) == (Outcome.ALREADY_HERE, hub_name(hub))


def test_a_desk_still_in_the_room_cannot_be_paired_in_its_place(tmp_path: Path, hub: Database) -> None:
    room = open_room(hub)
    cert, key = hub_certificate(tmp_path / "hub-tls")
    running = ServiceThread(SyncService(hub, room.room_id, room=True), cert=cert, key=key).start()
    try:
        desk = laptop(tmp_path, "desk")
        link, token = pair_with_hub(desk, running.address, room.code, "Accueil")
        with room_client(link, token) as client:
            run_sync(desk, client, kind=LinkKind.ROOM)  # the desk is in the room
        with SyncClient(running.address, pinned_cert=link.pinned_cert) as thief, pytest.raises(SyncRefused) as refused:
            thief.pair(room.code, desk.device_id, "Voleur")
        assert refused.value.refusal is Refusal.STILL_IN_ROOM
        with room_client(link, token) as client:
            assert run_sync(desk, client, kind=LinkKind.ROOM).value.in_step  # its token still works
    finally:
        running.stop()
