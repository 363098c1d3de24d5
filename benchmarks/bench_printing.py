"""Printing a 170-name feuille d'émargement and 170 badges, each against a bare reportlab
canvas writing the same 170 names as plain strings (the cost of producing any PDF at all).
Goal: < 3 s each."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.common import Result, median_seconds, plain_pdf
from facilitator.demo.names import MEN, SURNAMES, WOMEN
from facilitator.printing.model import AttendanceSheet, Badge, Heading, SignatureRow

PEOPLE = 170
REPEATS = 5
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
HEADING = Heading(
    organisation="Villebrune",
    assembly="Assemblée citoyenne de Villebrune",
    body="Assemblée citoyenne de Villebrune",
    session_title="Séance plénière",
    date=dt.date(2026, 3, 14),
    period=None,
    place="Salle des fêtes, 2 place du Marché, Villebrune",
)
GENERATED_AT = dt.datetime(2026, 3, 14, 9, 12)


def people() -> list[tuple[str, str]]:
    rng = random.Random(170)
    return [(rng.choice(WOMEN if i % 2 else MEN), rng.choice(SURNAMES)) for i in range(PEOPLE)]


def plain_names_pdf(names: list[tuple[str, str]]) -> bytes:
    """The baseline: the names as strings, 25 to a page."""
    return plain_pdf([f"{last.upper()} {first}" for first, last in names], 25)


def run() -> list[Result]:
    from PySide6.QtCore import QCoreApplication

    from facilitator.app import i18n
    from facilitator.printing.attendance.badges import badges_pdf
    from facilitator.printing.attendance.sheet import attendance_sheet_pdf

    if QCoreApplication.instance() is None:
        i18n.headless_application("fr")
    names = people()
    rng = random.Random(3)
    rows = [SignatureRow(last, first, "Habitant·e", i + 1) for i, (first, last) in enumerate(names)]
    sheet = AttendanceSheet(HEADING, True, True, rows, False, "Le maire ou son représentant")
    badges = [
        Badge(first, last, "Habitant·e", HEADING.assembly, i + 1, "FB1:" + "".join(rng.choices(ALPHABET, k=42)))
        for i, (first, last) in enumerate(names)
    ]
    plain_names_pdf(names)  # fonts registered and modules warm before timing
    baseline = median_seconds(lambda: plain_names_pdf(names), REPEATS)
    sheet_seconds = median_seconds(lambda: attendance_sheet_pdf(sheet, GENERATED_AT), REPEATS)
    badge_seconds = median_seconds(lambda: badges_pdf(badges, GENERATED_AT), REPEATS)
    return [
        Result(
            f"émargement of {PEOPLE} names",
            "s",
            sheet_seconds,
            baseline,
            f"bare canvas, {PEOPLE} names as strings",
            "< 3 s",
            sheet_seconds < 3,
        ),
        Result(
            f"{PEOPLE} badges",
            "s",
            badge_seconds,
            baseline,
            f"bare canvas, {PEOPLE} names as strings",
            "< 3 s",
            badge_seconds < 3,
        ),
    ]
