"""A participant record merged into another (one person registered as a walk-in at two desks)
keeps a pointer to it, with its tombstone: what was recorded under either record counts once,
for the one kept.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08 03:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("participant") as batch:
        batch.add_column(sa.Column("merged_into", sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("participant") as batch:
        batch.drop_column("merged_into")
