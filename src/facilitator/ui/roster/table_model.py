"""The roster as a Qt table model, filtered and sorted fast enough for every keystroke.

Each person's cells, sort keys and search text are computed once when the roster is loaded;
a filter then only selects row indexes (name search through ``core.names.NameIndex``,
narrowing the previous result when the query grows), so the view never waits on Python
per cell or per row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from facilitator.core.names import NameIndex, fold, search_text
from facilitator.core.participants import Participant, Role, by_name
from facilitator.text.messages import gender_label, recruitment_label, role_label

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    BADGE = 0
    LAST_NAME = 1
    FIRST_NAME = 2
    ROLE = 3
    GENDER = 4
    BIRTH_YEAR = 5
    NEIGHBOURHOOD = 6
    RECRUITMENT = 7
    SUB_BODIES = 8
    PHONE = 9


@dataclass(frozen=True)
class Filter:
    query: str = ""
    role: Role | None = None
    sub_body: str | None = None
    drawn: bool | None = None

    def same_attributes(self, other: Filter) -> bool:
        return (self.role, self.sub_body, self.drawn) == (other.role, other.sub_body, other.drawn)


class ParticipantsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._people: list[Participant] = []
        self._cells: list[tuple[str, ...]] = []
        self._sort_keys: list[tuple[Any, ...]] = []
        self._index = NameIndex([])
        self._order: list[int] = []
        self._eligible: list[int] = []
        self._visible: list[int] = []
        self._filter = Filter()
        self._sort = (Column.LAST_NAME, Qt.SortOrder.AscendingOrder)
        self._headers = {
            Column.BADGE: self.tr("No."),
            Column.LAST_NAME: self.tr("Last name"),
            Column.FIRST_NAME: self.tr("First name"),
            Column.ROLE: self.tr("Role"),
            Column.GENDER: self.tr("Gender"),
            Column.BIRTH_YEAR: self.tr("Born"),
            Column.NEIGHBOURHOOD: self.tr("Neighbourhood"),
            Column.RECRUITMENT: self.tr("Recruitment"),
            Column.SUB_BODIES: self.tr("Sub-bodies"),
            Column.PHONE: self.tr("Phone"),
        }

    # Loading -----------------------------------------------------------------------------

    def set_people(self, people: list[Participant], wanted: Filter) -> None:
        """Show ``people`` through ``wanted`` (the filter widgets may have changed meanwhile)."""
        self.beginResetModel()
        self._people = people
        self._filter = wanted
        self._cells = [self._row_cells(person) for person in people]
        self._sort_keys = [
            self._row_sort_keys(person, cells) for person, cells in zip(people, self._cells, strict=True)
        ]
        self._index = NameIndex(
            [search_text(p.details.first_name, p.details.last_name, str(p.badge_number)) for p in people]
        )
        self._order = self._sorted_order()
        self._eligible = self._attribute_matches(self._filter)
        self._visible = self._index.matches(self._filter.query, self._eligible)
        self.endResetModel()

    def _row_cells(self, person: Participant) -> tuple[str, ...]:
        details = person.details
        recruitment = recruitment_label(details.drawn) if details.role is Role.CITIZEN else ""
        if details.to_review:
            recruitment = self.tr("{recruitment} (to review)").format(recruitment=recruitment).strip()
        role = role_label(details.role)
        if details.role is Role.ELECTED and details.minority:
            role = self.tr("{role} (minority)").format(role=role)
        return (
            str(person.badge_number),
            details.last_name,
            details.first_name,
            role,
            gender_label(details.gender),
            str(details.birth_year or ""),
            details.neighbourhood,
            recruitment,
            ", ".join(details.sub_bodies),
            details.phone,
        )

    @staticmethod
    def _row_sort_keys(person: Participant, cells: tuple[str, ...]) -> tuple[Any, ...]:
        keys: list[Any] = [fold(cell) for cell in cells]
        keys[Column.BADGE] = person.badge_number
        keys[Column.BIRTH_YEAR] = person.details.birth_year or 0
        name = by_name(person)
        return tuple((key, *name) for key in keys)

    # Filtering and sorting ---------------------------------------------------------------

    def _attribute_matches(self, wanted: Filter) -> list[int]:
        people = self._people

        def keep(i: int) -> bool:
            details = people[i].details
            return (
                (wanted.role is None or details.role is wanted.role)
                and (wanted.sub_body is None or wanted.sub_body in details.sub_bodies)
                and (wanted.drawn is None or (details.role is Role.CITIZEN and details.drawn is wanted.drawn))
            )

        if wanted.role is None and wanted.sub_body is None and wanted.drawn is None:
            return list(self._order)
        return [i for i in self._order if keep(i)]

    def set_filter(self, wanted: Filter) -> None:
        previous = self._filter
        if wanted == previous:
            return
        if not wanted.same_attributes(previous):
            self._eligible = self._attribute_matches(wanted)
            among = self._eligible
        elif wanted.query.startswith(previous.query) and fold(wanted.query).startswith(fold(previous.query)):
            among = self._visible
        else:
            among = self._eligible
        self._filter = wanted
        self.beginResetModel()
        self._visible = self._index.matches(wanted.query, among)
        self.endResetModel()

    def _sorted_order(self) -> list[int]:
        column, order = self._sort
        keys = self._sort_keys
        return sorted(
            range(len(self._people)), key=lambda i: keys[i][column], reverse=order == Qt.SortOrder.DescendingOrder
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (Column(column), order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        people = [self._visible[index.row()] for index in persistent]
        self._order = self._sorted_order()
        position = {person: rank for rank, person in enumerate(self._order)}
        self._eligible.sort(key=position.__getitem__)
        self._visible.sort(key=position.__getitem__)
        row_of = {person: row for row, person in enumerate(self._visible)}
        # The selection follows its person, not its row number.
        self.changePersistentIndexList(
            persistent,
            [self.index(row_of[person], index.column()) for person, index in zip(people, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    # Access ------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self._people)

    def neighbourhoods(self) -> set[str]:
        """Every neighbourhood in the roster, whatever the current filter shows."""
        return {person.details.neighbourhood for person in self._people if person.details.neighbourhood}

    def participant_at(self, row: int) -> Participant:
        return self._people[self._visible[row]]

    def row_of(self, participant_id: uuid.UUID) -> int | None:
        for row, person in enumerate(self._visible):
            if self._people[person].id == participant_id:
                return row
        return None

    # Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[self._visible[index.row()]][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (Column.BADGE, Column.BIRTH_YEAR):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None
