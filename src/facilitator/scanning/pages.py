"""Scanned pages as images: a copier's PDF rendered page by page, or a folder of images.

PDF pages are rendered at 200 dpi by QtPdf, which paints on a transparent background; zxing-cpp
reads colour alone, so each page is laid on white first — from Qt's premultiplied pixels that
is one addition per pixel (channel + 255 − alpha), about 10 ms a page — and handed over in grey
(the file itself, not these renderings, is what the count keeps for audit). A page that cannot
be read (a damaged file, an image format Qt does not know) is reported, never skipped silently.

What a page costs is known before it is rendered or decoded: a PDF says each page's size, an
image file its dimensions in its header. A page beyond ``MAX_PAGE_PIXELS`` is refused with that
reason: a 1 KB PDF can describe one page of 5 metres by 5, which would take gigabytes and
minutes to render, and a small PNG can unpack to as much.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtPdf import QPdfDocument

from facilitator.scanning.decode import decode_image

RENDER_DPI = 200
MAX_PAGE_PIXELS = 40_000_000
"""The most pixels a page or image may have: an A3 page at 400 dpi has 31 million."""
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp")
_GREEN_AND_ALPHA = (1, 3) if sys.byteorder == "little" else (2, 0)
"""Byte positions in Qt's 32-bit pixels (0xAARRGGBB words: BGRA in memory on little-endian)."""


class UnreadableScan(Exception):
    """The PDF cannot be opened (damaged, protected, not a PDF)."""


class PageProblem(StrEnum):
    UNREADABLE = "unreadable"
    """An image file Qt cannot open (damaged, or of a format it does not know)."""
    TOO_LARGE = "too_large"
    """A page or image beyond ``MAX_PAGE_PIXELS``: refused before it is rendered or decoded."""


@dataclass(frozen=True)
class ScannedPage:
    number: int
    """1 for the first page (or image)."""
    name: str
    """The file the page comes from."""
    codes: list[str]
    problem: PageProblem | None = None
    """Why the page was not read, if it was not."""


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
            image = _read_image(file)
            if isinstance(image, PageProblem):
                yield ScannedPage(number, file.name, [], image)
            else:
                yield ScannedPage(number, file.name, decode_image(image))
        return
    for index, grey in enumerate(pdf_pages(path)):
        if isinstance(grey, PageProblem):
            yield ScannedPage(index + 1, path.name, [], grey)
        else:
            yield ScannedPage(index + 1, path.name, decode_image(grey))


def pdf_pages(path: Path) -> Iterator[np.ndarray | PageProblem]:
    """Each page of a PDF rendered at ``RENDER_DPI`` on white, in grey (``TOO_LARGE`` for a page
    that would exceed ``MAX_PAGE_PIXELS``); ``UnreadableScan`` first if the file does not open."""
    document = _open_pdf(path)
    for index in range(document.pageCount()):
        points = document.pagePointSize(index)
        size = QSize(round(points.width() * RENDER_DPI / 72), round(points.height() * RENDER_DPI / 72))
        if size.width() * size.height() > MAX_PAGE_PIXELS:
            yield PageProblem.TOO_LARGE
        else:
            yield _on_white(document.render(index, size).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied))


def _read_image(file: Path) -> QImage | PageProblem:
    """The image in ``file``, its size read from its header first."""
    reader = QImageReader(str(file))
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_PAGE_PIXELS:
        return PageProblem.TOO_LARGE
    reader.setAllocationLimit(MAX_PAGE_PIXELS * 4 // 1_000_000)
    image = reader.read()
    return PageProblem.UNREADABLE if image.isNull() else image


def _open_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
        raise UnreadableScan(str(path))
    return document


def _on_white(image: QImage) -> np.ndarray:
    """The green channel laid on white, in grey (height × width bytes)."""
    width, height = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())
    pixels = rows[:, : width * 4].reshape(height, width, 4)
    green, alpha = _GREEN_AND_ALPHA
    return np.ascontiguousarray(pixels[..., green] + (255 - pixels[..., alpha]))
