"""Two desks that register walk-ins offline give them the same next badge number: a unique
constraint would make the central store and the other desks refuse the second person. The
number stays indexed but is no longer unique; a number held by two people is shown to a person,
who gives one of them a new number (badges are scanned by id, never by number).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 02:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("participant") as batch:
        batch.drop_constraint("uq_participant_assembly_id_badge_number", type_="unique")
        batch.create_index("ix_participant_assembly_id_badge_number", ["assembly_id", "badge_number"])


def downgrade() -> None:
    with op.batch_alter_table("participant") as batch:
        batch.drop_index("ix_participant_assembly_id_badge_number")
        batch.create_unique_constraint("uq_participant_assembly_id_badge_number", ["assembly_id", "badge_number"])
