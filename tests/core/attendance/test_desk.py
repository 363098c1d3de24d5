"""The desk's search ranking: exact badge number first, people not yet here before the others."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.attendance.desk import DeskSearch
from facilitator.core.participants import Participant, ParticipantDetails


def person(badge: int, first: str, last: str) -> Participant:
    return Participant(uuid.UUID(int=badge), badge, ParticipantDetails(first, last))


PEOPLE = [
    person(1, "Jeanne", "Dupont"),
    person(2, "Jean", "Dupuis"),
    person(12, "Hélène", "Lefèvre"),
    person(120, "Paul", "Martin"),
]


def names(found: list[Participant]) -> list[str]:
    return [p.details.display_name for p in found]


def test_both_name_orders_any_accents() -> None:
    search = DeskSearch(PEOPLE)
    assert names(search.find("dup j", set())) == ["Jeanne Dupont", "Jean Dupuis"]
    assert names(search.find("helene LEF", set())) == ["Hélène Lefèvre"]
    assert search.find("  ", set()) == []


def test_an_exact_badge_number_comes_first() -> None:
    search = DeskSearch(PEOPLE)
    assert names(search.find("12", set())) == ["Hélène Lefèvre", "Paul Martin"]
    assert names(search.find("1", set()))[0] == "Jeanne Dupont"


def test_people_already_here_come_last() -> None:
    search = DeskSearch(PEOPLE)
    assert names(search.find("dup", {uuid.UUID(int=1)})) == ["Jean Dupuis", "Jeanne Dupont"]


@given(st.text(alphabet="dupjeanlfèvrmti 12", max_size=6), st.sets(st.sampled_from([p.id for p in PEOPLE])))
def test_ranking_only_reorders_the_matches(query: str, here: set[uuid.UUID]) -> None:
    search = DeskSearch(PEOPLE)
    found = search.find(query, here, limit=10)
    assert {p.id for p in found} == {p.id for p in search.find(query, set(), limit=10)}
    arrived = [p.id in here for p in found if str(p.badge_number) != query.strip()]
    assert arrived == sorted(arrived)
