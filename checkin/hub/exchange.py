"""Pushing and pulling the shared log: the hub's statements.

A push inserts a desk's events with `ON CONFLICT (uuid) DO NOTHING`, so a batch sent twice (the
answer lost on the way back, a desk killed before it noted the push) changes nothing, and it
reads back every uuid's hub number. Pulls read by that number, `seq > cursor` (the puller's
own rows skipped on the hub's side). A sequence hands out numbers at insert, not at commit,
so two concurrent pushes could commit out of order and a reader that saw the higher number
first would step over the lower one for good. Every push therefore holds one
transaction-level advisory lock from its first insert to its commit: numbers are handed out
in commit order, and a cursor never skips a committed event. A push is one statement (its own
transaction): the lock, the inserts, the numbers and the notification go in one trip and back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from checkin.core.desk_events import DeskEvent
from checkin.core.event_schema import size_limit
from checkin.hub.schema import CHANNEL, PUSH_LOCK, Conn

# The lock is taken before the first row is inserted (the insert reads the locked row), so
# before any number is handed out. Listeners hear one notification per transaction, however
# many rows ask for it.
_PUSH = """
WITH locked AS (SELECT pg_advisory_xact_lock(%(lock)s)),
added AS (
    INSERT INTO checkin_hub.event (uuid, kind, desk, at, ticket, data)
    SELECT r.uuid, r.kind, r.desk, r.at, r.ticket, r.data
    FROM locked, jsonb_to_recordset(%(rows)s::jsonb)
        AS r(uuid text, kind text, desk text, at timestamptz, ticket text, data jsonb)
    ON CONFLICT (uuid) DO NOTHING RETURNING uuid, seq
), numbered AS (
    SELECT uuid, seq FROM added
    UNION ALL
    SELECT e.uuid, e.seq FROM checkin_hub.event AS e
    WHERE e.uuid = ANY(%(uuids)s) AND NOT EXISTS (SELECT 1 FROM added AS a WHERE a.uuid = e.uuid)
)
SELECT uuid, seq, pg_notify(%(channel)s, '') FROM numbered
"""


@dataclass(frozen=True)
class Pulled:
    seq: int
    event: DeskEvent
    received_at: datetime  # by the hub's clock
    home: str | None = None  # the identity of the desk that made it, when the hub knows it


@dataclass(frozen=True)
class RawRow:
    """A row of the hub's log as it came, before anything trusts it (`checkin.hub.intake`)."""

    seq: int
    uuid: str
    kind: str
    desk: str
    at: datetime
    ticket: str
    data: str | None  # the JSON text; None when it is larger than its kind may carry
    size: int  # bytes of that JSON text
    received_at: datetime
    app_version: str  # of the desk that pushed it, as the hub last saw it
    home: str | None = None  # that desk's home identity, when it enrolled with one


def push(conn: Conn, events: Sequence[DeskEvent]) -> dict[str, int]:
    """Send events; returns every one's hub number (new or already there)."""
    if not events:
        return {}
    rows = [
        {"uuid": e.uuid, "kind": e.kind.value, "desk": e.desk, "at": e.at.isoformat(),
         "ticket": e.ticket, "data": e.data}
        for e in events
    ]  # fmt: skip
    found = conn.execute(
        _PUSH,
        {"lock": PUSH_LOCK, "rows": json.dumps(rows, ensure_ascii=False),
         "uuids": [e.uuid for e in events], "channel": CHANNEL},
    ).fetchall()  # fmt: skip
    return {str(row[0]): int(str(row[1])) for row in found}


# One budgeted batch: the events after the cursor that other desks made, as many as fit in
# `limit` events and `budget` bytes (the first always, so a batch never comes back empty while
# something waits). An event larger than its kind may carry is read without its data: the desk
# sets it aside without ever holding it.
_PULL = """
WITH candidates AS (
    SELECT e.seq, octet_length(e.data::text) AS size,
           CASE WHEN e.kind = 'attendee_list' THEN %(list_cap)s ELSE %(event_cap)s END AS cap
    FROM checkin_hub.event AS e
    WHERE e.seq > %(after)s AND e.desk IS DISTINCT FROM %(own)s
    ORDER BY e.seq LIMIT %(limit)s
), budgeted AS (
    SELECT seq, size, cap,
           sum(CASE WHEN size <= cap THEN size ELSE 0 END) OVER (ORDER BY seq) AS running,
           row_number() OVER (ORDER BY seq) AS n, count(*) OVER () AS total
    FROM candidates
)
SELECT e.seq, e.uuid, e.kind, e.desk, e.at, e.ticket,
       CASE WHEN b.size <= b.cap THEN e.data::text END, b.size, e.received_at,
       COALESCE(d.app_version, ''), d.home, b.total
FROM budgeted AS b JOIN checkin_hub.event AS e ON e.seq = b.seq
LEFT JOIN checkin_hub.desk AS d ON d.name = e.desk
WHERE b.running <= %(budget)s OR b.n = 1
ORDER BY e.seq
"""


@dataclass(frozen=True)
class Batch:
    rows: list[RawRow]
    more: bool  # the hub holds more past these


def pull(
    conn: Conn, after: int, *, own: str | None = None, limit: int = 500,
    budget: int = 4 * 1024 * 1024,
) -> Batch:  # fmt: skip
    """The next batch of other desks' rows past `after` (`own`: this desk's name, skipped)."""
    rows = conn.execute(
        _PULL,
        {"after": after, "own": own, "limit": limit, "budget": budget,
         "list_cap": size_limit("attendee_list"), "event_cap": size_limit("checkin")},
    ).fetchall()  # fmt: skip
    total = int(str(rows[0][-1])) if rows else 0
    return Batch([_raw(row[:-1]) for row in rows], total == limit or total > len(rows))


def _raw(row: tuple[Any, ...]) -> RawRow:
    seq, uuid, kind, desk, at, ticket, data, size, received, version, home = row
    text = None if data is None else str(data)
    return RawRow(
        int(seq), str(uuid), str(kind), str(desk), _utc(at), str(ticket), text, int(size),
        _utc(received), str(version), None if home is None else str(home),
    )  # fmt: skip


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def touch_desk(conn: Conn, name: str, version: str) -> None:
    """This desk is alive (the hub's clock: desks' clocks drift)."""
    conn.execute("SELECT checkin_hub.touch(%s, %s)", (name, version))


@dataclass(frozen=True)
class DeskSeen:
    name: str
    app_version: str
    last_contact: datetime
    events: int
    revoked: bool = False


def desks(conn: Conn) -> list[DeskSeen]:
    rows = conn.execute(
        "SELECT d.name, d.app_version, d.last_contact, "
        "(SELECT COUNT(*) FROM checkin_hub.event AS e WHERE e.desk = d.name), "
        "d.revoked_at IS NOT NULL FROM checkin_hub.desk AS d ORDER BY d.name"
    ).fetchall()
    return [
        DeskSeen(str(n), str(v), _utc(at), int(str(c)), bool(r))  # type: ignore[arg-type]
        for n, v, at, c, r in rows
    ]
