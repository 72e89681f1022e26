"""Who is inside, in SQL: the one implementation the desk uses for headcount and capacity.

A person is inside on a day when their latest movement that still counts (not undone) that day
is an entry, "latest" meaning the greatest (time, insertion order). Every scan asks how many are
inside (capacity), the search list asks about the people it shows, the dashboard and `status`
ask for today's count: each runs the predicate below, on the `checkin_day` index.
(`checkin.core.headcount.inside_on` is the pure-Python statement of the same rule, used only by
tests as their oracle.)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import peewee as pw

# The row `c` is a live entry with no later live movement of the same person on the same day.
_INSIDE = (
    "c.day = ? AND c.undone_at IS NULL AND c.direction = 'in' AND NOT EXISTS ("
    "SELECT 1 FROM checkin AS later WHERE later.attendee_id = c.attendee_id "
    "AND later.day = c.day AND later.undone_at IS NULL "
    "AND (later.at > c.at OR (later.at = c.at AND later.id > c.id)))"
)


def on_site(db: pw.SqliteDatabase, day: date) -> int:
    """How many people are inside on a day."""
    cursor = db.execute_sql(
        f"SELECT COUNT(*) FROM checkin AS c WHERE {_INSIDE}", (day.isoformat(),)
    )
    return int(cursor.fetchone()[0])


def inside_among(db: pw.SqliteDatabase, attendee_ids: Iterable[int], day: date) -> set[int]:
    """Which of these attendees are inside on a day (the search list's status column). Reads
    only their movements, so it costs the same at 100 or 10,000 people."""
    ids = list(attendee_ids)
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    cursor = db.execute_sql(
        f"SELECT DISTINCT c.attendee_id FROM checkin AS c "
        f"WHERE c.attendee_id IN ({marks}) AND {_INSIDE}",
        (*ids, day.isoformat()),
    )
    return {int(row[0]) for row in cursor.fetchall()}


def inside_all(db: pw.SqliteDatabase, day: date) -> set[int]:
    """Everyone inside on a day: the desk's presence snapshot, read on a worker."""
    cursor = db.execute_sql(
        f"SELECT DISTINCT c.attendee_id FROM checkin AS c WHERE {_INSIDE}", (day.isoformat(),)
    )
    return {int(row[0]) for row in cursor.fetchall()}
