"""Applying by chunks: a change that names a row this replica does not hold is rejected alone,
whichever chunk it falls in and whatever precedes it; the same result as one change at a time."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.participants import ParticipantDetails, Role
from facilitator.core.sync import Operation, Outcome, Rejection
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in
from facilitator.services.roster.participants import add_participant, list_participants
from facilitator.services.sync import apply
from facilitator.services.sync.apply import apply_changes
from facilitator.services.sync.exchange import table_digests
from facilitator.services.sync.log import read_changes
from facilitator.store.database import Database
from facilitator.store.opening import open_database
from tests.services.sync.test_bundles import DAY, laptop


def a_day_on_one_laptop(db: Database) -> uuid.UUID:
    """An assembly of twelve people, a session and their arrivals: mutable rows and events."""
    assembly = create_assembly(db, "Assemblée citoyenne", "Villebrune").value
    session = create_session(db, assembly, DAY, "Plénière").value
    for index in range(12):
        person = add_participant(db, assembly, ParticipantDetails(f"P{index}", "Martin", Role.CITIZEN)).value
        check_in(db, session, person.id, dt.datetime.combine(DAY, dt.time(9, index)))
    return assembly


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> list:
    folder = tmp_path_factory.mktemp("source")
    db = laptop(folder, "source")
    assembly = a_day_on_one_laptop(db)
    changes = read_changes(db)
    db.dispose()
    return [assembly, changes]


@settings(max_examples=8)
@given(chunk=st.integers(min_value=1, max_value=40), broken=st.data())
def test_a_broken_link_is_rejected_alone_in_any_chunk(
    tmp_path_factory: pytest.TempPathFactory, source: list, chunk: int, broken: st.DataObject
) -> None:
    assembly, changes = source
    inserts = [index for index, change in enumerate(changes) if change.entity == "attendance_event"]
    faulty_at = broken.draw(st.sampled_from(inserts))
    faulty = dataclasses.replace(
        changes[faulty_at],
        entity_id=uuid.uuid4(),
        payload={**changes[faulty_at].payload, "participant_id": str(uuid.uuid4())},
    )
    sent = [*changes[:faulty_at], faulty, *changes[faulty_at + 1 :]]
    folder = tmp_path_factory.mktemp("target")
    with open_database(folder / "chunked.sqlite", "t") as chunked, open_database(folder / "alone.sqlite", "u") as alone:
        original = apply.CHUNK
        try:
            apply.CHUNK = chunk
            report = apply_changes(chunked, sent).value
            apply.CHUNK = 1
            one_by_one = apply_changes(alone, sent).value
        finally:
            apply.CHUNK = original
        assert [(item.change.id, item.rejection) for item in report.rejected()] == [(faulty.id, Rejection.BROKEN_LINK)]
        assert report.count(Outcome.APPLIED) == len(changes) - 1 == one_by_one.count(Outcome.APPLIED)
        assert table_digests(chunked, [assembly]) == table_digests(alone, [assembly])


def test_an_edit_after_a_refused_change_to_the_same_row_applies(tmp_path: Path) -> None:
    source = laptop(tmp_path, "source")
    assembly = a_day_on_one_laptop(source)
    changes = read_changes(source)
    person = next(change for change in changes if change.entity == "participant")
    broken = dataclasses.replace(
        person,
        id=uuid.uuid4(),
        stamp=dataclasses.replace(changes[-1].stamp, wall_ms=changes[-1].stamp.wall_ms + 1),
        operation=Operation.UPDATE,
        payload={"assembly_id": str(uuid.uuid4())},
    )
    renamed = dataclasses.replace(
        broken, id=uuid.uuid4(), stamp=dataclasses.replace(broken.stamp, wall_ms=broken.stamp.wall_ms + 1),
        payload={"first_name": "Renommé"},
    )  # fmt: skip
    with open_database(tmp_path / "target.sqlite", "t") as target:
        apply_changes(target, changes)
        report = apply_changes(target, [broken, renamed]).value
        assert [item.outcome for item in report.outcomes] == [Outcome.REJECTED, Outcome.APPLIED]
        assert report.outcomes[0].rejection is Rejection.BROKEN_LINK
        assert {p.details.first_name for p in list_participants(target, assembly) if p.id == person.entity_id} == {
            "Renommé"
        }
