"""The état liquidatif, read back: every person's figures, the totals, the rules and the
ordonnateur's certification, in A4 landscape."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from facilitator.printing.indemnity.statement import indemnity_statement_pdf
from facilitator.printing.page import LANDSCAPE
from facilitator.text.formats import money
from tests.printing import pdf, samples


def test_each_line_shows_the_sessions_units_rate_and_every_amount() -> None:
    statement = samples.indemnity_statement(12)
    data = indemnity_statement_pdf(statement, samples.GENERATED_AT)
    pages = pdf.pages(data)
    text = pdf.flat("\n".join(pages))
    assert "État liquidatif" in text
    assert "Du 1er janvier 2026 au 30 juin 2026" in text
    hélène = "LEFÈVRE Hélène Habitant·e 14/03/2026 : journée 27 demi-journées"
    assert f"{hélène} 45,72 € 1 234,50 € 0,00 € 1 234,50 €" in text
    for label in ("Taux par demi-journée", "Brut", "Retenues", "Net", "Frais de déplacement", "Garde d'enfants"):
        assert label in text
    assert "N’DIAYE Françoise" in text and "CŒUR Œdipe" in text


def test_the_totals_the_rules_and_the_certification_close_the_statement() -> None:
    statement = samples.indemnity_statement(12)
    pages = pdf.pages(indemnity_statement_pdf(statement, samples.GENERATED_AT))
    last = pdf.flat(pages[-1])
    total = sum(line.total_cents for line in statement.lines)
    gross = sum(line.gross_cents for line in statement.lines)
    assert f"Total (12 bénéficiaires) {pdf.spaced(money(gross))}" in last
    assert f"Arrêté le présent état à la somme de {pdf.spaced(money(total))}." in last
    assert pdf.spaced("plafond de 1\u202f500,00 € par semestre") in last
    for words in (
        "Certifié exact — service fait",
        "Fait à Villebrune, le mercredi 1er juillet 2026",
        "L’ordonnateur",
        "Signature et cachet",
    ):
        assert words in last
    assert all("Certifié exact" not in page for page in pages[:-1])


def test_a_long_statement_is_landscape_numbered_and_keeps_rows_with_the_signature() -> None:
    statement = samples.indemnity_statement(60)
    data = indemnity_statement_pdf(statement, samples.GENERATED_AT)
    pages = pdf.pages(data)
    assert len(pages) > 2
    assert pdf.page_sizes(data) == [pytest.approx(LANDSCAPE, abs=0.01)] * len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"page {number} / {len(pages)}" in text
        assert "Nom et prénom" in text  # the column titles repeat
    rows_on_last_page = [text for text, x, _ in pdf.positions(data, len(pages) - 1) if x < 20 * mm and text.isupper()]
    assert len(rows_on_last_page) >= 3


def test_amounts_are_right_aligned_in_their_columns(tmp_path: Path) -> None:
    statement = samples.indemnity_statement(6)
    lines = [
        dataclasses.replace(line, gross_cents=123_456_789 if i == 0 else line.gross_cents)
        for i, line in enumerate(statement.lines)
    ]
    statement = dataclasses.replace(statement, lines=lines, rules_note="Délibération n° 2025-118.")
    data = indemnity_statement_pdf(statement, samples.GENERATED_AT)
    assert pdf.spaced(money(123_456_789)) in pdf.flat("\n".join(pdf.pages(data)))
    right_edges = {round(right) for text, _, right in pdf.words(data, tmp_path, page=1) if text == "€"}
    assert len(right_edges) == 7  # one right edge per money column: rate, gross … total
