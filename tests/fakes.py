"""Fakes shared by the tests: a clock the test moves by hand, and attendee factories."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from checkin.core.entities import Attendee, CapacityPolicy, Event


class FixedClock:
    """Returns the time the test set; `advance` moves it. Always timezone-aware UTC."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2016, 2, 15, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


DAY1 = date(2016, 2, 15)
DAY2 = date(2016, 2, 16)


def meetup(capacity: int | None = 120, policy: CapacityPolicy = CapacityPolicy.WARN) -> Event:
    return Event(
        name="OpenStack Operators Mid-Cycle Meetup",
        venue="The Landing, MediaCityUK, Manchester",
        timezone="Europe/London",
        days=(DAY1, DAY2),
        capacity=capacity,
        policy=policy,
        secret="test-secret",
    )


def person(code: str, first: str = "Zoë", last: str = "Ødegård", **fields: object) -> Attendee:
    return Attendee(code=code, first_name=first, last_name=last, **fields)  # type: ignore[arg-type]
