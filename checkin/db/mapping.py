"""Converting between table rows and `checkin.core` entities, and the text forms of dates."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from checkin.core.entities import (
    Attendee,
    CapacityPolicy,
    CheckIn,
    Direction,
    Event,
    TicketStatus,
)
from checkin.core.settings_check import SAFE, LoadableZones, usable_settings
from checkin.core.symbologies import DEFAULT_SYMBOLOGIES, SYMBOLOGIES
from checkin.db.models import AttendeeRow, CheckInRow, EventRow


def instant_text(instant: datetime) -> str:
    """UTC with a fixed width, so that text order is time order in SQL."""
    return instant.astimezone(UTC).isoformat(timespec="microseconds")


def parse_instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def days_text(days: Iterable[date]) -> str:
    return ",".join(d.isoformat() for d in sorted(days))


def parse_days(text: str) -> tuple[date, ...]:
    return tuple(date.fromisoformat(part) for part in text.split(",") if part)


def stored_symbologies(text: str) -> tuple[str, ...]:
    # Names this version does not know (written by a newer one) are left out, not fatal.
    known = tuple(name for name in text.split(",") if name in SYMBOLOGIES)
    return known or DEFAULT_SYMBOLOGIES


def event_from_row(row: EventRow) -> Event:
    # Settings a desk somehow stored that cannot run it are read as safe values and named, so
    # that every command still works and says so (`checkin event` sets them again).
    stored = {key: getattr(row, key) for key in SAFE}
    usable, damage = usable_settings(stored, LoadableZones())
    return Event(
        name=row.name,
        venue=row.venue,
        timezone=usable["timezone"],
        days=parse_days(usable["days"]),
        capacity=usable["capacity"],
        policy=CapacityPolicy(usable["policy"]),
        warn_ratio=usable["warn_ratio"],
        secret=row.secret,
        ticket_formats=stored_symbologies(row.ticket_formats),
        damage=tuple(damage),
    )


def event_fields(event: Event) -> dict[str, Any]:
    return {
        "name": event.name,
        "venue": event.venue,
        "timezone": event.timezone,
        "days": days_text(event.days),
        "capacity": event.capacity,
        "policy": event.policy.value,
        "warn_ratio": event.warn_ratio,
        "secret": event.secret,
        "ticket_formats": ",".join(event.ticket_formats),
    }


ATTENDEE_COLUMNS: Sequence[str] = (
    "id",
    "code",
    "source",
    "source_id",
    "first_name",
    "last_name",
    "badge_name",
    "email",
    "company",
    "ticket_type",
    "days",
    "dietary",
    "accessibility",
    "notes",
    "status",
)


def attendee_from_values(values: Sequence[Any]) -> Attendee:
    """Build from a tuple in ATTENDEE_COLUMNS order (fast path for whole-list reads)."""
    (aid, code, source, source_id, first, last, badge, email, company, ttype, days, diet,
     access, notes, status) = values  # fmt: skip
    return Attendee(
        id=aid,
        code=code,
        source=source,
        source_id=source_id,
        first_name=first,
        last_name=last,
        badge_name=badge,
        email=email,
        company=company,
        ticket_type=ttype,
        days=parse_days(days),
        dietary=diet,
        accessibility=access,
        notes=notes,
        status=TicketStatus(status),
    )


def attendee_from_row(row: AttendeeRow) -> Attendee:
    return attendee_from_values([getattr(row, c) for c in ATTENDEE_COLUMNS])


def attendee_from_fields(code: str, data: dict[str, Any], source: str = "") -> Attendee:
    """An attendee from the JSON form `attendee_fields` gives (as events carry it); missing
    fields are empty, and `source` stands in for a missing source."""

    def text(name: str, default: str = "") -> str:
        return str(data.get(name, default))

    return Attendee(
        code=code,
        source=text("source", source),
        source_id=text("source_id"),
        first_name=text("first_name"),
        last_name=text("last_name"),
        badge_name=text("badge_name"),
        email=text("email"),
        company=text("company"),
        ticket_type=text("ticket_type"),
        days=parse_days(text("days")),
        dietary=text("dietary"),
        accessibility=text("accessibility"),
        notes=text("notes"),
        status=TicketStatus(text("status", "active")),
    )


def attendee_fields(attendee: Attendee) -> dict[str, Any]:
    return {
        "code": attendee.code,
        "code_folded": attendee.code.casefold(),
        "source": attendee.source,
        "source_id": attendee.source_id,
        "first_name": attendee.first_name,
        "last_name": attendee.last_name,
        "badge_name": attendee.badge_name,
        "email": attendee.email,
        "company": attendee.company,
        "ticket_type": attendee.ticket_type,
        "days": days_text(attendee.days),
        "dietary": attendee.dietary,
        "accessibility": attendee.accessibility,
        "notes": attendee.notes,
        "status": attendee.status.value,
    }


CHECKIN_COLUMNS: Sequence[str] = (
    "uuid",
    "attendee",
    "direction",
    "day",
    "at",
    "desk",
    "nonce",
    "undone_at",
    "override",
)


def checkin_from_values(values: Sequence[Any]) -> CheckIn:
    uuid, attendee_id, direction, day, at, desk, nonce, undone_at, override = values
    instant = parse_instant(at)
    assert instant is not None
    return CheckIn(
        uuid=uuid,
        attendee_id=attendee_id,
        direction=Direction(direction),
        day=date.fromisoformat(day),
        at=instant,
        desk=desk,
        nonce=nonce,
        undone_at=parse_instant(undone_at),
        override=bool(override),
    )


def checkin_from_row(row: CheckInRow) -> CheckIn:
    return checkin_from_values(
        [
            row.uuid,
            row.attendee_id,
            row.direction,
            row.day,
            row.at,
            row.desk,
            row.nonce,
            row.undone_at,
            row.override,
        ]
    )


def checkin_fields(checkin: CheckIn) -> dict[str, Any]:
    return {
        "uuid": checkin.uuid,
        "attendee": checkin.attendee_id,
        "direction": checkin.direction.value,
        "day": checkin.day.isoformat(),
        "at": instant_text(checkin.at),
        "desk": checkin.desk,
        "nonce": checkin.nonce,
        "undone_at": None if checkin.undone_at is None else instant_text(checkin.undone_at),
        "override": checkin.override,
    }
