"""The discipline applied: in what order the queue gives the floor, and who may have it.

The order is by kind first (points of order, then interposed questions, then everybody
else), then the facilitator's own order when they moved requests by hand (requests made
after it come after the ones placed by hand, whatever the fairness rule), then the phase's
fairness rule (first come, or people who have not spoken in the phase first), optionally
alternating women and men. Budgets are counted from the turns of the phase: a role with no
time left is refused the floor with the reason, unless the facilitator overrides.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from facilitator.core.participants import Gender, Role
from facilitator.core.speaking.floor import Floor, Request
from facilitator.core.speaking.model import KIND_PRIORITY, Discipline, Fairness, RequestKind, Speaker

ALTERNATING = (Gender.FEMALE, Gender.MALE)


class Refusal(StrEnum):
    """Why the rules of the phase refuse the floor (or the queue)."""

    OFFICIALS_MAY_NOT_ASK = "officials_may_not_ask"
    NO_TIME_IN_PHASE = "no_time_in_phase"
    """The role's budget for the phase is zero."""
    BUDGET_SPENT = "budget_spent"


@dataclass(frozen=True)
class Budget:
    """A role's time in a phase: allowed, used, and what is left (negative when over)."""

    role: Role
    allowed: int
    used: float
    shared: bool

    @property
    def left(self) -> float:
        return self.allowed - self.used


def queue(
    floor: Floor,
    phase: uuid.UUID,
    discipline: Discipline,
    speakers: Mapping[uuid.UUID, Speaker],
) -> list[Request]:
    """The waiting requests of ``phase`` in the order the floor will be given."""
    waiting = [r for r in floor.waiting.values() if r.phase == phase]
    manual = {request: index for index, request in enumerate(floor.manual_order.get(phase, ()))}
    spoken = {t.participant for t in floor.turns if t.phase == phase}

    def tier(request: Request) -> tuple[int, int, bool]:
        newcomer_last = discipline.fairness is Fairness.NEWCOMERS_FIRST and request.participant in spoken
        return (KIND_PRIORITY[request.kind], manual.get(request.id, len(manual)), newcomer_last)

    ordered = sorted(waiting, key=lambda r: (tier(r), r.asked_at, r.id.bytes))
    if not discipline.alternate_genders:
        return ordered
    last = _last_gender(floor, phase, speakers)
    result: list[Request] = []
    for group in _groups(ordered, tier):
        kept = tier(group[0])[1] < len(manual) or group[0].kind is RequestKind.POINT_OF_ORDER
        # The facilitator's own order is kept as set, and points of order are about the
        # meeting, not a voice in the debate: neither is alternated, and points of order
        # do not count as the last voice (as in ``_last_gender``).
        placed = group if kept else _alternate(group, speakers, last)
        result.extend(placed)
        if group[0].kind is not RequestKind.POINT_OF_ORDER:
            last = _gender_after(placed, speakers, last)
    return result


def _groups(ordered: Sequence[Request], tier: Callable[[Request], tuple[int, int, bool]]) -> list[list[Request]]:
    groups: list[list[Request]] = []
    for request in ordered:
        if groups and tier(groups[-1][0]) == tier(request):
            groups[-1].append(request)
        else:
            groups.append([request])
    return groups


def _last_gender(floor: Floor, phase: uuid.UUID, speakers: Mapping[uuid.UUID, Speaker]) -> Gender | None:
    for turn in reversed(floor.turns):
        if turn.phase == phase and turn.request.kind is not RequestKind.POINT_OF_ORDER:
            gender = speakers[turn.participant].gender if turn.participant in speakers else None
            if gender in ALTERNATING:
                return gender
    return None


def _alternate(group: list[Request], speakers: Mapping[uuid.UUID, Speaker], last: Gender | None) -> list[Request]:
    """First come within the group, but the next of the other gender goes first when the
    previous speaker was a woman or a man (people of other or unstated gender keep their place)."""
    remaining = list(group)
    result = []
    while remaining:
        pick = remaining[0]
        if last in ALTERNATING:
            other = next(
                (r for r in remaining if _gender(r, speakers) in ALTERNATING and _gender(r, speakers) != last), None
            )
            first = _gender(pick, speakers)
            if other is not None and first == last:
                pick = other
        remaining.remove(pick)
        result.append(pick)
        gender = _gender(pick, speakers)
        if gender in ALTERNATING:
            last = gender
    return result


def _gender(request: Request, speakers: Mapping[uuid.UUID, Speaker]) -> Gender | None:
    speaker = speakers.get(request.participant)
    return speaker.gender if speaker else None


def _gender_after(requests: list[Request], speakers: Mapping[uuid.UUID, Speaker], last: Gender | None) -> Gender | None:
    for request in reversed(requests):
        if _gender(request, speakers) in ALTERNATING:
            return _gender(request, speakers)
    return last


def budget(
    floor: Floor,
    phase: uuid.UUID,
    discipline: Discipline,
    speaker: Speaker,
    speakers: Mapping[uuid.UUID, Speaker],
    now: float,
) -> Budget | None:
    """The speaker's role's budget in the phase, None when the role has no limit there."""
    rule = discipline.budgets.get(speaker.role)
    if rule is None:
        return None
    if rule.shared:
        same_role = {pid for pid, s in speakers.items() if s.role is speaker.role}
        used = sum(t.seconds(now) for t in floor.turns if t.phase == phase and t.participant in same_role)
    else:
        used = floor.spoken(speaker.id, phase, now)
    return Budget(speaker.role, rule.seconds, used, rule.shared)


def may_ask(discipline: Discipline, speaker: Speaker) -> Refusal | None:
    """Whether the person may be put in the queue of the phase at all."""
    if speaker.role is Role.ELECTED and not discipline.officials_may_ask:
        return Refusal.OFFICIALS_MAY_NOT_ASK
    return None


def may_speak(
    floor: Floor,
    request: Request,
    discipline: Discipline,
    speakers: Mapping[uuid.UUID, Speaker],
    now: float,
) -> Refusal | None:
    """None when the floor may be given for ``request``; otherwise why not. An override
    recorded for the request lifts any refusal."""
    if floor.overridden(request.id):
        return None
    speaker = speakers[request.participant]
    refused = may_ask(discipline, speaker)
    if refused is not None:
        return refused
    allowance = budget(floor, request.phase, discipline, speaker, speakers, now)
    if allowance is None:
        return None
    if allowance.allowed == 0:
        return Refusal.NO_TIME_IN_PHASE
    if allowance.left <= 0:
        return Refusal.BUDGET_SPENT
    return None
