"""Every change names the assembly of its row, written by the writer and rebuilt by migration."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from facilitator.app.clock import local_now
from facilitator.demo import create_demo
from facilitator.store import migrate
from facilitator.store.database import Database
from facilitator.store.models import ChangeLog, synced_models
from facilitator.store.opening import open_database
from facilitator.store.scope import ASSEMBLY, PARENTS, Scopes


def test_every_synced_table_leads_to_an_assembly() -> None:
    assert set(PARENTS) | {ASSEMBLY} == set(synced_models())
    for table in PARENTS:
        seen = {table}
        while table != ASSEMBLY:
            table = PARENTS[table][1]
            assert table not in seen
            seen.add(table)


def _logged_assemblies(db: Database) -> dict[str, set[str | None]]:
    with db.read() as session:
        rows = session.execute(select(ChangeLog.entity, ChangeLog.assembly_id))
        found: dict[str, set[str | None]] = {}
        for entity, assembly in rows:
            found.setdefault(entity, set()).add(None if assembly is None else str(assembly))
    return found


def test_the_demo_logs_every_change_with_its_assembly(db: Database) -> None:
    assembly = str(create_demo(db, local_now().date()))
    found = _logged_assemblies(db)
    assert len(found) >= 12
    assert all(assemblies == {assembly} for assemblies in found.values()), found


def test_the_migration_finds_the_assembly_of_earlier_changes(tmp_path: Path) -> None:

    path = tmp_path / "m.sqlite"
    db = open_database(path, "device")
    assembly = str(create_demo(db, local_now().date()))
    expected = _logged_assemblies(db)
    migrate.downgrade(db.engine, "0008")
    with db.engine.begin() as connection:
        assert connection.execute(text("SELECT count(*) FROM change_log")).scalar() > 1000
    db.dispose()
    db = open_database(path, "device")
    assert _logged_assemblies(db) == expected == {entity: {assembly} for entity in expected}
    with db.read() as session:
        scopes = Scopes(session)
        some = session.scalars(select(ChangeLog).where(ChangeLog.entity == "count_entry").limit(3))
        assert [str(scopes.of_row(row.entity, row.entity_id)) for row in some] == [assembly] * 3
    db.dispose()
