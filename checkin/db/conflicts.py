"""Double admissions and per-desk counts: what a hub's desks see of each other.

Two desks that could not reach each other may both admit one ticket. Both admissions are kept
(each desk told someone "welcome"); the later one is flagged as a conflict for an organizer to
look at, never undone. "Later" is by the hub's sequence — the order the hub received them —
because desk clocks drift; events not on the hub (yet, or ever: desks merged by hand) come
after, by admission time and then uuid — never by this desk's own log order, which puts its own
movements first and would make each desk flag the other's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from checkin.db import mapping as m
from checkin.db.repository import Repository

_MOVEMENTS = """
SELECT c.uuid, a.code, a.first_name, a.last_name, c.direction, c.day, c.at, c.desk
FROM checkin AS c
JOIN attendee AS a ON a.id = c.attendee_id
LEFT JOIN desk_event AS e ON e.uuid = c.uuid
WHERE c.undone_at IS NULL
ORDER BY e.hub_seq IS NULL, e.hub_seq, c.at, c.uuid
"""


@dataclass(frozen=True)
class Conflict:
    uuid: str  # the later admission's
    code: str
    name: str
    day: date
    desk: str
    at: str  # UTC, as the admitting desk's clock said
    first_desk: str
    first_at: str

    def to_dict(self) -> dict[str, str]:
        return {
            "uuid": self.uuid, "code": self.code, "name": self.name,
            "day": self.day.isoformat(), "desk": self.desk, "at": self.at,
            "first_desk": self.first_desk, "first_at": self.first_at,
        }  # fmt: skip


def conflicts(repo: Repository) -> list[Conflict]:
    found = []
    inside: dict[tuple[str, str], tuple[str, str]] = {}  # (code, day) → (desk, at) of the entry
    for uuid, code, first, last, direction, day, at, desk in repo.db.execute_sql(_MOVEMENTS):
        key = (code, day)
        if direction == "out":
            inside.pop(key, None)
            continue
        earlier = inside.get(key)
        if earlier is not None and earlier[0] != desk:
            name = f"{first} {last}".strip() or code
            found.append(Conflict(uuid, code, name, date.fromisoformat(day), desk, at, *earlier))
        elif earlier is None:
            inside[key] = (desk, at)
    return found


# Each desk (its identity where known, else its label) with the label of its latest admission:
# a desk relabelled after it joined a hub is one desk, shown under the name it has now.
_DESKS = """
WITH admitted AS (
    SELECT id, COALESCE(desk_home, 'label:' || desk) AS who, desk, day, at
    FROM checkin WHERE undone_at IS NULL AND direction = 'in'
), labels AS (
    SELECT who, desk AS label, ROW_NUMBER() OVER (PARTITION BY who ORDER BY at DESC, id DESC) AS r
    FROM admitted
)
SELECT l.label, COUNT(*) FROM admitted AS a JOIN labels AS l ON l.who = a.who AND l.r = 1
"""


def admissions_by_desk(repo: Repository, day: date | None = None) -> dict[str, int]:
    """Live entries per desk (on `day`, or on every day), counted by the desk's identity and
    named by its latest label."""
    sql, params = _DESKS, tuple[str, ...]()
    if day is not None:
        sql, params = sql + " WHERE a.day = ?", (day.isoformat(),)
    rows = repo.db.execute_sql(sql + " GROUP BY a.who ORDER BY l.label", params).fetchall()
    counts: dict[str, int] = {}
    for label, count in rows:
        name, n = str(label), 1
        while name in counts:  # two desks under one label (merged by hand): both shown
            n += 1
            name = f"{label} ({n})"
        counts[name] = int(count)
    return counts


def instant_label(text: str) -> str:
    at = m.parse_instant(text)
    return text if at is None else at.strftime("%H:%M:%S UTC")
