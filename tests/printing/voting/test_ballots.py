"""Ballot kits and the test deck as printed: every slip's words and codes, the grid sheet, the
expected results, and the codes a scanner reads back from the pages."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from facilitator.core.voting.ballot_code import BLANK, Ballot, Layout, payload, short_code
from facilitator.printing.model import BallotFace, BallotKits, DeckDocument
from facilitator.printing.voting.ballots import SLIPS, ballots_pdf
from facilitator.printing.voting.deck import UPSIDE_DOWN_PAGE, deck_pdf
from facilitator.scanning.decode import decode_image
from tests.printing import pdf, samples

KEY = "5a" * 32
QUESTION = "Approuvez-vous la création d’une piste cyclable rue de l’Œuvre ?"


def slip_kits(count: int, labels: tuple[str, ...] = ("Oui", "Non"), test: bool = False) -> BallotKits:
    kits = []
    for number in range(count):
        serial = f"{number:08d}".replace("0", "K")
        ballots = [Ballot("K7P2Q", serial, Layout.SLIP, c, test) for c in [*range(1, len(labels) + 1), BLANK]]
        words = [*labels, "Vote blanc"]
        kits.append([BallotFace(payload(b, KEY), short_code(b, KEY), w) for b, w in zip(ballots, words, strict=True)])
    return BallotKits(samples.HEADING, QUESTION, kits, grid=False, test=test)


def rendered_codes(document: bytes, page: int, folder: Path) -> list[str]:
    """The codes on page ``page`` (0 for the first) as poppler rasterises it at 150 dpi."""
    return decode_image(np.ascontiguousarray(pdf.raster(document, folder, page + 1, dpi=150)))


def test_slips_three_to_a_row_a_kit_never_split_between_pages(tmp_path: Path) -> None:
    document = slip_kits(9, ("Pour", "Contre", "Sans avis"))  # kits of 4 slips: 2 rows each, 3 kits a page
    printed = ballots_pdf(document, samples.GENERATED_AT)
    pages = pdf.pages(printed)
    assert len(pages) == 3 == -(-9 // (SLIPS.rows // 2))
    first = pdf.flat(pages[0])
    assert first.count("Vote blanc") == 3 and first.count("Sans avis") == 3
    assert QUESTION in first.replace("\n", " ") or "piste cyclable" in first
    assert document.kits[0][0].short_code in first
    assert "Bulletins de vote" in first and "page 1 / 3" in first
    codes = rendered_codes(printed, 0, tmp_path)
    assert sorted(codes) == sorted(face.payload for kit in document.kits[:3] for face in kit)


def test_test_ballots_say_so(tmp_path: Path) -> None:
    printed = ballots_pdf(slip_kits(2, test=True), samples.GENERATED_AT)
    text = pdf.flat(pdf.pages(printed)[0])
    assert "Bulletins de test (ne comptent jamais)" in text and text.count("TEST") >= 6
    assert len(rendered_codes(printed, 0, tmp_path)) == 6  # the stamp never covers a code


def test_a_grid_sheet_per_kit_with_every_proposal_and_grade(tmp_path: Path) -> None:
    grades = ("À rejeter", "Insuffisant", "Passable", "Assez bien", "Bien", "Très bien", "Excellent")
    kits = [
        [BallotFace(payload(b, KEY), short_code(b, KEY))]
        for b in (Ballot("K7P2Q", s, Layout.GRID, None, False) for s in ("AAAAAAAA", "BBBBBBBB"))
    ]
    document = BallotKits(
        samples.HEADING,
        "Quel aménagement pour la place du Marché ?",
        kits,
        grid=True,
        test=False,
        rows=("Un jardin partagé", "Un marché couvert", "Une aire de jeux"),
        columns=grades,
        instruction="Pour chaque proposition, cochez une seule case.",
    )
    printed = ballots_pdf(document, samples.GENERATED_AT)
    pages = pdf.pages(printed)
    assert len(pages) == 2
    first = pdf.flat(pages[0])
    for word in (*grades, "Un jardin partagé", "Une aire de jeux", "Quel aménagement pour la place du Marché ?"):
        assert word in first
    assert kits[0][0].short_code in first and "Travail en groupes — samedi 14 mars 2026" in first
    assert rendered_codes(printed, 1, tmp_path) == [kits[1][0].payload]


def test_the_deck_shows_its_expected_results_and_one_page_upside_down(tmp_path: Path) -> None:
    kits = slip_kits(30, test=True)
    deck = DeckDocument(
        kits=BallotKits(samples.HEADING, QUESTION, [[face] for kit in kits.kits for face in kit], False, True),
        ticks=[()] * 90,
        expected=[("Votants (enveloppes)", "8"), ("Oui", "3")],
        notes=["Une page est à l’envers : elle doit compter comme les autres."],
    )
    printed = deck_pdf(deck, samples.GENERATED_AT)
    pages = pdf.pages(printed)
    assert len(pages) == 1 + -(-90 // SLIPS.per_page)
    first = pdf.flat(pages[0])
    assert "Résultats attendus" in first and "Votants (enveloppes)" in first and "Jeu d’essai" in first
    turned = rendered_codes(printed, 1 + UPSIDE_DOWN_PAGE, tmp_path)
    assert len(turned) == SLIPS.per_page
