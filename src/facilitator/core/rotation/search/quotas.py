"""The quotas the search balances tables against, per round, table and category.

With π a category's share among the people present in a round, a table of s people is within
quota when the category counts ⌊s·π⌋ to ⌈s·π⌉ there. A cap ("at most one elected official")
is a quota with no floor. Table sizes are settled before the search (swaps keep them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from facilitator.core.rotation.model import ATTRIBUTES, Constraints, Person, quota
from facilitator.core.rotation.search.state import CAP
from facilitator.core.rotation.search.tally import Quota

WEIGHTS = {"gender": 16.0, "drawn": 4.0, "age_band": 4.0, "neighbourhood": 1.0}


def build_quotas(
    people: Sequence[Person], constraints: Constraints, seats: np.ndarray, table_count: int
) -> list[Quota]:
    """The quotas of the attributes that vary among the people (one category is always in quota)."""
    varied = [a for a in ATTRIBUTES if len({person.categories.get(a, "") for person in people}) > 1]
    quotas = [_attribute(people, seats, table_count, attribute) for attribute in varied]
    if any(person.kind in constraints.caps for person in people):
        quotas.append(_caps(people, constraints, seats, table_count))
    return quotas


def _attribute(people: Sequence[Person], seats: np.ndarray, table_count: int, attribute: str) -> Quota:
    names = sorted({person.categories.get(attribute, "") for person in people})
    index = {name: number for number, name in enumerate(names)}
    category = np.array([index[person.categories.get(attribute, "")] for person in people], dtype=np.int64)
    rounds = seats.shape[0]
    low = np.zeros((rounds, table_count, len(names)), dtype=np.int64)
    high = np.zeros_like(low)
    for r in range(rounds):
        present = seats[r] >= 0
        shares = Counter(category[present].tolist())
        total = int(present.sum())
        sizes = np.bincount(seats[r][present], minlength=table_count)
        for size in np.unique(sizes):
            bounds = [quota(int(size), shares[k] / total if total else 0.0) for k in range(len(names))]
            low[r, sizes == size], high[r, sizes == size] = np.array(bounds, dtype=np.int64).T
    return Quota(
        category=category, weight=WEIGHTS[attribute], low=low, high=high, balanced=attribute != "neighbourhood"
    )


def _caps(people: Sequence[Person], constraints: Constraints, seats: np.ndarray, table_count: int) -> Quota:
    kinds = list(constraints.caps)
    category = np.array(
        [kinds.index(person.kind) if person.kind in constraints.caps else len(kinds) for person in people],
        dtype=np.int64,
    )
    limits = [*constraints.caps.values(), len(people)]
    high = np.broadcast_to(np.array(limits, dtype=np.int64), (seats.shape[0], table_count, len(limits))).copy()
    return Quota(category=category, weight=CAP, low=np.zeros_like(high), high=high, cap=True)
