"""Check-ins the ticketing platform recorded from other devices, as the desk's own movements.

pretixSCAN at another door, an earlier pretix device, Tito's check-in app: their check-ins come
in with the pull and become ordinary movements — a `checkin` event in the desk's log, carried
by the venue hub like any other — of a desk named after where they were made ("pretix: Main
entrance gate 2"), so the desk refuses a ticket already in with where and when, and the
headcount counts them. Their uuid derives from the platform's own check-in id, so two desks
pulling the same check-in make one movement; their event data names that id
(`platform_checkin`), so no desk ever pushes them back. The desk's own check-ins coming back
(the id the platform answered the push with, or the same ticket at the same instant) are
recognised and left alone — also those another desk pushed, which this desk has from the hub.
"""

from __future__ import annotations

import hashlib
import uuid as uuids
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from json.encoder import encode_basestring
from typing import Any, NamedTuple

import peewee as pw

from checkin.core.desk_events import EventKind
from checkin.core.entities import Direction
from checkin.db import event_log
from checkin.db import mapping as m
from checkin.db.repository import Repository

# The key in a movement's event data naming the platform's check-in it stands for.
PLATFORM_KEY = "platform_checkin"
# A platform check-in of the same ticket this close to one the desk sent is that one.
_SAME_INSTANT = timedelta(seconds=2)
CLOCK_SLACK = timedelta(minutes=5)  # how far a desk's clock may run ahead of the platform's
_NAMESPACE = uuids.UUID("6f1c2d4e-8b7a-4c55-9a0e-3d2f1b6c7a80")
_NAMESPACE_BYTES = _NAMESPACE.bytes
_FEW = 500  # tickets looked up by name in one statement; more are read with their source
# A pulled check-in's event data as `event_log.data_text` writes it (keys sorted), spelled out
# once: encoding thousands of dicts cost a whole pull more than writing them.
_DATA = (
    f'{{"day": "%s", "direction": "%s", "nonce": null, "override": false, "{PLATFORM_KEY}": %s}}'
)


class RemoteCheckIn(NamedTuple):  # a tuple: a whole pull mid-event makes thousands
    remote_id: str  # the platform's check-in id
    ticket_id: str  # the platform's ticket identity (the attendee's source_id)
    at: datetime  # UTC
    direction: Direction
    where: str  # the gate, device or list it was made at
    # True: `at` is the time the sender gave (pretix keeps a pushed check-in's own time);
    # False: when the platform received it (Tito), some time after a desk's scan.
    sent_time: bool = True


@dataclass
class RemoteReport:
    added: int = 0  # new movements
    known: int = 0  # already here (pulled before, or received from another desk)
    own: int = 0  # the desk's own check-ins, as the platform recorded them
    unknown: int = 0  # of a ticket the desk does not have


def movement_uuid(source: str, remote_id: str) -> str:
    """The same on every desk for one platform check-in: uuid5 of the two, spelled out (a whole
    pull derives thousands; `uuid.uuid5` builds two UUID objects for each)."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + f"{source}\n{remote_id}".encode()).digest())
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    text = digest[:16].hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def record(
    repo: Repository, source: str, platform: str, checkins: Iterable[RemoteCheckIn]
) -> RemoteReport:
    """Add the platform's check-ins not yet here; call inside the pull's transaction."""
    report = RemoteReport()
    wanted = list(checkins)
    if not wanted:
        return report
    event = repo.require_event()
    db = repo.db
    named = {c.ticket_id for c in wanted}
    tickets = {
        ticket: (attendee_id, code)
        for ticket, attendee_id, code in _of_tickets(
            repo, "SELECT a.source_id, a.id, a.code FROM attendee a WHERE a.source = ?",
            source, named,
        )
    }  # fmt: skip
    own_ids = {
        str(remote)
        for (remote,) in db.execute_sql(
            "SELECT remote_id FROM platform_push WHERE source = ? AND remote_id != ''", (source,)
        ).fetchall()
    }
    sent = _desk_instants(repo, source, named)
    # Every platform check-in came with its event in the log, here or on the desk that pulled
    # it first: the log says which are known. Rows are written in bulk, as plain tuples: a
    # whole pull mid-event brings thousands, and objects per row cost more than the writes.
    ids = [movement_uuid(source, c.remote_id) for c in wanted]
    known = _logged(db, ids)
    rows: list[tuple[str, int, str, str, str, str]] = []
    logged: list[tuple[str, ...]] = []
    day_of, checkin_kind = event.day_of, EventKind.CHECKIN.value
    for remote, uuid in zip(wanted, ids, strict=True):
        found = tickets.get(remote.ticket_id)
        if found is None:
            report.unknown += 1
            continue
        if remote.remote_id in own_ids or _is_own(sent.get(found[0], []), remote, day_of):
            report.own += 1
            continue
        if uuid in known:
            report.known += 1
            continue
        desk = f"{platform}: {remote.where}" if remote.where else platform
        at, day, direction = (
            m.instant_text(remote.at),
            day_of(remote.at).isoformat(),
            remote.direction.value,
        )
        rows.append((uuid, found[0], direction, day, at, desk))
        data = _DATA % (day, direction, encode_basestring(remote.remote_id))
        logged.append((uuid, checkin_kind, desk, at, found[1], data))
        known.add(uuid)
    # Oldest first, as a desk records them: the log's order is the order they happened (the
    # instants' text is fixed-width UTC: its order is time order).
    order = sorted(range(len(rows)), key=lambda i: rows[i][4])
    db.cursor().executemany(
        "INSERT INTO checkin (uuid, attendee_id, direction, day, at, desk, override) "
        "VALUES (?, ?, ?, ?, ?, ?, 0)",
        [rows[i] for i in order],
    )
    event_log.append_rows(db, [logged[i] for i in order])
    report.added = len(rows)
    return report


def reverse_annulled(
    repo: Repository, source: str, platform: str, tickets: set[str], listed: dict[str, set[str]]
) -> int:
    """Take back the platform's check-ins pulled before that it no longer lists for a ticket
    it stated all check-ins of (annulled there): an undo in the log, as a desk's own undo, the
    movement kept. The undo's id derives from the check-in's, so every desk pulling the
    annulment makes the same one. Call inside the pull's transaction, before `record`."""
    if not tickets:
        return 0
    query = (
        "SELECT c.uuid, a.source_id, a.code, json_extract(e.data, '$.platform_checkin') "
        "FROM attendee a JOIN checkin c ON c.attendee_id = a.id "
        "JOIN desk_event e ON e.uuid = c.uuid "
        "WHERE a.source = ? AND c.undone_at IS NULL AND e.kind = 'checkin'"
    )
    live = _of_tickets(repo, query, source, tickets)
    gone = [
        (uuid, code, str(remote))
        for uuid, ticket, code, remote in live
        if remote is not None and ticket in tickets and str(remote) not in listed.get(ticket, set())
    ]
    if not gone:
        return 0
    now = repo.clock()
    at = m.instant_text(now)
    repo.db.cursor().executemany(
        "UPDATE checkin SET undone_at = ? WHERE uuid = ? AND undone_at IS NULL",
        [(at, uuid) for uuid, _code, _remote in gone],
    )
    event_log.append_rows(
        repo.db,
        [
            (movement_uuid(source, f"{remote}/annulled"), EventKind.UNDO.value, platform, at,
             code, event_log.data_text({"movement": uuid}))
            for uuid, code, remote in gone
        ],
    )  # fmt: skip
    return len(gone)


def _logged(db: pw.SqliteDatabase, uuids_: list[str]) -> set[str]:
    """Which of these movements the desk's log holds (plain SQL: a pull asks for thousands)."""
    found: set[str] = set()
    for start in range(0, len(uuids_), 900):
        chunk = uuids_[start : start + 900]
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT uuid FROM desk_event WHERE uuid IN ({marks})"
        found.update(uuid for (uuid,) in db.execute_sql(query, chunk).fetchall())
    return found


def _desk_instants(
    repo: Repository, source: str, tickets: set[str]
) -> dict[int, list[tuple[datetime, str]]]:
    """The desks' own movements of these tickets of the source, by attendee: (time,
    direction). A push sends each with its own time, which pretix keeps: whichever desk sent
    it, the platform's record of it has that ticket, direction and instant."""
    out: dict[int, list[tuple[datetime, str]]] = {}
    query = (
        "SELECT c.attendee_id, c.at, c.direction FROM attendee a "
        "JOIN checkin c ON c.attendee_id = a.id LEFT JOIN desk_event e ON e.uuid = c.uuid "
        "WHERE a.source = ? "
        "AND json_extract(COALESCE(e.data, '{}'), '$.platform_checkin') IS NULL"
    )
    for attendee_id, at, direction in _of_tickets(repo, query, source, tickets):
        when = m.parse_instant(at)
        if when is not None:
            out.setdefault(attendee_id, []).append((when, direction))
    return out


def _of_tickets(repo: Repository, query: str, source: str, tickets: set[str]) -> list[Any]:
    """`query`'s rows (it names the source's attendees `a`) for these tickets: all of the
    source read at once when they are many (a whole pull), else looked up by name."""
    if len(tickets) > _FEW:
        return list(repo.db.execute_sql(query, (source,)).fetchall())
    wanted, rows = sorted(tickets), []
    for start in range(0, len(wanted), _FEW):
        chunk = wanted[start : start + _FEW]
        marks = ", ".join("?" * len(chunk))
        rows += repo.db.execute_sql(f"{query} AND a.source_id IN ({marks})", (source, *chunk))
    return rows


def _is_own(
    desk_made: list[tuple[datetime, str]],
    remote: RemoteCheckIn,
    day_of: Callable[[datetime], date],
) -> bool:
    """Whether a platform check-in is one of the desks' own movements, sent back. With the
    sender's time, the same instant; otherwise the earliest desk movement of the same day made
    before it arrived (give or take the clocks' slack), each desk movement answering for one."""
    for index, (when, direction) in enumerate(desk_made):
        if direction != remote.direction.value:
            continue
        if remote.sent_time:
            if abs(when - remote.at) <= _SAME_INSTANT:
                return True
        elif day_of(when) == day_of(remote.at) and when <= remote.at + CLOCK_SLACK:
            del desk_made[index]  # matched: it cannot stand for another platform check-in
            return True
    return False
