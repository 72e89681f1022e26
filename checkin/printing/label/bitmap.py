"""Badge PDF pages as 1-bit label images at the printer's own resolution.

The label path draws from the very PDF the sheet printers get (one layout, one set of fitting
rules), rasterised by PDFium straight to grey at the printer's dpi and cut at a fixed threshold:
a thermal head prints black or nothing, and a threshold keeps the QR code's modules solid where
dithering would speckle them. The QR's quiet zone is part of the layout, so it stays white.

A badge is turned to run along a continuous roll (a landscape badge on a 62 mm roll) or to match
a die-cut label's orientation, then scaled to the label's printable area and centred on it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2 as pdfium
from PIL import Image

from checkin.printing.label.address import MM_PER_INCH, Media
from checkin.printing.raster import RasterError

POINTS_PER_MM = 72 / MM_PER_INCH
THRESHOLD = 160  # grey levels below this print: colour bands and anti-aliased text edges stay bold
MAX_LENGTH_MM = 300  # a continuous badge longer than this is a layout mistake, not a badge
_TO_1_BIT = [0 if level < THRESHOLD else 255 for level in range(256)]


def label_images(pdf: bytes, media: Media) -> Iterator[Image.Image]:
    """One mode-"1" image per page: `media.width` dots wide, `media.length` long (or the badge's
    own length on a continuous roll); black is printed."""
    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as error:
        raise RasterError(f"The badge PDF cannot be read: {error}.") from error
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                yield _page_image(page, media)
            finally:
                page.close()
    finally:
        document.close()


def turned(width: float, height: float, media: Media) -> bool:
    """Whether a badge of this size (mm or points, either) is printed turned by 90° on this
    label: on a roll, its side closest to the roll's width goes across."""
    if media.continuous:
        return abs(height - media.width_mm) < abs(width - media.width_mm)
    return (width > height) != (media.width > media.length)


def _page_image(page: pdfium.PdfPage, media: Media) -> Image.Image:
    width_pt, height_pt = page.get_size()
    turn = turned(width_pt / POINTS_PER_MM, height_pt / POINTS_PER_MM, media)
    across, along = (height_pt, width_pt) if turn else (width_pt, height_pt)
    scale = media.width / across  # pixels per point
    if not media.continuous:
        scale = min(scale, media.length / along)
    elif along * scale > MAX_LENGTH_MM * media.dpi / MM_PER_INCH:
        raise RasterError(f"A badge longer than {MAX_LENGTH_MM} mm does not fit a label roll.")
    bitmap = page.render(
        scale=scale,
        rotation=90 if turn else 0,
        grayscale=True,
        fill_color=(255, 255, 255, 255),
        may_draw_forms=False,
    )
    try:
        grey = bitmap.to_pil().convert("L")
    finally:
        bitmap.close()
    image: Image.Image = grey.point(_TO_1_BIT, "1")
    length = media.length or image.height
    if image.size == (media.width, length):
        return image
    # Scaled to fit one side: centre it on the label's printable area, white around it.
    label = Image.new("1", (media.width, length), 1)
    label.paste(image, ((media.width - image.width) // 2, (length - image.height) // 2))
    return label
