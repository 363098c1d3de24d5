"""« Fusionner ces deux fiches »: asked from the Participants table (two rows selected) or from
the Synchronisation workspace's list of possible twins, always confirmed by the person."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.services.roster.merging import Merged, merge_participants
from facilitator.store.database import Database
from facilitator.text.translate import TranslationContext
from facilitator.ui.common.operations import Operations


class MergeWords(TranslationContext):
    """The translation context of merging two records."""


def merge_records(
    parent: QWidget, db: Database, operations: Operations, records: list[tuple[uuid.UUID, str, int]]
) -> str | None:
    """Ask whether two records (id, name, badge number) are one person, merge them if so; what
    to say, or None when the person said no."""
    kept, other = sorted(records)
    asked = QMessageBox.question(
        parent,
        MergeWords.tr("Merge these two records"),
        MergeWords.tr(
            "Are {first} (no. {first_number}) and {second} (no. {second_number}) one person? The record "
            "no. {first_number} is kept: the other's arrivals, turns, sub-bodies and claims go to it, "
            "and the other is removed."
        ).format(first=kept[1], first_number=kept[2], second=other[1], second_number=other[2]),
    )
    if asked != QMessageBox.StandardButton.Yes:
        return None
    merged: Merged = operations.write(parent, lambda: merge_participants(db, kept[0], other[0]))
    said = MergeWords.tr("Merged into no. {number}: {name}.").format(number=kept[2], name=kept[1])
    if merged.claims_left:
        said += " " + MergeWords.tr("%n claim(s) of the removed record kept apart: check them.", "", merged.claims_left)
    return said
