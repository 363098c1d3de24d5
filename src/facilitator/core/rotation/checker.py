"""The independent measure of a schedule: recounted from the seats, no shared code with the
search.

The planner's own bookkeeping is vectorised and incremental; this module recounts everything
from the seats alone, table by table, so that a bug in one cannot hide in the other (the tests
compare them, and every plan's reported figures come from here). Who met whom is one matrix of
counts, added to a table's block at a time: a plan of a large room is measured within its
deadline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations, pairwise

import numpy as np

from facilitator.core.rotation.model import ATTRIBUTES, Constraints, Person, Round, Table, quota


@dataclass(frozen=True)
class Metrics:
    repeated_pairs: int
    """Σ over pairs of max(0, times met − 1); pairs kept together on purpose do not count."""
    most_meetings: int
    """The most times any pair met (1 when nobody met twice)."""
    revisits: int
    """Times someone who moves came back to a table they had sat at; 0 when the constraints allow
    it (the groups of a Social Golfer instance have no place of their own)."""
    forced_returns: int
    """Returns that these rounds' table sizes force on any plan without a repeated pair: a
    table with nobody pinned that seats as many people as there are tables, all of them seated
    the round before, holds one person from every table of that round, its own included."""
    cap_excess: dict[str, int]
    """Per capped kind, people over the cap, summed over tables and rounds."""
    pinned_moves: int
    """Hosts and people who stay, seated elsewhere than their table."""
    capacity_excess: int
    uneven_rounds: int
    """Rounds where two tables differ in size by more than one."""
    apart_violations: int
    together_violations: int
    new_faces_min: float
    new_faces_mean: float
    """Per person and round, the share of tablemates never met in an earlier round."""
    balance: dict[str, float]
    """Per attribute, the share of (round, table) cells whose every category count is within quota."""
    neighbourhood_variety: float
    """Per table, distinct neighbourhoods over the most there could be; the mean over cells."""

    @property
    def official_clashes(self) -> int:
        return self.cap_excess.get("elected", 0)

    @property
    def hard_violations(self) -> int:
        """Everything that must be zero besides repeated pairs and revisits."""
        return (
            sum(self.cap_excess.values())
            + self.pinned_moves
            + self.capacity_excess
            + self.apart_violations
            + self.together_violations
        )


def measure(
    rounds: Sequence[Round],
    people: Sequence[Person],
    tables: Sequence[Table],
    constraints: Constraints,
    *,
    scored_from: int = 0,
) -> Metrics:
    """The figures of ``rounds``; new faces and balance only for rounds from ``scored_from``
    (the rounds played before a re-plan count in who met whom, not in the new plan's score)."""
    met = np.zeros((len(people), len(people)), dtype=np.int32)
    """How many rounds each pair sat together (the diagonal stays 0)."""
    visits: Counter[tuple[int, int]] = Counter()
    faces: list[float] = []
    seated = [_seated(one_round, len(tables)) for one_round in rounds]
    for index, groups in enumerate(seated):
        for table, group in enumerate(groups):
            for person in group:
                visits[person, table] += 1
            if len(group) < 2:
                continue
            block = np.ix_(group, group)
            if index >= scored_from:
                seen = (met[block] > 0).sum(axis=1)
                faces.extend(((len(group) - 1 - seen) / (len(group) - 1)).tolist())
            met[block] += 1
            met[group, group] -= 1
    for pair in constraints.keep_together:
        first, second = sorted(pair)
        met[first, second] = met[second, first] = 0
    counted = met[np.triu_indices(len(people), 1)]
    pins = constraints.pinned(tables)
    scored = seated[scored_from:]
    scored_rounds = rounds[scored_from:]
    return Metrics(
        repeated_pairs=int(np.maximum(counted - 1, 0).sum()),
        most_meetings=int(counted.max(initial=0)),
        revisits=_revisits(visits, pins) if constraints.avoid_revisits else 0,
        forced_returns=_forced_returns(seated, pins) if constraints.avoid_revisits else 0,
        cap_excess=_cap_excess(seated, people, constraints),
        pinned_moves=sum(
            1 for one_round in rounds for person, table in pins.items() if one_round[person] not in (None, table)
        ),
        capacity_excess=sum(
            max(0, len(group) - tables[t].capacity) for groups in seated for t, group in enumerate(groups)
        ),
        uneven_rounds=sum(1 for groups in seated if _spread(groups, tables) > 1),
        apart_violations=_pair_count(seated, constraints.keep_apart, same=True),
        together_violations=_pair_count(seated, constraints.keep_together, same=False),
        new_faces_min=min(faces, default=1.0),
        new_faces_mean=sum(faces) / len(faces) if faces else 1.0,
        balance={attribute: _balance(scored, scored_rounds, people, attribute) for attribute in ATTRIBUTES},
        neighbourhood_variety=_variety(scored, people),
    )


def _seated(one_round: Round, table_count: int) -> list[list[int]]:
    groups: list[list[int]] = [[] for _ in range(table_count)]
    for person, table in enumerate(one_round):
        if table is not None:
            groups[table].append(person)
    return groups


def _cap_excess(seated: list[list[list[int]]], people: Sequence[Person], constraints: Constraints) -> dict[str, int]:
    excess = dict.fromkeys(constraints.caps, 0)
    for groups in seated:
        for group in groups:
            kinds = Counter(people[person].kind for person in group)
            for kind, cap in constraints.caps.items():
                excess[kind] += max(0, kinds[kind] - cap)
    return excess


def _spread(groups: list[list[int]], tables: Sequence[Table]) -> int:
    """How much two tables differ in size, among the tables that could take one more."""
    sizes = [len(group) for group in groups]
    smallest = min((size for size, table in zip(sizes, tables, strict=True) if size < table.capacity), default=None)
    return max(sizes) - smallest if smallest is not None else 0


def _pair_count(
    seated: list[list[list[int]]],
    pairs: frozenset[frozenset[int]],
    *,
    same: bool,
) -> int:
    count = 0
    for groups in seated:
        where = {person: t for t, group in enumerate(groups) for person in group}
        for pair in pairs:
            first, second = sorted(pair)
            if first not in where or second not in where:
                continue
            if (where[first] == where[second]) == same:
                count += 1
    return count


def _shares(one_round: Round, people: Sequence[Person], attribute: str) -> dict[str, float]:
    present = [
        people[person].categories.get(attribute, "") for person, table in enumerate(one_round) if table is not None
    ]
    counts = Counter(present)
    return {category: count / len(present) for category, count in counts.items()}


def _balance(scored: list[list[list[int]]], rounds: Sequence[Round], people: Sequence[Person], attribute: str) -> float:
    cells = 0
    within = 0
    for groups, one_round in zip(scored, rounds, strict=True):
        shares = _shares(one_round, people, attribute)
        for group in groups:
            if not group:
                continue
            cells += 1
            counts = Counter(people[person].categories.get(attribute, "") for person in group)
            within += all(
                low <= counts[category] <= high
                for category, share in shares.items()
                for low, high in [quota(len(group), share)]
            )
    return within / cells if cells else 1.0


def _variety(scored: list[list[list[int]]], people: Sequence[Person]) -> float:
    ratios = []
    everyone = {people[p].categories.get("neighbourhood", "") for groups in scored for g in groups for p in g}
    for groups in scored:
        for group in groups:
            if group:
                distinct = len({people[person].categories.get("neighbourhood", "") for person in group})
                ratios.append(distinct / min(len(group), len(everyone)))
    return sum(ratios) / len(ratios) if ratios else 1.0


class Conflict(StrEnum):
    """Why a seat is highlighted when the plan is adjusted by hand."""

    REPEAT = "repeat"
    """Sits with someone met in another round."""
    CAP = "cap"
    """One of too many people of a capped kind (two elected officials) at the table."""
    APART = "apart"
    TOGETHER = "together"
    REVISIT = "revisit"
    """Back at a table sat at in another round."""
    PINNED = "pinned"
    """A host, or someone who stays, away from their table."""
    CAPACITY = "capacity"


def _revisits(visits: Counter[tuple[int, int]], pins: dict[int, int]) -> int:
    """Returns to a table already sat at, by people who move (a pinned person stays by design)."""
    return sum(times - 1 for (person, _), times in visits.items() if times > 1 and person not in pins)


def _forced_returns(seated: list[list[list[int]]], pins: dict[int, int]) -> int:
    count = 0
    for before, groups in pairwise(seated):
        earlier = {person for group in before for person in group}
        count += sum(
            1
            for group in groups
            if len(group) == len(groups) > 1
            and not any(person in pins for person in group)
            and all(person in earlier for person in group)
        )
    return count


def conflicts(
    rounds: Sequence[Round],
    people: Sequence[Person],
    tables: Sequence[Table],
    constraints: Constraints,
    round_index: int,
) -> dict[int, set[Conflict]]:
    """Per person seated in ``round_index``, what is wrong with their seat (nothing: absent)."""
    groups = _seated(rounds[round_index], len(tables))
    elsewhere: Counter[frozenset[int]] = Counter()
    visited: set[tuple[int, int]] = set()
    for index, one_round in enumerate(rounds):
        if index == round_index:
            continue
        for table, group in enumerate(_seated(one_round, len(tables))):
            visited.update((person, table) for person in group)
            elsewhere.update(frozenset(pair) for pair in combinations(group, 2))
    pins = constraints.pinned(tables)
    found: dict[int, set[Conflict]] = {}
    for table, group in enumerate(groups):
        kinds = Counter(people[person].kind for person in group)
        for person in group:
            reasons = found.setdefault(person, set())
            mates = [other for other in group if other != person]
            if any(
                elsewhere[frozenset((person, other))]
                for other in mates
                if frozenset((person, other)) not in constraints.keep_together
            ):
                reasons.add(Conflict.REPEAT)
            kind = people[person].kind
            if kind in constraints.caps and kinds[kind] > constraints.caps[kind]:
                reasons.add(Conflict.CAP)
            if any(frozenset((person, other)) in constraints.keep_apart for other in mates):
                reasons.add(Conflict.APART)
            if any(
                person in pair and any(rounds[round_index][other] not in (None, table) for other in pair)
                for pair in constraints.keep_together
            ):
                reasons.add(Conflict.TOGETHER)
            if person in pins and pins[person] != table:
                reasons.add(Conflict.PINNED)
            elif constraints.avoid_revisits and person not in pins and (person, table) in visited:
                reasons.add(Conflict.REVISIT)
            if len(group) > tables[table].capacity:
                reasons.add(Conflict.CAPACITY)
    return found
