"""The finance office's documents: the état liquidatif and the états de frais de déplacement,
from an indemnity report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from facilitator.app.files import write_atomically
from facilitator.core.attendance import presence as attendance
from facilitator.core.indemnity.amounts import Claim, SessionAmounts
from facilitator.core.participants import Participant
from facilitator.printing import model
from facilitator.printing.indemnity.statement import indemnity_statement_pdf
from facilitator.printing.indemnity.travel import travel_statements_pdf
from facilitator.services.assemblies.headings import assembly_row, heading
from facilitator.services.assemblies.rules import kilometric_scale
from facilitator.services.assemblies.sessions import SessionSummary
from facilitator.services.attendance.desk import read_events
from facilitator.services.indemnity.claims import read_claims
from facilitator.services.indemnity.statements import IndemnityReport
from facilitator.store.database import Database
from facilitator.store.models import Assembly, ExpenseClaim
from facilitator.text.indemnity import rules_note, units_text
from facilitator.text.messages import counted_label, means_label, role_label, unit_label


def _attendance_labels(amounts: Iterable[SessionAmounts]) -> list[tuple[dt.date, str]]:
    return [(item.date, counted_label(item.counted)) for item in amounts if item.counted.count]


def _report_heading(session: Session, report: IndemnityReport) -> tuple[Assembly, model.Heading]:
    """A session's heading, or the period's for a period statement."""
    assembly = assembly_row(session, report.assembly_id)
    if report.period is not None:
        return assembly, heading(assembly, None, report.period)
    (summary,) = report.sessions
    return assembly, heading(assembly, summary)


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
    write_atomically(path, indemnity_statement_pdf(statement, now))


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
        write_atomically(path, travel_statements_pdf(sheets, now))
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
