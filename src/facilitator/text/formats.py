"""Money, numbers, dates, times and durations as French readers write them, in the interface
language: the one formatting module of the screens, the documents and the command line.

Babel does the formatting (CLDR data); the locale is the one ``facilitator.app.i18n.install``
made the default (``QLocale().name()``), French when none was set. French money keeps
Babel's characters: a narrow no-break space (U+202F) between thousands and a no-break space
(U+00A0) before the euro sign — "1 234,50 €" — which the embedded font draws. Only QtCore is
needed (for the translations of the few words), so the command line formats as the window does.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from PySide6.QtCore import QCoreApplication, QLocale

DEFAULT_LOCALE = "fr_FR"


@lru_cache(maxsize=8)
def _parse(name: str) -> Locale:
    try:
        return Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return Locale.parse(DEFAULT_LOCALE)


def locale() -> Locale:
    """The Babel locale of the interface language (French when Qt has none: "C")."""
    name = QLocale().name()
    return _parse(DEFAULT_LOCALE if name in ("", "C") else name)


# Numbers and money ----------------------------------------------------------------------


def money(cents: int) -> str:
    """An amount of integer cents: "1 234,50 €" in French."""
    return format_currency(Decimal(cents).scaleb(-2), "EUR", locale=locale())


def decimal(number: Decimal | float | int) -> str:
    """A number with the language's decimal sign: "1,5" in French."""
    return format_decimal(number, locale=locale())


def percent(share: float) -> str:
    """A share in [0, 1] as French readers write it: "62 %" (half a percent rounds up), on
    paper and on screen alike."""
    return QCoreApplication.translate("PrintedPage", "{value} %").format(value=int(share * 100 + 0.5))


# Dates ------------------------------------------------------------------------------------


def long_date(day: dt.date, *, weekday: bool = True) -> str:
    """ "samedi 14 mars 2026"; French writes the first of the month "1er"."""
    current = locale()
    text = format_date(day, "EEEE d MMMM y" if weekday else "d MMMM y", locale=current)
    if current.language == "fr" and day.day == 1:
        text = text.replace(" 1 ", " 1er ", 1) if weekday else "1er" + text[1:]
    return text


def short_date(day: dt.date) -> str:
    """ "14/03/2026" in French: for table cells."""
    return format_date(day, "short", locale=locale())


def day_and_month(day: dt.date, *, with_year: bool) -> str:
    """A session as a column or a bar is labelled: "14 mars", with the year over a long mandate;
    "1er mars" as French writes it."""
    current = locale()
    text = format_date(day, "d MMM y" if with_year else "d MMM", locale=current)
    if current.language == "fr" and day.day == 1:
        text = "1er" + text[1:]
    return text


def period_text(first: dt.date, last: dt.date) -> str:
    """ "Du 5 janvier 2026 au 30 juin 2026", or the one date when both are the same day."""
    if first == last:
        return long_date(first)
    return QCoreApplication.translate("PrintedPage", "From {first} to {last}").format(
        first=long_date(first, weekday=False), last=long_date(last, weekday=False)
    )


def session_label(date: dt.date, title: str) -> str:
    """How a session is named in lists: "samedi 14 mars 2026 — Travail en groupes"."""
    label = long_date(date)
    return f"{label} — {title}" if title else label


# Times --------------------------------------------------------------------------------------


def clock_time(moment: dt.time | dt.datetime) -> str:
    """A time of day as the desk says it: "9:12"."""
    return f"{moment.hour}:{moment.minute:02d}"


def time_range(start: dt.time | None, end: dt.time | None) -> str:
    """ "9:05 – 16:30", "from 9:05", "until 16:30", or "" when neither is known."""
    if start is not None and end is not None:
        return f"{clock_time(start)} – {clock_time(end)}"
    if start is not None:
        return QCoreApplication.translate("PrintedPage", "from {time}").format(time=clock_time(start))
    if end is not None:
        return QCoreApplication.translate("PrintedPage", "until {time}").format(time=clock_time(end))
    return ""


def generated_on(moment: dt.datetime) -> str:
    """The footer's timestamp: "Généré le samedi 14 mars 2026 à 9:12"."""
    return QCoreApplication.translate("PrintedPage", "Generated on {date} at {time}").format(
        date=long_date(moment.date()), time=clock_time(moment)
    )


# Durations ----------------------------------------------------------------------------------


def timer_text(seconds: int) -> str:
    """Whole seconds as a timer shows them: "2:45", "12:00", "1:02:05"."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def countdown_text(left: float) -> str:
    """The time left, rounded up so that "0:00" comes exactly at the end; past the end, the
    time over with a plus sign ("+0:12")."""
    if left >= 0:
        return timer_text(math.ceil(left))
    return "+" + timer_text(math.floor(-left))


def elapsed_text(seconds: float) -> str:
    """A time spoken as the screen shows it, in whole seconds elapsed: "4:05"."""
    return timer_text(math.floor(max(seconds, 0.0)))


def duration_words(seconds: float) -> str:
    """A duration as the printed report writes it: "45 s", "4 min 05 s", "1 h 02 min 05 s"."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return QCoreApplication.translate("SpeakingReportDocument", "{hours} h {minutes} min {seconds} s").format(
            hours=hours, minutes=f"{minutes:02d}", seconds=f"{secs:02d}"
        )
    if minutes:
        return QCoreApplication.translate("SpeakingReportDocument", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=f"{secs:02d}"
        )
    return QCoreApplication.translate("SpeakingReportDocument", "{seconds} s").format(seconds=secs)
