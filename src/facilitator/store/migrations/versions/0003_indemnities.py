"""Sessions' slots and start, walk-ins to review, badge keys, assembly rules, expense claims.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    # Assemblies made before badges were signed get their key when their first badges are
    # printed, through the services, so that the key is in the change log and syncs.
    with op.batch_alter_table("assembly", schema=None) as batch_op:
        batch_op.add_column(sa.Column("badge_key", sa.String(length=64), nullable=True))

    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("to_review", sa.Boolean(), nullable=False, server_default=sa.false()))

    with op.batch_alter_table("assembly_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("morning", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column("afternoon", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column("starts_at", sa.Time(), nullable=False, server_default="09:00:00"))

    op.create_table(
        "assembly_rules",
        sa.Column("assembly_id", sa.Uuid(), nullable=False),
        sa.Column(
            "unit",
            sa.Enum("day", "half_day", "session", name="indemnityunit", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("rate_cents", sa.Integer(), nullable=False),
        sa.Column(
            "lone_half_day",
            sa.Enum("half", "whole", "nothing", name="lonehalfday", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("morning_arrival_before", sa.Time(), nullable=False),
        sa.Column("morning_departure_after", sa.Time(), nullable=False),
        sa.Column("afternoon_arrival_before", sa.Time(), nullable=False),
        sa.Column("afternoon_departure_after", sa.Time(), nullable=False),
        sa.Column("annual_cap_cents", sa.Integer(), nullable=True),
        sa.Column("eligible_roles", sa.String(length=200), nullable=False),
        sa.Column("travel", sa.Boolean(), nullable=False),
        sa.Column("childcare", sa.Boolean(), nullable=False),
        sa.Column("childcare_cap_cents_per_hour", sa.Integer(), nullable=False),
        sa.Column("quorum_percent", sa.Integer(), nullable=True),
        sa.Column("late_after_minutes", sa.Integer(), nullable=False),
        sa.Column("signatory", sa.String(length=200), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(["assembly_id"], ["assembly.id"], name=op.f("fk_assembly_rules_assembly_id_assembly")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assembly_rules")),
        sa.UniqueConstraint("assembly_id", name=op.f("uq_assembly_rules_assembly_id")),
    )
    op.create_table(
        "expense_claim",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column(
            "means",
            sa.Enum(
                "none",
                "public_transport",
                "car",
                "motorcycle",
                "moped",
                "bicycle",
                name="travelmeans",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("km", sa.Integer(), nullable=False),
        sa.Column("fiscal_hp", sa.Integer(), nullable=True),
        sa.Column("ticket_cents", sa.Integer(), nullable=False),
        sa.Column("childcare_minutes", sa.Integer(), nullable=False),
        sa.Column("childcare_cents", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participant.id"], name=op.f("fk_expense_claim_participant_id_participant")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["assembly_session.id"], name=op.f("fk_expense_claim_session_id_assembly_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expense_claim")),
        sa.UniqueConstraint("session_id", "participant_id", name=op.f("uq_expense_claim_session_id_participant_id")),
    )
    with op.batch_alter_table("expense_claim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expense_claim_session_id"), ["session_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("expense_claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expense_claim_session_id"))
    op.drop_table("expense_claim")
    op.drop_table("assembly_rules")
    with op.batch_alter_table("assembly_session", schema=None) as batch_op:
        batch_op.drop_column("starts_at")
        batch_op.drop_column("afternoon")
        batch_op.drop_column("morning")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("to_review")
    with op.batch_alter_table("assembly", schema=None) as batch_op:
        batch_op.drop_column("badge_key")
