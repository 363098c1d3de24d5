"""What an import decides, line by line (reference/attendance-indemnity.md, reliability.md)."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.fields import Field
from facilitator.core.participants import Gender, Participant, ParticipantDetails, Role
from facilitator.core.problems import Repair, RowProblem
from facilitator.core.roster.plan import plan_import
from facilitator.core.roster.table import RawRow, RawTable

HEADERS = ("Nom", "Prénom", "Genre", "Rôle", "Téléphone", "Courriel", "Sous-instance")
MAPPING = [Field.LAST_NAME, Field.FIRST_NAME, Field.GENDER, Field.ROLE, Field.PHONE, Field.EMAIL, Field.SUB_BODIES]


def table(*rows: tuple[str, ...]) -> RawTable:
    return RawTable(HEADERS, tuple(RawRow(line, row) for line, row in enumerate(rows, start=2)))


def plan(*rows: tuple[str, ...], existing: list[Participant] | None = None, sub_bodies: list[str] | None = None):
    return plan_import(table(*rows), MAPPING, existing or [], sub_bodies or [], 2026)


def test_good_lines_become_participants() -> None:
    result = plan(
        ("Dupont", "Jeanne", "F", "Tirée au sort", "06 12 34 56 78", "j@example.org", ""),
        ("Martin", "Paul", "H", "Élu (opposition)", "", "", "Groupe de proposition"),
    )
    jeanne, paul = (person.details for person in result.to_create)
    assert (jeanne.role, jeanne.drawn, jeanne.gender) == (Role.CITIZEN, True, Gender.FEMALE)
    assert (paul.role, paul.minority, paul.drawn, paul.sub_bodies) == (
        Role.ELECTED,
        True,
        False,
        ("Groupe de proposition",),
    )
    assert result.rejected == () and result.duplicates == ()
    assert result.new_sub_bodies == ("Groupe de proposition",)


def test_every_problem_of_a_rejected_line_is_reported_with_its_line() -> None:
    result = plan(("", "Jeanne", "Q", "", "06 12", "x@", ""), ("Martin", "Paul", "H", "", "", "", ""))
    assert [(issue.line, issue.problem.code) for issue in result.rejected] == [
        (2, RowProblem.MISSING_LAST_NAME),
        (2, RowProblem.BAD_PHONE),
        (2, RowProblem.BAD_EMAIL),
        (2, RowProblem.UNKNOWN_GENDER),
    ]
    assert result.rejected_lines == [2]
    assert [p.line for p in result.to_create] == [3]


def test_arabic_indic_digits_reject_the_line_with_its_number() -> None:
    result = plan(("Dupont", "Jeanne", "F", "", "٠٦١٢٣٤٥٦٧٨", "", ""))
    assert [(i.line, i.problem.code, i.problem.params["field"]) for i in result.rejected] == [
        (2, RowProblem.NON_ASCII_DIGITS, "phone")
    ]


def test_an_exact_repeat_is_imported_once() -> None:
    line = ("Dupont", "Jeanne", "F", "", "", "", "")
    result = plan(line, ("Martin", "Paul", "H", "", "", "", ""), line)
    assert [p.line for p in result.to_create] == [2, 3]
    assert result.repeated == ((4, 2),)


def test_variants_of_a_name_are_flagged_not_merged() -> None:
    result = plan(
        ("Lefèvre", "Hélène", "F", "", "", "", ""),
        ("LEFEVRE", "helene", "F", "Volontaire", "", "", ""),
        ("Lefèvre ", " Hélène", "F", "", "06 12 34 56 78", "", ""),
        ("D’Almeida", "Maëlle", "F", "", "", "", ""),
        ("d'almeida", "MAËLLE", "F", "", "", "", ""),
        ("Hélène", "Lefèvre", "F", "Agent", "", "", ""),
        ("Martin", "Paul", "H", "", "", "", ""),
    )
    assert len(result.to_create) == 7
    assert [group.lines for group in result.duplicates] == [(2, 3, 4, 7), (5, 6)]
    assert result.duplicates[1].names == ("Maëlle D’Almeida", "MAËLLE d'almeida")


def test_a_shared_email_also_flags_a_likely_duplicate() -> None:
    result = plan(
        ("Dupont", "Jeanne", "F", "", "", "jd@example.org", ""),
        ("Dupont-Martin", "Jeanne", "F", "", "", "JD@example.org", ""),
    )
    assert [group.lines for group in result.duplicates] == [(2, 3)]


def test_people_already_stored_are_skipped_or_flagged() -> None:
    stored = Participant(uuid.uuid4(), 1, ParticipantDetails("Jeanne", "Dupont", gender=Gender.FEMALE, drawn=True))
    result = plan(
        ("Dupont", "Jeanne", "F", "", "", "", ""),
        ("DUPONT", "Jeanne", "F", "", "06 12 34 56 78", "", ""),
        existing=[stored],
    )
    assert result.already_present == ((2, "Jeanne Dupont"),)
    assert [(g.lines, g.existing) for g in result.duplicates] == [((3,), ("Jeanne Dupont",))]


def test_sub_bodies_take_the_assembly_spelling() -> None:
    result = plan(
        ("Dupont", "Jeanne", "F", "", "", "", "groupe DE proposition, Comité"), sub_bodies=["Groupe de proposition"]
    )
    assert result.to_create[0].details.sub_bodies == ("Comité", "Groupe de proposition")
    assert result.new_sub_bodies == ("Comité",)


def test_repairs_are_reported_for_imported_lines() -> None:
    result = plan(("Dupont", "Jeanne", "F", "", "612345678", "", ""))
    assert [(r.line, r.problem.code) for r in result.repairs] == [(2, Repair.PHONE_ZERO_RESTORED)]
    assert result.to_create[0].details.phone == "06 12 34 56 78"


def test_full_name_column_and_extra_cells() -> None:
    headers = ("Identité", "Genre")
    rows = (RawRow(2, ("DUPONT Jeanne", "F")), RawRow(3, ("Paul Martin", "H")), RawRow(4, ("MARTIN Paul", "H", "?")))
    result = plan_import(RawTable(headers, rows), [Field.FULL_NAME, Field.GENDER], [], [], 2026)
    assert [(p.details.first_name, p.details.last_name) for p in result.to_create] == [("Jeanne", "DUPONT")]
    assert [(i.line, i.problem.code) for i in result.rejected] == [
        (3, RowProblem.FULL_NAME_UNSPLITTABLE),
        (4, RowProblem.EXTRA_CELLS),
    ]


names = st.text(alphabet="abcdefghéèçœ'- ", min_size=1, max_size=10).filter(lambda s: any(c.isalpha() for c in s))


@given(st.lists(st.tuples(names, names, st.sampled_from(["F", "H", "", "zz"])), max_size=25))
def test_every_line_is_accounted_for_exactly_once(rows: list[tuple[str, str, str]]) -> None:
    raw = RawTable(("Nom", "Prénom", "Genre"), tuple(RawRow(i + 2, row) for i, row in enumerate(rows)))
    result = plan_import(raw, [Field.LAST_NAME, Field.FIRST_NAME, Field.GENDER], [], [], 2026)
    created = [p.line for p in result.to_create]
    repeated = [line for line, _ in result.repeated]
    accounted = sorted(created + repeated + result.rejected_lines)
    assert accounted == [row.line for row in raw.rows]
    assert len({p.details for p in result.to_create}) == len(created)
    for group in result.duplicates:
        assert set(group.lines) <= set(created)
