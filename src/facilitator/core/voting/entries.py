"""The lines of a file of counted ballots, as a scanner or a spreadsheet writes them.

A codes file holds one scanned code a line; an entries file, a grid sheet's code then the grade
of each row ("-" for a row left empty), separated by spaces, commas or semicolons. Blank lines
are skipped (their numbers still count); a line of an entries file that does not read so is
reported with its number, never guessed.
"""

from __future__ import annotations

import re

SEPARATORS = re.compile(r"[\s,;]+")
EMPTY_ROW = "-"
MAX_ROW_VALUE = 99
"""A grade or a row value beyond this is a typing slip, not a grade."""

GridLine = tuple[str, tuple[int | None, ...]]
"""A sheet's code and each row's value (None for a row left empty)."""


def file_lines(text: str) -> list[tuple[int, str]]:
    """The lines that hold something, with their numbers (1 for the first line of the file)."""
    return [(number, line.strip()) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]


def grid_line(line: str) -> GridLine | None:
    """A line of an entries file; None when it is not a code followed by one value a row."""
    parts = [part for part in SEPARATORS.split(line) if part]
    if len(parts) < 2 or not all(_row_value(part) for part in parts[1:]):
        return None
    return parts[0], tuple(None if part == EMPTY_ROW else int(part) for part in parts[1:])


def _row_value(part: str) -> bool:
    return part == EMPTY_ROW or (part.isascii() and part.isdigit() and int(part) <= MAX_ROW_VALUE)
