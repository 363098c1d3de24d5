"""Badge sheets: the names as printed, and QR codes that a camera reads back to their payload."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from facilitator.core.fields import MAX_NAME_LENGTH, printable_in_name
from facilitator.printing import blocks, fonts
from facilitator.printing.attendance.badges import (
    FIRST_NAME_HEIGHT,
    GRID,
    LAST_NAME_HEIGHT,
    NAME_FLOOR,
    NAME_WIDTH,
    badges_pdf,
    first_name,
    last_name,
    sorted_badges,
)
from tests.printing import pdf, samples

DPI = 150


def test_each_badge_shows_first_name_last_name_role_assembly_and_number() -> None:
    badges = samples.badges(6)
    pages = pdf.pages(badges_pdf(badges, samples.GENERATED_AT))
    assert len(pages) == 1
    text = pdf.flat(pages[0])
    for first, last in (("Hélène", "Lefèvre"), ("Françoise", "N’Diaye"), ("Œdipe", "Cœur")):
        assert f"{first} {last}" in text
    assert "Marie-Christine de La Tour-Dauvergne-Saint-Rémy" in text
    assert "Habitant·e" in text and "Élu·e" in text and "Agent·e" in text
    assert "N° 1" in text and "N° 3" in text
    assert text.count(samples.ASSEMBLY) >= len(badges)
    assert "Badges à découper" in text
    assert "page 1 / 1" in text and "Généré le samedi 14 mars 2026 à 9:12" in text


def test_170_badges_take_22_numbered_pages() -> None:
    pages = pdf.pages(badges_pdf(samples.badges(170), samples.GENERATED_AT))
    assert len(pages) == 22 == -(-170 // GRID.per_page)
    assert "page 1 / 22" in pages[0] and "page 22 / 22" in pages[-1]
    assert pdf.flat(pages[-1]).count("N° ") == 170 - 21 * GRID.per_page


def test_the_qr_codes_decode_back_to_their_payloads(tmp_path: Path) -> None:
    badges = samples.badges(12)
    image = pdf.raster(badges_pdf(badges, samples.GENERATED_AT), tmp_path, page=1, dpi=DPI)
    found = zxingcpp.read_barcodes(image)
    assert {code.text for code in found} == {badge.payload for badge in sorted_badges(badges)[: GRID.per_page]}
    assert {code.format for code in found} == {zxingcpp.BarcodeFormat.QRCode}
    assert {code.ec_level for code in found} == {"M"}


def test_the_qr_code_is_at_least_30_mm_wide_with_its_quiet_zone(tmp_path: Path) -> None:
    image = pdf.raster(badges_pdf(samples.badges(1), samples.GENERATED_AT), tmp_path, page=1, dpi=DPI)
    (code,) = zxingcpp.read_barcodes(image)
    left, right = code.position.top_left.x, code.position.top_right.x
    top, bottom = code.position.top_left.y, code.position.bottom_left.y
    per_mm = DPI / 25.4
    assert (right - left) / per_mm >= 25
    quiet = round(2.5 * per_mm)  # four modules of the 29-module code are at least 3.5 mm
    around = image[top - quiet : bottom + quiet + 1, left - quiet : right + quiet + 1].copy()
    around[quiet:-quiet, quiet:-quiet] = 255
    assert around.min() > 200, "something is drawn in the quiet zone"
    assert (right - left + 2 * quiet) / per_mm >= 30


PRINTABLE_LETTERS = [chr(code) for code in range(0x30000) if printable_in_name(chr(code))]


def test_every_letter_a_name_may_hold_is_in_the_documents_font() -> None:
    """The rule of core.fields and the font agree: nothing accepted prints as an empty box."""
    fonts.register()
    for font in (fonts.REGULAR, fonts.BOLD):
        glyphs = pdfmetrics.getFont(font).face.charToGlyph
        assert [letter for letter in PRINTABLE_LETTERS if ord(letter) not in glyphs] == []


WIDE = st.sampled_from(["W", "M", "Ш", "Ж", "Ω", "Œ", "Ẅ", "m", "w"])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.one_of(WIDE, st.sampled_from(PRINTABLE_LETTERS), st.sampled_from(" -’")),
        min_size=1,
        max_size=MAX_NAME_LENGTH,
    )
)
def test_any_name_accepted_prints_within_its_box_on_a_badge(letters: list[str]) -> None:
    name = "".join(letters).strip(" -’") or "W"
    fonts.register()
    first = first_name(name, NAME_WIDTH)
    assert blocks.fits(first, NAME_WIDTH, FIRST_NAME_HEIGHT)
    assert blocks.fits(last_name(name, NAME_WIDTH), NAME_WIDTH, LAST_NAME_HEIGHT)
    assert first.style.fontSize >= NAME_FLOOR
