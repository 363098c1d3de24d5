"""Dates and times as French readers write them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def long_date(day: QDate | dt.date, *, weekday: bool = True) -> str:
    """A date written out in the interface language: "samedi 14 mars 2026" in French."""
    return QLocale().toString(QDate(day), "dddd d MMMM yyyy" if weekday else "d MMMM yyyy")


def clock_time(moment: dt.datetime) -> str:
    """A time of day as the desk says it: "9:12"."""
    return f"{moment.hour}:{moment.minute:02d}"


def session_label(date: dt.date, title: str) -> str:
    """How a session is named in lists: "samedi 14 mars 2026 — Travail en groupes"."""
    label = long_date(date)
    return f"{label} — {title}" if title else label
