"""The documents of attendance, from what the database holds: badges, the feuille
d'émargement, the attestation de présence.

Each function reads what its document needs in one read transaction, turns it into the
plain models of ``facilitator.printing.model`` (words in the interface language) and writes
the PDF atomically. Nothing is written to the database, but for the badge key of an assembly
older than badges, made with its first badges.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from facilitator.app.files import write_atomically
from facilitator.core.assemblies import AssemblyRules
from facilitator.core.attendance import presence as attendance
from facilitator.core.attendance.badges import badge_payload
from facilitator.core.changes import Changed
from facilitator.core.participants import Participant, by_name
from facilitator.printing import model
from facilitator.printing.attendance.badges import badges_pdf
from facilitator.printing.attendance.certificate import attendance_certificate_pdf
from facilitator.printing.attendance.sheet import attendance_sheet_pdf
from facilitator.services.assemblies.headings import assembly_row, heading
from facilitator.services.assemblies.rules import read_rules
from facilitator.services.assemblies.sessions import SessionSummary, read_session, read_sessions, session_row
from facilitator.services.attendance.badges import ensure_badge_key
from facilitator.services.attendance.desk import expected_ids, read_events
from facilitator.services.roster.participants import ParticipantNotFound, load_participants
from facilitator.store.database import Database
from facilitator.store.models import AssemblySession
from facilitator.store.models import Participant as ParticipantRow
from facilitator.text.messages import role_label


def _session_people(
    session: Session, session_id: uuid.UUID
) -> tuple[SessionSummary, list[Participant], set[uuid.UUID]]:
    row = session_row(session, session_id)
    summary = read_session(session, session_id)
    people = load_participants(session, ParticipantRow.assembly_id == row.assembly_id, include_removed=True)
    return summary, people, expected_ids(session, row)


# Before the session ------------------------------------------------------------------------


def print_badges(db: Database, session_id: uuid.UUID, path: Path, now: dt.datetime) -> Changed[int]:
    """Badges for everyone the session expects; returns how many were printed (the assembly's
    badge key is made with its first badges)."""
    with db.read() as session:
        summary, people, expected = _session_people(session, session_id)
        assembly = assembly_row(session, summary.assembly_id)
    key = ensure_badge_key(db, summary.assembly_id)
    badges = [
        model.Badge(
            person.details.first_name,
            person.details.last_name,
            role_label(person.details.role),
            assembly.name,
            person.badge_number,
            badge_payload(person.id, key.value),
        )
        for person in sorted((p for p in people if p.id in expected), key=by_name)
    ]
    write_atomically(path, badges_pdf(badges, now))
    return Changed(len(badges), key.changes)


def print_attendance_sheet(db: Database, session_id: uuid.UUID, path: Path, now: dt.datetime, *, filled: bool) -> int:
    """The feuille d'émargement: blank before the session, with times and absences after.

    It lists everyone expected, and on the filled sheet also anyone who came without being
    expected (an expert, a walk-in). Returns the number of lines.
    """
    with db.read() as session:
        summary, people, expected = _session_people(session, session_id)
        assembly = assembly_row(session, summary.assembly_id)
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
        heading(assembly, summary), summary.morning, summary.afternoon, rows, filled, rules.signatory
    )
    write_atomically(path, attendance_sheet_pdf(sheet, now))
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
    blank = model.SignatureRow(
        last_name=details.last_name,
        first_name=details.first_name,
        role=role_label(details.role),
        badge_number=person.badge_number,
    )
    if not filled:
        return blank
    counted = attendance.half_days(
        presence, rules.indemnity.half_days, morning=summary.morning, afternoon=summary.afternoon
    )
    remarks = list(notes)
    if presence is not None and attendance.is_late(presence, late_after):
        remarks.insert(0, QCoreApplication.translate("Documents", "late arrival"))
    return dataclasses.replace(
        blank,
        arrival=presence.arrived_at.time() if presence else None,
        departure=presence.departed_at.time() if presence and presence.departed_at else None,
        morning=counted.morning if summary.morning else None,
        afternoon=counted.afternoon if summary.afternoon else None,
        note="; ".join(remarks),
    )


# After the session ---------------------------------------------------------------------------


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
        assembly = assembly_row(session, row.assembly_id)
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
    certificate_heading = heading(assembly, single, None if single else (start, end))
    certificate = model.AttendanceCertificate(
        certificate_heading,
        person.details.last_name,
        person.details.first_name,
        sessions,
        rules.signatory,
        assembly.municipality,
        now.date(),
    )
    write_atomically(path, attendance_certificate_pdf(certificate, now))
    return len(sessions)
