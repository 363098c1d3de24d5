"""Laptops and the sync service over real HTTP on loopback: enrolment, a whole sync, joining an
assembly, and every refusal (revoked, unknown token, another device's name, another assembly,
another schema, a replayed or cut batch, a server that does not answer)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from facilitator.app.errors import EnvironmentKind, EnvironmentProblem
from facilitator.core.changes import Change, Changed
from facilitator.core.hlc import Stamp
from facilitator.core.participants import ParticipantDetails, Role
from facilitator.core.sync import Bundle, Operation, Outcome, SyncChange, encode_bundle
from facilitator.core.sync.refusals import KeyringProblem, Refusal
from facilitator.services.assemblies.assemblies import AssemblyNotFound, create_assembly
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in, load_session_attendance
from facilitator.services.roster.participants import add_participant, list_participants
from facilitator.services.sync.devices import add_device, revoke_device
from facilitator.services.sync.exchange import table_digests
from facilitator.services.sync.link import pending_changes, read_link
from facilitator.services.sync.log import read_changes
from facilitator.store.database import Database
from facilitator.store.migrate import SCHEMA_REVISION
from facilitator.store.models import ChangeLog, Participant
from facilitator.sync import client as client_module
from facilitator.sync.client import SyncClient
from facilitator.sync.protocol import SyncRefused
from facilitator.sync.run import SyncReport, enrol, run_sync
from facilitator.sync.tokens import KeyringRefused, load_token, save_token
from tests.helpers.network import MemoryKeyring
from tests.samples import JEANNE
from tests.sync.conftest import laptop

DAY = dt.date(2027, 1, 16)


def enrolled(db: Database, central: Database, server: str, name: str, assemblies: tuple[uuid.UUID, ...] = ()) -> str:
    """Enrol ``db`` as ``name``; its token (also in the memory keyring)."""
    code = add_device(central, name, assemblies).code
    return enrol(db, server, code)[1]


def sync(db: Database, wanted: tuple[str, ...] = ()) -> Changed[SyncReport]:
    link = read_link(db)
    with SyncClient(link.server, load_token(link.store, db.device_id)) as client:
        return run_sync(db, client, wanted=wanted)


def an_assembly(db: Database, name: str = "Assemblée de Valmont") -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    assembly = create_assembly(db, name, "Valmont").value
    person = add_participant(db, assembly, JEANNE).value.id
    session = create_session(db, assembly, DAY).value
    return assembly, person, session


def test_a_second_desk_joins_then_each_sees_the_others_arrivals(
    tmp_path: Path, central: Database, server: str, memory_keyring: MemoryKeyring
) -> None:
    first, second = laptop(tmp_path, "accueil1"), laptop(tmp_path, "accueil2")
    assembly, person, session = an_assembly(first)
    enrolled(first, central, server, "Accueil 1")
    enrolled(second, central, server, "Accueil 2")
    assert len(memory_keyring.secrets) == 2
    assert pending_changes(first, read_link(first)) == len(read_changes(first))

    pushed = sync(first).value
    assert pushed.pushed == len(read_changes(first)) and pushed.in_step
    assert pending_changes(first, read_link(first)) == 0

    joined = sync(second, ("Assemblée de Valmont",))
    assert joined.value.pulled.count(Outcome.APPLIED) == len(read_changes(first))
    assert joined.value.in_step and Change.ROSTER in joined.changes
    assert [p.id for p in list_participants(second, assembly)] == [person]

    check_in(second, session, person, dt.datetime.combine(DAY, dt.time(9, 12)))
    assert pending_changes(second, read_link(second)) == 1
    assert sync(second).value.pushed == 1
    back = sync(first)
    assert back.value.pulled.count(Outcome.APPLIED) == 1 and Change.ATTENDANCE in back.changes
    assert [event.participant_id for event in load_session_attendance(first, session).events] == [person]

    again = [sync(db).value for db in (first, second)]
    assert [(r.pushed, r.pulled.count(Outcome.APPLIED), r.in_step) for r in again] == [(0, 0, True)] * 2
    assert table_digests(first, [assembly]) == table_digests(second, [assembly]) == table_digests(central, [assembly])


def test_a_revoked_or_unknown_laptop_is_refused(
    tmp_path: Path, central: Database, server: str, memory_keyring: MemoryKeyring
) -> None:
    desk = laptop(tmp_path, "desk")
    an_assembly(desk)
    token = enrolled(desk, central, server, "Accueil 1")
    revoke_device(central, "Accueil 1")
    with pytest.raises(SyncRefused) as refused:
        sync(desk)
    assert refused.value.refusal is Refusal.REVOKED
    with SyncClient(server, token + "x") as client, pytest.raises(SyncRefused) as unknown:
        client.hello()
    assert unknown.value.refusal is Refusal.TOKEN_UNKNOWN
    with SyncClient(server) as client, pytest.raises(SyncRefused) as none:
        client.vector([])
    assert none.value.refusal is Refusal.NO_TOKEN
    with central.read() as session:
        assert session.scalar(select(ChangeLog.id)) is None


def test_an_enrolment_code_serves_once(
    tmp_path: Path, central: Database, server: str, memory_keyring: MemoryKeyring
) -> None:
    code = add_device(central, "Comptage").code
    enrol(laptop(tmp_path, "a"), server, code.lower().replace("-", " "))
    with pytest.raises(SyncRefused) as refused:
        enrol(laptop(tmp_path, "b"), server, code)
    assert refused.value.refusal is Refusal.CODE_INVALID


def test_without_a_safe_keyring_the_code_is_not_spent(
    tmp_path: Path, central: Database, server: str, memory_keyring: MemoryKeyring
) -> None:
    import keyring
    from keyring.backends import fail

    code = add_device(central, "Accueil").code
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringRefused) as refused:
        enrol(laptop(tmp_path, "a"), server, code)
    assert refused.value.problem is KeyringProblem.NONE
    keyring.set_keyring(memory_keyring)
    enrol(laptop(tmp_path, "b"), server, code)


def test_a_keyring_that_writes_in_clear_is_refused(memory_keyring: MemoryKeyring) -> None:
    import keyring

    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    keyring.set_keyring(plaintext())
    with pytest.raises(KeyringRefused) as refused:
        save_token("store", "device", "secret")
    assert refused.value.problem is KeyringProblem.PLAINTEXT
    keyring.set_keyring(memory_keyring)
    save_token("store", "device", "secret")
    assert load_token("store", "device") == "secret"


def test_a_push_in_another_devices_name_is_refused(
    tmp_path: Path, central: Database, server: str, memory_keyring: MemoryKeyring
) -> None:
    thief, victim = laptop(tmp_path, "thief"), laptop(tmp_path, "victim")
    an_assembly(victim)
    token = enrolled(thief, central, server, "Voleur")
    store = read_link(thief).store
    forged = Bundle(store, SCHEMA_REVISION, victim.device_id, {}, read_changes(victim))
    with SyncClient(server, token) as client, pytest.raises(SyncRefused) as refused:
        client.push(encode_bundle(forged))
    assert refused.value.refusal is Refusal.WRONG_DEVICE
    with central.read() as session:
        assert session.scalar(select(ChangeLog.id)) is None


@dataclasses.dataclass(frozen=True)
class KeptToOne:
    """The town hall's two assemblies on the server, and a desk allowed only the first."""

    town: Database
    desk: Database
    token: str
    mine: uuid.UUID
    other: uuid.UUID
    person: uuid.UUID
    """Someone of the other assembly."""


def kept_to_one(tmp_path: Path, central: Database, server: str) -> KeptToOne:
    town = laptop(tmp_path, "town")
    mine, _, _ = an_assembly(town, "Assemblée A")
    other, person, _ = an_assembly(town, "Assemblée B")
    enrolled(town, central, server, "Mairie")
    sync(town)
    desk = laptop(tmp_path, "desk")
    token = enrolled(desk, central, server, "Accueil A", (mine,))
    return KeptToOne(town, desk, token, mine, other, person)


def test_a_device_kept_to_one_assembly_cannot_change_another(
    tmp_path: Path, central: Database, server: str, memory_keyring: MemoryKeyring
) -> None:
    kept = kept_to_one(tmp_path, central, server)
    desk, token, mine, other, person = kept.desk, kept.token, kept.mine, kept.other, kept.person
    joined = sync(desk, ("Assemblée A",)).value
    assert joined.in_step and {p.assembly_id for p in _participants(desk)} == {mine}
    with pytest.raises(AssemblyNotFound) as hidden:
        sync(desk, ("Assemblée B",))
    assert hidden.value.available == ["Assemblée A"]

    forged = SyncChange(
        id=uuid.uuid4(),
        stamp=Stamp(2_000_000_000_000, 0, desk.device_id),
        entity="participant",
        entity_id=person,
        operation=Operation.UPDATE,
        payload={"first_name": "Falsifié"},
        schema=SCHEMA_REVISION,
    )
    store = read_link(desk).store
    with SyncClient(server, token) as client:
        answer = client.push(encode_bundle(Bundle(store, SCHEMA_REVISION, desk.device_id, {}, [forged])))
        moved = dataclasses.replace(
            forged,
            id=uuid.uuid4(),
            entity_id=uuid.uuid4(),
            operation=Operation.INSERT,
            payload={"assembly_id": str(other)},
        )
        answer_moved = client.push(encode_bundle(Bundle(store, SCHEMA_REVISION, desk.device_id, {}, [moved])))
    assert [item["reason"] for item in answer["rejected"] + answer_moved["rejected"]] == ["outside_scope"] * 2
    assert {p.first_name for p in _participants(central) if p.id == person} == {JEANNE.first_name}


def _participants(db: Database) -> list[Participant]:
    with db.read() as session:
        return list(session.scalars(select(Participant)))


def test_a_replayed_or_cut_batch_changes_nothing(
    tmp_path: Path, central: Database, server: str, memory_keyring: MemoryKeyring
) -> None:
    desk = laptop(tmp_path, "desk")
    an_assembly(desk)
    token = enrolled(desk, central, server, "Accueil")
    batch = encode_bundle(Bundle(read_link(desk).store, SCHEMA_REVISION, desk.device_id, {}, read_changes(desk)))
    with SyncClient(server, token) as client:
        with pytest.raises(SyncRefused) as cut:
            client.push(batch[: len(batch) - 7])
        assert cut.value.refusal is Refusal.BAD_REQUEST
        first = client.push(batch)
        replay = client.push(batch)
    assert first["applied"] == len(read_changes(desk)) == replay["already_there"]
    assert replay["applied"] == 0 and not replay["rejected"]


def test_a_laptop_on_another_schema_is_told_which_to_update(
    tmp_path: Path, central: Database, server: str, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = laptop(tmp_path, "desk")
    token = enrolled(desk, central, server, "Accueil")
    monkeypatch.setattr(client_module, "SCHEMA_REVISION", f"{int(SCHEMA_REVISION) + 1:04d}")
    with SyncClient(server, token) as client, pytest.raises(SyncRefused) as refused:
        client.hello()
    assert refused.value.refusal is Refusal.SCHEMA_MISMATCH and refused.value.detail == SCHEMA_REVISION


def test_a_stopped_server_is_retried_then_reported(tmp_path: Path) -> None:
    pauses: list[float] = []
    with (
        SyncClient("http://127.0.0.1:9", "token", sleep=pauses.append) as client,
        pytest.raises(EnvironmentProblem) as problem,
    ):
        client.hello()
    assert problem.value.kind is EnvironmentKind.SERVER_UNREACHABLE
    assert pauses == [0.5, 1.0, 2.0]


@pytest.mark.parametrize("address", ["http://192.168.1.20:8765", "http://sync.mairie.fr", "ftp://x"])
def test_a_token_never_crosses_a_network_in_clear(address: str) -> None:
    with pytest.raises(SyncRefused) as refused:
        SyncClient(address, "token")
    assert refused.value.refusal in (Refusal.PLAIN_HTTP, Refusal.BAD_REQUEST)


@pytest.mark.parametrize("address", ["http://127.0.0.1:8765", "http://[::1]:1", "http://localhost", "sync.mairie.fr"])
def test_loopback_and_https_addresses_are_accepted(address: str) -> None:
    with SyncClient(address) as client:
        assert client.server.startswith(("http://", "https://"))


def test_walk_ins_registered_apart_share_a_number_until_a_person_gives_one_anew(
    tmp_path: Path, central: Database, server: str, memory_keyring: MemoryKeyring
) -> None:
    from facilitator.core.participants import Gender, ParticipantDetails, Role
    from facilitator.services.roster.duplicates import give_new_badge_number, shared_badges

    first, second = laptop(tmp_path, "accueil1"), laptop(tmp_path, "accueil2")
    assembly, _, _ = an_assembly(first)
    enrolled(first, central, server, "Accueil 1")
    enrolled(second, central, server, "Accueil 2")
    sync(first)
    sync(second, ("Assemblée de Valmont",))
    awa = add_participant(first, assembly, ParticipantDetails("Awa", "Barbier", Role.CITIZEN, Gender.FEMALE)).value
    paul = add_participant(second, assembly, ParticipantDetails("Paul", "Martin", Role.CITIZEN, Gender.MALE)).value
    assert awa.badge_number == paul.badge_number == 2
    reports = [sync(first).value, sync(second).value, sync(first).value]
    assert not any(report.refused_by_server or report.pulled.rejected() for report in reports)
    shared = shared_badges(first)
    assert [(badge.number, [p.name for p in badge.people]) for badge in shared] in (
        [(2, ["Awa Barbier", "Paul Martin"])],
        [(2, ["Paul Martin", "Awa Barbier"])],
    )
    assert give_new_badge_number(first, shared[0].to_renumber.id).value == 3
    sync(first)
    sync(second)
    assert shared_badges(first) == shared_badges(second) == shared_badges(central) == []
    assert sorted(p.badge_number for p in list_participants(second, assembly)) == [1, 2, 3]
    assert table_digests(first, [assembly]) == table_digests(second, [assembly])


def test_a_laptop_clock_off_the_servers_is_warned_about_and_the_sync_still_holds(
    tmp_path: Path, central: Database, server: str, memory_keyring: MemoryKeyring
) -> None:
    from facilitator.store.database import wall_clock_ms

    desk = laptop(tmp_path, "desk")
    an_assembly(desk)
    token = enrolled(desk, central, server, "Accueil")
    with SyncClient(server, token, now_ms=lambda: wall_clock_ms() - 7 * 60 * 1000) as slow:
        report = run_sync(desk, slow).value
    assert report.clock_off and 6.5 * 60 < report.skew.total_seconds() < 7.5 * 60
    assert report.in_step and report.as_json()["clock_skew_seconds"] > 390
    with SyncClient(server, token) as right:
        assert not run_sync(desk, right).value.clock_off


def test_an_assembly_ticked_later_arrives_whole(
    tmp_path: Path, central: Database, server: str, memory_keyring: MemoryKeyring
) -> None:
    """Vectors are kept per assembly: changes of an assembly older than the device's latest
    change elsewhere still come when that assembly is followed."""
    town, desk = laptop(tmp_path, "town"), laptop(tmp_path, "desk")
    first, _, _ = an_assembly(town, "Assemblée A")
    second, _, _ = an_assembly(town, "Assemblée B")
    add_participant(town, first, ParticipantDetails("Paul", "Martin", Role.CITIZEN))  # the latest change: in A
    enrolled(town, central, server, "Mairie")
    enrolled(desk, central, server, "Accueil")
    sync(town)
    sync(desk, ("Assemblée A",))
    later = sync(desk, ("Assemblée B",)).value
    assert later.in_step
    assert len(list_participants(desk, second)) == 1
    assert table_digests(desk, [first, second]) == table_digests(town, [first, second])


def test_a_refused_move_does_not_open_the_other_assembly(
    tmp_path: Path, central: Database, server: str, memory_keyring: MemoryKeyring
) -> None:
    kept = kept_to_one(tmp_path, central, server)
    desk, token, mine, person = kept.desk, kept.token, kept.mine, kept.person
    sync(desk, ("Assemblée A",))
    moved = SyncChange(
        id=uuid.uuid4(),
        stamp=Stamp(2_000_000_000_000, 0, desk.device_id),
        entity="participant",
        entity_id=person,
        operation=Operation.UPDATE,
        payload={"assembly_id": str(mine)},
        schema=SCHEMA_REVISION,
    )
    renamed = dataclasses.replace(
        moved, id=uuid.uuid4(), stamp=Stamp(2_000_000_000_001, 0, desk.device_id), payload={"first_name": "Falsifié"}
    )
    batch = Bundle(read_link(desk).store, SCHEMA_REVISION, desk.device_id, {}, [moved, renamed])
    with SyncClient(server, token) as client:
        answer = client.push(encode_bundle(batch))
    assert [item["reason"] for item in answer["rejected"]] == ["outside_scope"] * 2
    assert {p.first_name for p in _participants(central) if p.id == person} == {JEANNE.first_name}
