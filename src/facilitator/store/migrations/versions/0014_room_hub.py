"""A laptop can be the hub of its room: its room's identity and code of the day, and, on the
laptops paired with it, the hub's certificate pinned at pairing (the link to the hub is a second
link row, beside the central store's).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_link") as batch:
        batch.add_column(sa.Column("pinned_cert", sa.Text(), nullable=True))
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("code_day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_room"),
    )


def downgrade() -> None:
    op.drop_table("room")
    with op.batch_alter_table("sync_link") as batch:
        batch.drop_column("pinned_cert")
