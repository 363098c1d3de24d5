"""The printed documents, from what the database holds: badges, émargement, états, attestation.

Each function reads what its document needs in one read transaction, turns it into the
plain models of ``facilitator.printing.model`` (words in the interface language) and writes
the PDF atomically. Nothing is written to the database, but for the badge key of an assembly
older than badges, made with its first badges.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from facilitator.core import attendance
from facilitator.core.badges import badge_payload
from facilitator.core.indemnity import Claim, SessionAmounts
from facilitator.core.participants import Participant, by_name
from facilitator.messages import counted_label, means_label, role_label, unit_label
from facilitator.printing import model
from facilitator.printing.attendance_certificate import write_attendance_certificate
from facilitator.printing.attendance_sheet import write_attendance_sheet
from facilitator.printing.badges import write_badges
from facilitator.printing.indemnity_statement import write_indemnity_statement
from facilitator.printing.travel_statement import write_travel_statements
from facilitator.services.attendance import expected_ids, read_events, session_row
from facilitator.services.badges import ensure_badge_key
from facilitator.services.claims import read_claims
from facilitator.services.indemnity import IndemnityReport
from facilitator.services.participants import ParticipantNotFound, load_participants
from facilitator.services.rules import AssemblyRules, kilometric_scale, read_rules
from facilitator.services.sessions import SessionSummary, read_session, read_sessions
from facilitator.store.database import Database
from facilitator.store.models import Assembly, AssemblySession, ExpenseClaim
from facilitator.store.models import Participant as ParticipantRow
from facilitator.wording import rules_note, units_text


def _heading(
    assembly: Assembly, summary: SessionSummary | None, period: tuple[dt.date, dt.date] | None = None
) -> model.Heading:
    return model.Heading(
        organisation=assembly.municipality,
        assembly=assembly.name,
        body=(summary.sub_body if summary and summary.sub_body else assembly.name),
        session_title=summary.title if summary else "",
        date=summary.date if summary else None,
        period=period,
        place=summary.place if summary else "",
    )


def _assembly(session: Session, assembly_id: uuid.UUID) -> Assembly:
    row = session.get(Assembly, assembly_id)
    assert row is not None and not row.deleted
    return row


def _session_people(
    session: Session, session_id: uuid.UUID
) -> tuple[SessionSummary, list[Participant], set[uuid.UUID]]:
    row = session_row(session, session_id)
    summary = read_session(session, session_id)
    people = load_participants(session, ParticipantRow.assembly_id == row.assembly_id, include_removed=True)
    return summary, people, expected_ids(session, row)


def session_heading(db: Database, session_id: uuid.UUID) -> model.Heading:
    """The heading of the documents of one session (assembly, body, title, date, place)."""
    with db.read() as session:
        summary = read_session(session, session_id)
        return _heading(_assembly(session, summary.assembly_id), summary)


# Before the session ------------------------------------------------------------------------


def print_badges(db: Database, session_id: uuid.UUID, path: Path, now: dt.datetime) -> int:
    """Badges for everyone the session expects; returns how many were printed."""
    with db.read() as session:
        summary, people, expected = _session_people(session, session_id)
        assembly = _assembly(session, summary.assembly_id)
    key = ensure_badge_key(db, summary.assembly_id)
    badges = [
        model.Badge(
            person.details.first_name,
            person.details.last_name,
            role_label(person.details.role),
            assembly.name,
            person.badge_number,
            badge_payload(person.id, key),
        )
        for person in sorted((p for p in people if p.id in expected), key=by_name)
    ]
    write_badges(path, badges, now)
    return len(badges)


def print_attendance_sheet(db: Database, session_id: uuid.UUID, path: Path, now: dt.datetime, *, filled: bool) -> int:
    """The feuille d'émargement: blank before the session, with times and absences after.

    It lists everyone expected, and on the filled sheet also anyone who came without being
    expected (an expert, a walk-in). Returns the number of lines.
    """
    with db.read() as session:
        summary, people, expected = _session_people(session, session_id)
        assembly = _assembly(session, summary.assembly_id)
        rules = read_rules(session, summary.assembly_id)
        events = read_events(session, session_id) if filled else []
    presences = attendance.presences(events)
    listed = [p for p in people if p.id in expected or p.id in presences]
    late_after = attendance.lateness_threshold(summary.date, summary.starts_at, rules.late_after_minutes)
    notes = _correction_notes(events)
    rows = [
        _signature_row(person, presences.get(person.id), summary, rules, late_after, notes.get(person.id, []), filled)
        for person in sorted(listed, key=by_name)
    ]
    sheet = model.AttendanceSheet(
        _heading(assembly, summary), summary.morning, summary.afternoon, rows, filled, rules.signatory
    )
    write_attendance_sheet(path, sheet, now)
    return len(rows)


def _correction_notes(events: list[attendance.AttendanceEvent]) -> dict[uuid.UUID, list[str]]:
    notes: dict[uuid.UUID, list[str]] = {}
    for event in attendance.effective(events):
        if event.note:
            notes.setdefault(event.participant_id, []).append(event.note)
    return notes


def _signature_row(
    person: Participant,
    presence: attendance.Presence | None,
    summary: SessionSummary,
    rules: AssemblyRules,
    late_after: dt.datetime,
    notes: list[str],
    filled: bool,
) -> model.SignatureRow:
    details = person.details
    base = dict(
        last_name=details.last_name,
        first_name=details.first_name,
        role=role_label(details.role),
        badge_number=person.badge_number,
    )
    if not filled:
        return model.SignatureRow(**base)
    counted = attendance.half_days(
        presence, rules.indemnity.half_days, morning=summary.morning, afternoon=summary.afternoon
    )
    remarks = list(notes)
    if presence is not None and attendance.is_late(presence, late_after):
        remarks.insert(0, QCoreApplication.translate("Documents", "late arrival"))
    return model.SignatureRow(
        **base,
        arrival=presence.arrived_at.time() if presence else None,
        departure=presence.departed_at.time() if presence and presence.departed_at else None,
        morning=counted.morning if summary.morning else None,
        afternoon=counted.afternoon if summary.afternoon else None,
        note="; ".join(remarks),
    )


# After the session ---------------------------------------------------------------------------


def _attendance_labels(amounts: Iterable[SessionAmounts]) -> list[tuple[dt.date, str]]:
    return [(item.date, counted_label(item.counted)) for item in amounts if item.counted.count]


def _report_heading(session: Session, report: IndemnityReport) -> tuple[Assembly, model.Heading]:
    """A session's heading, or the period's for a period statement."""
    assembly = _assembly(session, report.assembly_id)
    if report.period is not None:
        return assembly, _heading(assembly, None, report.period)
    (summary,) = report.sessions
    return assembly, _heading(assembly, summary)


def print_indemnity_statement(db: Database, report: IndemnityReport, path: Path, now: dt.datetime) -> None:
    """The état liquidatif of a session or a period."""
    with db.read() as session:
        assembly, heading = _report_heading(session, report)
    unit = report.rules.indemnity.unit
    lines = [
        model.IndemnityLine(
            last_name=line.participant.details.last_name,
            first_name=line.participant.details.first_name,
            role=role_label(line.participant.details.role),
            attendance=_attendance_labels(line.amounts.sessions),
            units=units_text(line.amounts.units, unit),
            unit_rate_cents=report.rules.indemnity.rate_cents,
            gross_cents=line.amounts.gross_cents,
            deduction_cents=line.amounts.deduction_cents,
            net_cents=line.amounts.net_cents,
            travel_cents=line.amounts.travel_cents,
            childcare_cents=line.amounts.childcare_cents,
            total_cents=line.amounts.total_cents,
        )
        for line in report.lines
    ]
    statement = model.IndemnityStatement(
        heading,
        unit_label(unit),
        lines,
        rules_note(report.rules),
        assembly.municipality,
        now.date(),
        report.rules.signatory,
    )
    write_indemnity_statement(path, statement, now)


def print_travel_statements(db: Database, report: IndemnityReport, path: Path, now: dt.datetime) -> int:
    """One état de frais per person with travel or child care to pay; returns how many."""
    session_ids = [s.id for s in report.sessions]
    by_id = {s.id: s for s in report.sessions}
    with db.read() as session:
        assembly, heading = _report_heading(session, report)
        claims = read_claims(session, ExpenseClaim.session_id.in_(session_ids))
        presences = {sid: attendance.presences(read_events(session, sid)) for sid in session_ids}
    sheets = []
    for line in report.lines:
        if not (line.amounts.travel_cents or line.amounts.childcare_cents):
            continue
        person = line.participant
        trips = [
            _trip(
                by_id[item.session_id],
                item,
                claims.get((item.session_id, person.id), Claim()),
                presences[item.session_id].get(person.id),
                _address(person),
            )
            for item in line.amounts.attended
            if item.travel_cents or item.childcare_cents
        ]
        sheets.append(
            model.TravelClaimSheet(
                heading,
                person.details.last_name,
                person.details.first_name,
                _address(person),
                trips,
                QCoreApplication.translate("Documents", "Kilometric rates: {reference}").format(
                    reference=kilometric_scale().reference
                ),
                assembly.municipality,
                now.date(),
            )
        )
    if sheets:
        write_travel_statements(path, sheets, now)
    return len(sheets)


def _address(person: Participant) -> str:
    details = person.details
    town = " ".join(part for part in (details.postcode, details.city) if part)
    return ", ".join(part for part in (details.address, town) if part)


def _trip(
    summary: SessionSummary,
    amounts: SessionAmounts,
    claim: Claim,
    presence: attendance.Presence | None,
    origin: str,
) -> model.Trip:
    return model.Trip(
        date=summary.date,
        purpose=summary.title or QCoreApplication.translate("Documents", "Session of the assembly"),
        origin=origin,
        destination=summary.place,
        present_from=presence.arrived_at.time() if presence else None,
        present_until=presence.departed_at.time() if presence and presence.departed_at else None,
        means=means_label(claim.means),
        km=amounts.km,
        fiscal_hp=claim.fiscal_hp,
        km_allowance_cents=amounts.km_allowance_cents,
        ticket_cents=amounts.ticket_cents,
        childcare_cents=amounts.childcare_cents,
    )


def print_attendance_certificate(
    db: Database,
    participant_id: uuid.UUID,
    start: dt.date,
    end: dt.date,
    path: Path,
    now: dt.datetime,
) -> int:
    """The attestation de présence of one person for the sessions they came to between two
    dates; returns how many sessions it lists (0: nothing was written)."""
    with db.read() as session:
        found = load_participants(session, ParticipantRow.id == participant_id, include_removed=True)
        if not found:
            raise ParticipantNotFound(participant_id)
        person = found[0]
        row = session.get(ParticipantRow, participant_id)
        assert row is not None
        assembly = _assembly(session, row.assembly_id)
        rules = read_rules(session, row.assembly_id)
        summaries = read_sessions(
            session,
            (AssemblySession.assembly_id == row.assembly_id)
            & (AssemblySession.date >= start)
            & (AssemblySession.date <= end),
        )
        attended = []
        for summary in sorted(summaries, key=lambda s: (s.date, s.starts_at)):
            presence = attendance.presences(read_events(session, summary.id, participant_id)).get(participant_id)
            if presence is not None:
                attended.append((summary, presence))
    if not attended:
        return 0
    sessions = [
        (
            summary.date,
            summary.title or QCoreApplication.translate("Documents", "Session of the assembly"),
            summary.place,
            presence.arrived_at.time(),
            presence.departed_at.time() if presence.departed_at else None,
        )
        for summary, presence in attended
    ]
    single = attended[0][0] if len(attended) == 1 else None
    heading = _heading(assembly, single, None if single else (start, end))
    certificate = model.AttendanceCertificate(
        heading,
        person.details.last_name,
        person.details.first_name,
        sessions,
        rules.signatory,
        assembly.municipality,
        now.date(),
    )
    write_attendance_certificate(path, certificate, now)
    return len(sessions)
