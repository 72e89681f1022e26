"""What the organizers' dashboard shows: headcount plus per-day no-shows, arrivals per 10 minutes
and the capacity band.

`compute_overview` is the reference computation over whole lists of attendees and check-ins, kept
as the tests' (and benchmarks') oracle only: the product uses the database layer's SQL aggregates
(`checkin.db.stats`), which tests hold equal to it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from checkin.core.capacity import Band, capacity_band
from checkin.core.entities import Attendee, CheckIn, Direction, Event
from checkin.core.headcount import Headcount, compute

BUCKET_MINUTES = 10


class DayState(StrEnum):
    PAST = "past"
    TODAY = "today"
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class DayFigures:
    day: date
    number: int  # 1 for the first event day
    state: DayState
    valid: int  # active tickets valid on this day
    admitted: int  # distinct people admitted on this day (re-entries once)
    missing: int  # active tickets valid on this day never admitted on it
    # First admissions of the day by local bucket start, minutes after local midnight.
    arrivals: dict[int, int] = field(default_factory=dict)

    @property
    def no_shows(self) -> int:
        """Only a day that is over has no-shows; today they are "not arrived yet"."""
        return self.missing if self.state is DayState.PAST else 0


@dataclass(frozen=True)
class Overview:
    headcount: Headcount
    today: date
    warn_ratio: float
    days: tuple[DayFigures, ...]

    @property
    def band(self) -> Band:
        return capacity_band(self.headcount.on_site, self.headcount.capacity, self.warn_ratio)

    @property
    def no_shows_so_far(self) -> int:
        return sum(d.no_shows for d in self.days)

    @property
    def today_figures(self) -> DayFigures | None:
        return next((d for d in self.days if d.state is DayState.TODAY), None)

    def to_dict(self) -> dict[str, object]:
        """The status keys plus the dashboard's own (additive: status stays a subset)."""
        data = self.headcount.to_dict()
        data["band"] = self.band.value
        data["no_shows_so_far"] = self.no_shows_so_far
        data["days"] = [
            {
                "day": d.day.isoformat(),
                "number": d.number,
                "state": d.state.value,
                "valid": d.valid,
                "admitted": d.admitted,
                "missing": d.missing,
                "no_shows": d.no_shows,
                "arrivals": {bucket_label(m): n for m, n in sorted(d.arrivals.items())},
            }
            for d in self.days
        ]
        return data


def bucket_label(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def bucket_of(local: datetime) -> int:
    minute = local.hour * 60 + local.minute
    return minute - minute % BUCKET_MINUTES


def day_state(day: date, today: date) -> DayState:
    if day < today:
        return DayState.PAST
    return DayState.TODAY if day == today else DayState.UPCOMING


def compute_overview(
    event: Event, attendees: Iterable[Attendee], checkins: Iterable[CheckIn], today: date
) -> Overview:
    people = list(attendees)
    moves = list(checkins)
    first_in: dict[tuple[date, int], datetime] = {}
    for c in moves:
        if c.direction is Direction.IN and not c.undone:
            key = (c.day, c.attendee_id)
            if key not in first_in or c.at < first_in[key]:
                first_in[key] = c.at
    arrivals: dict[date, Counter[int]] = {}
    for (day, _), at in first_in.items():
        arrivals.setdefault(day, Counter())[bucket_of(event.local_time(at))] += 1
    active = [a for a in people if not a.cancelled and a.id is not None]
    figures = []
    for number, day in enumerate(event.days, start=1):
        valid = [a for a in active if a.valid_on(day)]
        missing = sum(1 for a in valid if (day, a.id) not in first_in)
        figures.append(
            DayFigures(
                day=day,
                number=number,
                state=day_state(day, today),
                valid=len(valid),
                admitted=sum(1 for d, _ in first_in if d == day),
                missing=missing,
                arrivals=dict(arrivals.get(day, Counter())),
            )
        )
    return Overview(
        headcount=compute(event, people, moves, today),
        today=today,
        warn_ratio=event.warn_ratio,
        days=tuple(figures),
    )
