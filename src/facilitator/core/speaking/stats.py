"""Speaking time added up: per person, role, gender and phase, and each role's share of the
time against its share of the people present (the figure that shows whether officials, or
men, took more than their part).

"The people present" are everyone who came to the session, whether still in the room or not:
someone who spoke in the morning and left at lunch was there to speak. The screen and the
printed report both take the shares from ``present_shares``.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from facilitator.core.participants import Gender, Role
from facilitator.core.speaking.floor import Turn
from facilitator.core.speaking.model import Speaker

K = TypeVar("K", bound=Hashable)


@dataclass
class Tally:
    turns: int = 0
    seconds: float = 0.0

    def add(self, seconds: float) -> None:
        self.turns += 1
        self.seconds += seconds


@dataclass(frozen=True)
class Share:
    """A group's part of the speaking time against its part of the people present."""

    seconds: float
    time_share: float
    present_share: float


@dataclass
class SpeakingStats:
    total: Tally = field(default_factory=Tally)
    by_person: dict[uuid.UUID, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_person_phase: dict[tuple[uuid.UUID, uuid.UUID], Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_role: dict[Role, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_gender: dict[Gender, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_phase: dict[uuid.UUID, Tally] = field(default_factory=lambda: defaultdict(Tally))


def statistics(turns: Iterable[Turn], speakers: Mapping[uuid.UUID, Speaker], now: float) -> SpeakingStats:
    """Every turn counted once, its time up to ``now`` when it is still open."""
    stats = SpeakingStats()
    for turn in turns:
        seconds = turn.seconds(now)
        speaker = speakers.get(turn.participant)
        stats.total.add(seconds)
        stats.by_person[turn.participant].add(seconds)
        stats.by_person_phase[(turn.participant, turn.phase)].add(seconds)
        stats.by_phase[turn.phase].add(seconds)
        if speaker is not None:
            stats.by_role[speaker.role].add(seconds)
            stats.by_gender[speaker.gender].add(seconds)
    return stats


def shares(spoken: Mapping[K, Tally], present: Mapping[K, int]) -> dict[K, Share]:
    """For each group present or heard: its seconds, its share of all the time, and its share
    of the people present (0 when nothing was said or nobody was there)."""
    total_time = sum(tally.seconds for tally in spoken.values())
    total_people = sum(present.values())
    groups = list(dict.fromkeys([*present, *spoken]))
    return {
        group: Share(
            spoken[group].seconds if group in spoken else 0.0,
            (spoken[group].seconds / total_time) if group in spoken and total_time else 0.0,
            (present.get(group, 0) / total_people) if total_people else 0.0,
        )
        for group in groups
    }


@dataclass(frozen=True)
class PresentShares:
    by_role: dict[Role, Share]
    by_gender: dict[Gender, Share]


def present_shares(
    stats: SpeakingStats, speakers: Mapping[uuid.UUID, Speaker], came: Collection[uuid.UUID]
) -> PresentShares:
    """Each role's and each gender's share of the time against its share of the people who came."""
    people = [speakers[person] for person in came if person in speakers]
    return PresentShares(
        shares(stats.by_role, Counter(speaker.role for speaker in people)),
        shares(stats.by_gender, Counter(speaker.gender for speaker in people)),
    )
