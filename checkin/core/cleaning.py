"""Cleaning text that comes from outside (an attendee list, another desk's file) before it is
stored: one line, no control characters, the joiners of a name's spelling kept.

The importer cleans every cell with it, and a merge cleans what another desk's file says the
same way, so a name that would have been cleaned on import cannot arrive raw by a side door.
"""

from __future__ import annotations

from checkin.core.joiners import printable


def single_line(value: str) -> str:
    """Quoted newlines, tabs and control characters are fine in a file, not on a badge; the
    joiners inside an Indic or Persian name are its spelling and stay."""
    return " ".join(printable(value).split())
