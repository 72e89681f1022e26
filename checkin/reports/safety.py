"""Making exported cells safe to open in a spreadsheet, without losing what they say.

A cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return, which some spreadsheets
skip before looking for those) is run as a formula: an attendee called `=HYPERLINK("http://x","y")`
would become a live link. CSV has no cell types, so such text gets a leading apostrophe, the
convention spreadsheets themselves use for "this is text"; XLSX stores it as a text cell.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """Text for a CSV cell: formula-like text is prefixed with a single quote, never dropped."""
    return "'" + text if looks_like_formula(text) else text
