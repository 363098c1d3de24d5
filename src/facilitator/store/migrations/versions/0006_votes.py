"""Votes: a session's votes, the ballot kits printed for them, and their count's entries.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 15:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "vote",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column(
            "method",
            sa.Enum("yna", "single", "approval", "mj", name="method", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("grades", sa.JSON(), nullable=False),
        sa.Column("default_grade", sa.Integer(), nullable=False),
        sa.Column(
            "majority",
            sa.Enum("simple", "absolute", "qualified", name="majoritykind", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("majority_numerator", sa.Integer(), nullable=False),
        sa.Column("majority_denominator", sa.Integer(), nullable=False),
        sa.Column(
            "base",
            sa.Enum("exprimes", "votants", "presents", "membres", name="base", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("voter_roles", sa.JSON(), nullable=False),
        sa.Column("double_entry", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("president", sa.String(length=200), nullable=False),
        sa.Column("secretary", sa.String(length=200), nullable=False),
        sa.Column("counters", sa.JSON(), nullable=False),
        sa.Column("incidents", sa.Text(), nullable=False),
        sa.Column("discrepancy_note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["assembly_session.id"], name=op.f("fk_vote_session_id_assembly_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote")),
        sa.UniqueConstraint("code", name=op.f("uq_vote_code")),
    )
    op.create_index(op.f("ix_vote_session_id"), "vote", ["session_id"], unique=False)
    op.create_table(
        "ballot_batch",
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kits", sa.Integer(), nullable=False),
        sa.Column("test", sa.Boolean(), nullable=False),
        sa.Column("serials", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["vote_id"], ["vote.id"], name=op.f("fk_ballot_batch_vote_id_vote")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot_batch")),
    )
    op.create_index(op.f("ix_ballot_batch_vote_id"), "ballot_batch", ["vote_id"], unique=False)
    op.create_table(
        "count_entry",
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("test", sa.Boolean(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "ballot",
                "void",
                "blank_envelope",
                "nul",
                "resolve",
                "withdraw",
                "handed_out",
                name="entrykind",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("counter", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("received", sa.Text(), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=False),
        sa.Column("serial", sa.String(length=16), nullable=False),
        sa.Column("keep", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["vote_id"], ["vote.id"], name=op.f("fk_count_entry_vote_id_vote")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_count_entry")),
    )
    op.create_index(op.f("ix_count_entry_vote_id"), "count_entry", ["vote_id"], unique=False)


def downgrade() -> None:
    op.drop_table("count_entry")
    op.drop_table("ballot_batch")
    op.drop_table("vote")
