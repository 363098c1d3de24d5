"""The speaking-time report, read back: the day's figures, the shares by role and gender drawn
as charts with their percentages, the time per phase and per person, and the overrides."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import errno
import io
import os
import random
import subprocess
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import pytest

from facilitator.app import files
from facilitator.app.errors import EnvironmentKind, EnvironmentProblem
from facilitator.app.files import write_atomically
from facilitator.demo.names import MEN, SURNAMES, WOMEN
from facilitator.printing.model import GroupShare, OverrideLine, PersonTime, SpeakingReport, SpokenTime
from facilitator.printing.page import LANDSCAPE, PORTRAIT
from facilitator.printing.speaking.report import (
    speaking_report_csv,
    speaking_report_pdf,
)
from facilitator.text.formats import duration_words, percent
from tests.printing import pdf, samples

PHASES = ("Accueil", "Information", "Délibération", "Décision")
Speaker = tuple[str, str, str, Sequence[int], Sequence[int]]
"""Name, role, gender, seconds in each phase, turns in each phase."""
SPEAKERS: list[Speaker] = [
    ("Hélène Lefèvre", "Habitant·e", "Femme", (30, 125, 245, 180), (1, 2, 2, 1)),
    ("Œdipe Cœur", "Élu·e", "Homme", (95, 310, 150, 0), (1, 2, 2, 0)),
    ("Amélie Garçon", "Expert·e", "Femme", (0, 600, 0, 0), (0, 2, 0, 0)),
    ("Jean-Baptiste Moreau", "Habitant·e", "Homme", (0, 45, 200, 0), (0, 1, 1, 0)),
    ("Marie-Christine de La Tour-Dauvergne-Saint-Rémy", "Agent·e", "Femme", (180, 0, 0, 0), (1, 0, 0, 0)),
    ("Françoise N’Diaye", "Habitant·e", "Femme", (0, 60, 95, 30), (0, 1, 1, 1)),
    ("Loïc Bénard", "Habitant·e", "Non renseigné", (0, 0, 90, 45), (0, 0, 1, 1)),
    ("Gérard Lévêque", "Habitant·e", "Homme", (0, 0, 130, 0), (0, 0, 1, 0)),
]
PRESENT = {
    "Habitant·e": 0.78,
    "Élu·e": 0.1,
    "Agent·e": 0.07,
    "Expert·e": 0.05,
    "Femme": 0.52,
    "Homme": 0.46,
    "Non renseigné": 0.02,
}
"""Each group's share of the people present (the attendance's figure, not the speakers')."""
OVERRIDE = OverrideLine(
    dt.time(15, 42), "Décision", "Œdipe Cœur", "Élu·e", "Réponse à une question technique sur le budget"
)


def _shares(people: Sequence[PersonTime], key: str, total: int) -> list[GroupShare]:
    """What the caller computes: each group's seconds and shares, the largest group first."""
    seconds: dict[str, int] = defaultdict(int)
    for person in people:
        seconds[getattr(person, key)] += person.seconds
    groups = [
        GroupShare(label, spoken, spoken / total if total else 0.0, PRESENT.get(label, 0.0))
        for label, spoken in seconds.items()
    ]
    return sorted(groups, key=lambda group: -group.present_share)


def report(
    speakers: Sequence[Speaker] = SPEAKERS,
    phases: Sequence[str] = PHASES,
    overrides: Sequence[OverrideLine] = (OVERRIDE,),
) -> SpeakingReport:
    """A report as the service builds it, every figure added up from the speakers."""
    people = sorted(
        (
            PersonTime(name, role, gender, list(times), sum(turns), sum(times))
            for name, role, gender, times, turns in speakers
        ),
        key=lambda person: -person.seconds,
    )
    total = sum(person.seconds for person in people)
    phase_times = [
        SpokenTime(
            phase,
            sum(speaker[4][index] for speaker in speakers),
            sum(speaker[3][index] for speaker in speakers),
        )
        for index, phase in enumerate(phases)
    ]
    return SpeakingReport(
        heading=dataclasses.replace(samples.HEADING, session_title="Séance plénière : la place du Marché"),
        phases=list(phases),
        phase_times=phase_times,
        people=people,
        roles=_shares(people, "role", total),
        genders=_shares(people, "gender", total),
        overrides=list(overrides),
        total=SpokenTime("Total", sum(person.turns for person in people), total),
    )


def crowd(count: int, phases: int, turns: int = 0, seed: int = 300) -> list[Speaker]:
    """``count`` speakers of the demo's names (two fifths women), each with a few turns in
    some phases; with ``turns``, exactly that many turns in all."""
    rng = random.Random(seed)
    roles = ["Habitant·e"] * 7 + ["Élu·e", "Agent·e", "Expert·e"]
    per_phase = [[0] * phases for _ in range(count)]
    for turn in range(turns or count * 3):
        person = turn if turn < count else rng.randrange(count)
        per_phase[person][rng.randrange(phases)] += 1
    speakers: list[Speaker] = []
    for index, counts in enumerate(per_phase):
        woman = index % 5 < 2
        name = f"{rng.choice(WOMEN if woman else MEN)} {rng.choice(SURNAMES)}"
        times = [sum(rng.randint(20, 240) for _ in range(number)) for number in counts]
        speakers.append((name, rng.choice(roles), "Femme" if woman else "Homme", times, counts))
    return speakers


def _chart_bars(data: bytes, label: str, time: str) -> list[str]:
    """The percentages beside a chart's category (its name over its time), top bar first."""
    found = [(pdf.spaced(text), x, y) for text, x, y in pdf.positions(data, 0)]
    name = next((x, y) for text, x, y in found if text == label)
    under = next(y for text, x, y in found if text == pdf.spaced(time) and abs(x - name[0]) < 60 and y < name[1])
    middle = (name[1] + under) / 2
    bars = [(y, text) for text, x, y in found if text.endswith(" %") and x > name[0] and abs(y - middle) < 13]
    return [text for _, text in sorted(bars, reverse=True)]


def test_durations_are_written_in_minutes_and_seconds() -> None:
    assert [pdf.spaced(duration_words(seconds)) for seconds in (0, 45, 60, 245, 3725)] == [
        "0 s",
        "45 s",
        "1 min 00 s",
        "4 min 05 s",
        "1 h 02 min 05 s",
    ]
    assert duration_words(245) == "4\u00a0min 05\u00a0s"  # a number never leaves its unit at a line's end
    assert percent(0.625) == "63\u00a0%" and percent(0.0) == "0\u00a0%"


def test_the_summary_gives_the_day_in_four_figures() -> None:
    data = speaking_report_pdf(report(), samples.GENERATED_AT)
    first = pdf.flat(pdf.pages(data)[0])
    assert "Temps de parole" in first and "Séance plénière : la place du Marché — samedi 14 mars 2026" in first
    figures = "43 min 30 s 22 8 1 de parole au total prises de parole intervenant·es dérogation aux règles"
    assert figures in first  # each figure above its caption, in that order


def test_the_charts_show_each_group_s_share_of_time_above_its_share_of_people_present() -> None:
    data = speaking_report_pdf(report(), samples.GENERATED_AT)
    first = pdf.flat(pdf.pages(data)[0])
    assert "Temps de parole par rôle" in first and "Temps de parole par genre" in first
    assert first.count("Temps de parole Présent·es") == 2  # one legend per chart
    # Habitant·es: 1 275 s of 2 610 s = 49 %, for 78 % of the people present; élu·es 555 s = 21 %, for 10 %.
    assert _chart_bars(data, "Habitant·e", "21 min 15 s") == ["49 %", "78 %"]
    assert _chart_bars(data, "Élu·e", "9 min 15 s") == ["21 %", "10 %"]
    assert _chart_bars(data, "Expert·e", "10 min 00 s") == ["23 %", "5 %"]
    assert _chart_bars(data, "Agent·e", "3 min 00 s") == ["7 %", "7 %"]
    assert _chart_bars(data, "Femme", "25 min 45 s") == ["59 %", "52 %"]
    assert _chart_bars(data, "Homme", "15 min 30 s") == ["36 %", "46 %"]
    assert _chart_bars(data, "Non renseigné", "2 min 15 s") == ["5 %", "2 %"]


def test_the_charts_are_drawn_in_the_embedded_fonts() -> None:
    used = pdf.fonts(speaking_report_pdf(report(), samples.GENERATED_AT))
    assert used and all(used.values())
    assert {name.split("+")[-1] for name in used} == {"DejaVuSans", "DejaVuSans-Bold"}  # no Helvetica anywhere


def test_the_time_per_phase_with_its_share_and_average_turn() -> None:
    text = pdf.flat("\n".join(pdf.pages(speaking_report_pdf(report(), samples.GENERATED_AT))))
    assert "Temps de parole par phase" in text
    assert "Phase Prises de parole Temps de parole Part du temps Durée moyenne" in text
    assert "Accueil 3 5 min 05 s 12 % 1 min 42 s" in text
    assert "Information 8 19 min 00 s 44 % 2 min 23 s" in text
    assert "Décision 3 4 min 15 s 10 % 1 min 25 s" in text
    assert "Total 22 43 min 30 s 100 % 1 min 59 s" in text


def test_each_person_s_time_phase_by_phase_most_time_first() -> None:
    text = pdf.flat("\n".join(pdf.pages(speaking_report_pdf(report(), samples.GENERATED_AT))))
    assert "Nom Rôle Genre Accueil Information Délibération Décision Prises de parole Total" in text
    assert "Hélène Lefèvre Habitant·e Femme 30 s 2 min 05 s 4 min 05 s 3 min 00 s 6 9 min 40 s" in text
    # the elected official did not speak in the decision phase: a dash, not a time
    assert "Œdipe Cœur Élu·e Homme 1 min 35 s 5 min 10 s 2 min 30 s — 5 9 min 15 s" in text
    assert "Jean-Baptiste Moreau Habitant·e Homme — 45 s 3 min 20 s — 2 4 min 05 s" in text
    assert "Marie-Christine de La Tour-Dauvergne-Saint-Rémy Agent·e Femme 3 min 00 s — — — 1 3 min 00 s" in text
    assert "Françoise N’Diaye" in text
    assert "Total 5 min 05 s 19 min 00 s 15 min 10 s 4 min 15 s 22 43 min 30 s" in text
    rows = ("Amélie Garçon Expert", "Hélène Lefèvre Habitant", "Œdipe Cœur Élu", "Gérard Lévêque Habit")
    order = [text.index(row) for row in rows]
    assert order == sorted(order)


def test_the_overrides_are_listed_with_the_facilitator_s_reason() -> None:
    pages = pdf.pages(speaking_report_pdf(report(), samples.GENERATED_AT))
    last = pdf.flat(pages[-1])
    assert "Dérogations aux règles de prise de parole" in last
    assert "Heure Phase Parole donnée à Rôle Motif donné par l'animateur·rice" in last
    assert "15:42 Décision Œdipe Cœur Élu·e Réponse à une question technique sur le budget" in last
    assert "Aucune dérogation" not in last


def test_a_session_without_override_says_so() -> None:
    text = pdf.flat("\n".join(pdf.pages(speaking_report_pdf(report(overrides=()), samples.GENERATED_AT))))
    assert "43 min 30 s 22 8 0 de parole au total prises de parole intervenant·es dérogation aux règles" in text
    assert "Aucune dérogation aux règles de prise de parole n'a été enregistrée pendant cette séance." in text
    assert "Motif donné" not in text


def test_a_session_where_nobody_spoke_still_prints() -> None:
    empty = report(speakers=[], overrides=())
    text = pdf.flat("\n".join(pdf.pages(speaking_report_pdf(empty, samples.GENERATED_AT))))
    assert "0 s 0 0 0 de parole au total prise de parole intervenant·e dérogation aux règles" in text
    assert "Personne n'a pris la parole pendant cette séance." in text
    assert "Temps de parole par rôle" not in text  # no chart of nothing
    assert "Accueil 0 0 s — —" in text


def test_a_long_report_is_numbered_and_repeats_the_header_and_column_titles() -> None:
    long = report(speakers=crowd(60, 4))
    data = speaking_report_pdf(long, samples.GENERATED_AT)
    pages = pdf.pages(data)
    assert len(pages) >= 3
    assert pdf.page_sizes(data) == [pytest.approx(PORTRAIT, abs=0.01)] * len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"page {number} / {len(pages)}" in text
        assert "Assemblée citoyenne de Villebrune" in text and "Temps de parole" in text
        assert "Généré le samedi 14 mars 2026 à 9:12" in text
    tables = [text for text in pages if any(person.name in text for person in long.people)]
    assert len(tables) >= 2
    assert all("Nom Rôle Genre Accueil" in pdf.flat(text) for text in tables)
    everything = pdf.flat("\n".join(pages))
    assert all(everything.count(person.name) >= 1 for person in long.people)


def test_many_phases_turn_the_pages_to_landscape() -> None:
    phases = [f"Phase {number}" for number in range(1, 9)]
    data = speaking_report_pdf(report(speakers=crowd(10, 8), phases=phases), samples.GENERATED_AT)
    assert pdf.page_sizes(data) == [pytest.approx(LANDSCAPE, abs=0.01)] * len(pdf.pages(data))
    text = pdf.flat("\n".join(pdf.pages(data)))
    titles = " ".join(phases)
    assert f"Nom Rôle Genre {titles} Prises de parole Total" in text


def test_the_csv_gives_each_speaker_in_whole_seconds_for_a_french_spreadsheet(tmp_path: Path) -> None:
    hostile: list[Speaker] = [('=HYPERLINK("x")', "Habitant·e", "Femme", (0, 10, 0, 0), (0, 1, 0, 0)), *SPEAKERS]
    data = speaking_report_csv(report(speakers=hostile))
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Nom",
        "Rôle",
        "Genre",
        "Accueil (secondes)",
        "Information (secondes)",
        "Délibération (secondes)",
        "Décision (secondes)",
        "Prises de parole",
        "Total (secondes)",
    ]
    assert data.count(b"\r\n") == len(rows) == 10
    assert rows[1] == ["Amélie Garçon", "Expert·e", "Femme", "0", "600", "0", "0", "2", "600"]
    assert rows[2] == ["Hélène Lefèvre", "Habitant·e", "Femme", "30", "125", "245", "180", "6", "580"]
    assert ["Œdipe Cœur", "Élu·e", "Homme", "95", "310", "150", "0", "5", "555"] in rows
    assert rows[-1][0] == '\'=HYPERLINK("x")'  # a name never runs as a formula
    path = tmp_path / "temps-de-parole.csv"
    write_atomically(path, speaking_report_csv(report()))
    assert path.read_bytes() == speaking_report_csv(report())


def test_the_report_prints_without_widgets_or_gui(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "sys.modules['PySide6.QtWidgets'] = None\n"
        "sys.modules['PySide6.QtGui'] = None\n"
        "from pathlib import Path\n"
        "from facilitator.app import i18n\n"
        "i18n.headless_application('fr')\n"
        "from facilitator.app.files import write_atomically\n"
        "from facilitator.printing.speaking.report import speaking_report_pdf\n"
        "from tests.printing import samples\n"
        "from tests.printing.speaking import test_report as test_speaking_report\n"
        "data = speaking_report_pdf(test_speaking_report.report(), samples.GENERATED_AT)\n"
        "write_atomically(Path(sys.argv[1]), data)\n"
    )
    root = Path(__file__).resolve().parents[3]
    target = tmp_path / "temps-de-parole.pdf"
    result = subprocess.run(
        [sys.executable, "-c", script, str(target)], capture_output=True, text=True, timeout=120, cwd=root
    )
    assert result.returncode == 0, result.stderr
    assert "Réponse à une question technique" in pdf.flat("\n".join(pdf.pages(target.read_bytes())))


def test_a_full_disk_keeps_the_previous_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "temps-de-parole.csv"
    path.write_bytes(b"previous export\r\n")

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(EnvironmentProblem) as raised:
        write_atomically(path, speaking_report_csv(report()))
    assert raised.value.kind is EnvironmentKind.DISK_FULL
    assert path.read_bytes() == b"previous export\r\n"
    assert list(tmp_path.iterdir()) == [path]
