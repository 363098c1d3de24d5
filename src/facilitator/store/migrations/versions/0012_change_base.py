"""Every change to a row records the row's stamp just before it, where it was made: which of its
changes that replica had seen. Two edits of one field on two laptops, each made without knowing
the other, are then told apart from an edit that followed another, and shown to a person
(« Reprendre cette valeur »). Changes logged before have none: they are never reported.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("base_stamp", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("base_stamp")
