"""Zero-width joiners: part of a name's spelling between letters, invisible litter elsewhere.

ZWJ (U+200D) and ZWNJ (U+200C) choose how letters join: दे‍व is spelled with a ZWJ, Persian
می‌خواهم with a ZWNJ, and taking them out changes how the name is written. Anywhere else (at
the start or end of a cell, beside a space or a digit) they are copy-paste debris that only
makes two equal strings differ.
"""

from __future__ import annotations

import unicodedata

JOINERS = frozenset("\u200c\u200d")
_WITHOUT_JOINERS = str.maketrans(dict.fromkeys(JOINERS))


def _lettered(ch: str) -> bool:
    # Marks count: in दे‍व the joiner follows the vowel sign े, not a letter.
    return unicodedata.category(ch)[0] in "LM"


def joins_letters(text: str, index: int) -> bool:
    """Whether the joiner at `text[index]` stands between two letters (or marks)."""
    return 0 < index < len(text) - 1 and _lettered(text[index - 1]) and _lettered(text[index + 1])


def printable(text: str, replacement: str = " ") -> str:
    """`text` with joiners kept where they join letters and dropped elsewhere, and every other
    character that is not printable (controls, tabs, newlines, bidi overrides) replaced."""
    if text.isprintable():
        return text
    return "".join(
        ch
        if ch.isprintable()
        else ((ch if joins_letters(text, i) else "") if ch in JOINERS else replacement)
        for i, ch in enumerate(text)
    )


def without_joiners(text: str) -> str:
    """`text` for comparing and searching: the same word with or without its joiners."""
    return text.translate(_WITHOUT_JOINERS)
