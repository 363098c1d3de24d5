"""The demo's speaking time: the agenda of its sessions and the speakers' list of the last one.

In the last session held, residents speak most, a few of them many times, men a little
more than women; an elected official answers a question in the deliberation and is given
the floor in the decision phase only by an override, with its reason; a point of order and an
interposed question show how the queue handles them. Deterministic for a seed.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import select

from facilitator.core.participants import Participant, Role
from facilitator.core.speaking.model import EventKind, RequestKind
from facilitator.services.speaking.agenda import add_standard_profiles
from facilitator.store.database import Writer
from facilitator.store.models import AgendaPhase, AttendanceEvent, SpeakingEventRow

AGENDA = ("Accueil et information", "Délibération", "Décision")
"""Each phase with the standard profile of the same rank (information, deliberation, decision)."""


class _Script:
    def __init__(self, writer: Writer, session_id: uuid.UUID, start: dt.datetime) -> None:
        self.writer = writer
        self.session_id = session_id
        self.now = start

    def wait(self, seconds: int) -> dt.datetime:
        self.now += dt.timedelta(seconds=seconds)
        return self.now

    def event(self, phase: uuid.UUID, kind: EventKind, **extra: object) -> uuid.UUID:
        row = SpeakingEventRow(session_id=self.session_id, phase_id=phase, kind=kind, at=self.now, **extra)
        return self.writer.append(row).id

    def turn(
        self, phase: uuid.UUID, person: uuid.UUID, seconds: int, kind: RequestKind = RequestKind.CONTRIBUTION
    ) -> uuid.UUID:
        request = self.event(phase, EventKind.REQUEST, participant_id=person, request_kind=kind)
        self.wait(20)
        self.event(phase, EventKind.START, request_id=request)
        self.wait(seconds)
        self.event(phase, EventKind.END, request_id=request)
        self.wait(15)
        return request


def write_demo_agenda(
    writer: Writer,
    assembly_id: uuid.UUID,
    sessions: list[tuple[uuid.UUID, dt.date, bool]],
    people: dict[uuid.UUID, Participant],
    rng: random.Random,
) -> None:
    """The agenda of every plenary session (``(id, date, held)``), the turns of the last held."""
    profiles = add_standard_profiles(writer, assembly_id)
    writer.session.flush()  # the phases refer to the profiles (no ORM relationship orders them)
    phases: dict[uuid.UUID, list[uuid.UUID]] = {}
    for session_id, _date, _held in sessions:
        rows = [
            writer.add(AgendaPhase(session_id=session_id, position=position, name=name, profile_id=profile))
            for position, (name, profile) in enumerate(zip(AGENDA, profiles, strict=True), start=1)
        ]
        phases[session_id] = [row.id for row in rows]
    writer.session.flush()
    held = [(session_id, date) for session_id, date, done in sessions if done]
    if held:
        session_id, date = max(held, key=lambda item: item[1])
        _speakers_list(writer, session_id, date, phases[session_id], people, rng)


def _speakers_list(
    writer: Writer,
    session_id: uuid.UUID,
    date: dt.date,
    phases: list[uuid.UUID],
    people: dict[uuid.UUID, Participant],
    rng: random.Random,
) -> None:
    came = set(
        writer.session.scalars(select(AttendanceEvent.participant_id).where(AttendanceEvent.session_id == session_id))
    )
    present = sorted((people[p] for p in came if p in people), key=lambda p: p.badge_number)
    residents = [p for p in present if p.details.role is Role.CITIZEN]
    officials = [p for p in present if p.details.role is Role.ELECTED]
    experts = [p for p in present if p.details.role is Role.EXPERT]
    talkative = residents[:6]
    information, deliberation, decision = phases
    script = _Script(writer, session_id, dt.datetime.combine(date, dt.time(9, 40)))
    for expert in experts[:2]:
        script.turn(information, expert.id, rng.randint(420, 600))
    for person in rng.sample(residents, min(6, len(residents))):
        script.turn(information, person.id, rng.randint(40, 90), RequestKind.QUESTION)
    script.now = dt.datetime.combine(date, dt.time(13, 45))
    speaker = talkative[0].id
    request = script.event(
        deliberation, EventKind.REQUEST, participant_id=speaker, request_kind=RequestKind.CONTRIBUTION
    )
    script.wait(10)
    script.event(deliberation, EventKind.START, request_id=request)
    script.wait(95)
    if officials:
        script.turn(deliberation, officials[0].id, 70, RequestKind.QUESTION)  # pauses the resident
    script.wait(60)
    script.event(deliberation, EventKind.END, request_id=request)
    for person in [*talkative, *rng.sample(residents, min(14, len(residents)))]:
        script.turn(deliberation, person.id, rng.randint(50, 200))
    if residents:
        script.turn(deliberation, residents[-1].id, 35, RequestKind.POINT_OF_ORDER)
    script.now = dt.datetime.combine(date, dt.time(15, 10))
    for person in rng.sample(residents, min(8, len(residents))):
        script.turn(decision, person.id, rng.randint(45, 120))
    if officials:
        asked = script.event(
            decision, EventKind.REQUEST, participant_id=officials[0].id, request_kind=RequestKind.INTERVENTION
        )
        script.event(decision, EventKind.OVERRIDE, request_id=asked, note="Précision demandée sur le coût des travaux")
        script.wait(10)
        script.event(decision, EventKind.START, request_id=asked)
        script.wait(55)
        script.event(decision, EventKind.END, request_id=asked)
