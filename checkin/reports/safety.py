"""Making exported cells safe to open in a spreadsheet, without losing what they say.

A cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return, which some spreadsheets
skip before looking for those) is run as a formula: an attendee called `=HYPERLINK("http://x","y")`
would become a live link. CSV has no cell types, so such text gets a leading apostrophe, the
convention spreadsheets themselves use for "this is text"; XLSX stores it as a text cell.

Spreadsheets trim what comes before the sign: spaces, a no-break space, a line feed, a BOM. So
the sign is looked for after any such run.

A CSV file does not say its separator: a spreadsheet in a locale whose separator is `;` splits
`Ann;=1+4` into two cells, the second a formula, and it does so even inside a quoted field that
does not begin its line (a quote after `,` is an ordinary character to it). So every field is
quoted (see `tabular`), and a sign that would begin a cell after a `,`, `;`, tab or line break
inside the text gets the same apostrophe: `Ann;'=1+4`.
"""

from __future__ import annotations

import re
import unicodedata

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Where a spreadsheet guessing another separator may start a cell: its separators, and a line
# break (inside quotes only for a reader that saw the quotes).
_SEPARATORS = (",", ";", "\t", "\n", "\r")
# A separator, the blanks a spreadsheet skips, then a formula sign (the sign is group 2).
_SPLIT_FORMULA = re.compile(r"([,;\t\n\r][\s\ufeff\u200b]*)([=+\-@])")


def _ignorable(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")


def looks_like_formula(text: str) -> bool:
    if text.startswith(FORMULA_STARTS):
        return True
    start = 0
    while start < len(text) and _ignorable(text[start]):
        start += 1
    return 0 < start < len(text) and text[start] in "=+-@"


def csv_text(text: str) -> str:
    """Text for a CSV cell: formula-like text is prefixed with a single quote, never dropped."""
    if any(separator in text for separator in _SEPARATORS):
        text = _SPLIT_FORMULA.sub(r"\1'\2", text)
    return "'" + text if looks_like_formula(text) else text
