"""Two laptops kept in step by a USB stick: the second desk joins from a bundle, each desk's
arrivals reach the other, edits merge field by field, a bundle twice changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from facilitator.app import runtime
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.core.sync import BundleRefused, Operation, Outcome, Rejection
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in, load_session_attendance
from facilitator.services.roster.participants import add_participant, list_participants, update_participant
from facilitator.services.sync.bundles import export_bundle, import_bundle
from facilitator.store.database import Database
from facilitator.store.models import ChangeLog

DAY = dt.date(2027, 1, 16)


def laptop(tmp_path: Path, name: str) -> Database:
    return runtime.start(tmp_path / name).open_database(tmp_path / f"{name}.sqlite")


def carry(source: Database, target: Database, stick: Path) -> dict[Outcome, int]:
    export_bundle(source, stick)
    report = import_bundle(target, stick).value
    return {outcome: report.count(outcome) for outcome in Outcome}


def log_size(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog)) or 0


def test_two_desks_meet_through_a_stick(tmp_path: Path) -> None:
    desk1, desk2, stick = laptop(tmp_path, "desk1"), laptop(tmp_path, "desk2"), tmp_path / "stick.bundle"
    assembly = create_assembly(desk1, "Assemblée citoyenne", "Villebrune").value
    jeanne = add_participant(desk1, assembly, ParticipantDetails("Jeanne", "Dupont", Role.CITIZEN, Gender.FEMALE)).value
    paul = add_participant(desk1, assembly, ParticipantDetails("Paul", "Martin", Role.CITIZEN)).value
    session = create_session(desk1, assembly, DAY, "Plénière").value
    joined = carry(desk1, desk2, stick)
    assert joined[Outcome.APPLIED] == log_size(desk1) and joined[Outcome.REJECTED] == 0
    assert sorted(p.details.last_name for p in list_participants(desk2, assembly)) == ["Dupont", "Martin"]

    check_in(desk1, session, jeanne.id, dt.datetime.combine(DAY, dt.time(9, 5)))
    check_in(desk2, session, paul.id, dt.datetime.combine(DAY, dt.time(9, 7)))
    update_participant(
        desk1, jeanne.id, ParticipantDetails("Jeanne", "Dupont", Role.CITIZEN, Gender.FEMALE, phone="0601020304")
    )
    update_participant(desk2, jeanne.id, ParticipantDetails("Jeanne-Marie", "Dupont", Role.CITIZEN, Gender.FEMALE))
    carry(desk1, desk2, stick)
    carry(desk2, desk1, stick)
    for desk in (desk1, desk2):
        arrived = {event.participant_id for event in load_session_attendance(desk, session).events}
        assert arrived == {jeanne.id, paul.id}
    assert list_participants(desk1, assembly) == list_participants(desk2, assembly)
    again = carry(desk2, desk1, stick)
    assert again[Outcome.APPLIED] == 0 and again[Outcome.ALREADY_THERE] == log_size(desk2)
    assert log_size(desk1) == log_size(desk2)


def test_a_damaged_stick_is_refused_and_nothing_applied(tmp_path: Path) -> None:
    desk1, desk2, stick = laptop(tmp_path, "desk1"), laptop(tmp_path, "desk2"), tmp_path / "stick.bundle"
    create_assembly(desk1, "Assemblée citoyenne", "Villebrune")
    export_bundle(desk1, stick)
    stick.write_bytes(stick.read_bytes()[:-20])
    with pytest.raises(BundleRefused):
        import_bundle(desk2, stick)
    assert log_size(desk2) == 0


def test_an_edit_of_a_row_never_received_is_rejected_and_the_rest_applies(tmp_path: Path) -> None:
    desk1, desk2, stick = laptop(tmp_path, "desk1"), laptop(tmp_path, "desk2"), tmp_path / "stick.bundle"
    assembly = create_assembly(desk1, "Assemblée citoyenne", "Villebrune").value
    person = add_participant(desk1, assembly, ParticipantDetails("Awa", "Barbier", Role.CITIZEN)).value
    update_participant(desk1, person.id, ParticipantDetails("Awa", "Barbier-Ndiaye", Role.CITIZEN))
    export_bundle(desk1, stick)
    from facilitator.core.sync import decode_bundle, encode_bundle
    from facilitator.store.migrate import SCHEMA_REVISION

    bundle = decode_bundle(stick.read_bytes(), store=None, schema=SCHEMA_REVISION)
    kept = [
        change for change in bundle.changes if not (change.entity == "participant" and change.operation == "insert")
    ]
    stick.write_bytes(encode_bundle(type(bundle)(None, bundle.schema, bundle.sender, bundle.vector, kept)))
    report = import_bundle(desk2, stick).value
    assert [(item.change.entity, item.change.operation, item.rejection) for item in report.rejected()] == [
        ("participant", Operation.UPDATE, Rejection.NO_SUCH_ROW)
    ]
    assert report.count(Outcome.APPLIED) == len(kept) - 1
    assert list_participants(desk2, assembly) == []


@pytest.mark.postgres
def test_the_same_changes_apply_to_the_central_store_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    """One code path for both ends: a desk's bundle applied to PostgreSQL gives the same rows,
    and a second time nothing."""
    from sqlalchemy import text

    from facilitator.store import migrate
    from facilitator.store.engine import create_server_engine

    desk = laptop(tmp_path, "desk1")
    assembly = create_assembly(desk, "Assemblée citoyenne", "Villebrune").value
    person = add_participant(desk, assembly, ParticipantDetails("Awa", "Barbier", Role.CITIZEN, Gender.FEMALE)).value
    session = create_session(desk, assembly, DAY, "Plénière").value
    check_in(desk, session, person.id, dt.datetime.combine(DAY, dt.time(9, 5)))
    update_participant(desk, person.id, ParticipantDetails("Awa", "Barbier-Ndiaye", Role.CITIZEN, Gender.FEMALE))
    engine = create_server_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    migrate.upgrade(engine)
    central = Database(engine, "mairie")
    stick = tmp_path / "stick.bundle"
    assert carry(desk, central, stick)[Outcome.APPLIED] == log_size(desk)
    assert list_participants(central, assembly) == list_participants(desk, assembly)
    arrivals = [event.at for event in load_session_attendance(central, session).events]
    assert arrivals == [dt.datetime.combine(DAY, dt.time(9, 5))]
    assert carry(desk, central, stick)[Outcome.APPLIED] == 0
    central.dispose()


def test_a_stick_of_another_town_hall_is_refused(tmp_path: Path) -> None:
    from facilitator.core.sync import BundleProblem
    from facilitator.services.sync.link import save_link

    ours, theirs, fresh = laptop(tmp_path, "ours"), laptop(tmp_path, "theirs"), laptop(tmp_path, "fresh")
    create_assembly(theirs, "Assemblée d'ailleurs", "Ailleurs")
    save_link(ours, "https://sync.valmont.example", "01a2531a-0000-7000-8000-000000000001", "Accueil 1")
    save_link(theirs, "https://sync.ailleurs.example", "01a2531a-0000-7000-8000-000000000002", "Accueil 1")
    with pytest.raises(BundleRefused) as refused:
        carry(theirs, ours, tmp_path / "stick.fsync")
    assert refused.value.problem is BundleProblem.FOREIGN_STORE
    assert log_size(ours) == 0
    assert carry(theirs, fresh, tmp_path / "stick.fsync")[Outcome.APPLIED] == log_size(theirs)
    assert carry(fresh, theirs, tmp_path / "back.fsync")[Outcome.ALREADY_THERE] == log_size(theirs)
