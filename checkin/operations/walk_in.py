"""Walk-in rules: what a registration at the desk must hold, and who may register one when the
venue is full. The window's dialog, `checkin walk-in` and the kiosk ask these same functions, so
what one refuses the others refuse, with the same code and sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from checkin.core.capacity import blocks_entry
from checkin.core.entities import Event
from checkin.operations.results import WalkInDetails

MAX_FIELD = 200  # longer values are cut: a name field is not a place for a paste of a page
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class WalkInProblem(StrEnum):
    NO_NAME = "no_name"
    BAD_EMAIL = "bad_email"
    NO_TICKET_TYPE = "no_ticket_type"
    VENUE_FULL = "venue_full"  # a blocking venue is full: only an organizer may register


@dataclass(frozen=True)
class WalkInRefusal:
    code: WalkInProblem
    message: str


FULL = (
    "Nobody was registered: the venue is full; only an organizer can register a walk-in "
    "past capacity."
)


def details(first: str, last: str, email: str, company: str, ticket_type: str) -> WalkInDetails:
    """The details as typed, trimmed and cut to the longest a field holds."""
    return WalkInDetails(
        first_name=first.strip()[:MAX_FIELD],
        last_name=last.strip()[:MAX_FIELD],
        email=email.strip()[:MAX_FIELD],
        company=company.strip()[:MAX_FIELD],
        ticket_type=ticket_type.strip()[:MAX_FIELD],
    )


def problem(walk_in: WalkInDetails) -> WalkInRefusal | None:
    """Why these details cannot be registered (None: they can)."""
    if not (walk_in.first_name.strip() or walk_in.last_name.strip()):
        return WalkInRefusal(WalkInProblem.NO_NAME, "Enter the attendee's name.")
    email = walk_in.email.strip()
    if email and not _EMAIL.match(email):
        return WalkInRefusal(WalkInProblem.BAD_EMAIL, f"“{email[:60]}” is not an e-mail address.")
    if not walk_in.ticket_type.strip():
        return WalkInRefusal(WalkInProblem.NO_TICKET_TYPE, "Choose a ticket type.")
    return None


def capacity_gate(event: Event, on_site: int, organizer: bool) -> tuple[bool, WalkInRefusal | None]:
    """(override, refusal): a full blocking venue takes a walk-in only from an organizer, whose
    admission then goes past capacity; anyone else is refused before anything is written."""
    if not blocks_entry(event, on_site):
        return False, None
    if organizer:
        return True, None
    return False, WalkInRefusal(WalkInProblem.VENUE_FULL, FULL)
