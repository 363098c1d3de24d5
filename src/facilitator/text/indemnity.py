"""Sentences about the indemnity rules and the amounts, in the interface language.

Shared by the documents (état liquidatif), the Indemnités workspace and the command line;
light to import (no reportlab), so that the window starts fast.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from facilitator.core.assemblies import AssemblyRules
from facilitator.core.indemnity.amounts import IndemnityUnit
from facilitator.text.formats import decimal, money
from facilitator.text.messages import lone_half_day_label, unit_label
from facilitator.text.translate import TranslationContext


class Documents(TranslationContext):
    """The translation context of the documents' words (``Documents.tr`` takes plural forms)."""


def units_text(units: Decimal, unit: IndemnityUnit) -> str:
    """ "1,5 journée", "3 demi-journées", "2 séances": decimals and plurals as the language
    writes them (French keeps the singular below two, English does not after one)."""
    number = decimal(units)
    if units != int(units):
        fractional = {
            IndemnityUnit.DAY: Documents.tr("{number} days (a fraction)"),
            IndemnityUnit.HALF_DAY: Documents.tr("{number} half-days (a fraction)"),
            IndemnityUnit.SESSION: Documents.tr("{number} sessions (a fraction)"),
        }[unit]
        return fractional.format(number=number)
    whole = int(units)
    template = {
        IndemnityUnit.DAY: Documents.tr("{number} day(s)", "", whole),
        IndemnityUnit.HALF_DAY: Documents.tr("{number} half-day(s)", "", whole),
        IndemnityUnit.SESSION: Documents.tr("{number} session(s)", "", whole),
    }[unit]
    return template.format(number=number)


def rules_note(rules: AssemblyRules) -> str:
    """The délibération's rules in one sentence, as the état liquidatif states them."""
    indemnity = rules.indemnity
    parts = [
        QCoreApplication.translate("Documents", "Rate: {rate} {unit}").format(
            rate=money(indemnity.rate_cents), unit=unit_label(indemnity.unit)
        )
    ]
    if indemnity.unit is IndemnityUnit.DAY:
        share = lone_half_day_label(indemnity.lone_half_day)
        parts.append(QCoreApplication.translate("Documents", "a lone half-day is worth {share}").format(share=share))
    if indemnity.annual_cap_cents is not None:
        parts.append(
            QCoreApplication.translate("Documents", "annual cap {cap}").format(cap=money(indemnity.annual_cap_cents))
        )
    parts.append(QCoreApplication.translate("Documents", "fractions of a cent rounded down"))
    if indemnity.childcare:
        cap = money(indemnity.childcare_cap_cents_per_hour)
        parts.append(
            QCoreApplication.translate("Documents", "child care on proof, at most {cap} an hour").format(cap=cap)
        )
    return QCoreApplication.translate("Messages", "; ").join(parts) + "."
