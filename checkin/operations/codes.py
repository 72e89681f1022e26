"""Reading what was typed or scanned, once: a ticket code of ours, a payload that is no ticket of
ours, a name to search for, or a command.

This is the edge where a payload becomes a ticket code: a scanner set to another keyboard layout
garbles punctuation (`#` arrives as `£`, `y` as `z`), a QR code may hold a ticket link, a typed
code loses its case (`repair` tries each reading, the text as given first). Every front end —
the window's scan field and camera, the terminal desk, `checkin scan` — asks `interpret`, so
the same text means the same thing everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from checkin.core.ticket_codes import CodeKind, clean, is_app_code, kind_of, normalise
from checkin.scanning.wedge import repair

# Payloads that are plainly not a name: links, and the QR formats phones write (Wi-Fi, contacts).
_PAYLOAD_RE = re.compile(r"^([a-z][a-z0-9+.-]*://|(wifi|mecard|begin|mailto|tel|geo|smsto):)",
                         re.IGNORECASE)  # fmt: skip


class InputKind(StrEnum):
    EMPTY = "empty"
    CODE = "code"  # a ticket on this desk's list: scan it
    FOREIGN = "foreign"  # looks like a ticket or QR payload, but no ticket here has it
    NAME = "name"  # a few letters of a name, e-mail, company: search
    COMMAND = "command"  # the terminal desk's /undo, /out, /status, /quit …


@dataclass(frozen=True)
class Reading:
    kind: InputKind
    text: str  # CODE: the ticket's code; FOREIGN: the payload as normalised; NAME: the query
    argument: str = ""  # COMMAND: what follows the command word
    link: bool = False  # FOREIGN: a web link or other structured payload, no ticket at all

    @property
    def scannable(self) -> bool:
        """A scan of it gives the desk's answer: admitted, or refused as unknown."""
        return self.kind in {InputKind.CODE, InputKind.FOREIGN}


def looks_like_code(text: str) -> bool:
    """A scanner payload rather than a name: one word, long enough, with digits or our prefix;
    or a link or another QR format."""
    if _PAYLOAD_RE.match(text):
        return True
    return (
        len(text) >= 6
        and " " not in text
        and (is_app_code(text) or kind_of(text) is not CodeKind.OTHER
             or any(c.isdigit() for c in text))
    )  # fmt: skip


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


def interpret(text: str, is_known: Callable[[str], bool], commands: bool = False) -> Reading:
    """What a text means at the desk. `commands`: a leading `/` is a command (the terminal)."""
    cleaned = clean(text)
    if not cleaned:
        return Reading(InputKind.EMPTY, "")
    if commands and cleaned.startswith("/"):
        word, _, rest = cleaned.partition(" ")
        return Reading(InputKind.COMMAND, word.lower(), rest.strip())
    code = known_code(cleaned, is_known)
    if code is not None:
        return Reading(InputKind.CODE, code)
    payload = normalise(cleaned)
    link = is_foreign_payload(cleaned)
    if link or looks_like_code(payload) or _PAYLOAD_RE.match(cleaned):
        return Reading(InputKind.FOREIGN, payload, link=link)
    return Reading(InputKind.NAME, cleaned)
