"""Parsing and checking the values of a participant's fields.

Shared by the roster import and the edit form, so that a value refused in one is refused in
the other with the same reason. Validators accept ASCII digits only: Python's ``\\d`` and
``int()`` also accept Arabic-Indic or full-width digits, which must be refused, not converted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum
from typing import Any, TypeVar

from facilitator.core.names import tidy, words
from facilitator.core.participants import Gender, Role
from facilitator.core.problems import Problem, Repair, RowProblem

MAX_TEXT_LENGTH = 200
MAX_NAME_LENGTH = 40
"""The longest first or last name: every document prints one this long within its box (the
longest names of the French civil status are under 30 characters)."""
PRINTABLE_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")
"""The scripts whose letters the documents' font draws, and that need no shaping: Arabic or
Hebrew letters would print unjoined and in reverse order, Chinese characters and emoji as
empty boxes."""
PRINTABLE_BLOCKS = ((0x0000, 0x04FF), (0x1E00, 0x1EFB), (0x1F00, 0x1FFF))
"""Where those letters lie in the font: Latin, Greek and Cyrillic with their extensions and the
Vietnamese and polytonic Greek letters (a test checks the font against them)."""
NAME_SIGNS = ((0x0020, 0x007E), (0x00A0, 0x00BF), (0x2010, 0x2027))
"""The signs besides letters a name may hold: those of ASCII and Latin-1 (apostrophe, hyphen,
quotes, digits…), and the dashes, quotes and dots of general punctuation (’, ‐, “)."""
EARLIEST_BIRTH_YEAR = 1900


class Field(StrEnum):
    """The attributes a roster column can fill."""

    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    FULL_NAME = "full_name"
    GENDER = "gender"
    BIRTH_YEAR = "birth_year"
    NEIGHBOURHOOD = "neighbourhood"
    ROLE = "role"
    DRAWN = "drawn"
    MINORITY = "minority"
    SUB_BODIES = "sub_bodies"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    POSTCODE = "postcode"
    CITY = "city"
    ACCESSIBILITY = "accessibility"
    CHILDCARE = "childcare"
    NOTES = "notes"


class FieldError(ValueError):
    """A value that cannot be accepted, with the reason's code."""

    def __init__(self, code: RowProblem, field: Field, value: str) -> None:
        super().__init__(f"{field}: {code} ({value!r})")
        self.code = code
        self.field = field
        self.value = value

    @property
    def problem(self) -> Problem:
        return Problem(self.code, {"field": self.field.value, "value": self.value})


_ASCII_DIGITS = re.compile(r"[0-9]+")
_PHONE_SEPARATORS = re.compile(r"[\s.\-/()]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_DATE_DMY = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})")
_DATE_YMD = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ T].*)?")
_YEAR = re.compile(r"([0-9]{4})(?:\.0+)?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def has_foreign_digits(text: str) -> bool:
    """True when ``text`` holds decimal digits other than 0-9 (Arabic-Indic, full-width…)."""
    return any(unicodedata.decimal(ch, None) is not None and not ("0" <= ch <= "9") for ch in text)


def _check_digits(field: Field, value: str) -> None:
    if has_foreign_digits(value):
        raise FieldError(RowProblem.NON_ASCII_DIGITS, field, value)


def parse_text(field: Field, value: str, *, multiline: bool = False) -> str:
    """Free text: tidied (one line unless ``multiline``), bounded, without control characters."""
    text = value.strip() if multiline else tidy(value)
    if _CONTROL.search(text):
        raise FieldError(RowProblem.CONTROL_CHARACTERS, field, value)
    if len(text) > MAX_TEXT_LENGTH:
        raise FieldError(RowProblem.TOO_LONG, field, value)
    return text


def parse_notes(value: str) -> str:
    """Notes may span several lines (Alt+Entrée in a spreadsheet cell)."""
    return parse_text(Field.NOTES, value, multiline=True)


def parse_name(field: Field, value: str) -> str:
    """A first or last name; a line break inside one means the cell holds something else
    (two names, a name and an address) and joining the lines would store a wrong name."""
    if "\n" in value.strip() or "\r" in value.strip():
        raise FieldError(RowProblem.LINE_BREAK_IN_NAME, field, value)
    name = parse_text(field, value)
    if not name:
        missing = RowProblem.MISSING_FIRST_NAME if field is Field.FIRST_NAME else RowProblem.MISSING_LAST_NAME
        raise FieldError(missing, field, value)
    if len(name) > MAX_NAME_LENGTH:
        raise FieldError(RowProblem.NAME_TOO_LONG, field, value)
    if not all(printable_in_name(character) for character in name):
        raise FieldError(RowProblem.UNPRINTABLE_NAME, field, value)
    return name


def printable_in_name(character: str) -> bool:
    """Whether the documents print ``character`` of a name as it is read (once composed: a
    combining mark left over would print beside its letter, not on it)."""
    if not unicodedata.category(character).startswith("L"):
        return any(low <= ord(character) <= high for low, high in NAME_SIGNS)
    in_blocks = any(low <= ord(character) <= high for low, high in PRINTABLE_BLOCKS)
    return in_blocks and unicodedata.name(character, "").startswith(PRINTABLE_SCRIPTS)


def split_full_name(value: str) -> tuple[str, str]:
    """Split "DUPONT Jeanne" or "Jeanne DUPONT" into (first name, last name).

    The family name is the run of words written in capitals, as French administrations write
    it; anything else is ambiguous and refused rather than guessed.
    """
    parts = tidy(value).split(" ")
    upper = [p.isupper() and len(p.strip("-'’")) > 1 for p in parts]
    if not any(upper) or all(upper):
        raise FieldError(RowProblem.FULL_NAME_UNSPLITTABLE, Field.FULL_NAME, value)
    first_upper = upper.index(True)
    last_upper = len(upper) - 1 - upper[::-1].index(True)
    if not all(upper[first_upper : last_upper + 1]) or (first_upper > 0 and last_upper < len(parts) - 1):
        raise FieldError(RowProblem.FULL_NAME_UNSPLITTABLE, Field.FULL_NAME, value)
    last = " ".join(parts[first_upper : last_upper + 1])
    first = " ".join(parts[:first_upper] + parts[last_upper + 1 :])
    return first, last


def parse_phone(value: str) -> tuple[str, Repair | None]:
    """A phone number, French numbers written "06 12 34 56 78".

    A nine-digit number is a French number whose leading zero a spreadsheet dropped: the zero
    is put back and the repair reported.
    """
    text = value.strip()
    if not text:
        return "", None
    _check_digits(Field.PHONE, text)
    compact = _PHONE_SEPARATORS.sub("", text)
    international = compact.startswith("+") or compact.startswith("00")
    digits = compact[1:] if compact.startswith("+") else compact[2:] if international else compact
    if not _ASCII_DIGITS.fullmatch(digits):
        raise FieldError(RowProblem.BAD_PHONE, Field.PHONE, value)
    repair = None
    if international and digits.startswith("330") and len(digits) == 12:
        digits = "33" + digits[3:]  # "+33 (0)6 12 34 56 78": the bracketed zero is not dialled
    if international and digits.startswith("33") and len(digits) == 11:
        digits, international = "0" + digits[2:], False
    if not international and len(digits) == 9 and digits[0] != "0":
        digits, repair = "0" + digits, Repair.PHONE_ZERO_RESTORED
    if international and 8 <= len(digits) <= 15:
        return "+" + digits, None
    if not international and len(digits) == 10 and digits[0] == "0":
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2)), repair
    raise FieldError(RowProblem.BAD_PHONE, Field.PHONE, value)


def parse_email(value: str) -> str:
    text = value.strip()
    if text and not _EMAIL.fullmatch(text):
        raise FieldError(RowProblem.BAD_EMAIL, Field.EMAIL, value)
    if len(text) > MAX_TEXT_LENGTH:
        raise FieldError(RowProblem.TOO_LONG, Field.EMAIL, value)
    return text


def parse_postcode(value: str) -> tuple[str, Repair | None]:
    """A French postcode; four digits are one whose leading zero a spreadsheet dropped."""
    text = value.strip()
    if not text:
        return "", None
    _check_digits(Field.POSTCODE, text)
    if text.endswith(".0"):
        text = text[:-2]
    if _ASCII_DIGITS.fullmatch(text) and len(text) == 5:
        return text, None
    if _ASCII_DIGITS.fullmatch(text) and len(text) == 4:
        return "0" + text, Repair.POSTCODE_ZERO_RESTORED
    raise FieldError(RowProblem.BAD_POSTCODE, Field.POSTCODE, value)


def parse_birth_year(value: str, current_year: int) -> int | None:
    """A birth year, also read from a full date (25/03/1984, 1984-03-25)."""
    text = value.strip()
    if not text:
        return None
    _check_digits(Field.BIRTH_YEAR, text)
    for pattern, group in ((_YEAR, 1), (_DATE_DMY, 3), (_DATE_YMD, 1)):
        match = pattern.fullmatch(text)
        if match:
            year = int(match.group(group))
            if not EARLIEST_BIRTH_YEAR <= year <= current_year:
                raise FieldError(RowProblem.BIRTH_YEAR_OUT_OF_RANGE, Field.BIRTH_YEAR, value)
            return year
    raise FieldError(RowProblem.BAD_BIRTH_YEAR, Field.BIRTH_YEAR, value)


def _key(value: str) -> str:
    return " ".join(words(value))


_GENDERS: dict[str, Gender] = {
    **dict.fromkeys(["f", "femme", "feminin", "female", "woman", "w", "mme", "madame", "mlle"], Gender.FEMALE),
    **dict.fromkeys(["h", "m", "homme", "masculin", "male", "man", "mr", "monsieur"], Gender.MALE),
    **dict.fromkeys(["autre", "other", "x", "non binaire", "nonbinaire", "non binary", "nb"], Gender.OTHER),
    **dict.fromkeys(
        ["", "nc", "non renseigne", "ne se prononce pas", "nsp", "inconnu", "unknown", "?"], Gender.UNSPECIFIED
    ),
}


def parse_gender(value: str) -> Gender:
    try:
        return _GENDERS[_key(value)]
    except KeyError:
        raise FieldError(RowProblem.UNKNOWN_GENDER, Field.GENDER, value) from None


_ROLE_WORDS: list[tuple[frozenset[str], Role]] = [
    (
        frozenset(
            {
                "elu",
                "elue",
                "elus",
                "elues",
                "elected",
                "conseiller",
                "conseillere",
                "adjoint",
                "adjointe",
                "maire",
                "official",
                "councillor",
            }
        ),
        Role.ELECTED,
    ),
    (
        frozenset({"agent", "agente", "agents", "staff", "personnel", "fonctionnaire", "technicien", "technicienne"}),
        Role.STAFF,
    ),
    (frozenset({"expert", "experte", "experts", "intervenant", "intervenante", "expertise"}), Role.EXPERT),
    (
        frozenset({"animateur", "animatrice", "animation", "facilitateur", "facilitatrice", "facilitator"}),
        Role.FACILITATOR,
    ),
    (
        frozenset(
            {
                "tire",
                "tiree",
                "tires",
                "tirees",
                "tirage",
                "drawn",
                "volontaire",
                "volontaires",
                "volunteer",
                "benevole",
                "habitant",
                "habitante",
                "habitants",
                "citoyen",
                "citoyenne",
                "citoyens",
                "citoyennes",
                "resident",
                "residente",
                "citizen",
                "participant",
                "participante",
                "membre",
            }
        ),
        Role.CITIZEN,
    ),
]
_DRAWN_WORDS = frozenset({"tire", "tiree", "tires", "tirees", "tirage", "drawn", "lot"})
_VOLUNTEER_WORDS = frozenset({"volontaire", "volontaires", "volunteer", "benevole"})
_NEGATIONS = frozenset({"non", "pas", "not", "no"})
_MINORITY_WORDS = frozenset({"minorite", "minoritaire", "opposition", "minority"})
# "Conseiller" alone is a councillor, but a "conseiller citoyen" sits on a neighbourhood
# council (conseil citoyen): a resident, not an elected official.
_COUNCIL_WORDS = frozenset({"conseiller", "conseillere", "conseillers", "conseilleres"})
_CITIZEN_QUALIFIERS = frozenset({"citoyen", "citoyenne", "citoyens", "citoyennes", "habitant", "habitante"})


def _drawn_from_words(found: set[str]) -> bool | None:
    """Drawn (True), volunteer (False) or not said: "non tiré au sort" is a volunteer."""
    if found & _DRAWN_WORDS:
        return not (found & _NEGATIONS)
    if found & _VOLUNTEER_WORDS:
        return False
    return None


def parse_role(value: str) -> tuple[Role, bool | None, bool]:
    """A role as written in rosters: (role, drawn if the text says so, minority).

    "Tiré·e au sort", "Volontaire", "Élu·e (opposition)", "Agent" are all recognised.
    An empty role means a citizen, the great majority of any roster.
    """
    found = set(words(value))
    if not found:
        return Role.CITIZEN, None, False
    if found & _CITIZEN_QUALIFIERS and found & _COUNCIL_WORDS:
        found -= _COUNCIL_WORDS
    for keywords, role in _ROLE_WORDS:
        if found & keywords:
            drawn = _drawn_from_words(found) if role is Role.CITIZEN else None
            return role, drawn, bool(found & _MINORITY_WORDS)
    raise FieldError(RowProblem.UNKNOWN_ROLE, Field.ROLE, value)


_YES = frozenset({"oui", "o", "yes", "y", "x", "1", "vrai", "true", "✓", "✔"})
_NO = frozenset({"non", "n", "no", "0", "faux", "false", "-"})


def parse_yes_no(field: Field, value: str) -> bool | None:
    """A tick box as exported: "oui", "x", "1", "vrai"…; None when the cell is empty."""
    key = _key(value) or value.strip()
    if not key:
        return None
    if key in _YES:
        return True
    if key in _NO:
        return False
    if field is Field.DRAWN:
        drawn = _drawn_from_words(set(words(value)))
        if drawn is not None:
            return drawn
    raise FieldError(RowProblem.UNKNOWN_YES_NO, field, value)


def parse_sub_bodies(value: str) -> tuple[str, ...]:
    """Sub-body names, several separated by commas, slashes or "+"."""
    names = [tidy(part) for part in re.split(r"[,/+\n]", value)]
    for name in names:
        if len(name) > MAX_TEXT_LENGTH:
            raise FieldError(RowProblem.TOO_LONG, Field.SUB_BODIES, value)
    return tuple(dict.fromkeys(name for name in names if name))


T = TypeVar("T")

TEXT_ATTRIBUTES: dict[Field, str] = {
    Field.NEIGHBOURHOOD: "neighbourhood",
    Field.ADDRESS: "address",
    Field.CITY: "city",
    Field.ACCESSIBILITY: "accessibility_needs",
}
"""One-line free-text fields and the ``ParticipantDetails`` attribute each fills."""


@dataclass
class ParsedFields:
    """The typed fields parsed from text, as ``ParticipantDetails`` keyword arguments."""

    values: dict[str, Any] = dataclass_field(default_factory=dict)
    repairs: list[Problem] = dataclass_field(default_factory=list)
    errors: list[FieldError] = dataclass_field(default_factory=list)

    def take(self, parse: Callable[..., T], *args: object) -> T | None:
        """Run a parser, keeping its error (a report lists every problem of a line)."""
        try:
            return parse(*args)
        except FieldError as error:
            self.errors.append(error)
            return None


def parse_fields(texts: Mapping[Field, str], current_year: int) -> ParsedFields:
    """Names, birth year, contact, address, needs and notes from their text.

    Used by the import for each line and by the edit form, so that both accept and refuse
    the same values for the same reasons. Names are required; the rest may be absent.
    """
    parsed = ParsedFields()
    take = parsed.take
    values = parsed.values
    values["first_name"] = take(parse_name, Field.FIRST_NAME, texts.get(Field.FIRST_NAME, ""))
    values["last_name"] = take(parse_name, Field.LAST_NAME, texts.get(Field.LAST_NAME, ""))
    values["birth_year"] = take(parse_birth_year, texts.get(Field.BIRTH_YEAR, ""), current_year)
    for attribute, parse, field in (("phone", parse_phone, Field.PHONE), ("postcode", parse_postcode, Field.POSTCODE)):
        value, repair = take(parse, texts.get(field, "")) or ("", None)
        values[attribute] = value
        if repair is not None:
            parsed.repairs.append(Problem(repair, {"value": value}))
    values["email"] = take(parse_email, texts.get(Field.EMAIL, "")) or ""
    for field, attribute in TEXT_ATTRIBUTES.items():
        values[attribute] = take(parse_text, field, texts.get(field, "")) or ""
    values["notes"] = take(parse_notes, texts.get(Field.NOTES, "")) or ""
    return parsed
