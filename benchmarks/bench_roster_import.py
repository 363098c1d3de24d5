"""Importing a 10 000-line CSV roster (read, decode, check every line, flag duplicates, write
people and change log in one transaction) against parsing the same file with ``csv`` and
inserting its rows with bare ``sqlite3`` in one transaction."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import sqlite3
import tempfile
from pathlib import Path

from benchmarks.common import Result, median_seconds
from facilitator.core.roster.mapping import guess_mapping
from facilitator.demo.names import MEN, NEIGHBOURHOODS, SURNAMES, WOMEN
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.roster.files import read_roster
from facilitator.services.roster.importing import import_roster
from facilitator.store.opening import open_database

ROWS = 10_000
REPEATS = 3


def write_roster(path: Path) -> None:
    rng = random.Random(10_000)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Nom", "Prénom", "Genre", "Année de naissance", "Quartier", "Téléphone", "Courriel"])
    for i in range(ROWS):
        woman = i % 2 == 0
        first = rng.choice(WOMEN if woman else MEN)
        last = f"{rng.choice(SURNAMES)}-{i}"
        writer.writerow(
            [
                last,
                first,
                "F" if woman else "H",
                rng.randint(1940, 2008),
                rng.choice(NEIGHBOURHOODS),
                f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                f"p{i}@example.org",
            ]
        )
    path.write_bytes(buffer.getvalue().encode("cp1252"))


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="facilitator-bench-"))
    roster = folder / "roster.csv"
    write_roster(roster)
    counter = iter(range(100))

    def facilitator() -> None:
        db = open_database(folder / f"import-{next(counter)}.sqlite", "bench")
        assembly = create_assembly(db, "Bench").value
        table = read_roster(roster)
        result = import_roster(db, assembly, table, guess_mapping(table.headers), dt.date.today()).value
        assert len(result.created) == ROWS
        db.dispose()

    def baseline() -> None:
        connection = sqlite3.connect(folder / f"bare-{next(counter)}.sqlite")
        connection.execute("PRAGMA journal_mode=wal")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute(
            "CREATE TABLE person (last TEXT, first TEXT, gender TEXT, year TEXT, place TEXT, phone TEXT, email TEXT)"
        )
        rows = list(csv.reader(io.StringIO(roster.read_bytes().decode("cp1252"), newline=""), delimiter=";"))[1:]
        with connection:
            connection.executemany("INSERT INTO person VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        connection.close()

    measured = median_seconds(facilitator, REPEATS)
    reference = median_seconds(baseline, REPEATS)
    return [
        Result(
            f"roster import, {ROWS} CSV lines",
            "s",
            measured,
            reference,
            "csv.reader + bare sqlite3 executemany",
            "(reported)",
            None,
        )
    ]
