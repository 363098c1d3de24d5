"""The central store runs the same schema and services on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from facilitator.core.fields import Field
from facilitator.core.participants import Gender, ParticipantDetails, Role
from facilitator.core.roster.table import RawRow, RawTable
from facilitator.core.voting.model import Method
from facilitator.demo import create_demo
from facilitator.services.assemblies.assemblies import create_assembly, find_assembly, list_sub_bodies
from facilitator.services.assemblies.sessions import list_sessions
from facilitator.services.indemnity.statements import year_indemnities
from facilitator.services.roster.importing import import_roster
from facilitator.services.roster.participants import (
    add_participant,
    list_participants,
    remove_participant,
    update_participant,
)
from facilitator.services.rotation.view import load_rotation
from facilitator.services.voting.count import load_count
from facilitator.services.voting.votes import list_votes
from facilitator.store import migrate
from facilitator.store.database import Database
from facilitator.store.engine import create_server_engine
from facilitator.store.models import ChangeLog

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg(postgres_url: str) -> Iterator[Database]:
    engine = create_server_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    migrate.upgrade(engine)
    database = Database(engine, "server-test-device")
    yield database
    database.dispose()


def test_a_service_round_trip_on_postgresql(pg: Database) -> None:
    assembly = create_assembly(pg, "Assemblée du département", "Haute-Garonne").value
    jeanne = add_participant(
        pg,
        assembly,
        ParticipantDetails("Jeanne", "Dupont", Role.CITIZEN, Gender.FEMALE, 1984, drawn=True, sub_bodies=("Comité",)),
    ).value
    table = RawTable(
        ("Nom", "Prénom", "Rôle"), (RawRow(2, ("Bœuf", "François", "Élu")), RawRow(3, ("Lefèvre", "Hélène", "")))
    )
    result = import_roster(
        pg, assembly, table, [Field.LAST_NAME, Field.FIRST_NAME, Field.ROLE], dt.date(2026, 11, 23)
    ).value
    assert len(result.created) == 2
    update_participant(pg, jeanne.id, ParticipantDetails(**{**vars(jeanne.details), "neighbourhood": "Capitole"}))
    people = {p.details.display_name: p for p in list_participants(pg, assembly)}
    assert set(people) == {"Jeanne Dupont", "François Bœuf", "Hélène Lefèvre"}
    assert people["Jeanne Dupont"].details.neighbourhood == "Capitole"
    assert people["François Bœuf"].badge_number == 2
    remove_participant(pg, people["Hélène Lefèvre"].id)
    assert len(list_participants(pg, assembly)) == 2
    assert [(s.name, s.members) for s in list_sub_bodies(pg, assembly)] == [("Comité", 1)]
    with pg.read() as session:
        operations = session.scalars(select(ChangeLog.operation).order_by(ChangeLog.stamp)).all()
    assert operations.count("insert") >= 5 and "update" in operations and "delete" in operations


def test_the_demo_writes_on_postgresql(pg: Database) -> None:
    assembly = create_demo(pg, dt.date(2026, 11, 23))
    assert find_assembly(pg, None) == assembly
    assert len(list_participants(pg, assembly)) == 121
    held = [s for s in list_sessions(pg, assembly) if s.date < dt.date(2026, 11, 23)]
    statement = year_indemnities(pg, assembly, held[0].date.year)
    assert statement.lines and statement.total("total_cents") > 0
    groups = next(s for s in held if s.title == "Travail en groupes")
    plan = load_rotation(pg, groups.id, dt.datetime(2026, 11, 23, 12))
    assert len(plan.rounds) == 4 and plan.revisions == 2 and plan.current_round == 2
    assert plan.metrics().repeated_pairs == 0
    counted = [load_count(pg, vote.id) for vote in list_votes(pg, groups.id)]
    assert [view.vote.rules.method for view in counted] == [
        Method.YES_NO,
        Method.SINGLE,
        Method.APPROVAL,
        Method.JUDGMENT,
    ]
    assert all(view.result.voters > 50 and all(check.agrees for check in view.checks) for view in counted)
