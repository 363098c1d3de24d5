"""The feuille d'émargement, read back: who is listed, in which order, page by page, with the
counts and the organiser's signature block."""

from __future__ import annotations

import dataclasses
import itertools
import re

import pytest
from reportlab.lib.units import mm

from facilitator.printing.attendance.sheet import attendance_sheet_pdf
from facilitator.printing.page import PORTRAIT
from tests.printing import pdf, samples


def test_a_blank_sheet_of_170_names_numbers_its_pages_and_counts_each_one() -> None:
    data = attendance_sheet_pdf(samples.attendance_sheet(170), samples.GENERATED_AT)
    pages = pdf.pages(data)
    assert len(pages) > 3
    counted = 0
    for number, text in enumerate(pages, start=1):
        assert f"page {number} / {len(pages)}" in text
        assert "Feuille d'émargement" in text
        assert "Travail en groupes — samedi 14 mars 2026" in text
        assert samples.PLACE in text
        assert "Groupe de proposition" in text
        assert "Généré le samedi 14 mars 2026 à 9:12" in text
        on_page = re.search(r"Sur cette page : (\d+) personnes?", text)
        assert on_page is not None, number
        counted += int(on_page.group(1))
    assert counted == 170
    assert all("Certifié exact" not in text for text in pages[:-1])
    last = pages[-1]
    assert "Total : 170 personnes attendues" in last
    for words in ("Certifié exact", "Le maire ou son représentant", "Nom :", "Date :", "Signature"):
        assert words in last


def test_names_are_alphabetical_with_their_accents_role_and_badge_number() -> None:
    data = attendance_sheet_pdf(samples.attendance_sheet(40), samples.GENERATED_AT)
    text = pdf.flat("\n".join(pdf.pages(data)))
    for name in (
        "LEFÈVRE Hélène",
        "N’DIAYE Françoise",
        "CŒUR Œdipe",
        "DE LA TOUR-DAUVERGNE-SAINT-RÉMY Marie-Christine",
    ):
        assert name in text
    assert text.index("CŒUR Œdipe") < text.index("DE LA TOUR-") < text.index("LEFÈVRE Hélène")
    assert text.index("LEFÈVRE Hélène") < text.index("N’DIAYE Françoise")
    assert "1 LEFÈVRE Hélène Habitant·e" in text
    assert "3 CŒUR Œdipe Élu·e" in text
    assert "Matin" in text and "Après-midi" in text and "Qualité" in text and "Badge" in text


def test_every_row_leaves_at_least_9_mm_to_sign() -> None:
    data = attendance_sheet_pdf(samples.attendance_sheet(60), samples.GENERATED_AT)
    for page in range(len(pdf.pages(data))):
        badge_column = sorted(
            (y for text, x, y in pdf.positions(data, page) if text.isdigit() and x < 30 * mm), reverse=True
        )
        assert len(badge_column) > 1
        gaps = [above - below for above, below in itertools.pairwise(badge_column)]
        assert min(gaps) >= 9 * mm - 0.1


def test_the_signature_block_always_stands_with_some_names() -> None:
    for count in (1, 14, 17, 20, 21, 22, 38, 43, 44):
        data = attendance_sheet_pdf(samples.attendance_sheet(count), samples.GENERATED_AT)
        pages = pdf.pages(data)
        last = pages[-1]
        assert "Certifié exact" in last
        on_last_page = int(re.search(r"Sur cette page : (\d+)", last).group(1))
        assert on_last_page >= min(count, 5), count
        for page_index in range(len(pages)):
            body = [y for text, _, y in pdf.positions(data, page_index) if not text.startswith(("Généré", "page"))]
            lowest = min(body)
            assert lowest > 16 * mm - 1, (count, page_index)  # nothing runs into the footer


def test_the_filled_sheet_shows_times_absences_notes_and_who_was_present() -> None:
    sheet = samples.attendance_sheet(45, filled=True)
    data = attendance_sheet_pdf(sheet, samples.GENERATED_AT)
    pages = pdf.pages(data)
    text = pdf.flat("\n".join(pages))
    assert "Arrivée" in text and "Départ" in text and "Observations" in text
    hélène = next(row for row in sheet.rows if row.first_name == "Hélène")
    assert f"LEFÈVRE Hélène Habitant·e {hélène.arrival.hour}:{hélène.arrival.minute:02d} 16:40" in text
    assert "arrivé·e en retard, signature ajoutée par l’agente d’accueil" in text
    absent_slots = sum((row.morning is False) + (row.afternoon is False) for row in sheet.rows)
    assert text.count("Absent·e") == absent_slots
    present = sum(row.arrival is not None for row in sheet.rows)
    mornings = sum(row.morning is True for row in sheet.rows)
    afternoons = sum(row.afternoon is True for row in sheet.rows)
    assert f"Total : 45 personnes, {present} présentes (matin : {mornings}, après-midi : {afternoons})" in pages[-1]
    page_present = [int(found) for found in re.findall(r"Sur cette page : \d+ personnes?, (\d+) présentes?", text)]
    assert len(page_present) == len(pages) and sum(page_present) == present


def test_a_morning_only_session_has_one_signature_column() -> None:
    sheet = dataclasses.replace(samples.attendance_sheet(5), afternoon=False)
    text = pdf.pages(attendance_sheet_pdf(sheet, samples.GENERATED_AT))[0]
    assert "Matin" in text
    assert "Après-midi" not in text
    assert pdf.page_sizes(attendance_sheet_pdf(sheet, samples.GENERATED_AT)) == [pytest.approx(PORTRAIT, abs=0.01)]


def test_the_fonts_are_embedded() -> None:
    data = attendance_sheet_pdf(samples.attendance_sheet(5, filled=True), samples.GENERATED_AT)
    used = pdf.fonts(data)
    assert used and all(used.values()), used
