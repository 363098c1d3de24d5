"""What the timer shows at one moment: the countdown, its colour, the speaker's totals.

Everything is computed from the replayed floor and a time ``now`` read when the figures are
drawn, so what is shown is exact whenever it is painted, however late a repaint comes (the
window busy printing, a slow laptop): nothing counts ticks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from facilitator.core.participants import Participant
from facilitator.core.speaking.floor import Turn
from facilitator.core.speaking.rules import Budget
from facilitator.services.speaking.floor import FloorState
from facilitator.text.formats import countdown_text


class TimerState(StrEnum):
    """The countdown's colour: the style sheets and the projector key on these values."""

    IDLE = "idle"
    """Nobody has the floor."""
    NORMAL = "normal"
    WARNING = "warning"
    """No more than the phase's warning time left."""
    OVER = "over"


def timer_state(left: float, warning_seconds: int) -> TimerState:
    if left < 0:
        return TimerState.OVER
    if left <= warning_seconds:
        return TimerState.WARNING
    return TimerState.NORMAL


@dataclass(frozen=True)
class Readout:
    """The floor at one moment, as the workspace's timer and the projector show it."""

    turn: Turn | None = None
    person: Participant | None = None
    planned: int = 0
    """The turn's duration: the phase's default for its kind, capped by the role's time left."""
    elapsed: float = 0.0
    warning_seconds: int = 0
    phase_seconds: float = 0.0
    """All the speaker's time in the turn's phase, this turn included."""
    budget: Budget | None = None
    """The speaker's role's budget in the phase (None: no limit)."""
    resumes: Participant | None = None
    """For an interposed question: the speaker it paused, who resumes when it ends."""

    @property
    def left(self) -> float:
        return self.planned - self.elapsed

    @property
    def state(self) -> TimerState:
        if self.turn is None:
            return TimerState.IDLE
        return timer_state(self.left, self.warning_seconds)

    @property
    def paused(self) -> bool:
        return self.turn is not None and self.turn.paused

    @property
    def countdown(self) -> str:
        return countdown_text(self.left) if self.turn is not None else ""


def readout(state: FloorState | None, now: float) -> Readout:
    """Who has the floor and where their time stands at ``now``."""
    turn = state.current() if state is not None else None
    if state is None or turn is None:
        return Readout()
    interrupted = turn.interrupted
    elapsed = turn.seconds(now)
    budget = state.budget(turn.participant, turn.phase, now) if turn.participant in state.speakers else None
    planned = state.planned_seconds(turn)
    if budget is not None and not turn.overridden:
        # The role's time left when the turn began caps the countdown: an official with two
        # minutes left in the phase sees two minutes, not the phase's three.
        planned = min(planned, max(0, int(budget.allowed - (budget.used - elapsed))))
    return Readout(
        turn=turn,
        person=state.people.get(turn.participant),
        planned=planned,
        elapsed=elapsed,
        warning_seconds=state.discipline(turn.phase).warning_seconds,
        phase_seconds=state.floor.spoken(turn.participant, turn.phase, now),
        budget=budget,
        resumes=state.people.get(interrupted.participant) if interrupted is not None else None,
    )
