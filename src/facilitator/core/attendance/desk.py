"""The sign-in desk's search: who the agent most probably means, first.

The agent types a few letters or a badge number and presses Enter, which signs in the first
match, so the order matters as much as the matching: the person whose badge number is
exactly what was typed comes first, then people not yet here before those already signed in
(the agent is welcoming arrivals), each group alphabetically.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from facilitator.core.names import NameIndex, search_text
from facilitator.core.participants import Participant, by_name


class DeskSearch:
    """A roster indexed once, searched on every keystroke."""

    def __init__(self, people: Sequence[Participant]) -> None:
        self.people = sorted(people, key=by_name)
        self._index = NameIndex(
            [search_text(p.details.first_name, p.details.last_name, str(p.badge_number)) for p in self.people]
        )
        self._by_badge = {str(p.badge_number): i for i, p in enumerate(self.people)}

    def find(self, query: str, here: set[uuid.UUID], limit: int = 8) -> list[Participant]:
        """At most ``limit`` people matching ``query``, the most probable first."""
        if not query.strip():
            return []
        matches = self._index.matches(query)
        exact = self._by_badge.get(query.strip())
        ranked = sorted(
            matches,
            key=lambda i: (i != exact, self.people[i].id in here, i),
        )
        return [self.people[i] for i in ranked[:limit]]
