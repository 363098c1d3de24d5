"""Instants in UTC: every moment recorded so far, written as the wall time of Paris, becomes the
same moment in UTC, in the tables and in the change log that carries them to other laptops.

A wall time of the autumn night's repeated hour is taken as its first occurrence (no session
runs then); a downgrade writes the wall times of Paris back into the tables (the change log
keeps its UTC).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 21:50:00
"""

import datetime as dt
import json
from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PARIS = ZoneInfo("Europe/Paris")
INSTANTS = {
    "attendance_event": "at",
    "speaking_event": "at",
    "rotation_revision": "at",
    "vote": "created_at",
    "ballot_batch": "at",
    "count_entry": "at",
}


def _utc(wall: dt.datetime) -> dt.datetime:
    return wall.replace(tzinfo=PARIS).astimezone(dt.UTC).replace(tzinfo=None)


def _paris(instant: dt.datetime) -> dt.datetime:
    return instant.replace(tzinfo=dt.UTC).astimezone(PARIS).replace(tzinfo=None)


def upgrade() -> None:
    _convert(op.get_bind(), _utc)
    _change_log(op.get_bind())


def downgrade() -> None:
    _convert(op.get_bind(), _paris)


def _convert(connection: sa.Connection, convert: Callable[[dt.datetime], dt.datetime]) -> None:
    for name, column in INSTANTS.items():
        table = sa.table(name, sa.column("id"), sa.column(column, sa.DateTime()))
        rows = connection.execute(sa.select(table.c.id, table.c[column])).all()
        for row_id, moment in rows:
            connection.execute(sa.update(table).where(table.c.id == row_id).values({column: convert(moment)}))


def _change_log(connection: sa.Connection) -> None:
    """The logged values of those columns, as ISO text, become UTC ISO text ("…+00:00")."""
    log = sa.table("change_log", sa.column("id"), sa.column("entity"), sa.column("payload", sa.JSON()))
    rows = connection.execute(sa.select(log.c.id, log.c.entity, log.c.payload).where(log.c.entity.in_(INSTANTS)))
    for row_id, entity, payload in rows.all():
        values = payload if isinstance(payload, dict) else json.loads(payload)
        column = INSTANTS[entity]
        if not isinstance(values.get(column), str):
            continue
        wall = dt.datetime.fromisoformat(values[column])
        if wall.tzinfo is not None:
            continue
        values[column] = _utc(wall).replace(tzinfo=dt.UTC).isoformat()
        connection.execute(sa.update(log).where(log.c.id == row_id).values(payload=values))
