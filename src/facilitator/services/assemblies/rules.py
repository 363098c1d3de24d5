"""The assembly's délibération: indemnity, travel and child-care rules, quorum, lateness.

Until an agent saves them, an assembly has the defaults (90 € a day for residents, no
quorum, 15 minutes of grace); saving writes the one row of the assembly, field by field.
"""

from __future__ import annotations

import json
import uuid
from functools import cache
from importlib import resources

from sqlalchemy.orm import Session

from facilitator.core.assemblies import DEFAULT_SIGNATORY, AssemblyRules
from facilitator.core.attendance.presence import HalfDayRules, Quorum
from facilitator.core.changes import Changed
from facilitator.core.indemnity.amounts import IndemnityRules
from facilitator.core.indemnity.travel import KilometricScale
from facilitator.core.names import tidy
from facilitator.core.participants import Role
from facilitator.store.database import Database, Writer, link_id
from facilitator.store.models import Assembly
from facilitator.store.models import AssemblyRules as RulesRow


@cache
def kilometric_scale() -> KilometricScale:
    """The barème shipped with the application (resources/rates/kilometric.json)."""
    data = resources.files("facilitator.resources") / "rates" / "kilometric.json"
    return KilometricScale.from_data(json.loads(data.read_text(encoding="utf-8")))


def rules_id(assembly_id: uuid.UUID) -> uuid.UUID:
    return link_id("assembly_rules", assembly_id)


def _from_row(row: RulesRow) -> AssemblyRules:
    indemnity = IndemnityRules(
        unit=row.unit,
        rate_cents=row.rate_cents,
        lone_half_day=row.lone_half_day,
        half_days=HalfDayRules(
            row.morning_arrival_before,
            row.morning_departure_after,
            row.afternoon_arrival_before,
            row.afternoon_departure_after,
        ),
        annual_cap_cents=row.annual_cap_cents,
        eligible_roles=frozenset(Role(value) for value in row.eligible_roles.split(",") if value),
        travel=row.travel,
        childcare=row.childcare,
        childcare_cap_cents_per_hour=row.childcare_cap_cents_per_hour,
    )
    quorum = Quorum(row.quorum_percent) if row.quorum_percent is not None else None
    return AssemblyRules(indemnity, quorum, row.late_after_minutes, row.signatory)


def _columns(rules: AssemblyRules) -> dict[str, object]:
    indemnity = rules.indemnity
    half_days = indemnity.half_days
    return {
        "unit": indemnity.unit,
        "rate_cents": indemnity.rate_cents,
        "lone_half_day": indemnity.lone_half_day,
        "morning_arrival_before": half_days.morning_arrival_before,
        "morning_departure_after": half_days.morning_departure_after,
        "afternoon_arrival_before": half_days.afternoon_arrival_before,
        "afternoon_departure_after": half_days.afternoon_departure_after,
        "annual_cap_cents": indemnity.annual_cap_cents,
        "eligible_roles": ",".join(sorted(role.value for role in indemnity.eligible_roles)),
        "travel": indemnity.travel,
        "childcare": indemnity.childcare,
        "childcare_cap_cents_per_hour": indemnity.childcare_cap_cents_per_hour,
        "quorum_percent": rules.quorum.percent if rules.quorum else None,
        "late_after_minutes": rules.late_after_minutes,
        "signatory": tidy(rules.signatory) or DEFAULT_SIGNATORY,
    }


def read_rules(session: Session, assembly_id: uuid.UUID) -> AssemblyRules:
    row = session.get(RulesRow, rules_id(assembly_id))
    return _from_row(row) if row is not None and not row.deleted else AssemblyRules()


def load_rules(db: Database, assembly_id: uuid.UUID) -> AssemblyRules:
    with db.read() as session:
        return read_rules(session, assembly_id)


def save_rules(db: Database, assembly_id: uuid.UUID, rules: AssemblyRules) -> Changed[bool]:
    """Record the rules; True when something changed."""
    with db.write() as writer:
        assembly = writer.session.get(Assembly, assembly_id)
        if assembly is None or assembly.deleted:
            raise LookupError(assembly_id)
        return writer.done(write_rules(writer, assembly_id, rules))


def write_rules(writer: Writer, assembly_id: uuid.UUID, rules: AssemblyRules) -> bool:
    """The rules' row, added or changed field by field in the writer's transaction."""
    values = _columns(rules)
    row = writer.session.get(RulesRow, rules_id(assembly_id))
    if row is None:
        writer.add(RulesRow(id=rules_id(assembly_id), assembly_id=assembly_id, **values))
        return True
    return writer.change(row, **values, deleted=False)
