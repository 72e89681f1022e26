"""The computer's own time zone, for an event a first sync creates before anyone has set one.

Python knows the local offset but not the zone's name, and an event needs a name (Europe/London)
so that its days stay right across a clock change: read it from TZ or the /etc/localtime link.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from checkin.core.settings_check import is_zone


def local_zone_name() -> str:
    """The IANA name of the computer's time zone, or UTC when it cannot be told."""
    from_env = os.environ.get("TZ", "").lstrip(":")
    if from_env and is_zone(from_env):
        return from_env
    try:
        parts = Path("/etc/localtime").resolve().parts
    except OSError:
        return "UTC"
    if "zoneinfo" in parts:
        name = "/".join(parts[parts.index("zoneinfo") + 1 :])
        if name and is_zone(name):
            return name
    return "UTC"


def local_today(instant: datetime) -> date:
    """The date on the computer's calendar at an instant."""
    return instant.astimezone(ZoneInfo(local_zone_name())).date()
