"""A session's agenda as phases, each with a discipline profile (a template of the assembly).

An assembly starts with three standard profiles (information, deliberation, decision: the
officials' discipline tightening as the vote comes); agents change them or add their own.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.core.changes import Changed
from facilitator.core.names import fold, tidy
from facilitator.core.participants import Role
from facilitator.core.speaking.model import Discipline, Fairness, RoleBudget
from facilitator.services.assemblies.sessions import session_row
from facilitator.store.database import Database, Writer
from facilitator.store.models import AgendaPhase, Assembly, DisciplineProfile, SpeakingEventRow

STANDARD_PROFILES: tuple[tuple[str, Discipline], ...] = (
    ("Information et auditions", Discipline(turn_seconds=240, intervention_seconds=60, warning_seconds=30)),
    (
        "Délibération",
        Discipline(
            turn_seconds=180,
            intervention_seconds=60,
            warning_seconds=30,
            budgets={Role.ELECTED: RoleBudget(120)},
            fairness=Fairness.NEWCOMERS_FIRST,
            alternate_genders=True,
        ),
    ),
    (
        "Décision",
        Discipline(
            turn_seconds=120,
            intervention_seconds=60,
            warning_seconds=20,
            budgets={Role.ELECTED: RoleBudget(0), Role.STAFF: RoleBudget(0)},
            officials_may_ask=False,
            fairness=Fairness.NEWCOMERS_FIRST,
            alternate_genders=True,
        ),
    ),
)
"""Names are data of the assembly (French: what agents see and rename)."""


class PhaseInUse(Exception):
    """The phase already has speaking turns: it stays on the agenda (the report needs it)."""


@dataclass(frozen=True)
class Profile:
    id: uuid.UUID
    name: str
    discipline: Discipline


@dataclass(frozen=True)
class AgendaItem:
    id: uuid.UUID
    position: int
    name: str
    profile: Profile


def discipline_of(row: DisciplineProfile) -> Discipline:
    return Discipline(
        turn_seconds=row.turn_seconds,
        intervention_seconds=row.intervention_seconds,
        warning_seconds=row.warning_seconds,
        budgets={
            Role(role): RoleBudget(int(value["seconds"]), bool(value.get("shared", False)))
            for role, value in row.budgets.items()
        },
        officials_may_ask=row.officials_may_ask,
        fairness=row.fairness,
        alternate_genders=row.alternate_genders,
    )


def _values(discipline: Discipline) -> dict[str, Any]:
    return {
        "turn_seconds": discipline.turn_seconds,
        "intervention_seconds": discipline.intervention_seconds,
        "warning_seconds": discipline.warning_seconds,
        "officials_may_ask": discipline.officials_may_ask,
        "fairness": discipline.fairness,
        "alternate_genders": discipline.alternate_genders,
        "budgets": {
            role.value: {"seconds": budget.seconds, "shared": budget.shared}
            for role, budget in sorted(discipline.budgets.items())
        },
    }


def add_standard_profiles(writer: Writer, assembly_id: uuid.UUID) -> list[uuid.UUID]:
    return [
        writer.add(DisciplineProfile(assembly_id=assembly_id, name=name, **_values(discipline))).id
        for name, discipline in STANDARD_PROFILES
    ]


def _profiles(session: Session, assembly_id: uuid.UUID) -> list[Profile]:
    rows = session.scalars(
        select(DisciplineProfile).where(
            DisciplineProfile.assembly_id == assembly_id, DisciplineProfile.deleted.is_(False)
        )
    ).all()
    return sorted((Profile(r.id, r.name, discipline_of(r)) for r in rows), key=lambda p: fold(p.name))


def ensure_profiles(db: Database, assembly_id: uuid.UUID) -> Changed[list[Profile]]:
    """The assembly's profiles; the standard ones are made the first time they are asked for
    (an assembly whose profiles were all removed keeps none)."""
    with db.write() as writer:
        assembly = writer.session.get(Assembly, assembly_id)
        if assembly is None or assembly.deleted:
            raise LookupError(assembly_id)
        existing = writer.session.scalar(
            select(func.count()).select_from(DisciplineProfile).where(DisciplineProfile.assembly_id == assembly_id)
        )
        if not existing:
            add_standard_profiles(writer, assembly_id)
            writer.session.flush()
        return writer.done(_profiles(writer.session, assembly_id))


def save_profile(
    db: Database, assembly_id: uuid.UUID, name: str, discipline: Discipline, profile_id: uuid.UUID | None = None
) -> Changed[uuid.UUID]:
    """A new profile, or the changes of an existing one (its phases follow)."""
    name = tidy(name)
    if not name:
        raise ValueError("a profile needs a name")
    with db.write() as writer:
        if profile_id is None:
            return writer.done(
                writer.add(DisciplineProfile(assembly_id=assembly_id, name=name, **_values(discipline))).id
            )
        row = writer.session.get(DisciplineProfile, profile_id)
        if row is None or row.deleted:
            raise LookupError(profile_id)
        writer.change(row, name=name, **_values(discipline))
        return writer.done(row.id)


def session_agenda(db: Database, session_id: uuid.UUID) -> list[AgendaItem]:
    with db.read() as session:
        session_row(session, session_id)
        return read_agenda(session, session_id)


def read_agenda(session: Session, session_id: uuid.UUID) -> list[AgendaItem]:
    """The session's live phases in order, each with its discipline profile."""
    rows = session.execute(
        select(AgendaPhase, DisciplineProfile)
        .join(DisciplineProfile, DisciplineProfile.id == AgendaPhase.profile_id)
        .where(AgendaPhase.session_id == session_id, AgendaPhase.deleted.is_(False))
        .order_by(AgendaPhase.position)
    ).all()
    return [
        AgendaItem(phase.id, phase.position, phase.name, Profile(profile.id, profile.name, discipline_of(profile)))
        for phase, profile in rows
    ]


def add_phase(db: Database, session_id: uuid.UUID, name: str, profile_id: uuid.UUID) -> Changed[uuid.UUID]:
    name = tidy(name)
    if not name:
        raise ValueError("a phase needs a name")
    with db.write() as writer:
        session_row(writer.session, session_id)
        last = writer.session.scalar(
            select(func.max(AgendaPhase.position)).where(
                AgendaPhase.session_id == session_id, AgendaPhase.deleted.is_(False)
            )
        )
        row = AgendaPhase(session_id=session_id, position=(last or 0) + 1, name=name, profile_id=profile_id)
        return writer.done(writer.add(row).id)


def update_phase(db: Database, phase_id: uuid.UUID, name: str, profile_id: uuid.UUID) -> Changed[bool]:
    with db.write() as writer:
        row = _phase(writer, phase_id)
        return writer.done(writer.change(row, name=tidy(name) or row.name, profile_id=profile_id))


def move_phase(db: Database, phase_id: uuid.UUID, step: int) -> Changed[bool]:
    """Swap the phase with its neighbour before (step -1) or after (step +1)."""
    with db.write() as writer:
        row = _phase(writer, phase_id)
        phases = writer.session.scalars(
            select(AgendaPhase)
            .where(AgendaPhase.session_id == row.session_id, AgendaPhase.deleted.is_(False))
            .order_by(AgendaPhase.position)
        ).all()
        index = phases.index(row)
        other = index + step
        if not 0 <= other < len(phases):
            return writer.done(False)
        first, second = phases[index], phases[other]
        first_position, second_position = first.position, second.position
        writer.change(first, position=second_position)
        writer.change(second, position=first_position)
        return writer.done(True)


def remove_phase(db: Database, phase_id: uuid.UUID) -> Changed[None]:
    with db.write() as writer:
        row = _phase(writer, phase_id)
        used = writer.session.scalar(
            select(func.count()).select_from(SpeakingEventRow).where(SpeakingEventRow.phase_id == phase_id)
        )
        if used:
            raise PhaseInUse(phase_id)
        writer.delete(row)
        return writer.done(None)


def _phase(writer: Writer, phase_id: uuid.UUID) -> AgendaPhase:
    row = writer.session.get(AgendaPhase, phase_id)
    if row is None or row.deleted:
        raise LookupError(phase_id)
    return row
