"""What an import will do, decided before anything is written.

The plan says which lines become participants, which are rejected and why, which values were
repaired, which lines repeat another exactly (imported once), which are already in the
assembly, and which people are probably the same person (flagged for a human, never merged).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from facilitator.core.fields import (
    Field,
    FieldError,
    ParsedFields,
    parse_fields,
    parse_gender,
    parse_role,
    parse_sub_bodies,
    parse_yes_no,
    split_full_name,
)
from facilitator.core.names import fold, identity_key
from facilitator.core.participants import Participant, ParticipantDetails, Role
from facilitator.core.problems import Problem, RowProblem
from facilitator.core.roster.table import RawRow, RawTable


@dataclass(frozen=True)
class LineProblem:
    line: int
    problem: Problem


@dataclass(frozen=True)
class PlannedPerson:
    line: int
    details: ParticipantDetails


@dataclass(frozen=True)
class DuplicateGroup:
    """People who are probably one person: file lines and participants already stored."""

    lines: tuple[int, ...]
    existing: tuple[str, ...]
    names: tuple[str, ...] = ()
    """The distinct spellings of the names on the file's lines, to recognise the group."""


@dataclass(frozen=True)
class ImportPlan:
    to_create: tuple[PlannedPerson, ...]
    rejected: tuple[LineProblem, ...]
    repairs: tuple[LineProblem, ...]
    repeated: tuple[tuple[int, int], ...]
    already_present: tuple[tuple[int, str], ...]
    duplicates: tuple[DuplicateGroup, ...]
    new_sub_bodies: tuple[str, ...]

    @property
    def rejected_lines(self) -> list[int]:
        return sorted({issue.line for issue in self.rejected})


class LineRejected(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems


def _with_split_full_name(cells: dict[Field, str], parsed: ParsedFields) -> dict[Field, str]:
    """Cells with first and last name filled from a full-name column when they have none."""
    if Field.FIRST_NAME in cells and Field.LAST_NAME in cells:
        return cells
    names = parsed.take(split_full_name, cells.get(Field.FULL_NAME, ""))
    if names is None:
        return cells
    return {**cells, Field.FIRST_NAME: names[0], Field.LAST_NAME: names[1]}


def read_line(
    row: RawRow, headers_count: int, mapping: Sequence[Field | None], current_year: int
) -> tuple[ParticipantDetails, list[Problem]]:
    """One line's participant and the repairs made; ``LineRejected`` with every reason otherwise."""
    cells = {field: (row.cells[i] if i < len(row.cells) else "") for i, field in enumerate(mapping) if field}
    split = ParsedFields()
    cells = _with_split_full_name(cells, split)
    parsed = parse_fields(cells, current_year) if not split.errors else split
    take = parsed.take
    role, drawn_hint, minority_hint = take(parse_role, cells.get(Field.ROLE, "")) or (Role.CITIZEN, None, False)
    drawn = take(parse_yes_no, Field.DRAWN, cells.get(Field.DRAWN, ""))
    minority = take(parse_yes_no, Field.MINORITY, cells.get(Field.MINORITY, ""))
    childcare = take(parse_yes_no, Field.CHILDCARE, cells.get(Field.CHILDCARE, ""))
    gender = take(parse_gender, cells.get(Field.GENDER, ""))
    sub_bodies = take(parse_sub_bodies, cells.get(Field.SUB_BODIES, "")) or ()
    extra = [cell for cell in row.cells[headers_count:] if cell.strip()]
    if extra:
        parsed.errors.append(FieldError(RowProblem.EXTRA_CELLS, Field.NOTES, extra[0]))
    if parsed.errors or gender is None:
        raise LineRejected([error.problem for error in parsed.errors])
    details = ParticipantDetails(
        **parsed.values,
        role=role,
        gender=gender,
        drawn=role is Role.CITIZEN and _first_known(drawn, drawn_hint, default=True),
        minority=role is Role.ELECTED and _first_known(minority, minority_hint, default=False),
        childcare_needed=bool(childcare),
        sub_bodies=sub_bodies,
    )
    return details, parsed.repairs


def _first_known(*values: bool | None, default: bool) -> bool:
    return next((value for value in values if value is not None), default)


def plan_import(
    table: RawTable,
    mapping: Sequence[Field | None],
    existing: Sequence[Participant],
    existing_sub_bodies: Sequence[str],
    current_year: int,
) -> ImportPlan:
    """Decide the fate of every line of ``table`` against the participants already stored."""
    sub_body_names = {fold(name): name for name in existing_sub_bodies}
    new_sub_bodies: dict[str, str] = {}
    existing_by_details = {person.details: person for person in existing}
    accepted: list[PlannedPerson] = []
    rejected: list[LineProblem] = []
    repairs: list[LineProblem] = []
    repeated: list[tuple[int, int]] = []
    already_present: list[tuple[int, str]] = []
    first_line_of: dict[ParticipantDetails, int] = {}
    for row in table.rows:
        try:
            details, line_repairs = read_line(row, len(table.headers), mapping, current_year)
        except LineRejected as rejection:
            rejected.extend(LineProblem(row.line, problem) for problem in rejection.problems)
            continue
        details = _with_known_sub_bodies(details, sub_body_names, new_sub_bodies)
        if details in first_line_of:
            repeated.append((row.line, first_line_of[details]))
            continue
        first_line_of[details] = row.line
        if details in existing_by_details:
            already_present.append((row.line, existing_by_details[details].details.display_name))
            continue
        repairs.extend(LineProblem(row.line, repair) for repair in line_repairs)
        accepted.append(PlannedPerson(row.line, details))
    return ImportPlan(
        to_create=tuple(accepted),
        rejected=tuple(rejected),
        repairs=tuple(repairs),
        repeated=tuple(repeated),
        already_present=tuple(already_present),
        duplicates=tuple(find_duplicates(accepted, existing)),
        new_sub_bodies=tuple(new_sub_bodies.values()),
    )


def _with_known_sub_bodies(
    details: ParticipantDetails, known: dict[str, str], new: dict[str, str]
) -> ParticipantDetails:
    """Sub-bodies spelled as the assembly already spells them, sorted; new names noted."""
    names = []
    for name in details.sub_bodies:
        key = fold(name)
        if key not in known:
            new.setdefault(key, name)
            known[key] = name
        names.append(known[key])
    ordered = tuple(sorted(set(names), key=fold))
    return details if ordered == details.sub_bodies else replace(details, sub_bodies=ordered)


def find_duplicates(planned: Sequence[PlannedPerson], existing: Sequence[Participant]) -> list[DuplicateGroup]:
    """Groups of people who share a name (in either order, any accents or case) or an e-mail."""
    parent: dict[object, object] = {}

    def find(node: object) -> object:
        while parent.setdefault(node, node) is not node:
            node = parent[node]
        return node

    def union(a: object, b: object) -> None:
        parent[find(a)] = find(b)

    members: list[tuple[object, PlannedPerson | Participant]] = [
        *((("line", p.line), p) for p in planned),
        *((("stored", p.id), p) for p in existing),
    ]
    owner_of_key: dict[tuple[str, ...], object] = {}
    for node, person in members:
        find(node)
        details = person.details
        keys: list[tuple[str, ...]] = [("name", *identity_key(details.first_name, details.last_name))]
        if details.email:
            keys.append(("email", details.email.casefold()))
        for key in keys:
            if key in owner_of_key:
                union(node, owner_of_key[key])
            else:
                owner_of_key[key] = node
    groups: dict[object, list[tuple[object, PlannedPerson | Participant]]] = defaultdict(list)
    for node, person in members:
        groups[find(node)].append((node, person))
    result = []
    for group in groups.values():
        planned_people = sorted((p for _, p in group if isinstance(p, PlannedPerson)), key=lambda p: p.line)
        stored = tuple(sorted((p.details.display_name for _, p in group if isinstance(p, Participant)), key=fold))
        if planned_people and len(group) > 1:
            names = tuple(dict.fromkeys(p.details.display_name for p in planned_people))
            result.append(DuplicateGroup(tuple(p.line for p in planned_people), stored, names))
    return sorted(result, key=lambda group: group.lines)
