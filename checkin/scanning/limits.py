"""How big an image or video frame the desk will decode, checked before any pixel is decoded.

A small file can declare a huge picture (a PNG header saying 20000×20000 takes a few bytes and
would make the decoder allocate gigabytes). The dimensions come from the file's header, or from
what OpenCV reports on opening a video, and anything over the budget is refused in one sentence.
"""

from __future__ import annotations

# A 48-megapixel phone photo (8000×6000) still reads; nothing a ticket check needs is bigger.
MAX_PIXELS = 50_000_000


def over_budget(what: str, width: int, height: int, max_pixels: int = MAX_PIXELS) -> str | None:
    """The sentence refusing `what` (e.g. "photo.png declares a") at this size, or None if fine."""
    if width <= 0 or height <= 0 or width * height <= max_pixels:
        return None
    return (
        f"{what} {width}×{height} picture ({width * height / 1e6:.0f} megapixels), more than "
        f"the {max_pixels / 1e6:.0f} megapixels the desk decodes; it was not read."
    )
