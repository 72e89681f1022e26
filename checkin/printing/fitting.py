"""Fitting a text into a box: shrink it, then wrap it onto two lines, never let it run off.

A one-line fit is preferred while it keeps most of the template's size; below that the text
is split at the space that balances the two lines best and set as large as those lines allow.
A single word too long for the box keeps shrinking: smaller beats cut off.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.printing.fonts import width

WRAP_RATIO = 0.6
LEADING = 1.18  # line box as a multiple of the size: DejaVu ascent + descent is 1.16 em


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float

    @property
    def height(self) -> float:
        return self.size * LEADING * len(self.lines)


def fit(
    text: str,
    font: str,
    max_size: float,
    min_size: float,
    box_width: float,
    max_lines: int = 2,
    box_height: float | None = None,
) -> Fitted:
    """The largest size (≤ max_size) at which `text` fits `box_width` in at most `max_lines`."""
    text = " ".join(text.split())
    if not text or box_width <= 0:
        return Fitted((), max_size)
    one = _size_for([text], font, max_size, box_width)
    best = Fitted((text,), one)
    # Shrinking alone is preferred down to 60 % of the template's size (or its minimum); past
    # that a second line keeps the name larger and readable across the room.
    if one < max(min_size, WRAP_RATIO * max_size) and max_lines >= 2 and " " in text:
        lines = _balanced_split(text, font)
        two = Fitted(lines, _size_for(list(lines), font, max_size, box_width))
        if two.size > one:
            best = two
    if box_height is not None and best.height > box_height:
        # Too tall for the room left: scale down, both lines keep their share.
        best = Fitted(best.lines, best.size * box_height / best.height)
    return best


def _size_for(lines: list[str], font: str, max_size: float, box_width: float) -> float:
    widest = max(width(line, font, 1.0) for line in lines)
    return max_size if widest <= 0 else min(max_size, box_width / widest)


def _balanced_split(text: str, font: str) -> tuple[str, str]:
    words = text.split(" ")
    best: tuple[str, str] = (text, "")
    best_width = float("inf")
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        widest = max(width(first, font, 1.0), width(second, font, 1.0))
        if widest < best_width:
            best, best_width = (first, second), widest
    return best
