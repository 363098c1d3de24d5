"""États de frais de déplacement: one sheet per participant, each numbered on its own."""

from __future__ import annotations

import dataclasses

import pytest

from facilitator.printing.indemnity.travel import claimed_cents, travel_statements_pdf
from facilitator.text.formats import money
from tests.printing import pdf, samples


def test_each_participant_has_a_sheet_numbered_on_its_own() -> None:
    pages = pdf.pages(travel_statements_pdf(samples.travel_sheets(), samples.GENERATED_AT))
    assert len(pages) == 2
    assert all("page 1 / 1" in page for page in pages)
    assert all("État de frais de déplacement" in page for page in pages)
    assert "N’DIAYE Françoise" in pages[0] and "CŒUR" not in pages[0]
    assert "CŒUR Œdipe" in pages[1] and "N’DIAYE" not in pages[1]
    assert "Travail en groupes — samedi 14 mars 2026" in pages[0]
    assert "Du 1er janvier 2026 au 30 juin 2026" in pages[1]


def test_a_sheet_states_identity_itinerary_times_means_and_amounts() -> None:
    sheet = samples.travel_sheets()[1]
    text = pdf.flat(pdf.pages(travel_statements_pdf([sheet], samples.GENERATED_AT))[0])
    for words in (
        "Bénéficiaire CŒUR Œdipe",
        "Adresse de départ 3 allée des Lilas, 31000 Toulouse",
        "14/03/2026 Travail en groupes 12 rue des Tanneurs, 31250 Revel → Salle des fêtes",
        "8:15 – 17:40",
        "Voiture personnelle 5 CV 46 14,72 € 0,00 € 36,00 €",
        "Audition des expert·es 3 allée Œdipe Cœur, 31000 Toulouse → Médiathèque François-Mitterrand",
        "à partir de 7:50 Transports en commun — 0,00 € 12,60 € 0,00 €",
        "Total 46 14,72 € 12,60 € 36,00 €",
        f"Montant à rembourser : {pdf.spaced(money(claimed_cents(sheet)))}",
        "Barème kilométrique : arrêté du 3 juillet 2006 modifié (14 mars 2022)",
        "Le ou la bénéficiaire",
        "Certifié sincère et véritable",
        "Fait à Villebrune, le mercredi 1er juillet 2026",
        "L'ordonnateur",
        "Signature et cachet",
    ):
        assert words in text
    assert claimed_cents(sheet) == 1472 + 3600 + 1260


def test_many_trips_continue_on_a_second_page_with_the_signatures() -> None:
    sheet = samples.travel_sheets()[1]
    long = dataclasses.replace(sheet, trips=list(sheet.trips) * 12)
    pages = pdf.pages(travel_statements_pdf([long], samples.GENERATED_AT))
    assert len(pages) == 2
    assert "page 1 / 2" in pages[0] and "page 2 / 2" in pages[1]
    assert "Le ou la bénéficiaire" in pages[1] and "Le ou la bénéficiaire" not in pages[0]
    assert "Objet et itinéraire" in pages[1]
    assert pdf.flat(pages[1]).count("Voiture personnelle") >= 1


def test_no_sheet_is_refused_rather_than_an_empty_pdf() -> None:
    with pytest.raises(ValueError):
        travel_statements_pdf([], samples.GENERATED_AT)
