from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.fields import (
    MAX_NAME_LENGTH,
    Field,
    FieldError,
    has_foreign_digits,
    parse_birth_year,
    parse_email,
    parse_fields,
    parse_gender,
    parse_name,
    parse_phone,
    parse_postcode,
    parse_role,
    parse_sub_bodies,
    parse_yes_no,
    split_full_name,
)
from facilitator.core.participants import Gender, Role
from facilitator.core.problems import Repair, RowProblem

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
FULL_WIDTH = "０１２３４５６７８９"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06 12 34 56 78", ("06 12 34 56 78", None)),
        ("0612345678", ("06 12 34 56 78", None)),
        ("06.12.34.56.78", ("06 12 34 56 78", None)),
        ("+33 6 12 34 56 78", ("06 12 34 56 78", None)),
        ("0033612345678", ("06 12 34 56 78", None)),
        ("+33 (0)6 12 34 56 78", ("06 12 34 56 78", None)),
        ("+33 (0) 1 44 55 66 77", ("01 44 55 66 77", None)),
        ("612345678", ("06 12 34 56 78", Repair.PHONE_ZERO_RESTORED)),
        ("+44 20 7946 0958", ("+442079460958", None)),
        ("", ("", None)),
    ],
)
def test_phone_numbers(text: str, expected: tuple[str, Repair | None]) -> None:
    assert parse_phone(text) == expected


@pytest.mark.parametrize("text", ["12", "06 12 34", "06-12-34-56-78-90", "abc", "06 12 34 56 7x"])
def test_bad_phone_numbers(text: str) -> None:
    with pytest.raises(FieldError) as error:
        parse_phone(text)
    assert error.value.code is RowProblem.BAD_PHONE


@pytest.mark.parametrize("digits", [ARABIC_INDIC, FULL_WIDTH])
def test_foreign_digits_are_refused_not_converted(digits: str) -> None:
    phone = "".join(digits[int(ch)] for ch in "0612345678")
    for parse, value in ((parse_phone, phone), (parse_postcode, digits[3] + "7990")):
        with pytest.raises(FieldError) as error:
            parse(value)
        assert error.value.code is RowProblem.NON_ASCII_DIGITS
    with pytest.raises(FieldError) as error:
        parse_birth_year("19" + digits[8] + digits[4], 2026)
    assert error.value.code is RowProblem.NON_ASCII_DIGITS


@given(st.text(alphabet="0123456789 ." + ARABIC_INDIC + FULL_WIDTH, min_size=1, max_size=14))
def test_a_value_with_a_foreign_digit_never_parses(text: str) -> None:
    if has_foreign_digits(text):
        for parse in (parse_phone, parse_postcode):
            with pytest.raises(FieldError):
                parse(text)


def test_postcodes_keep_or_restore_their_leading_zero() -> None:
    assert parse_postcode("01000") == ("01000", None)
    assert parse_postcode("1000") == ("01000", Repair.POSTCODE_ZERO_RESTORED)
    assert parse_postcode("37990") == ("37990", None)
    with pytest.raises(FieldError):
        parse_postcode("123")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("1984", 1984),
        ("25/03/1984", 1984),
        ("1984-03-25", 1984),
        ("1984-03-25 00:00:00", 1984),
        ("", None),
        ("1984.0", 1984),
    ],
)
def test_birth_years(text: str, year: int | None) -> None:
    assert parse_birth_year(text, 2026) == year


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2031", RowProblem.BIRTH_YEAR_OUT_OF_RANGE),
        ("1850", RowProblem.BIRTH_YEAR_OUT_OF_RANGE),
        ("vers 1980", RowProblem.BAD_BIRTH_YEAR),
    ],
)
def test_bad_birth_years(text: str, code: RowProblem) -> None:
    with pytest.raises(FieldError) as error:
        parse_birth_year(text, 2026)
    assert error.value.code is code


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("F", Gender.FEMALE),
        ("Femme", Gender.FEMALE),
        ("Mme", Gender.FEMALE),
        ("H", Gender.MALE),
        ("M.", Gender.MALE),
        ("homme", Gender.MALE),
        ("Autre", Gender.OTHER),
        ("", Gender.UNSPECIFIED),
    ],
)
def test_genders(text: str, gender: Gender) -> None:
    assert parse_gender(text) is gender


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiré·e au sort", (Role.CITIZEN, True, False)),
        ("Volontaire", (Role.CITIZEN, False, False)),
        ("habitante", (Role.CITIZEN, None, False)),
        ("", (Role.CITIZEN, None, False)),
        ("Élu (opposition)", (Role.ELECTED, None, True)),
        ("Élue", (Role.ELECTED, None, False)),
        ("Agent municipal", (Role.STAFF, None, False)),
        ("Experte", (Role.EXPERT, None, False)),
        ("Animatrice", (Role.FACILITATOR, None, False)),
        ("Non tiré au sort", (Role.CITIZEN, False, False)),
        ("Pas tirée au sort", (Role.CITIZEN, False, False)),
        ("Conseiller citoyen", (Role.CITIZEN, None, False)),
        ("Conseillère citoyenne tirée au sort", (Role.CITIZEN, True, False)),
        ("Conseiller municipal", (Role.ELECTED, None, False)),
    ],
)
def test_roles_as_rosters_write_them(text: str, expected: tuple[Role, bool | None, bool]) -> None:
    assert parse_role(text) == expected


@pytest.mark.parametrize("text", ["Jeanne\nMarie", "Dupont\r\n12 rue des Lilas"])
def test_a_line_break_inside_a_name_rejects_the_line(text: str) -> None:
    with pytest.raises(FieldError) as error:
        parse_name(Field.LAST_NAME, text)
    assert error.value.code is RowProblem.LINE_BREAK_IN_NAME


def test_unknown_role_and_gender_are_refused() -> None:
    with pytest.raises(FieldError) as role:
        parse_role("Président du jury")
    assert role.value.code is RowProblem.UNKNOWN_ROLE
    with pytest.raises(FieldError) as gender:
        parse_gender("Z")
    assert gender.value.code is RowProblem.UNKNOWN_GENDER


def test_yes_no_cells() -> None:
    assert [parse_yes_no(Field.CHILDCARE, v) for v in ("oui", "X", "1", "non", "0", "")] == [
        True,
        True,
        True,
        False,
        False,
        None,
    ]
    assert parse_yes_no(Field.DRAWN, "Tiré au sort") is True
    assert parse_yes_no(Field.DRAWN, "volontaire") is False
    assert parse_yes_no(Field.DRAWN, "Non tiré au sort") is False
    assert parse_yes_no(Field.DRAWN, "pas tirée") is False
    with pytest.raises(FieldError):
        parse_yes_no(Field.CHILDCARE, "peut-être")


def test_email() -> None:
    assert parse_email(" jeanne@example.org ") == "jeanne@example.org"
    for bad in ("jeanne@", "jeanne.example.org", "a b@c.d"):
        with pytest.raises(FieldError):
            parse_email(bad)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("DUPONT Jeanne", ("Jeanne", "Dupont".upper())),
        ("Jeanne DUPONT", ("Jeanne", "DUPONT")),
        ("LE GALL Anne-Marie", ("Anne-Marie", "LE GALL")),
        ("Marie-Hélène D'ALMEIDA", ("Marie-Hélène", "D'ALMEIDA")),
    ],
)
def test_full_names_split_on_the_capitalised_family_name(text: str, names: tuple[str, str]) -> None:
    assert split_full_name(text) == names


@pytest.mark.parametrize("text", ["Jeanne Dupont", "DUPONT JEANNE", "Jeanne DUPONT Marie MARTIN"])
def test_ambiguous_full_names_are_refused(text: str) -> None:
    with pytest.raises(FieldError) as error:
        split_full_name(text)
    assert error.value.code is RowProblem.FULL_NAME_UNSPLITTABLE


def test_sub_bodies_are_split_and_deduplicated() -> None:
    assert parse_sub_bodies("Groupe de proposition, Comité / Groupe de proposition") == (
        "Groupe de proposition",
        "Comité",
    )


def test_parse_fields_collects_every_error_and_repair() -> None:
    parsed = parse_fields(
        {
            Field.FIRST_NAME: "",
            Field.LAST_NAME: "Dupont",
            Field.PHONE: "612345678",
            Field.EMAIL: "x@",
            Field.POSTCODE: "1000",
            Field.NOTES: "ligne 1\nligne 2",
        },
        2026,
    )
    assert [(e.code, e.field) for e in parsed.errors] == [
        (RowProblem.MISSING_FIRST_NAME, Field.FIRST_NAME),
        (RowProblem.BAD_EMAIL, Field.EMAIL),
    ]
    assert [r.code for r in parsed.repairs] == [Repair.PHONE_ZERO_RESTORED, Repair.POSTCODE_ZERO_RESTORED]
    assert parsed.values["notes"] == "ligne 1\nligne 2"
    assert parsed.values["postcode"] == "01000"


@pytest.mark.parametrize(
    "name", ["Awa", "Jean-Baptiste", "N’Diaye", "O'Connor", "Nguyễn", "Łukasz", "Σωκράτης", "Жанна", "Ørsted", "Œdipe"]
)
def test_a_name_the_documents_print_is_accepted(name: str) -> None:
    assert parse_name(Field.FIRST_NAME, name) == name


@pytest.mark.parametrize("name", ["王芳", "山田", "Лена 😀", "محمد", "דוד", "Awa\u0336", "ᚠᚢᚦ"])
def test_a_name_the_documents_cannot_print_is_refused_with_the_reason(name: str) -> None:
    with pytest.raises(FieldError) as refused:
        parse_name(Field.LAST_NAME, name)
    assert refused.value.code is RowProblem.UNPRINTABLE_NAME


def test_a_name_too_long_to_print_is_refused() -> None:
    parse_name(Field.LAST_NAME, "x" * MAX_NAME_LENGTH)
    with pytest.raises(FieldError) as refused:
        parse_name(Field.LAST_NAME, "x" * (MAX_NAME_LENGTH + 1))
    assert refused.value.code is RowProblem.NAME_TOO_LONG
