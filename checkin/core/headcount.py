"""Headcount maths: who is inside now, who came each day, per ticket type, against capacity.

Derived from the check-in events every time; nothing here is stored. `Headcount` is the value every
front end shows. `compute` and `inside_on` are the pure-Python reference the tests hold the
database's SQL (`checkin.db.presence`, `checkin.db.stats`) equal to; nothing in the product calls
them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from checkin.core.entities import Attendee, CheckIn, Direction, Event


@dataclass(frozen=True)
class TypeCount:
    registered: int = 0
    admitted: int = 0


@dataclass(frozen=True)
class Headcount:
    event: str
    capacity: int | None
    registered: int
    cancelled: int
    on_site: int
    checked_in_today: int
    per_day: dict[date, int] = field(default_factory=dict)
    by_ticket_type: dict[str, TypeCount] = field(default_factory=dict)

    @property
    def load(self) -> float | None:
        """On site as a fraction of capacity, for gauges."""
        if not self.capacity:
            return None
        return self.on_site / self.capacity

    def to_dict(self) -> dict[str, object]:
        return {
            "event": self.event,
            "capacity": self.capacity,
            "registered": self.registered,
            "cancelled": self.cancelled,
            "on_site": self.on_site,
            "checked_in_today": self.checked_in_today,
            "per_day": {d.isoformat(): n for d, n in sorted(self.per_day.items())},
            "by_ticket_type": {
                t: {"registered": c.registered, "admitted": c.admitted}
                for t, c in sorted(self.by_ticket_type.items())
            },
        }


def inside_on(checkins: Iterable[CheckIn], day: date) -> set[int]:
    """Attendees whose latest live movement on that day was an entry."""
    latest: dict[int, CheckIn] = {}
    for c in checkins:
        if c.day != day or c.undone:
            continue
        seen = latest.get(c.attendee_id)
        if seen is None or c.at >= seen.at:
            latest[c.attendee_id] = c
    return {a for a, c in latest.items() if c.direction is Direction.IN}


def admitted_by_day(checkins: Iterable[CheckIn]) -> dict[date, set[int]]:
    """Distinct attendees admitted at least once on each day (re-entries count once)."""
    days: dict[date, set[int]] = {}
    for c in checkins:
        if c.direction is Direction.IN and not c.undone:
            days.setdefault(c.day, set()).add(c.attendee_id)
    return days


def compute(
    event: Event, attendees: Iterable[Attendee], checkins: Iterable[CheckIn], today: date
) -> Headcount:
    people = list(attendees)
    moves = list(checkins)
    by_day = admitted_by_day(moves)
    ever_admitted = set().union(*by_day.values()) if by_day else set()
    active = [a for a in people if not a.cancelled]
    registered_by_type = Counter(a.ticket_type or "—" for a in active)
    admitted_by_type = Counter(
        a.ticket_type or "—" for a in people if a.id is not None and a.id in ever_admitted
    )
    types = sorted(set(registered_by_type) | set(admitted_by_type))
    per_day = {d: len(by_day.get(d, set())) for d in event.days}
    per_day.update({d: len(ids) for d, ids in by_day.items()})
    return Headcount(
        event=event.name,
        capacity=event.capacity,
        registered=len(active),
        cancelled=len(people) - len(active),
        on_site=len(inside_on(moves, today)),
        checked_in_today=len(by_day.get(today, set())),
        per_day=per_day,
        by_ticket_type={t: TypeCount(registered_by_type[t], admitted_by_type[t]) for t in types},
    )
