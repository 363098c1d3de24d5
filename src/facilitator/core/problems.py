"""Codes for what can be wrong with input, so that core stays free of UI text.

The French (and English) sentences live in ``facilitator.text.messages``, which a test keeps
complete: every code here has a message there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class FileProblem(StrEnum):
    """Why a whole roster file is refused (nothing is imported)."""

    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    MOJIBAKE = "mojibake"
    MIXED_ENCODINGS = "mixed_encodings"
    TOO_LARGE = "too_large"
    TOO_MANY_ROWS = "too_many_rows"
    TOO_MANY_COLUMNS = "too_many_columns"
    NO_DATA_ROWS = "no_data_rows"
    UNSUPPORTED_FORMAT = "unsupported_format"
    MALFORMED = "malformed"
    BAD_QUOTES = "bad_quotes"
    SPREADSHEET_BOMB = "spreadsheet_bomb"
    MISSING_NAME_COLUMNS = "missing_name_columns"
    COLUMN_MAPPED_TWICE = "column_mapped_twice"


class RowProblem(StrEnum):
    """Why one line is rejected."""

    MISSING_FIRST_NAME = "missing_first_name"
    MISSING_LAST_NAME = "missing_last_name"
    FULL_NAME_UNSPLITTABLE = "full_name_unsplittable"
    NON_ASCII_DIGITS = "non_ascii_digits"
    BAD_PHONE = "bad_phone"
    BAD_EMAIL = "bad_email"
    BAD_POSTCODE = "bad_postcode"
    BAD_BIRTH_YEAR = "bad_birth_year"
    BIRTH_YEAR_OUT_OF_RANGE = "birth_year_out_of_range"
    UNKNOWN_GENDER = "unknown_gender"
    UNKNOWN_ROLE = "unknown_role"
    UNKNOWN_YES_NO = "unknown_yes_no"
    TOO_LONG = "too_long"
    CONTROL_CHARACTERS = "control_characters"
    LINE_BREAK_IN_NAME = "line_break_in_name"
    NAME_TOO_LONG = "name_too_long"
    UNPRINTABLE_NAME = "unprintable_name"
    EXTRA_CELLS = "extra_cells"


class Repair(StrEnum):
    """A value the import corrected, reported so that nobody is surprised."""

    PHONE_ZERO_RESTORED = "phone_zero_restored"
    POSTCODE_ZERO_RESTORED = "postcode_zero_restored"


@dataclass(frozen=True)
class Problem:
    """One problem, with what the message needs (``field``, ``value``, ``line``…)."""

    code: FileProblem | RowProblem | Repair
    params: dict[str, str | int] = field(default_factory=dict)
