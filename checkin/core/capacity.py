"""The venue's capacity, decided in one place: the bands the dashboard shows, when the desk warns,
and when a full venue blocks an admission or a walk-in.

`rules.decide` warns about the admission it is making ("nearly full" once the count after it
reaches the warn band), the dashboard colours the count it shows, and a walk-in is refused before
anyone is registered: all three ask the functions below, so they change at exactly the same numbers.
"""

from __future__ import annotations

from enum import StrEnum

from checkin.core.entities import CapacityPolicy, Event


class Band(StrEnum):
    """Where an on-site count stands against capacity."""

    NO_LIMIT = "no_limit"
    OK = "ok"
    WARN = "warn"
    CRITICAL = "critical"


def capacity_band(on_site: int, capacity: int | None, warn_ratio: float) -> Band:
    if not capacity:
        return Band.NO_LIMIT
    if on_site >= capacity:
        return Band.CRITICAL
    if on_site >= capacity * warn_ratio:
        return Band.WARN
    return Band.OK


def warn_at(capacity: int, warn_ratio: float) -> int:
    """The first on-site count that is in the warn band."""
    count = int(capacity * warn_ratio)
    return count if count >= capacity * warn_ratio else count + 1


def is_full(event: Event, on_site: int) -> bool:
    """No place is left: one more admission would go past capacity."""
    return event.capacity is not None and on_site >= event.capacity


def blocks_entry(event: Event, on_site: int) -> bool:
    """A full venue whose policy refuses further entries until an organizer overrides."""
    return event.policy is CapacityPolicy.BLOCK and is_full(event, on_site)


def nearly_full_after(event: Event, on_site: int) -> bool:
    """Admitting one more person brings the count into the warn band (or fills the venue)."""
    band = capacity_band(on_site + 1, event.capacity, event.warn_ratio)
    return band in (Band.WARN, Band.CRITICAL)
