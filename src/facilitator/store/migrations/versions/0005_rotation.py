"""Small groups: a session's rotation setup, plan revisions and their group assignments.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 12:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _event_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "rotation_setup",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("rounds", sa.Integer(), nullable=False),
        sa.Column("tables", sa.JSON(), nullable=False),
        sa.Column("caps", sa.JSON(), nullable=False),
        sa.Column("keep_apart", sa.JSON(), nullable=False),
        sa.Column("keep_together", sa.JSON(), nullable=False),
        sa.Column("stays", sa.JSON(), nullable=False),
        sa.Column("current_round", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["assembly_session.id"], name=op.f("fk_rotation_setup_session_id_assembly_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rotation_setup")),
        sa.UniqueConstraint("session_id", name=op.f("uq_rotation_setup_session_id")),
    )
    op.create_table(
        "rotation_revision",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind", sa.Enum("plan", "replan", "move", name="revisionkind", native_enum=False, length=20), nullable=False
        ),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("from_round", sa.Integer(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=True),
        *_event_columns(),
        sa.ForeignKeyConstraint(
            ["session_id"], ["assembly_session.id"], name=op.f("fk_rotation_revision_session_id_assembly_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rotation_revision")),
    )
    with op.batch_alter_table("rotation_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rotation_revision_session_id"), ["session_id"], unique=False)
    op.create_table(
        "group_assignment",
        sa.Column("revision_id", sa.Uuid(), nullable=False),
        sa.Column("round_index", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("table_index", sa.Integer(), nullable=False),
        *_event_columns(),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participant.id"], name=op.f("fk_group_assignment_participant_id_participant")
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"], ["rotation_revision.id"], name=op.f("fk_group_assignment_revision_id_rotation_revision")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_assignment")),
    )
    with op.batch_alter_table("group_assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_assignment_revision_id"), ["revision_id"], unique=False)


def downgrade() -> None:
    op.drop_table("group_assignment")
    op.drop_table("rotation_revision")
    op.drop_table("rotation_setup")
