"""Speaking time: discipline profiles, the agenda's phases, the speakers' list events.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 10:03:43.024866
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "discipline_profile",
        sa.Column("assembly_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("turn_seconds", sa.Integer(), nullable=False),
        sa.Column("intervention_seconds", sa.Integer(), nullable=False),
        sa.Column("warning_seconds", sa.Integer(), nullable=False),
        sa.Column("officials_may_ask", sa.Boolean(), nullable=False),
        sa.Column(
            "fairness",
            sa.Enum("first_come", "newcomers_first", name="fairness", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("alternate_genders", sa.Boolean(), nullable=False),
        sa.Column("budgets", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assembly_id"], ["assembly.id"], name=op.f("fk_discipline_profile_assembly_id_assembly")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discipline_profile")),
    )
    with op.batch_alter_table("discipline_profile", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_discipline_profile_assembly_id"), ["assembly_id"], unique=False)

    op.create_table(
        "agenda_phase",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["discipline_profile.id"], name=op.f("fk_agenda_phase_profile_id_discipline_profile")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["assembly_session.id"], name=op.f("fk_agenda_phase_session_id_assembly_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_phase")),
    )
    with op.batch_alter_table("agenda_phase", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_phase_session_id"), ["session_id"], unique=False)

    op.create_table(
        "speaking_event",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("phase_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "request",
                "withdraw",
                "reorder",
                "start",
                "pause",
                "resume",
                "end",
                "override",
                name="eventkind",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=True),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.Column(
            "request_kind",
            sa.Enum(
                "point_of_order",
                "question",
                "contribution",
                "intervention",
                name="requestkind",
                native_enum=False,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("queue_order", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participant.id"], name=op.f("fk_speaking_event_participant_id_participant")
        ),
        sa.ForeignKeyConstraint(
            ["phase_id"], ["agenda_phase.id"], name=op.f("fk_speaking_event_phase_id_agenda_phase")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["assembly_session.id"], name=op.f("fk_speaking_event_session_id_assembly_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaking_event")),
    )
    with op.batch_alter_table("speaking_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_speaking_event_session_id"), ["session_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("speaking_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaking_event_session_id"))

    op.drop_table("speaking_event")
    with op.batch_alter_table("agenda_phase", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_phase_session_id"))

    op.drop_table("agenda_phase")
    with op.batch_alter_table("discipline_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_discipline_profile_assembly_id"))

    op.drop_table("discipline_profile")
