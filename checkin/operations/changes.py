"""What an operation changed, reported once beside its result (Anki's `OpChanges`).

Each listener of the window's one `desk_changed(changes)` signal refreshes only what changed: the
headcount when movements or the event changed, the search index when attendees did (patched in
place from `attendees`, rebuilt when the whole `attendee_list` moved), the hub link and the
platform push only for writes made *here* (`local`) — a reload caused by events another desk
made must not wake the hub for another round, nor the platform for a push.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from checkin.core.desk_events import EventKind
from checkin.core.entities import Attendee


@dataclass(frozen=True)
class Changes:
    local: bool = True  # written by this desk (False: arrived from another desk or a platform)
    movements: bool = False  # check-ins, exits or undos: the counts move
    attendees: tuple[Attendee, ...] = ()  # attendees this desk added or corrected, as stored
    attendee_list: bool = False  # the list changed beyond `attendees` (sync, another desk)
    event: bool = False  # the event's settings (capacity, days, name)
    badges: bool = False  # a badge was queued or printed
    # The list revision before and after this desk's own attendee write, read in its
    # transaction: the search index is patched only when it was current just before.
    revision: tuple[str, str] | None = field(default=None, compare=False)
    on_site: int | None = None  # people on site after the change, when the operation read it
    # Whether each attendee whose presence this desk's write changed is now inside.
    inside_of: dict[int, bool] = field(default_factory=dict, compare=False)

    @property
    def empty(self) -> bool:
        return not (self.movements or self.attendees or self.attendee_list or self.event
                    or self.badges)  # fmt: skip

    @property
    def counts(self) -> bool:
        """Whether the headcount (or what it is measured against) may have moved."""
        return self.movements or self.event or self.attendee_list

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            local=self.local or other.local,
            movements=self.movements or other.movements,
            attendees=self.attendees + other.attendees,
            attendee_list=self.attendee_list or other.attendee_list,
            event=self.event or other.event,
            badges=self.badges or other.badges,
            revision=None if self.revision and other.revision else self.revision or other.revision,
            on_site=other.on_site if other.on_site is not None else self.on_site,
            inside_of={**self.inside_of, **other.inside_of},
        )


NOTHING = Changes(local=False)

# What each kind of desk event, arriving from another desk, changes here.
_BY_KIND = {
    EventKind.CHECKIN: Changes(local=False, movements=True),
    EventKind.UNDO: Changes(local=False, movements=True),
    EventKind.WALK_IN: Changes(local=False, attendee_list=True),
    EventKind.BADGE_NAME: Changes(local=False, attendee_list=True),
    EventKind.BADGE_PRINT: Changes(local=False, badges=True),
    EventKind.EVENT_SETTINGS: Changes(local=False, event=True),
    EventKind.ATTENDEE_LIST: Changes(local=False, attendee_list=True),
}


def arrived(kinds: Iterable[str]) -> Changes:
    """The changes events made elsewhere bring (the hub's pulled events, a merge); a kind this
    desk does not know (a newer desk's) is taken to change the list, to be safe."""
    total = NOTHING
    for kind in kinds:
        try:
            total = total | _BY_KIND[EventKind(kind)]
        except (KeyError, ValueError):
            total = total | Changes(local=False, attendee_list=True, movements=True, event=True)
    return total
