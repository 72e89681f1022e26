"""Badge PDFs as pixels, for print paths that cannot take a PDF (Qt's print support on Windows).

CUPS takes the PDF itself; a Windows printer driver wants a painted page. The pages are rasterised
with PDFium (`pypdfium2`, a self-contained wheel on every platform): ReportLab's renderPM draws
only its own graphics drawings, not a finished PDF, and Qt's own PDF module is left out of the
bundled app. The QR code stays sharp because a badge is rasterised at the printer's resolution.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

import pypdfium2 as pdfium

log = logging.getLogger("checkin.print")

POINTS_PER_INCH = 72.0
MAX_DPI = 600  # an A4 sheet at 600 dpi is already 35 megapixels; more only costs memory


class RasterError(ValueError):
    """The bytes are not a PDF this desk can draw."""


@dataclass(frozen=True)
class PageImage:
    """One page as 8-bit RGB rows, with its size on paper in points."""

    width_pt: float
    height_pt: float
    width_px: int
    height_px: int
    stride: int
    rgb: bytes


def rasterise(pdf: bytes, dpi: float = 300) -> Iterator[PageImage]:
    """Yield each page of the PDF at `dpi` (at most MAX_DPI), white behind the badge."""
    scale = min(max(dpi, 36.0), MAX_DPI) / POINTS_PER_INCH
    document = _open(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                width, height = page.get_size()
                bitmap = page.render(
                    scale=scale, fill_color=(255, 255, 255, 255), rev_byteorder=True
                )
                try:
                    image = bitmap.to_pil().convert("RGB")
                finally:
                    bitmap.close()
            finally:
                page.close()
            yield PageImage(
                width, height, image.width, image.height, image.width * 3, image.tobytes()
            )
    finally:
        document.close()


def _open(pdf: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as error:
        raise RasterError(f"The badge PDF cannot be read: {error}.") from error
