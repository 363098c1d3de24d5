"""Which roster column holds which attribute.

Headers come in French or English, in any case, with or without accents ("Prénom",
"PRENOM", "First name"). A guess from known headers is offered; the user corrects it once and
the correction is remembered under the header's folded form.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from facilitator.core.fields import Field
from facilitator.core.names import words
from facilitator.core.problems import FileProblem, Problem

_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.LAST_NAME: (
        "nom",
        "nom de famille",
        "nom d usage",
        "nom usuel",
        "nom de naissance",
        "last name",
        "lastname",
        "surname",
        "family name",
    ),
    Field.FIRST_NAME: ("prenom", "prenoms", "first name", "firstname", "given name", "forename"),
    Field.FULL_NAME: (
        "nom et prenom",
        "nom prenom",
        "prenom nom",
        "nom complet",
        "identite",
        "full name",
        "participant",
        "participante",
        "personne",
    ),
    Field.GENDER: ("genre", "sexe", "civilite", "gender", "sex", "title"),
    Field.BIRTH_YEAR: (
        "annee de naissance",
        "annee naissance",
        "date de naissance",
        "naissance",
        "ne e le",
        "ne le",
        "birth year",
        "year of birth",
        "date of birth",
        "birth date",
        "birthdate",
        "dob",
    ),
    Field.NEIGHBOURHOOD: (
        "quartier",
        "secteur",
        "canton",
        "iris",
        "zone",
        "neighbourhood",
        "neighborhood",
        "district",
        "ward",
    ),
    Field.ROLE: ("role", "statut", "qualite", "college", "categorie", "type", "fonction", "status", "category"),
    Field.DRAWN: (
        "tire au sort",
        "tiree au sort",
        "tirage au sort",
        "tirage",
        "mode de selection",
        "mode de recrutement",
        "recrutement",
        "selection",
        "drawn",
        "drawn by lot",
        "recruitment",
    ),
    Field.MINORITY: ("minorite", "opposition", "groupe minoritaire", "minority"),
    Field.SUB_BODIES: (
        "sous instance",
        "sous instances",
        "instance",
        "instances",
        "groupe",
        "groupes",
        "commission",
        "commissions",
        "comite",
        "sub body",
        "sub bodies",
        "subgroup",
        "group",
    ),
    Field.PHONE: (
        "telephone",
        "tel",
        "portable",
        "mobile",
        "numero de telephone",
        "phone",
        "phone number",
        "telephone number",
        "cell",
        "mobile phone",
    ),
    Field.EMAIL: (
        "courriel",
        "email",
        "e mail",
        "mail",
        "adresse mail",
        "adresse e mail",
        "adresse electronique",
        "adresse courriel",
        "email address",
    ),
    Field.ADDRESS: ("adresse", "adresse postale", "rue", "address", "postal address", "street"),
    Field.POSTCODE: ("code postal", "cp", "postcode", "post code", "postal code", "zip", "zip code"),
    Field.CITY: ("ville", "commune", "localite", "city", "town"),
    Field.ACCESSIBILITY: (
        "accessibilite",
        "besoins d accessibilite",
        "besoins specifiques",
        "handicap",
        "pmr",
        "accessibility",
        "accessibility needs",
        "special needs",
    ),
    Field.CHILDCARE: (
        "garde d enfants",
        "garde d enfant",
        "garde enfants",
        "besoin de garde",
        "garde",
        "child care",
        "childcare",
    ),
    Field.NOTES: ("remarques", "remarque", "commentaire", "commentaires", "observations", "notes", "note", "comments"),
}

_FIELD_VALUES = frozenset(field.value for field in Field)
_BY_HEADER: dict[str, Field] = {synonym: field for field, synonyms in _SYNONYMS.items() for synonym in synonyms}


def header_key(header: str) -> str:
    """The folded form under which a header's mapping is remembered."""
    return " ".join(words(header))


def guess_mapping(headers: Sequence[str], remembered: Mapping[str, str] | None = None) -> list[Field | None]:
    """A field (or None: ignore) for each column.

    Remembered choices come first (an empty string remembers "ignore this column"), then
    exact known headers, then headers that start with a known one ("Téléphone portable").
    A field is given to one column only: the first that claims it.
    """
    remembered = remembered or {}
    keys = [header_key(header) for header in headers]
    guesses: list[Field | None] = [None] * len(headers)
    decided = [False] * len(headers)

    def claim(index: int, field: Field | None) -> None:
        if field is not None and field not in guesses:
            guesses[index] = field
            decided[index] = True

    for index, key in enumerate(keys):
        if key in remembered:
            choice = remembered[key]
            if choice in _FIELD_VALUES:
                claim(index, Field(choice))  # two remembered headers may name one field
            else:
                decided[index] = True

    for index, key in enumerate(keys):
        if not decided[index]:
            claim(index, _BY_HEADER.get(key))
    for index, key in enumerate(keys):
        if not decided[index]:
            claim(index, _prefix_match(key))
    return guesses


def _prefix_match(key: str) -> Field | None:
    header_words = key.split()
    best: tuple[int, Field] | None = None
    for synonym, field in _BY_HEADER.items():
        synonym_words = synonym.split()
        if header_words[: len(synonym_words)] == synonym_words and (best is None or len(synonym_words) > best[0]):
            best = (len(synonym_words), field)
    return best[1] if best else None


def check_mapping(headers: Sequence[str], mapping: Sequence[Field | None]) -> Problem | None:
    """Why a mapping cannot be used, or None: names must be there, and no field twice."""
    seen: dict[Field, int] = {}
    for index, field in enumerate(mapping):
        if field is None:
            continue
        if field in seen:
            return Problem(
                FileProblem.COLUMN_MAPPED_TWICE,
                {"field": field.value, "first": headers[seen[field]], "second": headers[index]},
            )
        seen[field] = index
    if Field.FULL_NAME not in seen and not (Field.FIRST_NAME in seen and Field.LAST_NAME in seen):
        return Problem(FileProblem.MISSING_NAME_COLUMNS)
    return None


def remembered_choices(headers: Sequence[str], mapping: Sequence[Field | None]) -> dict[str, str]:
    """The mapping as it is stored in the settings: folded header → field ("" for ignored)."""
    return {header_key(h): (field.value if field else "") for h, field in zip(headers, mapping, strict=True) if h}
