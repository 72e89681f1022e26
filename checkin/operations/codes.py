"""Reading what was typed or scanned: a ticket code, or a name to search for.

This is the edge where a payload becomes a ticket code, once: a scanner set to another keyboard
layout garbles punctuation (`#` arrives as `£`, `y` as `z`), a QR code may hold a ticket link,
a typed code loses its case. The repository's look-up does the rest.
"""

from __future__ import annotations

from collections.abc import Callable

from checkin.core.ticket_codes import clean, is_app_code
from checkin.scanning.wedge import repair


def looks_like_code(text: str) -> bool:
    """A scanner payload rather than a name: one word, long enough, with digits or our prefix."""
    return (
        len(text) >= 6 and " " not in text and (is_app_code(text) or any(c.isdigit() for c in text))
    )


def known_code(text: str, is_known: Callable[[str], bool]) -> str | None:
    """The ticket code a typed or scanned text means, if any ticket has it: each reading
    `repair` tries is looked up, the text as given first."""
    if not clean(text):
        return None
    return repair(text, is_known)
