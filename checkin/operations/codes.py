"""Reading what was typed or scanned: a ticket code, or a name to search for.

This is the edge where a payload becomes a ticket code, once: a scanner set to another keyboard
layout garbles punctuation (`#` arrives as `£`, `y` as `z`), a QR code may hold a ticket link,
a typed code loses its case. The repository's look-up does the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checkin.core.ticket_codes import clean, is_app_code
from checkin.scanning.wedge import repair


def looks_like_code(text: str) -> bool:
    """A scanner payload rather than a name: one word, long enough, with digits or our prefix."""
    return (
        len(text) >= 6 and " " not in text and (is_app_code(text) or any(c.isdigit() for c in text))
    )


# A scheme ("https:", "mailto:", "WIFI:") or a character no name, e-mail or company is typed with.
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]{1,15}:\S")
_STRUCTURE = frozenset("/\\<>{}[]|=?#")


def is_foreign_payload(text: str) -> bool:
    """Text that is neither a ticket code nor a name: a web link or other structured payload,
    such as another event's `https://…/ticket/ABCDEF`. A scan of it is "not a ticket", never a
    name search that quietly finds nobody."""
    text = text.strip()
    if not text or " " in text:
        return False
    return (
        text.casefold().startswith("www.")
        or bool(_SCHEME.match(text))
        or any(ch in _STRUCTURE for ch in text)
    )


def known_code(text: str, is_known: Callable[[str], bool]) -> str | None:
    """The ticket code a typed or scanned text means, if any ticket has it: each reading
    `repair` tries is looked up, the text as given first."""
    if not clean(text):
        return None
    return repair(text, is_known)
