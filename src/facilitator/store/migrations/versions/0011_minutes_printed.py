"""A vote remembers which count its procès-verbal showed when it was printed (the digest of the
counted ballots, and when): ballots counted later on another desk and synced make the printed
one « à reprendre » instead of silently disagreeing with it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 02:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("vote") as batch:
        batch.add_column(sa.Column("minutes_digest", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("minutes_printed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("vote") as batch:
        batch.drop_column("minutes_printed_at")
        batch.drop_column("minutes_digest")
