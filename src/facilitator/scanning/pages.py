"""Scanned pages as images: a copier's PDF rendered page by page, or a folder of images.

PDF pages are rendered at 200 dpi by QtPdf, which paints on a transparent background; zxing-cpp
reads colour alone, so each page is laid on white first — from Qt's premultiplied pixels that
is one addition per pixel (channel + 255 − alpha), about 10 ms a page — and handed over in grey
(the file itself, not these renderings, is what the count keeps for audit). A page that cannot
be read (a damaged file, an image format Qt does not know) is reported, never skipped silently.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from facilitator.scanning.decode import decode_image

RENDER_DPI = 200
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp")
_GREEN_AND_ALPHA = (1, 3) if sys.byteorder == "little" else (2, 0)
"""Byte positions in Qt's 32-bit pixels (0xAARRGGBB words: BGRA in memory on little-endian)."""


class UnreadableScan(Exception):
    """The PDF cannot be opened (damaged, protected, not a PDF)."""


@dataclass(frozen=True)
class ScannedPage:
    number: int
    """1 for the first page (or image)."""
    name: str
    """The file the page comes from."""
    codes: list[str]
    readable: bool = True
    """False for an image file Qt could not open."""


def page_count(path: Path) -> int:
    if path.is_dir():
        return len(image_files(path))
    return _open_pdf(path).pageCount()


def image_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)


def read_pages(path: Path) -> Iterator[ScannedPage]:
    """Every page of a PDF, or every image of a folder (by name), with the codes found on it."""
    if path.is_dir():
        for number, file in enumerate(image_files(path), start=1):
            image = QImage(str(file))
            if image.isNull():
                yield ScannedPage(number, file.name, [], readable=False)
                continue
            yield ScannedPage(number, file.name, decode_image(image))
        return
    for index, grey in enumerate(pdf_pages(path)):
        yield ScannedPage(index + 1, path.name, decode_image(grey))


def pdf_pages(path: Path) -> Iterator[np.ndarray]:
    """Each page of a PDF rendered at ``RENDER_DPI`` on white, in grey; ``UnreadableScan`` first
    if the file does not open."""
    document = _open_pdf(path)
    for index in range(document.pageCount()):
        yield _on_white(_render(document, index))


def _open_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
        raise UnreadableScan(str(path))
    return document


def _render(document: QPdfDocument, index: int) -> QImage:
    points = document.pagePointSize(index)
    size = QSize(round(points.width() * RENDER_DPI / 72), round(points.height() * RENDER_DPI / 72))
    return document.render(index, size).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def _on_white(image: QImage) -> np.ndarray:
    """The green channel laid on white, in grey (height × width bytes)."""
    width, height = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())
    pixels = rows[:, : width * 4].reshape(height, width, 4)
    green, alpha = _GREEN_AND_ALPHA
    return np.ascontiguousarray(pixels[..., green] + (255 - pixels[..., alpha]))
