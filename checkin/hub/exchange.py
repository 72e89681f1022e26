"""Pushing and pulling the shared log: the hub's statements.

A push inserts a desk's events with `ON CONFLICT (uuid) DO NOTHING`, so a batch sent twice (the
answer lost on the way back, a desk killed before it noted the push) changes nothing, and it
reads back every uuid's hub number. Pulls read by that number: `seq > cursor`. A sequence hands
out numbers at insert, not at commit, so two concurrent pushes could commit out of order and a
reader that saw the higher number first would step over the lower one for good. Every push
therefore holds one transaction-level advisory lock from its first insert to its commit: numbers
are handed out in commit order, and a cursor never skips a committed event.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from checkin.core.desk_events import DeskEvent, EventKind
from checkin.hub.schema import CHANNEL, PUSH_LOCK, Conn

_INSERT = (
    "INSERT INTO checkin_hub.event (uuid, kind, desk, at, ticket, data) "
    "VALUES (%s, %s, %s, %s, %s, %s::jsonb) ON CONFLICT (uuid) DO NOTHING"
)


@dataclass(frozen=True)
class Pulled:
    seq: int
    event: DeskEvent
    received_at: datetime  # by the hub's clock


def push(conn: Conn, events: Sequence[DeskEvent]) -> dict[str, int]:
    """Send events; returns every one's hub number (new or already there)."""
    if not events:
        return {}
    rows = [
        (e.uuid, e.kind.value, e.desk, e.at, e.ticket, json.dumps(e.data, ensure_ascii=False))
        for e in events
    ]
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        with conn.cursor() as cursor:
            cursor.executemany(_INSERT, rows)
        found = conn.execute(
            "SELECT uuid, seq FROM checkin_hub.event WHERE uuid = ANY(%s)",
            ([e.uuid for e in events],),
        ).fetchall()
        conn.execute(f"NOTIFY {CHANNEL}")  # delivered at commit, to every listening desk
    return {str(u): int(str(s)) for u, s in found}


def pull(conn: Conn, after: int, limit: int = 2000) -> list[Pulled]:
    rows = conn.execute(
        "SELECT seq, uuid, kind, desk, at, ticket, data, received_at FROM checkin_hub.event "
        "WHERE seq > %s ORDER BY seq LIMIT %s",
        (after, limit),
    ).fetchall()
    return [_pulled(row) for row in rows]


def _pulled(row: tuple[Any, ...]) -> Pulled:
    seq, uuid, kind, desk, at, ticket, data, received_at = row
    event = DeskEvent(
        str(uuid), EventKind(kind), str(desk), _utc(at), str(ticket), dict(data), made_here=False
    )
    return Pulled(int(seq), event, _utc(received_at))


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def touch_desk(conn: Conn, name: str, version: str) -> None:
    """This desk is alive (the hub's clock: desks' clocks drift)."""
    conn.execute(
        "INSERT INTO checkin_hub.desk (name, app_version) VALUES (%s, %s) "
        "ON CONFLICT (name) DO UPDATE SET app_version = EXCLUDED.app_version, "
        "last_contact = now()",
        (name, version),
    )


@dataclass(frozen=True)
class DeskSeen:
    name: str
    app_version: str
    last_contact: datetime
    events: int


def desks(conn: Conn) -> list[DeskSeen]:
    rows = conn.execute(
        "SELECT d.name, d.app_version, d.last_contact, "
        "(SELECT COUNT(*) FROM checkin_hub.event AS e WHERE e.desk = d.name) "
        "FROM checkin_hub.desk AS d ORDER BY d.name"
    ).fetchall()
    return [DeskSeen(str(n), str(v), _utc(at), int(str(c))) for n, v, at, c in rows]  # type: ignore[arg-type]
