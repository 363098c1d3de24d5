"""Small-group rotation: who sits at which table in each round, with new faces every round.

A Social Golfer Problem (CSPLib prob010) with diversity and room constraints. The words of a
plan are in ``model``; ``planner.plan`` builds a schedule from a design (``designs``: modular
constructions over finite fields, Latin squares, projective packings, Kirkman systems, stored
solutions), then repairs and balances it (``search``), or deals it round by round; ``checker``
measures every schedule independently, ``bounds`` says what can be reached at all.

The names below are the rotation's public face. They are loaded on first use: the schema and
the screens that only need the words (``model``) do not pay for numpy and the searches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from facilitator.core.rotation.bounds import Bound, bound
    from facilitator.core.rotation.checker import Conflict, Metrics, conflicts, measure
    from facilitator.core.rotation.model import (
        ATTRIBUTES,
        Constraints,
        History,
        Person,
        RevisionKind,
        RotationProblem,
        Round,
        Schedule,
        Table,
        quota,
    )
    from facilitator.core.rotation.planner import Plan, plan
    from facilitator.core.rotation.seating import largest_table

_PUBLIC = {
    "Bound": "bounds",
    "bound": "bounds",
    "Conflict": "checker",
    "Metrics": "checker",
    "conflicts": "checker",
    "measure": "checker",
    "ATTRIBUTES": "model",
    "Constraints": "model",
    "History": "model",
    "Person": "model",
    "RevisionKind": "model",
    "RotationProblem": "model",
    "Round": "model",
    "Schedule": "model",
    "Table": "model",
    "quota": "model",
    "Plan": "planner",
    "plan": "planner",
    "largest_table": "seating",
}

__all__ = [
    "ATTRIBUTES",
    "Bound",
    "Conflict",
    "Constraints",
    "History",
    "Metrics",
    "Person",
    "Plan",
    "RevisionKind",
    "RotationProblem",
    "Round",
    "Schedule",
    "Table",
    "bound",
    "conflicts",
    "largest_table",
    "measure",
    "plan",
    "quota",
]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
