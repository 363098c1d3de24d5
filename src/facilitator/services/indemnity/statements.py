"""What the finance office pays: per session or per period, from attendance and claims.

Everything is recomputed from the events and the claims each time (nothing is stored but
facts): a correction of an arrival changes the statement at once. A statement for one
session takes the rest of its calendar year into account (cap, kilometric bands), so that
the sum of the session statements of a year is the year's statement.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import extract
from sqlalchemy.orm import Session

from facilitator.core.assemblies import AssemblyRules
from facilitator.core.attendance import presence as attendance
from facilitator.core.indemnity.amounts import PersonAmounts, SessionAttendance, statement
from facilitator.core.participants import Participant, by_name
from facilitator.services.assemblies.rules import kilometric_scale, read_rules
from facilitator.services.assemblies.sessions import SessionSummary, read_session, read_sessions, session_row
from facilitator.services.attendance.desk import read_events
from facilitator.services.indemnity.claims import read_claims
from facilitator.services.roster.participants import load_participants
from facilitator.store.database import Database
from facilitator.store.models import Assembly, AssemblySession, ExpenseClaim
from facilitator.store.models import Participant as ParticipantRow


@dataclass(frozen=True)
class IndemnityLine:
    participant: Participant
    amounts: PersonAmounts


@dataclass(frozen=True)
class IndemnityReport:
    """A statement: the people paid for the sessions covered, alphabetically."""

    assembly_id: uuid.UUID
    assembly: str
    municipality: str
    rules: AssemblyRules
    sessions: list[SessionSummary]
    """The sessions covered, in date order."""
    period: tuple[dt.date, dt.date] | None
    """For a period statement, its first and last day."""
    lines: list[IndemnityLine]

    def total(self, name: str) -> int:
        """The sum of one amount (``"gross_cents"``, ``"total_cents"``…) over the lines."""
        return sum(getattr(line.amounts, name) for line in self.lines)


def _attendance_by_person(
    session: Session, sessions: list[SessionSummary], rules: AssemblyRules
) -> dict[uuid.UUID, list[SessionAttendance]]:
    """For each person who came to any of ``sessions``, what counted of each (with their claim)."""
    claims = read_claims(session, ExpenseClaim.session_id.in_([s.id for s in sessions]))
    result: dict[uuid.UUID, list[SessionAttendance]] = defaultdict(list)
    for summary in sessions:
        presences = attendance.presences(read_events(session, summary.id))
        for person, presence in presences.items():
            counted = attendance.half_days(
                presence, rules.indemnity.half_days, morning=summary.morning, afternoon=summary.afternoon
            )
            claim = claims.get((summary.id, person))
            result[person].append(SessionAttendance(summary.id, summary.date, counted, claim))
    return result


def _report(
    session: Session,
    assembly_id: uuid.UUID,
    covered: list[SessionSummary],
    period: tuple[dt.date, dt.date] | None,
) -> IndemnityReport:
    assembly = session.get(Assembly, assembly_id)
    assert assembly is not None
    rules = read_rules(session, assembly_id)
    years = {summary.date.year for summary in covered}
    same_years = read_sessions(
        session,
        (AssemblySession.assembly_id == assembly_id) & extract("year", AssemblySession.date).in_(sorted(years)),
    )
    covered_ids = {summary.id for summary in covered}
    by_person = _attendance_by_person(session, same_years, rules)
    people = {
        p.id: p for p in load_participants(session, ParticipantRow.assembly_id == assembly_id, include_removed=True)
    }
    scale = kilometric_scale()
    lines = []
    for person_id, items in by_person.items():
        asked = [item for item in items if item.session_id in covered_ids]
        if not asked or person_id not in people:
            continue
        person = people[person_id]
        amounts = statement(person_id, person.details.role, asked, rules.indemnity, scale, items)
        if amounts.eligible:
            lines.append(IndemnityLine(person, amounts))
    lines.sort(key=lambda line: by_name(line.participant))
    return IndemnityReport(
        assembly_id, assembly.name, assembly.municipality, rules, sorted(covered, key=lambda s: s.date), period, lines
    )


def session_indemnities(db: Database, session_id: uuid.UUID) -> IndemnityReport:
    """The statement of one session: everyone eligible who came."""
    with db.read() as session:
        row = session_row(session, session_id)
        return _report(session, row.assembly_id, [read_session(session, session_id)], None)


def period_indemnities(db: Database, assembly_id: uuid.UUID, start: dt.date, end: dt.date) -> IndemnityReport:
    """The statement of the sessions from ``start`` to ``end`` included (a year, a quarter…)."""
    if end < start:
        raise ValueError("a period ends after it starts")
    with db.read() as session:
        covered = read_sessions(
            session,
            (AssemblySession.assembly_id == assembly_id)
            & (AssemblySession.date >= start)
            & (AssemblySession.date <= end),
        )
        return _report(session, assembly_id, covered, (start, end))


def year_indemnities(db: Database, assembly_id: uuid.UUID, year: int) -> IndemnityReport:
    return period_indemnities(db, assembly_id, dt.date(year, 1, 1), dt.date(year, 12, 31))


def session_costs(db: Database, assembly_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """What each session of the assembly costs (indemnities, travel, child care), in cents."""
    with db.read() as session:
        covered = read_sessions(session, AssemblySession.assembly_id == assembly_id)
        if not covered:
            return {}
        report = _report(session, assembly_id, covered, None)
    costs = {summary.id: 0 for summary in covered}
    for line in report.lines:
        for amounts in line.amounts.sessions:
            costs[amounts.session_id] += amounts.total_cents
    return costs
