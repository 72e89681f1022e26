"""The desk's event log, as values: every write a desk makes, in the order it made them.

A check-in, an undo, a walk-in registration, a badge-name correction and a badge print are each
one `DeskEvent` with its own uuid. The log is append-only: the local tables (check-ins, attendees,
badge prints) are what the events did, and another desk that receives the same events — by
`checkin merge`, or from a venue hub — arrives at the same picture. Applying an event twice
changes nothing, because its uuid is remembered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class EventKind(StrEnum):
    CHECKIN = "checkin"  # an entry or an exit; the check-in's own uuid is the event's
    UNDO = "undo"  # one identified movement taken back
    WALK_IN = "walk_in"  # a new attendee registered at a desk
    BADGE_NAME = "badge_name"  # the name printed on a badge, corrected at a desk
    BADGE_PRINT = "badge_print"  # a badge came out of a desk's printer
    # What a venue hub shares besides desk writes: one desk's copy, received by every desk.
    EVENT_SETTINGS = "event_settings"  # the event's name, days, capacity, policy, formats
    ATTENDEE_LIST = "attendee_list"  # the synced list (walk-ins travel as their own events)


@dataclass(frozen=True)
class DeskEvent:
    uuid: str
    kind: EventKind
    desk: str  # the desk that made it
    at: datetime  # UTC, by the making desk's clock (informational: desk clocks drift)
    ticket: str  # the ticket code it concerns
    data: dict[str, Any] = field(default_factory=dict)  # what it changes, by kind
    made_here: bool = True  # False for events received from another desk
    sent: bool = False  # made here and handed to another desk or hub since


@dataclass
class ApplyReport:
    """What applying a batch of another desk's events changed here."""

    applied: int = 0  # events new to this desk
    known: int = 0  # events this desk already had (by uuid)
    checkins: int = 0
    undos: int = 0
    walk_ins: int = 0
    badge_names: int = 0
    badge_prints: int = 0
    settings: int = 0
    lists: int = 0
    orphans: int = 0  # about a ticket or movement this desk does not know yet: not applied
    attendees_added: int = 0  # people the other desk's list had and this one did not
    known_checkins: int = 0  # of `known`, the check-ins
    # What waiting events may need: tickets this batch brought, check-ins it recorded; and the
    # events it could not apply yet (what `orphans` counts).
    new_tickets: set[str] = field(default_factory=set)
    new_movements: set[str] = field(default_factory=set)
    not_yet: list[DeskEvent] = field(default_factory=list)

    def count(self, kind: EventKind) -> None:
        name = _COUNTERS[kind]
        setattr(self, name, getattr(self, name) + 1)

    def count_known(self, kind: EventKind) -> None:
        if kind is EventKind.CHECKIN:
            self.known_checkins += 1


_COUNTERS = {
    EventKind.CHECKIN: "checkins",
    EventKind.UNDO: "undos",
    EventKind.WALK_IN: "walk_ins",
    EventKind.BADGE_NAME: "badge_names",
    EventKind.BADGE_PRINT: "badge_prints",
    EventKind.EVENT_SETTINGS: "settings",
    EventKind.ATTENDEE_LIST: "lists",
}

# Kinds a desk receives from its hub only: a merged file's copy of the list or settings, possibly
# another event's (`merge --any-event`), must not overwrite this desk's own.
SHARED_KINDS = frozenset({EventKind.EVENT_SETTINGS, EventKind.ATTENDEE_LIST})
