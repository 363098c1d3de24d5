"""Reading the documents back as a reader (or a finance agent's search box) would."""

from __future__ import annotations

import html
import io
import re
import subprocess
from pathlib import Path

import numpy as np
import pypdf
from PIL import Image

SPACES = re.compile(r"[ \u00a0\u202f]+")


def pages(data: bytes) -> list[str]:
    """The text of each page, every kind of space made a plain space."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [SPACES.sub(" ", page.extract_text()) for page in reader.pages]


def flat(text: str) -> str:
    """Lines joined: what wraps in a cell reads as one phrase (a hyphen at a line end is kept)."""
    return SPACES.sub(" ", re.sub(r"-\n", "-", text).replace("\n", " "))


def spaced(text: str) -> str:
    """``text`` with its no-break and narrow no-break spaces made plain, to compare with ``pages``."""
    return SPACES.sub(" ", text)


def positions(data: bytes, page: int) -> list[tuple[str, float, float]]:
    """Each piece of text drawn on ``page`` with the (x, y) of its origin, in points."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            found.append((text.strip(), cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]))

    reader.pages[page].extract_text(visitor_text=visit)
    return found


def words(data: bytes, folder: Path, page: int = 1) -> list[tuple[str, float, float]]:
    """Each word of ``page`` with the left and right edges of its box (poppler's layout)."""
    source = folder / "words.pdf"
    source.write_bytes(data)
    output = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(source), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>')
    return [(html.unescape(text), float(left), float(right)) for left, right, text in pattern.findall(output)]


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [(float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages]


def fonts(data: bytes) -> dict[str, bool]:
    """Every font the pages use, and whether its file is embedded."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    found: dict[str, bool] = {}
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"])] = embedded
    return found


def raster(data: bytes, folder: Path, page: int = 1, dpi: int = 150) -> np.ndarray:
    """One page as pdftoppm prints it, in grey levels."""
    source = folder / "document.pdf"
    source.write_bytes(data)
    prefix = folder / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(source), str(prefix)],
        check=True,
    )
    return np.asarray(Image.open(f"{prefix}.png").convert("L"))
