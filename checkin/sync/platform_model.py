"""What every platform adapter (pretix, Eventbrite, Tito) hands to the pull and push machinery.

A pull yields attendee rows in `COLUMNS` order — the importer's own fields, so the same checks,
name rules and cancellation words apply as for an export file — plus the cursor to store once the
rows are written, and whether the rows are the whole list or only what changed.
A push is given the desk's check-ins and undos not yet sent and says, per check-in, what the
platform made of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from checkin.core.cleaning import single_line
from checkin.core.list_rules import ListRules
from checkin.core.settings_check import is_zone
from checkin.db.platform_checkins import RemoteCheckIn
from checkin.sync.api_client import ApiClient
from checkin.sync.model import FIELDS, SyncError

# A check-in sent later than this after the scan was made while offline: the platform is to
# record it as it happened (pretix's "force"), not judge it again against its own state.
OFFLINE_AFTER = timedelta(seconds=60)

# How far desk and platform clocks may disagree: a "changed since" cursor starts this much
# earlier (refetching a few attendees is harmless, missing one is not).
CLOCK_SLACK = timedelta(minutes=5)

# The importer's fields a platform row fills: all but `void`, which a platform states as a status.
COLUMNS: tuple[str, ...] = tuple(field for field in FIELDS if field != "void")


def row(
    *,
    id: object = None,
    code: object = None,
    first_name: object = None,
    last_name: object = None,
    full_name: object = None,
    email: object = None,
    company: object = None,
    ticket_type: object = None,
    dietary: object = None,
    accessibility: object = None,
    notes: object = None,
    status: object = None,
    attention: object = None,
) -> tuple[str, ...]:
    """One attendee row in `COLUMNS` order (the parameters' order; a test holds them equal);
    outside text is made one printable line (it ends up on badges)."""
    given = (id, code, first_name, last_name, full_name, email, company, ticket_type, dietary,
             accessibility, notes, status, attention)  # fmt: skip
    cells = [v if type(v) is str else _text(v) for v in given]
    # A whole pull makes 10,000 rows: one printability check per row, not one per cell, and
    # the cell-by-cell cleaning only for the rare row that needs it.
    if "".join(cells).isprintable():
        return tuple(map(str.strip, cells))
    return tuple(cell.strip() if cell.isprintable() else single_line(cell) for cell in cells)


def changed_since_cursor(started: datetime) -> str:
    """The next incremental pull's cursor for a pull that began at `started` (the platform's
    clock where it said, else the desk's): UTC, seconds, CLOCK_SLACK earlier."""
    return (started - CLOCK_SLACK).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(value: object) -> str:
    if value is None or value is False:
        return ""
    if value is True:
        return "yes"
    return str(value)


@dataclass(frozen=True)
class EventFacts:
    """The event as the platform describes it: name, time zone, start and end."""

    name: str
    timezone: str  # an IANA zone; "" when the platform gave none the desk knows
    starts: datetime | None  # aware
    ends: datetime | None

    @property
    def days(self) -> tuple[date, ...]:
        """Every calendar day from start to end in the event's time zone."""
        if self.starts is None:
            return ()
        zone = ZoneInfo(self.timezone) if self.timezone else UTC
        first = self.starts.astimezone(zone).date()
        last = (self.ends or self.starts).astimezone(zone).date()
        count = min(max((last - first).days + 1, 1), 366)  # a year: a typo, not an event
        return tuple(first + timedelta(days=n) for n in range(count))


def zone_name(text: object) -> str:
    """An IANA zone name the desk knows, or ""."""
    name = str(text or "").strip()
    return name if is_zone(name) else ""


def local_instant(text: object, zone: str) -> datetime | None:
    """A platform's start or end: a date alone is that day's midnight in the event's zone, a
    time without a zone is the event's local time."""
    given = str(text or "").strip()
    if not given:
        return None
    try:
        when = datetime.fromisoformat(given.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=ZoneInfo(zone) if zone else UTC)
    return when


def instant(text: object) -> datetime | None:
    """An ISO 8601 time from a platform (aware; UTC when it names no zone), or None."""
    try:
        when = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


@dataclass
class Pull:
    rows: list[tuple[str, ...]] = field(default_factory=list)
    cursor: str = ""  # where the next pull starts; stored with the rows, in one transaction
    complete: bool = True  # the whole list: tickets it lacks are cancelled at the desk
    pages: int = 0  # attendee pages fetched (the benchmark's "only changed pages")
    facts: EventFacts | None = None  # the event's name, zone and days
    # Each ticket's (code, product, variation, order pending): what the list's rules read.
    tickets: list[tuple[str, str, str, bool]] = field(default_factory=list)
    checkins: list[RemoteCheckIn] = field(default_factory=list)  # made by other devices
    # True: `checkins` lists every check-in the platform still counts for each pulled ticket
    # (pretix: a position's `checkins`), so one the desk pulled before and now missing was
    # annulled there.
    states_checkins: bool = False
    rules: ListRules | None = None  # the connected check-in list's
    keys: list[str] = field(default_factory=list)  # the event's signing keys (pretix_sig1)
    products: dict[str, str] = field(default_factory=dict)  # product id → name
    revoked: list[str] = field(default_factory=list)  # signed secrets taken back
    unnamed: list[str] = field(default_factory=list)  # tickets imported without a name
    notes: list[str] = field(default_factory=list)  # for the sync report, one sentence each


@dataclass(frozen=True)
class CheckInList:
    """One of the event's check-in lists (pretix, Tito): the desk's check-ins count on one."""

    id: str  # pretix's list id, Tito's list slug
    name: str

    def __str__(self) -> str:
        return f'"{self.name}" ({self.id})' if self.name else self.id


class UnknownList(SyncError):
    """The event has no check-in list of that name or id; the message names those it has."""


def unknown_list(platform: str, wanted: str, lists: list[CheckInList]) -> str:
    """The sentence refusing a check-in list the event does not have."""
    if not lists:
        return f"The {platform} event has no check-in list, so none called {wanted!r}."
    names = ", ".join(str(found) for found in lists)
    return f"The {platform} event has no check-in list {wanted!r}; its lists: {names}."


def pick_list(platform: str, wanted: str, lists: list[CheckInList]) -> CheckInList:
    """The list named or numbered `wanted` (its id, or its name in any case); `SyncError`
    naming the lists there are when it is not one of them."""
    for found in lists:
        if wanted == found.id:
            return found
    folded = wanted.strip().casefold()
    for found in lists:
        if folded and folded == found.name.strip().casefold():
            return found
    raise UnknownList(unknown_list(platform, wanted, lists))


@dataclass(frozen=True)
class PushItem:
    """One of the desk's check-ins to send, or (`undo`) its taking back."""

    uuid: str  # the desk's check-in uuid: pretix's nonce, the key of the push table
    code: str  # the ticket's QR payload
    ticket_id: str  # the platform's ticket identity (the attendee's source_id)
    direction: str  # "in" | "out"
    at: datetime
    undo: bool = False
    undone_at: datetime | None = None
    remote_id: str = ""  # what the platform called the check-in when it was sent (Tito's uuid)
    uncertain: bool = False  # sent before without an answer: it may have arrived
    late: bool = False  # made while the platform was out of reach: record it, do not judge it
    override: bool = False  # an organizer admitted it past the list's rules (unpaid)


@dataclass(frozen=True)
class PushResult:
    uuid: str
    undo: bool
    state: str  # "sent" | "refused"
    remote_id: str = ""
    message: str = ""


class PlatformApi(Protocol):
    name: str
    client: ApiClient  # its connections are closed (`client.close()`) when a pull or push ends
    can_push: bool  # the platform documents a check-in write
    pushes_exits: bool

    def check(self) -> str:
        """Ask for the event with the token; one sentence naming what was found."""
        ...

    def lists(self) -> list[CheckInList]:
        """The event's check-in lists a desk can send check-ins to ([] where it cannot)."""
        ...

    def event_name(self) -> str:
        """The event's own name on the platform ("" when it has none), for a home's first pull."""
        ...

    def pull(self, cursor: str) -> Pull:
        """The list (all, or what changed since `cursor`), with the event's facts, the other
        devices' check-ins and the connected list's rules where the platform has them."""
        ...

    def start_push(self) -> None:
        """A push begins: forget what an earlier one learnt of the platform's check-ins."""
        ...

    def push_one(self, item: PushItem) -> PushResult:
        """Send one check-in (or undo). Raises `SyncError` when the platform cannot be reached
        or refuses the token: the caller keeps what was sent before and stops there."""
        ...
