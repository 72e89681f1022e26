"""Folding text into the plain lower-case ASCII keys that search compares.

A volunteer types "lukasz" for Łukasz, "muller" or "mueller" for Müller, "obrien" for O'Brien.
Latin letters are folded here with the standard library; other scripts (Кузнецова, Παπαδόπουλος)
need a transliterator, which the caller injects (the database layer passes `anyascii`) so that
this module stays free of third-party imports.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from checkin.core.joiners import without_joiners

Transliterator = Callable[[str], str]

# Letters that Unicode does not decompose into a base letter plus an accent.
_LATIN_SPECIALS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "ŀ": "l",
        "ŋ": "ng",
    }
)
# How German and Scandinavian names are commonly written without their letters: Müller is also
# spelt Mueller, Sørensen Soerensen, Åsa Aasa. Both spellings are indexed.
_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa", "æ": "ae"})
# Apostrophes and similar marks join a name (O'Brien → obrien) rather than split it.
_JOINERS = re.compile(r"['’`´ʼ‘]")
_SEPARATORS = re.compile(r"[^a-z0-9]+")


def _keep_ascii(text: str) -> str:
    return text


def fold(text: str, transliterate: Transliterator = _keep_ascii) -> str:
    """Lower-case ASCII with accents removed and non-Latin scripts transliterated. Joiners go:
    a word is one word, and found, with or without them."""
    lowered = without_joiners(text).casefold().translate(_LATIN_SPECIALS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if not stripped.isascii():
        stripped = transliterate(stripped).lower()
    return stripped


def tokens(text: str, transliterate: Transliterator = _keep_ascii) -> list[str]:
    """The searchable words of a text: folded, split at spaces, hyphens and punctuation."""
    joined = _JOINERS.sub("", text)
    return [t for t in _SEPARATORS.split(fold(joined, transliterate)) if t]


def name_keys(text: str, transliterate: Transliterator = _keep_ascii) -> set[str]:
    """Every key a name should be found under: its words in both spellings, and the whole.

    The whole name without spaces lets "vandenberg" find "van den Berg"; the parts of an
    apostrophe name let "brien" find "O'Brien".
    """
    keys: set[str] = set()
    for spelling in {text, text.casefold().translate(_DIGRAPHS)}:
        words = tokens(spelling, transliterate)
        keys.update(words)
        if len(words) > 1:
            keys.add("".join(words))
        for word in _JOINERS.split(spelling):
            keys.update(tokens(word, transliterate))
    return keys
