"""The speaking-time report of a full plenary day: 300 turns by 80 speakers over 5 phases, with
its two charts and a few overrides, against a bare reportlab canvas writing the same 80 rows
as plain strings (the cost of producing any PDF at all). Goal: < 3 s, like the other documents."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from benchmarks.common import Result, median_seconds, plain_pdf
from facilitator.demo.names import MEN, SURNAMES, WOMEN
from facilitator.printing.model import (
    GroupShare,
    Heading,
    OverrideLine,
    PersonTime,
    SpeakingReport,
    SpokenTime,
)

TURNS = 300
SPEAKERS = 80
PHASES = ("Accueil", "Information", "Travail en groupes", "Délibération", "Décision")
ROLES = ("Habitant·e",) * 8 + ("Élu·e", "Agent·e", "Expert·e")
PRESENT = {"Habitant·e": 0.8, "Élu·e": 0.08, "Agent·e": 0.07, "Expert·e": 0.05, "Femme": 0.51, "Homme": 0.49}
REPEATS = 5
HEADING = Heading(
    organisation="Villebrune",
    assembly="Assemblée citoyenne de Villebrune",
    body="Assemblée citoyenne de Villebrune",
    session_title="Séance plénière",
    date=dt.date(2026, 3, 14),
    period=None,
    place="Salle des fêtes, 2 place du Marché, Villebrune",
)
GENERATED_AT = dt.datetime(2026, 3, 14, 16, 40)


def _shares(people: list[PersonTime], key: str, total: int) -> list[GroupShare]:
    seconds: dict[str, int] = defaultdict(int)
    for person in people:
        seconds[getattr(person, key)] += person.seconds
    return [GroupShare(label, spoken, spoken / total, PRESENT[label]) for label, spoken in seconds.items()]


def day() -> SpeakingReport:
    """300 turns of 20 s to 4 min, each speaker at least once, figures added up as the service does."""
    rng = random.Random(300)
    names = [(rng.choice(WOMEN if i % 2 else MEN), rng.choice(SURNAMES), i % 2) for i in range(SPEAKERS)]
    seconds = [[0] * len(PHASES) for _ in names]
    turns = [[0] * len(PHASES) for _ in names]
    for turn in range(TURNS):
        person = turn if turn < SPEAKERS else rng.randrange(SPEAKERS)
        phase = rng.randrange(len(PHASES))
        seconds[person][phase] += rng.randint(20, 240)
        turns[person][phase] += 1
    people = sorted(
        (
            PersonTime(f"{first} {last}", rng.choice(ROLES), "Femme" if woman else "Homme", spoken, sum(n), sum(spoken))
            for (first, last, woman), spoken, n in zip(names, seconds, turns, strict=True)
        ),
        key=lambda person: -person.seconds,
    )
    total = sum(person.seconds for person in people)
    phase_times = [
        SpokenTime(phase, sum(row[index] for row in turns), sum(row[index] for row in seconds))
        for index, phase in enumerate(PHASES)
    ]
    overrides = [
        OverrideLine(dt.time(15, 10 + 7 * k), "Décision", people[k].name, "Élu·e", "Réponse à une question technique")
        for k in range(3)
    ]
    return SpeakingReport(
        HEADING,
        PHASES,
        phase_times,
        people,
        _shares(people, "role", total),
        _shares(people, "gender", total),
        overrides,
        SpokenTime("Total", TURNS, total),
    )


def plain_rows_pdf(report: SpeakingReport) -> bytes:
    """The baseline: each speaker's row as one string, 40 to a page."""
    rows = [
        f"{person.name} {person.role} {person.gender} {' '.join(map(str, person.by_phase))} {person.turns} "
        f"{person.seconds}"
        for person in report.people
    ]
    return plain_pdf(rows, 40, size=9)


def run() -> list[Result]:
    from PySide6.QtCore import QCoreApplication

    from facilitator.app import i18n
    from facilitator.printing.speaking.report import speaking_report_pdf

    if QCoreApplication.instance() is None:
        i18n.headless_application("fr")
    report = day()
    plain_rows_pdf(report)  # fonts registered and modules warm before timing
    speaking_report_pdf(report, GENERATED_AT)
    baseline = median_seconds(lambda: plain_rows_pdf(report), REPEATS)
    seconds = median_seconds(lambda: speaking_report_pdf(report, GENERATED_AT), REPEATS)
    return [
        Result(
            f"speaking report, {TURNS} turns by {SPEAKERS}",
            "s",
            seconds,
            baseline,
            f"bare canvas, {SPEAKERS} rows as strings",
            "< 3 s",
            seconds < 3,
        )
    ]
