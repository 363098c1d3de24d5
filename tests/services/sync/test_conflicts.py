"""One phone number edited on two desks apart: after the sticks, both desks keep the later one
and list the other; taking it back, or keeping the kept one, settles it on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.participants import ParticipantDetails
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.roster.participants import add_participant, get_participant, update_participant
from facilitator.services.sync.conflicts import field_conflicts, keep_value, take_other_value
from tests.samples import JEANNE
from tests.services.sync.test_bundles import carry, laptop


def edit_phone(db: object, person: object, phone: str) -> None:
    details = get_participant(db, person).details  # type: ignore[arg-type]
    update_participant(db, person, ParticipantDetails(**{**vars(details), "phone": phone}))  # type: ignore[arg-type]


@pytest.mark.parametrize("settle", ["take_back", "keep"])
def test_a_phone_edited_on_two_desks_is_shown_then_settled(tmp_path: Path, settle: str) -> None:
    first, second = laptop(tmp_path, "accueil1"), laptop(tmp_path, "accueil2")
    assembly = create_assembly(first, "Assemblée de Valmont", "Valmont").value
    person = add_participant(first, assembly, JEANNE).value.id
    carry(first, second, tmp_path / "a.fsync")
    edit_phone(first, person, "06 01 01 01 01")
    edit_phone(second, person, "06 02 02 02 02")
    carry(first, second, tmp_path / "b.fsync")
    carry(second, first, tmp_path / "c.fsync")

    seen = [field_conflicts(db) for db in (first, second)]
    for conflicts, here in zip(seen, (False, True), strict=True):
        (conflict,) = conflicts
        assert (conflict.record, conflict.field) == ("Jeanne Dupont", "phone")
        assert (conflict.kept.value, conflict.other.value) == ("06 02 02 02 02", "06 01 01 01 01")
        assert (conflict.kept.here, conflict.other.here) == (here, not here)
    assert {get_participant(db, person).details.phone for db in (first, second)} == {"06 02 02 02 02"}

    if settle == "take_back":
        assert take_other_value(first, seen[0][0]).value
        expected = "06 01 01 01 01"
    else:
        assert keep_value(first, seen[0][0]).value
        expected = "06 02 02 02 02"
    carry(first, second, tmp_path / "d.fsync")
    assert field_conflicts(first) == field_conflicts(second) == []
    assert {get_participant(db, person).details.phone for db in (first, second)} == {expected}


def test_an_edit_that_followed_another_is_no_conflict(tmp_path: Path) -> None:
    first, second = laptop(tmp_path, "accueil1"), laptop(tmp_path, "accueil2")
    assembly = create_assembly(first, "Assemblée de Valmont", "Valmont").value
    person = add_participant(first, assembly, JEANNE).value.id
    carry(first, second, tmp_path / "a.fsync")
    edit_phone(first, person, "06 01 01 01 01")
    carry(first, second, tmp_path / "b.fsync")
    edit_phone(second, person, "06 02 02 02 02")
    carry(second, first, tmp_path / "c.fsync")
    assert field_conflicts(first) == field_conflicts(second) == []
