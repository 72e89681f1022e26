"""The bundled TrueType faces every badge is drawn with, and the check for glyphs they lack.

DejaVu Sans covers Latin Extended, Greek and Cyrillic (the base-14 PDF fonts cannot draw Ł, ő
or ř). A name with a character outside the faces (山田 花子) would print as empty boxes, so the
desk asks `missing_glyphs` first and warns instead.
"""

from __future__ import annotations

import threading
import unicodedata

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from checkin.resources import resource_path

REGULAR = "BadgeSans"
BOLD = "BadgeSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered: dict[str, TTFont] = {}


def register_fonts() -> dict[str, TTFont]:
    """Load the faces once per process (parsing a TTF takes ~50 ms; a badge must not pay it)."""
    with _lock:
        if not _registered:
            for name, filename in _FILES.items():
                font = TTFont(name, str(resource_path("fonts", filename)))
                pdfmetrics.registerFont(font)
                _registered[name] = font
        return _registered


def _drawable(char: str) -> bool:
    # Spaces and invisible format characters (ZWJ, soft hyphen…) need no glyph of their own.
    return not (char.isspace() or unicodedata.category(char) in ("Cc", "Cf"))


def missing_glyphs(*texts: str) -> str:
    """The characters (in first-seen order, once each) that no bundled face can draw."""
    fonts = register_fonts()
    maps = [font.face.charToGlyph for font in fonts.values()]
    missing: dict[str, None] = {}
    for text in texts:
        for char in text:
            if _drawable(char) and not all(ord(char) in glyphs for glyphs in maps):
                missing[char] = None
    return "".join(missing)


def width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))
