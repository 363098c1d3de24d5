from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.fields import Field
from facilitator.core.problems import FileProblem
from facilitator.core.roster.mapping import check_mapping, guess_mapping, header_key, remembered_choices


def test_french_headers_in_any_case_and_accents() -> None:
    headers = [
        "NOM",
        "Prénom",
        "Genre/Sexe",
        "Année de naissance",
        "QUARTIER",
        "Rôle",
        "Téléphone portable",
        "Courriel",
        "Code postal",
        "Colonne mystère",
    ]
    assert guess_mapping(headers) == [
        Field.LAST_NAME,
        Field.FIRST_NAME,
        Field.GENDER,
        Field.BIRTH_YEAR,
        Field.NEIGHBOURHOOD,
        Field.ROLE,
        Field.PHONE,
        Field.EMAIL,
        Field.POSTCODE,
        None,
    ]


def test_english_headers() -> None:
    headers = ["Last name", "First name", "Gender", "Year of birth", "Neighborhood", "Phone", "E-mail"]
    assert guess_mapping(headers) == [
        Field.LAST_NAME,
        Field.FIRST_NAME,
        Field.GENDER,
        Field.BIRTH_YEAR,
        Field.NEIGHBOURHOOD,
        Field.PHONE,
        Field.EMAIL,
    ]


def test_a_field_goes_to_the_first_column_only() -> None:
    assert guess_mapping(["Téléphone", "Téléphone fixe"]) == [Field.PHONE, None]


def test_remembered_choices_win_including_ignore() -> None:
    remembered = {header_key("Qrt"): Field.NEIGHBOURHOOD.value, header_key("Nom"): ""}
    assert guess_mapping(["Nom", "Qrt", "Nom usuel", "Prénom"], remembered) == [
        None,
        Field.NEIGHBOURHOOD,
        Field.LAST_NAME,
        Field.FIRST_NAME,
    ]


def test_two_remembered_headers_for_one_field_give_it_to_the_first() -> None:
    remembered = {header_key("Tél"): Field.PHONE.value, header_key("Portable"): Field.PHONE.value}
    headers = ["Nom", "Prénom", "Tél", "Portable"]
    mapping = guess_mapping(headers, remembered)
    assert mapping == [Field.LAST_NAME, Field.FIRST_NAME, Field.PHONE, None]
    assert check_mapping(headers, mapping) is None


_HEADERS = st.sampled_from(["Nom", "Prénom", "Tél", "Téléphone portable", "Quartier", "Qrt", "Mail", "X", ""])


@given(
    st.lists(_HEADERS, max_size=10),
    st.dictionaries(_HEADERS.map(header_key), st.sampled_from(["", *(field.value for field in Field)]), max_size=6),
)
def test_no_field_is_ever_guessed_for_two_columns(headers: list[str], remembered: dict[str, str]) -> None:
    fields = [field for field in guess_mapping(headers, remembered) if field is not None]
    assert len(fields) == len(set(fields))


def test_remembered_choices_come_from_a_mapping() -> None:
    choices = remembered_choices(["Qrt", "Bidule", ""], [Field.NEIGHBOURHOOD, None, Field.NOTES])
    assert choices == {"qrt": "neighbourhood", "bidule": ""}


def test_names_are_required() -> None:
    problem = check_mapping(["Nom", "Ville"], [Field.LAST_NAME, Field.CITY])
    assert problem is not None and problem.code is FileProblem.MISSING_NAME_COLUMNS
    assert check_mapping(["Identité"], [Field.FULL_NAME]) is None
    assert check_mapping(["Nom", "Prénom"], [Field.LAST_NAME, Field.FIRST_NAME]) is None


def test_a_field_chosen_twice_is_refused_with_both_columns() -> None:
    problem = check_mapping(["Nom", "Prénom", "Nom usuel"], [Field.LAST_NAME, Field.FIRST_NAME, Field.LAST_NAME])
    assert problem is not None and problem.code is FileProblem.COLUMN_MAPPED_TWICE
    assert problem.params == {"field": "last_name", "first": "Nom", "second": "Nom usuel"}
