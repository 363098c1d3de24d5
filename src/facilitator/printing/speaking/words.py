"""The translation context of the speaking-time report's words on paper."""

from __future__ import annotations

from facilitator.text.translate import TranslationContext


class SpeakingReportDocument(TranslationContext):
    """The translation context of the report's words: ``SpeakingReportDocument.tr`` is where
    lupdate sees them, plural forms included."""
