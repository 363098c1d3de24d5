"""Every change logged says which schema revision wrote it, so that synchronisation can refuse
changes of a newer revision and apply older ones (migrations during a mandate stay additive).
Changes logged before carry 0007, the revision that wrote them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 22:25:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("schema", sa.String(length=10), server_default="0007", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("schema")
