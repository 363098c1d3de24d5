"""The words of speaking time on paper: durations, as French readers write them."""

from __future__ import annotations

from PySide6.QtCore import QObject


class SpeakingReportDocument(QObject):
    """The translation context of the report's words: ``SpeakingReportDocument.tr`` is where
    lupdate sees them, plural forms included."""


def duration_text(seconds: int) -> str:
    """A duration as the report writes it: "45 s", "4 min 05 s", "1 h 02 min 05 s"."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return SpeakingReportDocument.tr("{hours} h {minutes} min {seconds} s").format(
            hours=hours, minutes=f"{minutes:02d}", seconds=f"{seconds:02d}"
        )
    if minutes:
        return SpeakingReportDocument.tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=f"{seconds:02d}")
    return SpeakingReportDocument.tr("{seconds} s").format(seconds=seconds)
