"""Who waits, who speaks, for how long: the speakers' list replayed from its events.

Everything is derived from the append-only events, in time order, so a turn in progress is
the same after a restart as before it, and a total is always the sum of its turns. At most
one turn runs at any time: giving the floor ends the current turn, except for an
interposed question, which pauses it until the question ends.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from facilitator.core.speaking.model import EventKind, RequestKind, SpeakingEvent

Interval = tuple[float, float | None]


@dataclass(frozen=True)
class Request:
    id: uuid.UUID
    participant: uuid.UUID
    kind: RequestKind
    phase: uuid.UUID
    asked_at: float


@dataclass
class Turn:
    """One person's time at the floor, as it stands after the events replayed so far."""

    request: Request
    intervals: list[tuple[float, float | None]] = field(default_factory=list)
    """When it ran: (start, end), the last one open (end None) while it runs."""
    ended_at: float | None = None
    overridden: bool = False
    interrupted: Turn | None = None
    """For an interposed question: the turn it paused, resumed when the question ends."""
    resume_interrupted: bool = True
    """False when the interrupted speaker was already paused: they stay paused afterwards."""

    @property
    def participant(self) -> uuid.UUID:
        return self.request.participant

    @property
    def phase(self) -> uuid.UUID:
        return self.request.phase

    @property
    def running(self) -> bool:
        return self.ended_at is None and bool(self.intervals) and self.intervals[-1][1] is None

    @property
    def paused(self) -> bool:
        return self.ended_at is None and not self.running

    def seconds(self, now: float) -> float:
        """Time spoken: the intervals it ran, the open one up to ``now``."""
        return sum(((end if end is not None else now) - start for start, end in self.intervals), 0.0)

    def _stop(self, at: float) -> None:
        if self.running:
            start = self.intervals[-1][0]
            self.intervals[-1] = (start, max(at, start))

    def _go(self, at: float) -> None:
        if self.ended_at is None and not self.running:
            self.intervals.append((at, None))


@dataclass(frozen=True)
class Override:
    request: uuid.UUID
    participant: uuid.UUID
    phase: uuid.UUID
    at: float
    note: str


@dataclass
class Floor:
    """The replayed state: the waiting requests (unordered), every turn, the current one."""

    waiting: dict[uuid.UUID, Request] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)
    current: Turn | None = None
    overrides: list[Override] = field(default_factory=list)
    manual_order: dict[uuid.UUID, tuple[uuid.UUID, ...]] = field(default_factory=dict)
    """Per phase, the last order the facilitator set by hand."""
    _granted: set[uuid.UUID] = field(default_factory=set)

    def overridden(self, request: uuid.UUID) -> bool:
        return request in self._granted

    def spoken(self, participant: uuid.UUID, phase: uuid.UUID, now: float) -> float:
        return sum(t.seconds(now) for t in self.turns if t.participant == participant and t.phase == phase)


def _ordered(events: Iterable[SpeakingEvent]) -> list[SpeakingEvent]:
    """In the order they were recorded (their clock stamps), which a wall clock set back between
    two runs cannot disturb; events without a stamp fall back to their time."""
    return sorted(events, key=lambda e: (e.stamp, e.at, e.id.bytes))


def replay(events: Iterable[SpeakingEvent]) -> Floor:
    """The state after ``events``; events that make no sense where they fall (a pause with
    nothing running, the floor given for a request no longer waiting) change nothing."""
    floor = Floor()
    for event in _ordered(events):
        _apply(floor, event)
    return floor


def _apply(floor: Floor, event: SpeakingEvent) -> None:
    kind = event.kind
    if kind is EventKind.REQUEST:
        if event.participant is not None and event.request_kind is not None:
            floor.waiting[event.id] = Request(event.id, event.participant, event.request_kind, event.phase, event.at)
    elif kind is EventKind.WITHDRAW and event.request is not None:
        floor.waiting.pop(event.request, None)
    elif kind is EventKind.REORDER:
        floor.manual_order[event.phase] = event.order
    elif kind is EventKind.OVERRIDE and event.request is not None:
        request = floor.waiting.get(event.request)
        if request is not None:
            floor._granted.add(request.id)
            floor.overrides.append(Override(request.id, request.participant, request.phase, event.at, event.note))
    elif kind is EventKind.START and event.request is not None:
        _start(floor, event)
    elif floor.current is not None and event.request in (None, floor.current.request.id):
        _control(floor, floor.current, kind, event.at)


def _start(floor: Floor, event: SpeakingEvent) -> None:
    request = floor.waiting.pop(event.request, None)  # type: ignore[arg-type]
    if request is None:
        return
    at = event.at
    turn = Turn(request, overridden=request.id in floor._granted)
    current = floor.current
    if current is not None and request.kind is RequestKind.QUESTION:
        speaker = current.interrupted if current.request.kind is RequestKind.QUESTION else current
        if current is not speaker:
            _finish(current, at, chain=False)  # one question after another: the first is over
            turn.resume_interrupted = current.resume_interrupted
        elif speaker is not None:
            turn.resume_interrupted = speaker.running
        if speaker is not None:
            speaker._stop(at)
        turn.interrupted = speaker
    elif current is not None:
        _finish(current, at, chain=True)  # the next speaker: whoever was interrupted is done too
    turn._go(at)
    floor.turns.append(turn)
    floor.current = turn


def _finish(turn: Turn, at: float, *, chain: bool) -> None:
    turn._stop(at)
    turn.ended_at = at
    if chain and turn.interrupted is not None and turn.interrupted.ended_at is None:
        _finish(turn.interrupted, at, chain=True)


def _end(floor: Floor, turn: Turn, at: float) -> None:
    """The current turn ends; a question gives the floor back to the speaker it paused."""
    _finish(turn, at, chain=False)
    interrupted = turn.interrupted
    if interrupted is not None and interrupted.ended_at is None:
        if turn.resume_interrupted:
            interrupted._go(at)
        floor.current = interrupted
    else:
        floor.current = None


def _control(floor: Floor, turn: Turn, kind: EventKind, at: float) -> None:
    if kind is EventKind.PAUSE:
        turn._stop(at)
    elif kind is EventKind.RESUME:
        turn._go(at)
    elif kind is EventKind.END:
        _end(floor, turn, at)
