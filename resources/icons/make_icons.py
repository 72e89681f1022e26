"""Draws the app icon and writes it in each platform's format (run from the source tree's root):

    python resources/icons/make_icons.py

checkin.png (256 px, Linux and the window icon), checkin.ico (Windows, 16–256 px) and checkin.icns
(macOS). A green rounded square with a white tick over a ticket's QR finder pattern: it reads as
"check-in" at 16 px, where only the tick survives. Needs Pillow (installed with ReportLab).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZE = 1024  # drawn large, then scaled down: smooth edges without anti-aliasing primitives
GREEN = (27, 135, 74, 255)
DARK = (15, 82, 45, 255)
WHITE = (255, 255, 255, 255)


def draw(size: int = SIZE) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    unit = size / 16
    pen.rounded_rectangle((unit, unit, size - unit, size - unit), radius=3 * unit, fill=GREEN)
    # A QR finder pattern in the top-left corner: the "ticket" half of the picture.
    x, y, s = 2.6 * unit, 2.6 * unit, 4.2 * unit
    pen.rectangle((x, y, x + s, y + s), fill=DARK)
    pen.rectangle(
        (x + 0.7 * unit, y + 0.7 * unit, x + s - 0.7 * unit, y + s - 0.7 * unit), fill=GREEN
    )
    pen.rectangle(
        (x + 1.4 * unit, y + 1.4 * unit, x + s - 1.4 * unit, y + s - 1.4 * unit), fill=DARK
    )
    # The tick: the "admitted" half, thick enough to survive 16 px.
    tick = [(4.2 * unit, 8.9 * unit), (7.0 * unit, 11.7 * unit), (12.4 * unit, 5.6 * unit)]
    pen.line(tick, fill=WHITE, width=int(1.9 * unit), joint="curve")
    for cx, cy in (tick[0], tick[-1]):
        r = 0.95 * unit
        pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=WHITE)
    return image


def main() -> None:
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(HERE / "checkin.png", optimize=True)
    big.save(HERE / "checkin.ico", sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
    big.resize((512, 512), Image.Resampling.LANCZOS).save(HERE / "checkin.icns")


if __name__ == "__main__":
    main()
