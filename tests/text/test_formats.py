"""French money, dates and times, the embedded font, and the language following the interface."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from importlib import resources

import pytest
from PySide6.QtCore import QLocale
from reportlab.pdfbase import pdfmetrics

from facilitator.printing import fonts
from facilitator.text.formats import (
    clock_time,
    countdown_text,
    day_and_month,
    decimal,
    duration_words,
    elapsed_text,
    generated_on,
    long_date,
    money,
    period_text,
    session_label,
    short_date,
    time_range,
    timer_text,
)


def test_money_is_written_the_french_way_with_babels_spaces() -> None:
    assert money(123450) == "1\u202f234,50\u00a0€"
    assert money(0) == "0,00\u00a0€"
    assert money(5) == "0,05\u00a0€"
    assert money(123456789) == "1\u202f234\u202f567,89\u00a0€"


@pytest.mark.usefixtures("french")
def test_dates_and_times() -> None:
    assert long_date(dt.date(2026, 3, 14)) == "samedi 14 mars 2026"
    assert long_date(dt.date(2026, 3, 1)) == "dimanche 1er mars 2026"
    assert long_date(dt.date(2026, 1, 1), weekday=False) == "1er janvier 2026"
    assert long_date(dt.date(2026, 1, 11), weekday=False) == "11 janvier 2026"
    assert short_date(dt.date(2026, 3, 14)) == "14/03/2026"
    assert clock_time(dt.time(9, 12)) == "9:12"
    assert clock_time(dt.datetime(2026, 3, 14, 16, 5)) == "16:05"
    assert generated_on(dt.datetime(2026, 3, 14, 9, 12)) == "Généré le samedi 14 mars 2026 à 9:12"


@pytest.mark.usefixtures("french")
def test_periods_and_time_ranges() -> None:
    assert period_text(dt.date(2026, 1, 1), dt.date(2026, 6, 30)) == "Du 1er janvier 2026 au 30 juin 2026"
    assert period_text(dt.date(2026, 3, 14), dt.date(2026, 3, 14)) == "samedi 14 mars 2026"
    assert time_range(dt.time(9, 5), dt.time(16, 30)) == "9:05 – 16:30"
    assert time_range(dt.time(9, 5), None) == "à partir de 9:05"
    assert time_range(None, dt.time(12, 0)) == "jusqu'à 12:00"
    assert time_range(None, None) == ""


@pytest.fixture
def english_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.mark.usefixtures("english_locale")
def test_the_formats_follow_the_interface_language() -> None:
    assert money(123450) == "€1,234.50"
    assert long_date(dt.date(2026, 3, 14)) == "Saturday 14 March 2026"
    assert long_date(dt.date(2026, 3, 1)) == "Sunday 1 March 2026"


def test_the_font_is_a_package_resource_covering_french() -> None:
    folder = resources.files("facilitator.resources") / "fonts"
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"} <= {item.name for item in folder.iterdir()}
    assert "Bitstream Vera" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    fonts.register()
    fonts.register()  # registering twice is harmless
    for name in (fonts.REGULAR, fonts.BOLD):
        widths = pdfmetrics.getFont(name).face.charWidths
        missing = [char for char in "éèçœŒàâêîôûù€’«»\u202f\u00a0·" if ord(char) not in widths]
        assert missing == [], name


@pytest.mark.usefixtures("french")
def test_screens_and_paper_write_dates_alike() -> None:
    assert session_label(dt.date(2026, 3, 1), "Plénière") == "dimanche 1er mars 2026 — Plénière"
    assert session_label(dt.date(2026, 3, 14), "") == "samedi 14 mars 2026"
    assert day_and_month(dt.date(2026, 3, 1), with_year=False) == "1er mars"
    assert day_and_month(dt.date(2026, 3, 14), with_year=True) == "14 mars 2026"


@pytest.mark.usefixtures("french")
def test_durations_on_the_timer_and_in_the_report() -> None:
    assert [timer_text(s) for s in (0, 59, 165, 3725)] == ["0:00", "0:59", "2:45", "1:02:05"]
    assert [countdown_text(s) for s in (165.2, 0.4, 0.0, -12.7)] == ["2:46", "0:01", "0:00", "+0:12"]
    assert elapsed_text(245.9) == "4:05"
    assert elapsed_text(-3) == "0:00"
    assert duration_words(3725) == "1\u00a0h 02\u00a0min 05\u00a0s"
    assert decimal(1.5) == "1,5"
