"""Table cards and itinerary slips: the names and tables as printed, one card per table, ten
slips per page, alphabetical, and what they look like rasterised."""

from __future__ import annotations

from pathlib import Path

from facilitator.printing.model import ItinerarySlip, TableCard
from facilitator.printing.rotation.itinerary_slips import GRID, itinerary_slips_pdf
from facilitator.printing.rotation.table_cards import table_cards_pdf
from tests.printing import pdf, samples

CARDS = [
    TableCard(
        1, "Hélène Lefèvre", [["Hélène Lefèvre", "Françoise N’Diaye", "Œdipe Cœur"], ["Hélène Lefèvre", "Zoé Martin"]]
    ),
    TableCard(2, "", [["Jean-Baptiste Roux"], ["Françoise N’Diaye", "Œdipe Cœur", "Jean-Baptiste Roux"]]),
]


def slips(count: int) -> list[ItinerarySlip]:
    names = [("Zoé", "Martin"), ("Françoise", "N’Diaye"), ("Œdipe", "Cœur"), ("Hélène", "Lefèvre")]
    return [
        ItinerarySlip(names[i % 4][0], f"{names[i % 4][1]} {i:03d}", i + 1, [1 + i % 5, None, 3], 2 if i == 3 else None)
        for i in range(count)
    ]


def test_one_page_per_table_with_its_host_and_rounds() -> None:
    pages = pdf.pages(table_cards_pdf(samples.HEADING, CARDS, 1234, samples.GENERATED_AT))
    assert len(pages) == 2
    first = pdf.flat(pages[0])
    assert "Table 1" in first and "Hôte : Hélène Lefèvre" in first
    assert "Tour 1" in first and "Tour 2" in first
    for name in ("Françoise N’Diaye", "Œdipe Cœur", "Zoé Martin"):
        assert name in first
    assert "Plan établi avec la graine 1234." in first
    assert "Cartes de table" in first and "Travail en groupes — samedi 14 mars 2026" in first
    assert "page 1 / 1" in first
    second = pdf.flat(pages[1])
    assert "Table 2" in second and "Hôte" not in second and "Jean-Baptiste Roux" in second


def test_slips_ten_per_page_alphabetical_with_every_round() -> None:
    printed = slips(23)
    pages = pdf.pages(itinerary_slips_pdf(printed, "Travail en groupes — samedi 14 mars 2026", samples.GENERATED_AT))
    assert len(pages) == 3 == -(-23 // GRID.per_page)
    first = pdf.flat(pages[0])
    assert "Itinéraires" in first and "page 1 / 3" in first
    assert "Tour 1 : table" in first and "Tour 2 : —" in first and "Tour 3 : table 3" in first
    assert "Cœur 002" in first and "Lefèvre 003" in first and "Martin" not in first
    assert "Martin 000" in pdf.flat(pages[1]) and "Cœur" not in pdf.flat(pages[2])
    assert "Vous animez la table 2." in first
    assert "N° 4" in first


def test_the_pages_are_drawn(tmp_path: Path) -> None:
    image = pdf.raster(itinerary_slips_pdf(slips(10), "x", samples.GENERATED_AT), tmp_path, page=1, dpi=60)
    assert image.shape[1] > 400
    assert (image < 128).sum() > 2000
