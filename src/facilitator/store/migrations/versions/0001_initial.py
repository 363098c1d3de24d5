"""Initial schema: assemblies, sub-bodies, participants, memberships, sessions, change log.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 00:34:39.265639
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assembly",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=False),
        sa.Column("mandate_start", sa.Date(), nullable=True),
        sa.Column("mandate_end", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assembly")),
    )
    op.create_table(
        "change_log",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("operation", sa.String(length=10), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_stamp"), ["stamp"], unique=False)

    op.create_table(
        "participant",
        sa.Column("assembly_id", sa.Uuid(), nullable=False),
        sa.Column("badge_number", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "citizen",
                "elected",
                "staff",
                "expert",
                "facilitator",
                name="role",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "gender",
            sa.Enum("female", "male", "other", "unspecified", name="gender", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("neighbourhood", sa.String(length=200), nullable=False),
        sa.Column("drawn", sa.Boolean(), nullable=False),
        sa.Column("minority", sa.Boolean(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("accessibility_needs", sa.String(length=200), nullable=False),
        sa.Column("childcare_needed", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["assembly_id"], ["assembly.id"], name=op.f("fk_participant_assembly_id_assembly")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
        sa.UniqueConstraint("assembly_id", "badge_number", name=op.f("uq_participant_assembly_id_badge_number")),
    )
    op.create_table(
        "sub_body",
        sa.Column("assembly_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["assembly_id"], ["assembly.id"], name=op.f("fk_sub_body_assembly_id_assembly")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sub_body")),
    )
    with op.batch_alter_table("sub_body", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sub_body_assembly_id"), ["assembly_id"], unique=False)

    op.create_table(
        "assembly_session",
        sa.Column("assembly_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("sub_body_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assembly_id"], ["assembly.id"], name=op.f("fk_assembly_session_assembly_id_assembly")
        ),
        sa.ForeignKeyConstraint(
            ["sub_body_id"], ["sub_body.id"], name=op.f("fk_assembly_session_sub_body_id_sub_body")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assembly_session")),
    )
    with op.batch_alter_table("assembly_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assembly_session_assembly_id"), ["assembly_id"], unique=False)

    op.create_table(
        "membership",
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("sub_body_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participant.id"], name=op.f("fk_membership_participant_id_participant")
        ),
        sa.ForeignKeyConstraint(["sub_body_id"], ["sub_body.id"], name=op.f("fk_membership_sub_body_id_sub_body")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
        sa.UniqueConstraint("participant_id", "sub_body_id", name=op.f("uq_membership_participant_id_sub_body_id")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_sub_body_id"), ["sub_body_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_sub_body_id"))

    op.drop_table("membership")
    with op.batch_alter_table("assembly_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assembly_session_assembly_id"))

    op.drop_table("assembly_session")
    with op.batch_alter_table("sub_body", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sub_body_assembly_id"))

    op.drop_table("sub_body")
    op.drop_table("participant")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_stamp"))
        batch_op.drop_index("ix_change_log_entity")

    op.drop_table("change_log")
    op.drop_table("assembly")
