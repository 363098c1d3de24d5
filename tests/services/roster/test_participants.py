from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from facilitator.core.participants import ParticipantDetails
from facilitator.services.assemblies.assemblies import add_sub_body, find_assembly, list_assemblies, list_sub_bodies
from facilitator.services.roster.participants import (
    ParticipantNotFound,
    add_participant,
    get_participant,
    insert_participants,
    list_participants,
    remove_participant,
    update_participant,
)
from facilitator.store.database import Database, link_id
from facilitator.store.models import ChangeLog, Membership
from tests.samples import JEANNE


def changes(db: Database, entity: str) -> list[tuple[str, dict]]:
    with db.read() as session:
        rows = session.execute(
            select(ChangeLog.operation, ChangeLog.payload).where(ChangeLog.entity == entity).order_by(ChangeLog.stamp)
        ).all()
    return [(operation, payload) for operation, payload in rows]


def test_add_gives_the_next_badge_number_and_memberships(db: Database, assembly: uuid.UUID) -> None:
    first = add_participant(db, assembly, JEANNE).value
    second = add_participant(db, assembly, ParticipantDetails("Paul", "Martin")).value
    assert (first.badge_number, second.badge_number) == (1, 2)
    assert get_participant(db, first.id).details == JEANNE
    assert [(s.name, s.members) for s in list_sub_bodies(db, assembly)] == [("Groupe de proposition", 1)]
    assert [operation for operation, _ in changes(db, "participant")] == ["insert", "insert"]
    assert [operation for operation, _ in changes(db, "membership")] == ["insert"]


def test_a_membership_has_the_same_id_on_every_laptop(db: Database, assembly: uuid.UUID) -> None:
    added = add_participant(db, assembly, JEANNE).value
    imported = insert_in_one_go(db, assembly, ParticipantDetails("Paul", "Martin", sub_bodies=JEANNE.sub_bodies))
    (sub_body,) = list_sub_bodies(db, assembly)
    with db.read() as session:
        stored = set(session.scalars(select(Membership.id)))
    assert stored == {link_id("membership", added.id, sub_body.id), link_id("membership", imported, sub_body.id)}


def insert_in_one_go(db: Database, assembly: uuid.UUID, details: ParticipantDetails) -> uuid.UUID:
    with db.write() as writer:
        (participant_id,) = insert_participants(writer, assembly, [details])
    return participant_id


def test_update_logs_only_the_fields_that_changed(db: Database, assembly: uuid.UUID) -> None:
    person = add_participant(db, assembly, JEANNE).value
    moved = ParticipantDetails(**{**vars(JEANNE), "neighbourhood": "La Gare", "sub_bodies": ()})
    assert update_participant(db, person.id, moved).value is True
    assert update_participant(db, person.id, moved).value is False
    assert changes(db, "participant")[-1] == ("update", {"neighbourhood": "La Gare"})
    assert changes(db, "membership")[-1] == ("delete", {"deleted": True})
    assert get_participant(db, person.id).details.sub_bodies == ()
    back = ParticipantDetails(**{**vars(moved), "sub_bodies": ("Groupe de proposition",)})
    update_participant(db, person.id, back)
    assert changes(db, "membership")[-1] == ("restore", {"deleted": False})  # lifts the tombstone at sync too
    assert get_participant(db, person.id).details.sub_bodies == ("Groupe de proposition",)


def test_remove_is_a_tombstone_and_numbers_are_never_reused(db: Database, assembly: uuid.UUID) -> None:
    person = add_participant(db, assembly, JEANNE).value
    remove_participant(db, person.id)
    assert list_participants(db, assembly) == []
    with pytest.raises(ParticipantNotFound):
        get_participant(db, person.id)
    with pytest.raises(ParticipantNotFound):
        remove_participant(db, person.id)
    assert add_participant(db, assembly, JEANNE).value.badge_number == 2
    assert [s.members for s in list_sub_bodies(db, assembly)] == [1]
    assert changes(db, "participant")[1] == ("delete", {"deleted": True})


def test_assemblies_are_found_by_name_whatever_the_accents(db: Database, assembly: uuid.UUID) -> None:
    assert find_assembly(db, "assemblee citoyenne de TESTVILLE") == assembly
    assert find_assembly(db, None) == assembly
    add_sub_body(db, assembly, "Comité")
    add_sub_body(db, assembly, "comite")
    assert [(a.name, a.participants, a.sub_bodies) for a in list_assemblies(db)] == [
        ("Assemblée citoyenne de Testville", 0, 1)
    ]
