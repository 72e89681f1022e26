"""The ticket's QR code, made with `qrcode` and drawn as vector squares (sharp at any printer DPI).

The mask pattern is fixed: any of the eight masks gives a valid, readable symbol, and letting
`qrcode` score all eight costs about 3 ms of the 10 ms a badge may take.
"""

from __future__ import annotations

from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 2  # white modules around the symbol inside its square; margins add more


@lru_cache(maxsize=256)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """Rows of dark (True) and light modules, without a border."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, box_size=1, mask_pattern=2)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the symbol filling the square (x, y, size) including its quiet zone."""
    matrix = qr_matrix(payload)
    module = size / (len(matrix) + 2 * QUIET_MODULES)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    # Drawn in module units (origin at the symbol's top left, y downwards), so every rectangle
    # is four small integers: formatting floats is most of what a badge costs in pure Python.
    canvas.transform(
        module, 0, 0, -module, x + QUIET_MODULES * module, y + size - QUIET_MODULES * module
    )
    canvas._code.append(_path_operators(matrix))
    canvas.restoreState()


@lru_cache(maxsize=256)
def _path_operators(matrix: tuple[tuple[bool, ...], ...]) -> str:
    """One `re` per horizontal run of dark modules (far fewer than one per cell), then fill."""
    ops = []
    for row_number, row in enumerate(matrix):
        start = -1
        for column, dark in enumerate((*row, False)):
            if dark and start < 0:
                start = column
            elif not dark and start >= 0:
                ops.append(f"{start} {row_number} {column - start} 1 re")
                start = -1
    ops.append("f")
    return "\n".join(ops)
