"""The command line's arguments: the types that turn a word into a value (argparse types,
whose refusals argparse prints as usage errors), the options every command takes, and the
builders of commands and groups of commands."""

from __future__ import annotations

import argparse
import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from facilitator.app.runtime import Runtime

YEARS = (1900, 2200)
"""The years a date or a year given on the command line may name."""

N = TypeVar("N", int, float)

Handler = Callable[[Runtime, argparse.Namespace], int]
Commands = Any
"""The parser's subcommands (argparse's private ``_SubParsersAction``)."""


def parse_id(text: str) -> uuid.UUID:
    """An id given on the command line (argparse type)."""
    try:
        return uuid.UUID(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not an id: {text!r}") from error


def parse_date(text: str) -> dt.date:
    try:
        date = dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from error
    _check_year(date.year, text)
    return date


def parse_time(text: str) -> dt.time:
    try:
        hours, minutes = text.split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a time HH:MM: {text!r}") from error


def parse_year(text: str) -> int:
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"not a year YYYY: {text!r}")
    _check_year(int(text), text)
    return int(text)


def _check_year(year: int, text: str) -> None:
    """An assembly's dates lie in ``YEARS``: beyond, a date is a typing slip (and the
    computations of a year's end, of a week later, would leave the calendar)."""
    first, last = YEARS
    if not first <= year <= last:
        raise argparse.ArgumentTypeError(f"the year must be between {first} and {last}: {text!r}")


def number_between(low: N, high: N) -> Callable[[str], N]:
    """An argparse type: a number from ``low`` to ``high``, whole when they are (never NaN or
    infinite, which no range holds)."""
    kind = type(low)

    def parse(text: str) -> N:
        try:
            value = kind(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(f"not a {'whole ' if kind is int else ''}number: {text!r}") from error
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low:g} and {high:g}: {text!r}")
        return value

    return parse


def database_options(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """``--db`` and ``--basedir``, on the program and again on each command (so that they may
    come before or after it)."""
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument("--db", type=Path, default=default, metavar="PATH", help="database file")
    parser.add_argument(
        "--basedir", type=Path, default=default, metavar="DIR", help="keep settings, logs and data under DIR"
    )


def command(commands: Commands, name: str, text: str, handler: Handler) -> argparse.ArgumentParser:
    """A command (or a subcommand) that runs ``handler``, with the database options."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=text)
    parser.set_defaults(handler=handler)
    database_options(parser)
    return parser


def group(commands: Commands, name: str, text: str) -> Commands:
    """A command made of subcommands (``session create``, ``session list``)."""
    return commands.add_parser(name, help=text).add_subparsers(dest=f"{name}_command", required=True)
