"""The things the desk talks about: the event, its attendees and their check-in events."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo


class TicketStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class CapacityPolicy(StrEnum):
    """What happens when the venue is full: admit with a warning, or refuse until an override."""

    WARN = "warn"
    BLOCK = "block"


@dataclass(frozen=True)
class Event:
    name: str
    venue: str = ""
    timezone: str = "UTC"
    days: tuple[date, ...] = ()
    capacity: int | None = None
    policy: CapacityPolicy = CapacityPolicy.WARN
    warn_ratio: float = 0.9
    # The symbologies on this event's tickets (names from `checkin.core.symbologies`): the
    # camera searches for these only.
    ticket_formats: tuple[str, ...] = ("qr",)
    # Signs the ticket codes the app issues itself (walk-ins, rows without a code), so that a
    # desk can tell a genuine app-issued code from a forged one without a network.
    secret: str = field(default="", repr=False)
    # Settings this desk holds that could not run it (a time zone that does not exist…), one
    # phrase each: safe values stand in for them until the organizer sets them again.
    damage: tuple[str, ...] = field(default=(), compare=False)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local_time(self, instant: datetime) -> datetime:
        """The wall-clock time at the venue for a UTC instant."""
        return instant.astimezone(self.zone)

    def day_of(self, instant: datetime) -> date:
        """The venue's calendar date at an instant: check-ins are counted per venue day."""
        return self.local_time(instant).date()

    def day_number(self, day: date) -> int | None:
        """1 for the first event day, 2 for the second…; None for a date outside the event."""
        try:
            return self.days.index(day) + 1
        except ValueError:
            return None

    def with_changes(self, **changes: object) -> Event:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Attendee:
    code: str
    first_name: str
    last_name: str
    ticket_type: str = ""
    company: str = ""
    email: str = ""
    badge_name: str = ""
    days: tuple[date, ...] = ()  # empty: valid on every day of the event
    dietary: str = ""
    accessibility: str = ""
    notes: str = ""
    status: TicketStatus = TicketStatus.ACTIVE
    source: str = ""
    source_id: str = ""
    id: int | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @property
    def display_name(self) -> str:
        """The name the desk shows and the badge prints: a desk correction wins."""
        return self.badge_name or self.full_name

    @property
    def cancelled(self) -> bool:
        return self.status is TicketStatus.CANCELLED

    def valid_on(self, day: date) -> bool:
        return not self.days or day in self.days

    def with_changes(self, **changes: object) -> Attendee:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class CheckIn:
    """One scan that was let through: an entry or an exit. Never edited, only marked undone."""

    uuid: str
    attendee_id: int
    direction: Direction
    day: date
    at: datetime  # UTC
    desk: str
    nonce: str | None = None
    undone_at: datetime | None = None
    override: bool = False

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


def utc_now() -> datetime:
    """The production clock; everything that needs the time takes a clock parameter instead."""
    return datetime.now(UTC)
