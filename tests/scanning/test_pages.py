"""Scanned pages cost what a ballot page may: a page or image too large to render or decode is
refused before it is, with that reason; the other pages are read."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from facilitator.scanning.pages import MAX_PAGE_PIXELS, PageProblem, ScannedPage, read_pages
from tests.scanning.codes import on_page, payload, qr_pixels

A4 = (595, 842)


def pdf(path: Path, sizes: list[tuple[float, float]]) -> Path:
    """A PDF whose pages have ``sizes`` (in points), each with a word on it."""
    canvas = Canvas(str(path))
    for width, height in sizes:
        canvas.setPageSize((width, height))
        canvas.drawString(50, 50, "page")
        canvas.showPage()
    canvas.save()
    return path


def test_a_tiny_pdf_of_one_huge_page_is_refused_unrendered(tmp_path: Path) -> None:
    path = pdf(tmp_path / "huge.pdf", [(14_400, 14_400)])
    assert path.stat().st_size < 5_000
    assert list(read_pages(path)) == [ScannedPage(1, "huge.pdf", [], PageProblem.TOO_LARGE)]


def test_the_pages_around_a_huge_one_are_read(tmp_path: Path) -> None:
    path = pdf(tmp_path / "mixed.pdf", [A4, (5_000, 9_000), A4])
    assert [page.problem for page in read_pages(path)] == [None, PageProblem.TOO_LARGE, None]


def test_an_a3_page_is_not_too_large(tmp_path: Path) -> None:
    assert [page.problem for page in read_pages(pdf(tmp_path / "a3.pdf", [(842, 1191)]))] == [None]


def png_header_only_large(path: Path, width: int, height: int) -> None:
    """A valid one-bit PNG of ``width`` × ``height`` white pixels: small on disk, huge decoded."""
    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    data = zlib.compress(row * height, 9)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b""))


@pytest.mark.qt_log_ignore("JPEG")
def test_an_image_that_would_unpack_too_large_is_refused_undecoded(tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    side = int(MAX_PAGE_PIXELS**0.5) + 100
    png_header_only_large(folder / "a-bomb.png", side, side)
    assert (folder / "a-bomb.png").stat().st_size < 2_000_000
    buffer = io.BytesIO()
    Image.fromarray(on_page(qr_pixels(payload()))).save(buffer, "PNG")
    (folder / "b-ballot.png").write_bytes(buffer.getvalue())
    (folder / "c-broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a jpeg")
    pages = list(read_pages(folder))
    assert [(page.name, page.problem) for page in pages] == [
        ("a-bomb.png", PageProblem.TOO_LARGE),
        ("b-ballot.png", None),
        ("c-broken.jpg", PageProblem.UNREADABLE),
    ]
    assert pages[1].codes == [payload()]


def test_an_image_just_under_the_cap_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    Image.fromarray(np.full((1000, 1000), 255, dtype=np.uint8)).save(folder / "blank.png")
    assert [page.problem for page in read_pages(folder)] == [None]
