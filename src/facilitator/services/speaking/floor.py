"""Running the speakers' list: each action one event in one transaction, checked against
the phase's discipline as it stands on disk.

Times are wall-clock datetimes, read by the caller from a clock that never goes back while the
application runs (``facilitator.app.clock.SessionClock``); across a restart with a clock set back,
an event is recorded at the session's latest time rather than before it. The core counts in
POSIX seconds. A turn in progress is on disk from its start: after a crash the list is
replayed and the countdown carries on from the time of the start.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.app.clock import posix_seconds
from facilitator.core.assemblies import check_today
from facilitator.core.attendance import presence as attendance
from facilitator.core.changes import Changed
from facilitator.core.names import tidy
from facilitator.core.participants import Participant
from facilitator.core.speaking import floor as floor_rules
from facilitator.core.speaking import rules
from facilitator.core.speaking.floor import Floor, Request, Turn
from facilitator.core.speaking.model import Discipline, EventKind, RequestKind, Speaker, SpeakingEvent
from facilitator.core.speaking.rules import Budget, Refusal
from facilitator.services.assemblies.sessions import SessionSummary, read_session, session_row
from facilitator.services.attendance.desk import read_events
from facilitator.services.roster.merging import merged_aliases
from facilitator.services.roster.participants import load_participants
from facilitator.services.speaking.agenda import AgendaItem, discipline_of, read_agenda
from facilitator.store.database import Database, Writer
from facilitator.store.models import AgendaPhase, DisciplineProfile, SpeakingEventRow
from facilitator.store.models import Participant as ParticipantRow


class FloorRefused(Exception):
    """The phase's rules refuse it; the facilitator may override with a reason."""

    def __init__(self, refusal: Refusal, budget: Budget | None = None) -> None:
        super().__init__(refusal.value)
        self.refusal = refusal
        self.budget = budget


class NoTurn(Exception):
    """Pause, resume or end with nobody at the floor."""


def _event(row: SpeakingEventRow, aliases: dict[uuid.UUID, uuid.UUID]) -> SpeakingEvent:
    return SpeakingEvent(
        id=row.id,
        kind=row.kind,
        at=posix_seconds(row.at),
        phase=row.phase_id,
        request=row.request_id,
        participant=aliases.get(row.participant_id, row.participant_id) if row.participant_id else None,
        request_kind=row.request_kind,
        order=tuple(uuid.UUID(value) for value in row.queue_order),
        note=row.note,
        stamp=row.stamp,
    )


def read_speaking_events(session: Session, session_id: uuid.UUID) -> list[SpeakingEvent]:
    """The session's speaking events, turns of a merged record counted for the record kept."""
    aliases = merged_aliases(session)
    rows = session.scalars(select(SpeakingEventRow).where(SpeakingEventRow.session_id == session_id))
    return [_event(row, aliases) for row in rows]


@dataclass(frozen=True)
class FloorState:
    """Everything the workspace, the projector and the report show, read in one go."""

    session: SessionSummary
    agenda: list[AgendaItem]
    people: dict[uuid.UUID, Participant]
    """Everyone of the assembly, people removed from the roster included (they may have spoken)."""
    present: set[uuid.UUID]
    came: set[uuid.UUID]
    """Everyone signed in at some point of the session, whether still there or gone."""
    speakers: dict[uuid.UUID, Speaker]
    floor: Floor
    latest: float | None
    """When the last event was recorded (None before the first)."""

    def phase(self, phase_id: uuid.UUID) -> AgendaItem:
        return next(item for item in self.agenda if item.id == phase_id)

    def discipline(self, phase_id: uuid.UUID) -> Discipline:
        return self.phase(phase_id).profile.discipline

    def queue(self, phase_id: uuid.UUID) -> list[Request]:
        return rules.queue(self.floor, phase_id, self.discipline(phase_id), self.speakers)

    def refusal(self, request: Request, now: float) -> Refusal | None:
        return rules.may_speak(self.floor, request, self.discipline(request.phase), self.speakers, now)

    def budget(self, participant_id: uuid.UUID, phase_id: uuid.UUID, now: float) -> Budget | None:
        speaker = self.speakers[participant_id]
        return rules.budget(self.floor, phase_id, self.discipline(phase_id), speaker, self.speakers, now)

    def current(self) -> Turn | None:
        return self.floor.current

    def planned_seconds(self, turn: Turn) -> int:
        return self.discipline(turn.phase).planned_seconds(turn.request.kind)


def _speaker(person: Participant) -> Speaker:
    return Speaker(person.id, person.details.role, person.details.gender)


def load_floor(db: Database, session_id: uuid.UUID) -> FloorState:
    with db.read() as session:
        summary = read_session(session, session_id)
        agenda = read_agenda(session, session_id)
        people = load_participants(session, ParticipantRow.assembly_id == summary.assembly_id, include_removed=True)
        presences = attendance.presences(read_events(session, session_id))
        events = read_speaking_events(session, session_id)
    return FloorState(
        summary,
        agenda,
        {person.id: person for person in people},
        {person for person, presence in presences.items() if presence.present},
        set(presences),
        {person.id: _speaker(person) for person in people},
        floor_rules.replay(events),
        max((event.at for event in events), default=None),
    )


def _append(
    writer: Writer, session_id: uuid.UUID, phase_id: uuid.UUID, kind: EventKind, at: dt.datetime, **extra: object
) -> uuid.UUID:
    """Record one event, never before the session's latest one: a wall clock set back between
    two runs of the application must not make a turn end before it began."""
    latest = writer.session.scalar(
        select(func.max(SpeakingEventRow.at)).where(SpeakingEventRow.session_id == session_id)
    )
    row = writer.append(
        SpeakingEventRow(session_id=session_id, phase_id=phase_id, kind=kind, at=max(at, latest or at), **extra)
    )
    return row.id


def _floor(writer: Writer, session_id: uuid.UUID, at: dt.datetime) -> Floor:
    """The floor of a session held today (``NotToday`` otherwise: the speakers' list records
    at the current time)."""
    check_today(session_row(writer.session, session_id).date, at)
    return floor_rules.replay(read_speaking_events(writer.session, session_id))


def _state(writer: Writer, session_id: uuid.UUID, at: dt.datetime) -> tuple[Floor, dict[uuid.UUID, Speaker]]:
    row = session_row(writer.session, session_id)
    people = load_participants(writer.session, ParticipantRow.assembly_id == row.assembly_id, include_removed=True)
    return _floor(writer, session_id, at), {p.id: _speaker(p) for p in people}


def _discipline(writer: Writer, session_id: uuid.UUID, phase_id: uuid.UUID) -> Discipline:
    phase = writer.session.get(AgendaPhase, phase_id)
    if phase is None or phase.deleted or phase.session_id != session_id:
        raise LookupError(phase_id)
    profile = writer.session.get(DisciplineProfile, phase.profile_id)
    assert profile is not None
    return discipline_of(profile)


def request_floor(
    db: Database,
    session_id: uuid.UUID,
    phase_id: uuid.UUID,
    participant_id: uuid.UUID,
    kind: RequestKind,
    at: dt.datetime,
    override_note: str = "",
) -> Changed[uuid.UUID]:
    """Put someone in the queue of the phase. Refused (``FloorRefused``) for an official when
    officials may not ask in this phase, unless the facilitator gives a reason to override."""
    with db.write() as writer:
        _, speakers = _state(writer, session_id, at)
        discipline = _discipline(writer, session_id, phase_id)
        if participant_id not in speakers:
            raise LookupError(participant_id)
        refused = rules.may_ask(discipline, speakers[participant_id])
        note = tidy(override_note)
        if refused is not None and not note:
            raise FloorRefused(refused)
        request_id = _append(
            writer, session_id, phase_id, EventKind.REQUEST, at, participant_id=participant_id, request_kind=kind
        )
        if refused is not None:
            _append(writer, session_id, phase_id, EventKind.OVERRIDE, at, request_id=request_id, note=note)
        return writer.done(request_id)


def give_floor(
    db: Database, session_id: uuid.UUID, request_id: uuid.UUID, at: dt.datetime, override_note: str = ""
) -> Changed[None]:
    """Give the floor for a waiting request (ending the current turn, or pausing it for an
    interposed question). Refused with the reason when the phase's budget says no, unless the
    facilitator overrides with a reason, which is recorded."""
    with db.write() as writer:
        floor, speakers = _state(writer, session_id, at)
        request = floor.waiting.get(request_id)
        if request is None:
            raise LookupError(request_id)
        discipline = _discipline(writer, session_id, request.phase)
        now = posix_seconds(at)
        refused = rules.may_speak(floor, request, discipline, speakers, now)
        note = tidy(override_note)
        if refused is not None and not note:
            speaker = speakers[request.participant]
            raise FloorRefused(refused, rules.budget(floor, request.phase, discipline, speaker, speakers, now))
        if refused is not None:
            _append(writer, session_id, request.phase, EventKind.OVERRIDE, at, request_id=request_id, note=note)
        _append(writer, session_id, request.phase, EventKind.START, at, request_id=request_id)
        return writer.done(None)


def _control(db: Database, session_id: uuid.UUID, kind: EventKind, at: dt.datetime) -> Changed[None]:
    with db.write() as writer:
        current = _floor(writer, session_id, at).current
        if current is None:
            raise NoTurn()
        if not ((kind is EventKind.PAUSE and not current.running) or (kind is EventKind.RESUME and current.running)):
            _append(writer, session_id, current.phase, kind, at, request_id=current.request.id)
        return writer.done(None)


def pause_turn(db: Database, session_id: uuid.UUID, at: dt.datetime) -> Changed[None]:
    return _control(db, session_id, EventKind.PAUSE, at)


def resume_turn(db: Database, session_id: uuid.UUID, at: dt.datetime) -> Changed[None]:
    return _control(db, session_id, EventKind.RESUME, at)


def end_turn(db: Database, session_id: uuid.UUID, at: dt.datetime) -> Changed[None]:
    return _control(db, session_id, EventKind.END, at)


def withdraw(db: Database, session_id: uuid.UUID, request_id: uuid.UUID, at: dt.datetime) -> Changed[None]:
    with db.write() as writer:
        request = _floor(writer, session_id, at).waiting.get(request_id)
        if request is None:
            raise LookupError(request_id)
        _append(writer, session_id, request.phase, EventKind.WITHDRAW, at, request_id=request_id)
        return writer.done(None)


def reorder(
    db: Database, session_id: uuid.UUID, phase_id: uuid.UUID, order: Sequence[uuid.UUID], at: dt.datetime
) -> Changed[None]:
    """The facilitator's own order for the waiting requests of the phase (a drag and drop)."""
    with db.write() as writer:
        check_today(session_row(writer.session, session_id).date, at)
        _discipline(writer, session_id, phase_id)
        _append(writer, session_id, phase_id, EventKind.REORDER, at, queue_order=[str(value) for value in order])
        return writer.done(None)
