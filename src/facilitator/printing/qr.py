"""QR codes drawn as vector squares: sharp at any printer resolution, one path per code.

Badges use error correction M (15 % of the code may be lost); ballots use Q (25 %), as the
reference asks of anything a copier or a webcam must read after it was folded into an
envelope. The quiet zone (4 modules) is part of the size given, so that nothing printed
beside a code ever touches it.
"""

from __future__ import annotations

import qrcode
from reportlab.pdfgen.canvas import Canvas

from facilitator.printing.page import INK
from facilitator.printing.qr_masks import best_code

MEDIUM = qrcode.constants.ERROR_CORRECT_M
QUARTILE = qrcode.constants.ERROR_CORRECT_Q
QUIET_ZONE = 4


def qr_matrix(payload: str, level: int = MEDIUM) -> list[list[bool]]:
    """The code's modules, quiet zone included (True is dark)."""
    return best_code(payload, level, QUIET_ZONE).get_matrix()


def qr_operators(matrix: list[list[bool]]) -> str:
    """PDF path operators filling the dark modules, in module units with row 0 at the top:
    one rectangle per horizontal run, all in one path so that no seam shows between them."""
    size = len(matrix)
    parts = []
    for row_index, row in enumerate(matrix):
        bottom = size - 1 - row_index
        column = 0
        while column < size:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < size and row[column]:
                column += 1
            parts.append(f"{start} {bottom} {column - start} 1 re")
    parts.append("f")
    return "\n".join(parts)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float, level: int = MEDIUM) -> None:
    """Draw the code as vector squares with its lower-left corner at (x, y), ``size`` wide
    (quiet zone included)."""
    matrix = qr_matrix(payload, level)
    module = size / len(matrix)
    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.transform(module, 0, 0, module, x, y)
    canvas.addLiteral(qr_operators(matrix))
    canvas.restoreState()
