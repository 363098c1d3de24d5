"""What every command-line command shares: exit codes and JSON output."""

from __future__ import annotations

import argparse
import json
import uuid

from PySide6.QtCore import QObject

EXIT_OK = 0
EXIT_REFUSED = 3
"""The input was refused (a file, a value): nothing was written."""
EXIT_ENVIRONMENT = 4
"""The database or a file could not be used (locked, full disk, unreadable)."""
EXIT_NOT_FOUND = 5
"""What the command designates does not exist (assembly, session, participant)."""


def parse_id(text: str) -> uuid.UUID:
    """An id given on the command line (argparse type)."""
    try:
        return uuid.UUID(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not an id: {text!r}") from error


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


class Cli(QObject):
    """The translation context of the command line's messages (``Cli.tr`` takes plural forms)."""
