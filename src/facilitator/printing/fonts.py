"""The documents' typeface: DejaVu Sans, embedded, registered once per process.

reportlab's built-in fonts lack ’, œ and the narrow no-break space of French numbers, and a
finance office may open the PDF on a machine without our fonts: every document embeds (a
subset of) DejaVu Sans, which covers all of French. The files are read through
``importlib.resources`` so that an installed wheel or a frozen build finds them.
"""

from __future__ import annotations

import io
import threading
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "FacilitatorSans"
BOLD = "FacilitatorSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register() -> None:
    """Make REGULAR and BOLD known to reportlab (and ``<b>`` in paragraphs map to BOLD)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = resources.files("facilitator.resources") / "fonts"
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, io.BytesIO((folder / file).read_bytes())))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
        _registered = True
