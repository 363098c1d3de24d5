"""What a re-plan keeps of the previous plan: the round under way, and who takes over the
itinerary of someone who left."""

from __future__ import annotations

import numpy as np

from facilitator.core.rotation.model import History, Round


def array_of(one_round: Round) -> list[int]:
    """A round's tables, −1 for whoever has no seat."""
    return [-1 if table is None else table for table in one_round]


def unplanned(history: History, count: int) -> np.ndarray:
    """People the previous plan had no seat for (late arrivals): the first to take a free seat."""
    if not history.previous:
        return np.zeros(count, dtype=bool)
    return np.array([history.previous[0][person] is None for person in range(count)])


def inheritors(history: History, here: list[bool], pinned: set[int]) -> dict[int, int]:
    """Late arrivals, each paired with someone who left: the newcomer takes the free seat and
    the rest of that itinerary, which met nobody twice, so that nobody else has to move.

    Those who left during the round under way go first (their seat in it is free now). People
    who stay at one table (hosts, reduced mobility) neither inherit nor hand down an itinerary."""
    if not history.previous and history.current is None:
        return {}
    first = history.current if history.current is not None else history.previous[0]
    later = [history.current] if history.current is not None else []
    later += list(history.previous)
    left = [p for p in range(len(here)) if not here[p] and p not in pinned and any(r[p] is not None for r in later)]
    left.sort(key=lambda p: (first[p] is None, p))
    arrivals = [p for p in range(len(here)) if here[p] and p not in pinned and first[p] is None]
    return dict(zip(arrivals, left, strict=False))


def current_round(history: History, here: list[bool], heirs: dict[int, int]) -> tuple[np.ndarray | None, np.ndarray]:
    """The round in progress (see :func:`carried_over`), and who has just come."""
    if history.current is None:
        return None, np.zeros(len(here), dtype=bool)
    arrivals = np.array(here) & (np.array(array_of(history.current), dtype=np.int64) < 0)
    return carried_over(history.current, here, heirs), arrivals


def carried_over(one_round: Round, here: list[bool], heirs: dict[int, int]) -> np.ndarray:
    """A round of the former plan for the people here: seats kept for who stays, −1 for who
    left; someone who has just come sits in the seat of the person they took over from, or at
    table 0 until the sizes are balanced."""
    seats = np.array(array_of(one_round), dtype=np.int64)
    vacated = seats.copy()
    present = np.array(here)
    seats[~present] = -1
    seats[present & (seats < 0)] = 0
    for heir, left in heirs.items():
        if vacated[left] >= 0:
            seats[heir] = vacated[left]
    return seats
