"""The translation context of the speaking-time report's words on paper."""

from __future__ import annotations

from PySide6.QtCore import QObject


class SpeakingReportDocument(QObject):
    """The translation context of the report's words: ``SpeakingReportDocument.tr`` is where
    lupdate sees them, plural forms included."""
