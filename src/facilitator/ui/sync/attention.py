"""What needs a person after a sync, each with its action (never a silent choice): one person
perhaps registered on two desks, badge numbers given twice by two desks, and fields edited on
two laptops at once.

Both lists live in the Synchronisation workspace and are read again with it; each action is an
ordinary write, announced like any other, that syncs to every laptop and settles the matter
there too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout

from facilitator.services.roster.duplicates import (
    Record,
    SharedBadge,
    Twins,
    give_new_badge_number,
    possible_twins,
    shared_badges,
)
from facilitator.services.roster.merging import NotTwins
from facilitator.services.roster.participants import ParticipantNotFound
from facilitator.services.sync.conflicts import EditedValue, RowConflict, field_conflicts, keep_value, take_other_value
from facilitator.text.formats import clock_time
from facilitator.text.sync import edited_field_label
from facilitator.text.translate import TranslationContext
from facilitator.ui.common.actions import ActionSet
from facilitator.ui.common.forms import STRETCH, row_of
from facilitator.ui.common.operations import read
from facilitator.ui.roster.merging import merge_records

if TYPE_CHECKING:
    from facilitator.ui.sync.workspace import SyncWorkspace


class Attention(TranslationContext):
    def __init__(self, workspace: SyncWorkspace) -> None:
        self.workspace = workspace
        self.twins = QListWidget()
        self.twins.setObjectName("twins")
        self.shared = QListWidget()
        self.shared.setObjectName("shared_badges")
        self.conflicts = QListWidget()
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setWordWrap(True)
        self.twins_box = QGroupBox(self.tr("Perhaps one person registered twice (same name in one assembly)"))
        self.shared_box = QGroupBox(self.tr("Badge numbers given twice (two desks registered people apart)"))
        self.conflicts_box = QGroupBox(self.tr("Fields edited on two laptops at once (the later edit was kept)"))

    def boxes(self, actions: ActionSet) -> list[QGroupBox]:
        twins = QVBoxLayout(self.twins_box)
        twins.addWidget(self.twins)
        twins.addLayout(row_of(actions.button("merge"), STRETCH))
        shared = QVBoxLayout(self.shared_box)
        shared.addWidget(self.shared)
        shared.addLayout(row_of(actions.button("renumber"), STRETCH))
        conflicts = QVBoxLayout(self.conflicts_box)
        conflicts.addWidget(self.conflicts)
        conflicts.addLayout(row_of(actions.button("take_back"), actions.button("keep"), STRETCH))
        return [self.twins_box, self.shared_box, self.conflicts_box]

    def load(self) -> None:
        db = self.workspace.db
        self._fill(self.twins, self.twins_box, read(self.workspace, lambda: possible_twins(db)), self._twins_text)
        self._fill(self.shared, self.shared_box, read(self.workspace, lambda: shared_badges(db)), self._shared_text)
        self._fill(
            self.conflicts, self.conflicts_box, read(self.workspace, lambda: field_conflicts(db)), self._conflict_text
        )

    @staticmethod
    def _fill(widget: QListWidget, box: QGroupBox, items: list[Any], text: Any) -> None:
        widget.clear()
        for value in items:
            item = QListWidgetItem(text(value))
            item.setData(Qt.ItemDataRole.UserRole, value)
            widget.addItem(item)
        box.setVisible(bool(items))
        if items:
            widget.setCurrentRow(0)

    def _twins_text(self, twins: Twins) -> str:
        return self.tr("{first} (no. {first_number}) and {second} (no. {second_number}), {assembly}").format(
            first=twins.first.name,
            first_number=twins.first.badge_number,
            second=twins.second.name,
            second_number=twins.second.badge_number,
            assembly=twins.assembly,
        )

    def _shared_text(self, badge: SharedBadge) -> str:
        names = ", ".join(person.name for person in badge.people)
        return self.tr("No. {number} ({assembly}): {names}").format(
            number=badge.number, assembly=badge.assembly, names=names
        )

    def _conflict_text(self, conflict: RowConflict) -> str:
        return self.tr("{record}, {field}: kept {kept};\nreplaced {other}").format(
            record=conflict.record or conflict.entity,
            field=edited_field_label(conflict.entity, conflict.field),
            kept=self._value_text(conflict.kept),
            other=self._value_text(conflict.other),
        )

    def _value_text(self, edited: EditedValue) -> str:
        where = self.tr("this laptop") if edited.here else self.tr("another laptop")
        value = "—" if edited.value in (None, "") else str(edited.value)
        return self.tr('"{value}" ({where}, {day} at {time})').format(
            value=value, where=where, day=edited.at.strftime("%d/%m"), time=clock_time(edited.at)
        )

    # Actions -----------------------------------------------------------------------------

    def merge(self) -> None:
        """« Fusionner ces deux fiches », once the person has confirmed they are one."""
        item = self.twins.currentItem()
        if item is None:
            return
        twins: Twins = item.data(Qt.ItemDataRole.UserRole)
        workspace = self.workspace
        records = [(record.id, record.name, record.badge_number) for record in (twins.first, twins.second)]
        try:
            said = merge_records(workspace, workspace.db, workspace.operations, records)
        except (ParticipantNotFound, NotTwins):
            said = self._changed_meanwhile()
        if said is not None:
            workspace.said(said)
            workspace.reload()

    def _changed_meanwhile(self) -> str:
        return self.tr("These records changed meanwhile (another laptop settled them): the list is read again.")

    def renumber(self) -> None:
        item = self.shared.currentItem()
        if item is None:
            return
        badge: SharedBadge = item.data(Qt.ItemDataRole.UserRole)
        person: Record = badge.to_renumber
        workspace = self.workspace
        try:
            number = workspace.operations.write(workspace, lambda: give_new_badge_number(workspace.db, person.id))
        except ParticipantNotFound:
            workspace.said(
                self.tr("These records changed meanwhile (another laptop settled them): the list is read again.")
            )
        else:
            workspace.said(self.tr("{name} now holds badge number {number}.").format(name=person.name, number=number))
        workspace.reload()

    def take_back(self) -> None:
        self._settle(take_other_value, self.tr("The replaced value is back: {value}."), other=True)

    def keep(self) -> None:
        self._settle(keep_value, self.tr("The kept value stays: {value}."), other=False)

    def _settle(self, action: Any, said: str, *, other: bool) -> None:
        item = self.conflicts.currentItem()
        if item is None:
            return
        conflict: RowConflict = item.data(Qt.ItemDataRole.UserRole)
        workspace = self.workspace
        workspace.operations.write(workspace, lambda: action(workspace.db, conflict))
        chosen = conflict.other if other else conflict.kept
        workspace.said(said.format(value=chosen.value))
        workspace.reload()
