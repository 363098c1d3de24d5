"""Counted words on the documents: "21 personnes", "17 présentes".

Plural forms are asked through ``QObject.tr``: the lupdate that reads our sources marks a
message as plural only there (a plural passed to ``QCoreApplication.translate`` would be
extracted as a singular and never get its French plural). QtCore only, like all printing.
"""

from __future__ import annotations

from facilitator.text.translate import TranslationContext


class PrintedCounts(TranslationContext):
    """The translation context of the counts (its class name)."""

    def people(self, count: int) -> str:
        return self.tr("%n person(s)", "", count)

    def present(self, count: int) -> str:
        return self.tr("%n present", "", count)

    def expected(self, count: int) -> str:
        return self.tr("%n person(s) expected", "", count)

    def paid(self, count: int) -> str:
        return self.tr("%n person(s) paid", "", count)
