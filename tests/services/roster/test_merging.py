"""One person registered as a walk-in at two desks, signed in at both: the records merged once
the desks sync, the person counted once, present from the first arrival, on every desk, even
for an arrival recorded under the merged record after the merge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in, load_session_attendance
from facilitator.services.indemnity.claims import load_claim, save_claim
from facilitator.services.roster.duplicates import possible_twins
from facilitator.services.roster.merging import NotTwins, merge_participants
from facilitator.services.roster.participants import list_participants
from tests.services.sync.test_bundles import carry, laptop

DAY = dt.date(2027, 1, 16)
AWA = ParticipantDetails("Awa", "Barbier", Role.CITIZEN, Gender.FEMALE)


def test_a_walk_in_registered_at_two_desks_is_merged_and_counted_once(tmp_path: Path) -> None:
    first, second = laptop(tmp_path, "accueil1"), laptop(tmp_path, "accueil2")
    assembly = create_assembly(first, "Assemblée de Valmont", "Valmont").value
    session = create_session(first, assembly, DAY, "Plénière").value
    carry(first, second, tmp_path / "a.fsync")
    here = add(first, assembly)
    there = add(second, assembly, ParticipantDetails("AWA", "Barbièr", Role.CITIZEN, Gender.FEMALE))
    check_in(first, session, here, dt.datetime.combine(DAY, dt.time(9, 20)))
    check_in(second, session, there, dt.datetime.combine(DAY, dt.time(9, 5)))
    carry(first, second, tmp_path / "b.fsync")
    carry(second, first, tmp_path / "c.fsync")
    (twins,) = possible_twins(first)
    assert {twins.first.id, twins.second.id} == {here, there}

    merged = merge_participants(first, there, here).value  # whichever order: the earlier is kept
    assert (merged.kept, merged.merged) == (min(here, there), max(here, there))
    check_in(second, session, max(here, there), dt.datetime.combine(DAY, dt.time(14, 0)))  # before it heard
    carry(first, second, tmp_path / "d.fsync")
    carry(second, first, tmp_path / "e.fsync")
    for db in (first, second):
        assert [p.id for p in list_participants(db, assembly)] == [merged.kept]
        attendance = load_session_attendance(db, session)
        assert list(attendance.presence) == [merged.kept]
        assert attendance.presence[merged.kept].arrived_at == dt.datetime.combine(DAY, dt.time(9, 5))
        assert attendance.figures().present == 1
        assert possible_twins(db) == []


def add(db: object, assembly: object, details: ParticipantDetails = AWA) -> object:
    from facilitator.services.roster.participants import add_participant

    return add_participant(db, assembly, details).value.id  # type: ignore[arg-type]


def test_a_claim_moves_to_the_kept_record_unless_it_has_its_own(tmp_path: Path) -> None:
    from facilitator.core.indemnity.amounts import Claim
    from facilitator.core.indemnity.travel import TravelMeans

    db = laptop(tmp_path, "office")
    assembly = create_assembly(db, "Assemblée de Valmont", "Valmont").value
    morning = create_session(db, assembly, DAY, "Plénière").value
    later = create_session(db, assembly, DAY + dt.timedelta(days=7), "Plénière").value
    kept, other = add(db, assembly), add(db, assembly)
    save_claim(db, morning, other, Claim(TravelMeans.CAR, 24, 5))
    save_claim(db, later, other, Claim(TravelMeans.CAR, 30, 5))
    save_claim(db, later, kept, Claim(TravelMeans.PUBLIC_TRANSPORT, ticket_cents=250))
    merged = merge_participants(db, kept, other).value
    assert (merged.claims_moved, merged.claims_left) == (1, 1)
    assert load_claim(db, morning, kept) == (Claim(TravelMeans.CAR, 24, 5), "")
    assert load_claim(db, later, kept) == (Claim(TravelMeans.PUBLIC_TRANSPORT, ticket_cents=250), "")
    assert load_claim(db, morning, other) is None
    with pytest.raises(NotTwins):
        merge_participants(db, kept, kept)
