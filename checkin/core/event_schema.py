"""What an event from another desk must look like before this desk applies it: one schema per kind.

Every event that arrives from outside — pulled from a venue hub, or read from another desk's
file by `merge` — passes `check` once, at the boundary, and nothing downstream checks again. An
event that fails is not an error of this desk: it is set aside with its reason (`Rejected`) and
the desk carries on. A kind this release does not know is not an error either: a newer release
may send it, so it is kept (`Rejected.later`) for the release that understands it.

The checks are about shape and sanity, not about the people: required keys and their types,
values in their range (a capacity is not negative, a time zone exists, days are dates), times
within a window no real event leaves, and sizes (an event's bytes, a list's attendees), so that
one row cannot cost a desk its memory. Keys a schema does not name are allowed and ignored: a
newer desk may add some.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from checkin.core.desk_events import DeskEvent, EventKind
from checkin.core.list_rules import rules_from_text
from checkin.core.settings_check import (
    EARLIEST_DAY,
    LATEST_DAY,
    days_problem,
    known_zones,
    settings_problems,
)

MAX_EVENT_BYTES = 64 * 1024  # a desk's own write is a few hundred bytes
MAX_LIST_BYTES = 16 * 1024 * 1024  # a 7,500-person list is about 2.5 MB
MAX_LIST_ATTENDEES = 30_000
MAX_TEXT = 1_000  # characters in one name, note or code
# No desk of this app ever wrote before this, nor will after: the days' own limits.
EARLIEST = datetime.combine(EARLIEST_DAY, time.min, tzinfo=UTC)
LATEST = datetime.combine(LATEST_DAY, time.min, tzinfo=UTC)


@dataclass(frozen=True)
class Rejected:
    """Why an event was set aside; `later`: a kind a newer release knows (kept for it)."""

    reason: str
    later: bool = False


class _Bad(Exception):
    pass


def size_limit(kind: str) -> int:
    """The most bytes (of its JSON data) an event of `kind` may carry."""
    return MAX_LIST_BYTES if kind == EventKind.ATTENDEE_LIST.value else MAX_EVENT_BYTES


def check(
    uuid: object, kind: object, desk: object, at: object, ticket: object, data: object,
    size: int,
) -> DeskEvent | Rejected:  # fmt: skip
    """The event, when every part of it fits its kind's schema; otherwise why not."""
    try:
        known = EventKind(kind) if isinstance(kind, str) else None
    except ValueError:
        known = None
    if known is None:
        return Rejected(f"its kind {_shown(kind)} is not known to this release", later=True)
    try:
        if size > size_limit(known.value):
            raise _Bad(f"it is {size:,} bytes, more than its kind ({known.value}) may carry")
        event = DeskEvent(
            uuid=_text(uuid, "its id", limit=64, empty=False),
            kind=known,
            desk=_text(desk, "its desk", limit=100, empty=False),
            at=_instant(at),
            ticket=_text(ticket, "its ticket", limit=MAX_TEXT),
            data=_object(data),
            made_here=False,
        )
        _BY_KIND[known](event)
    except _Bad as bad:
        return Rejected(str(bad))
    return event


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _text(value: object, what: str, *, limit: int = MAX_TEXT, empty: bool = True) -> str:
    if not isinstance(value, str):
        raise _Bad(f"{what} is {type(value).__name__}, not text")
    if len(value) > limit:
        raise _Bad(f"{what} is {len(value):,} characters long")
    if not empty and not value.strip():
        raise _Bad(f"{what} is empty")
    return value


def _instant(value: object) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise _Bad("its time is not a time with a zone")
    if not EARLIEST <= value < LATEST:
        raise _Bad(f"its time {value:%Y-%m-%d} is outside any event")
    return value.astimezone(UTC)


def _object(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(f"its data is {type(value).__name__}, not an object")
    return value


def _optional(data: dict[str, Any], key: str, kind: type, what: str) -> None:
    value = data.get(key)
    if value is None:
        return
    # bool is an int in Python: a mark must be a real bool, a number never one.
    fits = isinstance(value, bool) if kind is bool else (
        isinstance(value, kind) and not isinstance(value, bool)
    )  # fmt: skip
    if not fits:
        raise _Bad(f"its {what} is {type(value).__name__}")
    if isinstance(value, str) and len(value) > MAX_TEXT:
        raise _Bad(f"its {what} is {len(value):,} characters long")


def _date(value: object, what: str) -> date:
    if not isinstance(value, str):
        raise _Bad(f"its {what} is {type(value).__name__}, not a date")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise _Bad(f"its {what} {_shown(value)} is not a date") from None
    if not EARLIEST.date() <= day < LATEST.date():
        raise _Bad(f"its {what} {value} is outside any event")
    return day


def _checkin(event: DeskEvent) -> None:
    data = event.data
    if data.get("direction") not in ("in", "out"):
        raise _Bad(f"its direction {_shown(data.get('direction'))} is neither 'in' nor 'out'")
    _date(data.get("day"), "day")
    _optional(data, "nonce", str, "nonce")
    _optional(data, "override", bool, "override mark")
    if not event.ticket:
        raise _Bad("it names no ticket")


def _undo(event: DeskEvent) -> None:
    _text(event.data.get("movement"), "movement it takes back", limit=64, empty=False)


def _attendee(record: object, code: object) -> None:
    if not isinstance(record, dict):
        raise _Bad(f"an attendee is {type(record).__name__}, not an object")
    _text(code, "an attendee's code", empty=False)
    for key, value in record.items():
        if key == "days":
            problem = days_problem(value)
            if problem:
                raise _Bad(f"an attendee's {problem}")
        elif value is not None and not isinstance(value, str | int | float | bool):
            raise _Bad(f"an attendee's {_shown(key)} is {type(value).__name__}")
        elif isinstance(value, str) and len(value) > MAX_TEXT:
            raise _Bad(f"an attendee's {_shown(key)} is {len(value):,} characters long")
    if not isinstance(record.get("platform_pending", False), bool):
        raise _Bad("an attendee's platform_pending is not true or false")
    if record.get("status", "active") not in ("active", "cancelled"):
        raise _Bad(f"an attendee's status {_shown(record.get('status'))} is not known")


def _walk_in(event: DeskEvent) -> None:
    _attendee(event.data, event.ticket)


def _badge_name(event: DeskEvent) -> None:
    _text(event.data.get("name", ""), "badge name")


def _badge_print(event: DeskEvent) -> None:
    for key in ("template", "printer"):
        _optional(event.data, key, str, key)
    _optional(event.data, "reprint", bool, "reprint mark")


def _settings(event: DeskEvent) -> None:
    problems = settings_problems(event.data, known_zones())
    if problems:
        raise _Bad("its " + "; its ".join(problems))
    if event.data.get("platform_lists") is not None:
        _platform_lists(event.data["platform_lists"])


def _platform_lists(lists: object) -> None:
    """A connected platform's lists, as a desk stores them: rules it can read, public keys,
    product names, revoked secrets."""
    if not isinstance(lists, dict) or len(lists) > 50:
        raise _Bad("its platform lists are not a few lists by source")
    for source, given in lists.items():
        _text(source, "platform list's source", empty=False)
        if not isinstance(given, dict):
            raise _Bad(f"its platform list {_shown(source)} is not an object")
        rules = _text(given.get("rules", ""), "platform list's rules", limit=MAX_EVENT_BYTES)
        products = given.get("products", {})
        if not isinstance(products, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and len(v) <= MAX_TEXT
            for k, v in products.items()
        ):
            raise _Bad(f"its platform list {_shown(source)} names products wrongly")
        if rules:
            try:
                rules_from_text(rules, products)
            except (ValueError, KeyError, TypeError):
                raise _Bad(f"its platform list {_shown(source)} has rules no desk wrote") from None
        for key in ("keys", "revoked"):
            values = given.get(key, [])
            if not isinstance(values, list) or not all(
                isinstance(v, str) and len(v) <= MAX_TEXT for v in values
            ):
                raise _Bad(f"its platform list {_shown(source)} has {key} that are not texts")


def _list(event: DeskEvent) -> None:
    people = event.data.get("attendees")
    if not isinstance(people, list):
        raise _Bad("it carries no list of attendees")
    if len(people) > MAX_LIST_ATTENDEES:
        raise _Bad(f"it lists {len(people):,} attendees, more than {MAX_LIST_ATTENDEES:,}")
    for record in people:
        _attendee(record, record.get("code") if isinstance(record, dict) else None)


_BY_KIND = {
    EventKind.CHECKIN: _checkin,
    EventKind.UNDO: _undo,
    EventKind.WALK_IN: _walk_in,
    EventKind.BADGE_NAME: _badge_name,
    EventKind.BADGE_PRINT: _badge_print,
    EventKind.EVENT_SETTINGS: _settings,
    EventKind.ATTENDEE_LIST: _list,
}
