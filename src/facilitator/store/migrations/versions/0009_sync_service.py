"""Synchronisation with a central store: every logged change names its assembly (so that a
laptop can hold only some assemblies, and a device may be kept to its own), the central store's
identity, the devices the sync service knows, and the laptop's link to a service.

Changes logged before are given the assembly of their row, following the same links as
``store.scope`` (a frozen copy: a migration keeps the schema of its day).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 01:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PATHS: dict[str, list[tuple[str, str]]] = {
    "sub_body": [("sub_body", "assembly_id")],
    "participant": [("participant", "assembly_id")],
    "assembly_session": [("assembly_session", "assembly_id")],
    "assembly_rules": [("assembly_rules", "assembly_id")],
    "discipline_profile": [("discipline_profile", "assembly_id")],
    "membership": [("membership", "participant_id"), ("participant", "assembly_id")],
    **{
        table: [(table, "session_id"), ("assembly_session", "assembly_id")]
        for table in (
            "expense_claim",
            "attendance_event",
            "agenda_phase",
            "speaking_event",
            "rotation_setup",
            "rotation_revision",
            "vote",
        )
    },
    "group_assignment": [
        ("group_assignment", "revision_id"),
        ("rotation_revision", "session_id"),
        ("assembly_session", "assembly_id"),
    ],
    "ballot_batch": [("ballot_batch", "vote_id"), ("vote", "session_id"), ("assembly_session", "assembly_id")],
    "count_entry": [("count_entry", "vote_id"), ("vote", "session_id"), ("assembly_session", "assembly_id")],
}
"""Table → the links from its row to its assembly."""


def _assembly_query(path: list[tuple[str, str]]) -> str:
    """A scalar subquery: the assembly of the change log row's entity, through ``path``."""
    aliases = [f"t{step}" for step in range(len(path))]
    joins = " ".join(
        f"JOIN {path[step][0]} {aliases[step]} ON {aliases[step]}.id = {aliases[step - 1]}.{path[step - 1][1]}"
        for step in range(1, len(path))
    )
    last = f"{aliases[-1]}.{path[-1][1]}"
    return f"SELECT {last} FROM {path[0][0]} t0 {joins} WHERE t0.id = change_log.entity_id"


def upgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("assembly_id", sa.Uuid(), nullable=True))
        batch.create_index("ix_change_log_assembly_id", ["assembly_id"])
    op.execute("UPDATE change_log SET assembly_id = entity_id WHERE entity = 'assembly'")
    for table, path in PATHS.items():
        op.execute(f"UPDATE change_log SET assembly_id = ({_assembly_query(path)}) WHERE entity = '{table}'")
    op.create_table(
        "sync_store",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_store"),
    )
    op.create_table(
        "sync_device",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("code_digest", sa.String(length=64), nullable=True),
        sa.Column("code_expires", sa.DateTime(), nullable=True),
        sa.Column("token_digest", sa.String(length=64), nullable=True),
        sa.Column("device_key", sa.String(length=64), nullable=True),
        sa.Column("enrolled", sa.DateTime(), nullable=True),
        sa.Column("revoked", sa.DateTime(), nullable=True),
        sa.Column("assemblies", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_device"),
        sa.UniqueConstraint("name", name="uq_sync_device_name"),
        sa.UniqueConstraint("token_digest", name="uq_sync_device_token_digest"),
    )
    op.create_table(
        "sync_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server", sa.String(length=300), nullable=False),
        sa.Column("store", sa.String(length=36), nullable=False),
        sa.Column("device_name", sa.String(length=60), nullable=False),
        sa.Column("assemblies", sa.JSON(), nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("last_outcome", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_link"),
    )


def downgrade() -> None:
    op.drop_table("sync_link")
    op.drop_table("sync_device")
    op.drop_table("sync_store")
    with op.batch_alter_table("change_log") as batch:
        batch.drop_index("ix_change_log_assembly_id")
        batch.drop_column("assembly_id")
