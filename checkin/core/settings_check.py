"""Whether an event's settings can run a desk: one set of rules for settings that arrive from
another desk and for settings a desk already holds.

Settings travel and are stored as plain values (days as "2026-02-15,2026-02-16", the policy as
its word). A desk that took in a time zone that does not exist, or a negative capacity, would
fail every scan from then on; so settings are checked before they are applied
(`checkin.core.event_schema`), and a desk that somehow holds bad ones reads them through
`usable_settings`, which puts a safe value in place of each bad one and says what it replaced.
"""

from __future__ import annotations

import functools
import zoneinfo
from collections.abc import Container, Mapping
from datetime import date
from typing import Any

POLICIES = ("warn", "block")
EARLIEST_DAY, LATEST_DAY = date(2000, 1, 1), date(2100, 1, 1)
MAX_DAYS = 366
SAFE = {"timezone": "UTC", "days": "", "capacity": None, "policy": "warn", "warn_ratio": 0.9}


@functools.cache
def known_zones() -> frozenset[str]:
    """The time zone names this machine knows, read once: listing them walks the whole time zone
    database (~15 ms), so settings arriving from elsewhere are checked against this list, and a
    desk reading its own settings asks `LoadableZones` instead."""
    return frozenset(zoneinfo.available_timezones())


def is_zone(name: object) -> bool:
    """Whether `name` is a time zone this machine knows: the one test for a zone typed at
    `checkin event`, given by a platform, taken from the computer or received from a desk, so
    that a desk never sets one that another desk would refuse."""
    return isinstance(name, str) and name in known_zones()


class LoadableZones:
    """The time zones this desk can load, asked one name at a time: what a desk reading the
    settings it holds needs to know (a zone it cannot load would fail every scan), without
    walking the whole time zone database on every command."""

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and _loads(name)


@functools.cache
def _loads(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # ValueError: a path, not a key
        return False
    return True


def days_problem(value: object) -> str:
    """'' when `value` is days as stored ("YYYY-MM-DD,…"), else what is wrong with them."""
    if not isinstance(value, str):
        return f"days are {type(value).__name__}, not dates"
    parts = [part for part in value.split(",") if part]
    if not parts:
        return ""  # an event without days yet is a desk still being set up, not damage
    if len(parts) > MAX_DAYS:
        return f"days are {len(parts):,} dates"
    for part in parts:
        try:
            day = date.fromisoformat(part)
        except ValueError:
            return f"day {part[:20]!r} is not a date"
        if not EARLIEST_DAY <= day < LATEST_DAY:
            return f"day {part} is outside any event"
    return ""


def settings_problems(data: Mapping[str, Any], zones: Container[str]) -> list[str]:
    """What is wrong with the settings named in `data` (keys it lacks are not checked), one
    phrase each, such as "time zone 'Mars/Olympus' is not a time zone"."""
    problems = []
    if "name" in data and (not isinstance(data["name"], str) or not data["name"].strip()):
        problems.append("event name is missing")
    for key in ("venue", "ticket_formats", "secret"):
        if key in data and not isinstance(data[key], str):
            problems.append(f"{key.replace('_', ' ')} is {type(data[key]).__name__}, not text")
    if "timezone" in data and (not isinstance(data["timezone"], str) or data["timezone"]
                               not in zones):  # fmt: skip
        problems.append(f"time zone {str(data['timezone'])[:40]!r} is not a time zone")
    if "days" in data and (problem := days_problem(data["days"])):
        problems.append(problem)
    capacity = data.get("capacity")
    if capacity is not None and (
        isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 0
    ):
        problems.append(f"capacity {str(capacity)[:20]} is not a number of people")
    if "policy" in data and data["policy"] not in POLICIES:
        problems.append(f"capacity policy {str(data['policy'])[:20]!r} is neither warn nor block")
    ratio = data.get("warn_ratio", 0.9)
    if isinstance(ratio, bool) or not isinstance(ratio, int | float) or not 0 < ratio <= 1:
        problems.append(f"warning ratio {str(ratio)[:20]} is not between 0 and 1")
    return problems


def usable_settings(
    data: Mapping[str, Any], zones: Container[str]
) -> tuple[dict[str, Any], list[str]]:
    """`data` with every bad setting replaced by a safe one, and a phrase for each replaced."""
    fixed = dict(data)
    problems = []
    for key, safe in SAFE.items():
        if key not in data:
            continue
        found = settings_problems({key: data[key]}, zones)
        if found:
            problems += found
            fixed[key] = safe
    return fixed, problems
