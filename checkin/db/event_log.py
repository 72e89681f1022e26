"""Writing and reading the desk's event log (table `desk_event`).

Every write of a desk appends its event here inside the same transaction as the write itself, so
the log and the tables never disagree: a check-in that was committed has its event, and an event
that exists did happen. Events made here carry a "not yet sent" mark (`sent_at` NULL) until a
consumer — a venue hub, or whoever carries the desk's history elsewhere — marks them sent.
"""

from __future__ import annotations

import json
import uuid as uuids
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any

import peewee as pw

from checkin.core.desk_events import DeskEvent, EventKind
from checkin.db import mapping as m
from checkin.db.models import DeskEventRow


def new_uuid() -> str:
    return str(uuids.uuid4())


def append(
    kind: EventKind,
    *,
    desk: str,
    at: datetime,
    ticket: str,
    data: dict[str, Any],
    uuid: str | None = None,
) -> DeskEvent:
    """Record one write made at this desk (call inside the write's own transaction)."""
    event = DeskEvent(uuid or new_uuid(), kind, desk, at, ticket, data)
    DeskEventRow.insert(**_fields(event)).execute()
    return event


def append_rows(db: pw.SqliteDatabase, rows: list[tuple[str, ...]]) -> None:
    """Record many writes made at this desk at once (a pull's check-ins from the platform),
    given as `_COLUMNS` tuples (`data` made by `data_text`)."""
    # Plain statements: building thousands of inserts costs peewee more than SQLite the write.
    db.cursor().executemany(
        f"INSERT INTO desk_event ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
        rows,
    )


def store_received(event: DeskEvent) -> None:
    """Remember an event another desk made, so that it is applied once only (a list event
    without its people: they are in the attendee table now)."""
    if event.kind is EventKind.ATTENDEE_LIST:
        event = replace(event, data=_stub(event.data))
    # Plain SQL: every event pulled from a hub is stored here, peewee's insert cost more.
    _db().execute_sql(_INSERT_RECEIVED, list(_fields(event).values()))


def stub_lists(uuids_: Iterable[str]) -> None:
    """List events made here and now on the hub: their people no longer stay in the log."""
    for chunk, marks in _chunks(uuids_):
        rows = _db().execute_sql(
            f"SELECT uuid, data FROM desk_event WHERE uuid IN ({marks}) AND kind = ?",
            [*chunk, EventKind.ATTENDEE_LIST.value],
        )
        for uuid, data in rows.fetchall():
            stub = json.dumps(_stub(json.loads(data or "{}")))
            _db().execute_sql("UPDATE desk_event SET data = ? WHERE uuid = ?", (stub, uuid))


def _stub(data: dict[str, Any]) -> dict[str, Any]:
    people = data.get("attendees")
    return {"attendees": [], "count": len(people) if isinstance(people, list) else 0}


def known(uuids_: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk, marks in _chunks(uuids_):
        rows = _db().execute_sql(f"SELECT uuid FROM desk_event WHERE uuid IN ({marks})", chunk)
        found |= {str(uuid) for (uuid,) in rows.fetchall()}
    return found


def events(
    *, unsent_only: bool = False, after_seq: int = 0, limit: int | None = None
) -> list[DeskEvent]:
    """The log in this desk's order; `unsent_only`: made here and not yet marked sent."""
    query = DeskEventRow.select().where(DeskEventRow.seq > after_seq).order_by(DeskEventRow.seq)
    if unsent_only:
        query = query.where(DeskEventRow.made_here == True, DeskEventRow.sent_at.is_null())  # noqa: E712
    if limit is not None:
        query = query.limit(limit)
    return [row_event(row) for row in query]


def unsent_count(db: pw.SqliteDatabase) -> int:
    cursor = db.execute_sql(
        "SELECT COUNT(*) FROM desk_event WHERE made_here = 1 AND sent_at IS NULL"
    )
    return int(cursor.fetchone()[0])


def mark_sent(uuids_: Iterable[str], at: datetime) -> int:
    marked = 0
    for chunk, marks in _chunks(uuids_):
        cursor = _db().execute_sql(
            f"UPDATE desk_event SET sent_at = ? WHERE uuid IN ({marks}) AND sent_at IS NULL",
            [m.instant_text(at), *chunk],
        )
        marked += cursor.rowcount
    return marked


# The reads and writes by uuid above run once per round of a hub link, after every scan and for
# every pulled batch: plain SQL, as building peewee's queries cost more than SQLite's work.


def _db() -> pw.Database:
    return DeskEventRow._meta.database  # type: ignore[no-any-return]


def _chunks(uuids_: Iterable[str]) -> Iterator[tuple[list[str], str]]:
    """The uuids 500 at a time (under SQLite's limit of bound values), with their "?" marks."""
    wanted = list(uuids_)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        yield chunk, ", ".join("?" * len(chunk))


_COLUMNS = ("uuid", "kind", "desk", "at", "ticket", "data")  # `_fields`' keys, in order
_INSERT_RECEIVED = (
    f"INSERT INTO desk_event ({', '.join(_COLUMNS)}, made_here) "
    f"VALUES ({', '.join('?' * len(_COLUMNS))}, 0)"
)


def _fields(event: DeskEvent) -> dict[str, Any]:
    return {
        "uuid": event.uuid,
        "kind": event.kind.value,
        "desk": event.desk,
        "at": m.instant_text(event.at),
        "ticket": event.ticket,
        "data": data_text(event.data),
    }


# One encoder for every event: `json.dumps` with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def data_text(data: dict[str, Any]) -> str:
    """An event's data as the log stores it."""
    return _ENCODER.encode(data)


def row_event(row: DeskEventRow) -> DeskEvent:
    at = m.parse_instant(row.at)
    assert at is not None
    return DeskEvent(
        uuid=row.uuid,
        kind=EventKind(row.kind),
        desk=row.desk,
        at=at,
        ticket=row.ticket,
        data=json.loads(row.data or "{}"),
        made_here=bool(row.made_here),
        sent=row.sent_at is not None,
    )
