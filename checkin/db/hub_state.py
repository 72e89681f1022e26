"""What a desk remembers about its venue hub, in its own database (the `meta` table and the
log's `hub_seq` column): which hub it belongs to, how far it has read, when it last pushed and
pulled (what it could not apply is in `hub_backlog`'s tables).

The hub's address and password are not here: they live in the home's private `hub.json`.
"""

from __future__ import annotations

import json
import uuid as uuids
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from checkin.core.desk_events import DeskEvent, EventKind
from checkin.db import event_log, hub_backlog
from checkin.db import mapping as m
from checkin.db.hub_backlog import Aside
from checkin.db.models import MetaRow
from checkin.db.repository import Repository
from checkin.db.shared_list import forget_seen

_PREFIX = "hub."


@dataclass
class HubState:
    hub_id: str = ""
    cursor: int = 0  # the highest hub sequence number read
    last_push: datetime | None = None
    last_pull: datetime | None = None


def _db() -> Any:
    return MetaRow._meta.database


def _get(key: str) -> str:
    # Plain SQL: a round reads these every time, and peewee costs more than SQLite here.
    row = _db().execute_sql("SELECT value FROM meta WHERE key = ?", (_PREFIX + key,)).fetchone()
    return "" if row is None else str(row[0])


def _put(key: str, value: str) -> None:
    _db().execute_sql(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_PREFIX + key, value)
    )


def known_home(repo: Repository) -> str | None:
    """This home's identity if it has one yet (a read: no write lock, fine on any thread)."""
    row = repo.db.execute_sql("SELECT value FROM meta WHERE key = 'desk.home'").fetchone()
    return None if row is None else str(row[0])


def home_identity(repo: Repository) -> str:
    """A uuid made once for this home, when it first joins a hub (so that laptops made from one
    image before that are distinct desks): the same home joining again is the same desk, and two
    homes never are, whatever their names (kept when the home leaves a hub)."""
    known = known_home(repo)
    if known is not None:
        return known
    with repo.db.atomic("IMMEDIATE"):
        MetaRow.insert(key="desk.home", value=str(uuids.uuid4())).on_conflict_ignore().execute()
    return str(MetaRow.get(MetaRow.key == "desk.home").value)


def event_name(repo: Repository) -> str | None:
    """The event's name (one plain read: a round asks it every time)."""
    row = repo.db.execute_sql("SELECT name FROM event ORDER BY id LIMIT 1").fetchone()
    return None if row is None else str(row[0])


def link_connection(repo: Repository) -> None:
    """The calling thread's connection (the hub link's) commits without waiting for the disk:
    what it writes can all be had again. A pulled batch lost with a power cut takes the cursor
    that passed it along and is pulled again; a push whose mark is lost is sent again and the
    hub keeps the first copy; what a look at the list made comes back with the marks of what
    changed. The desk's own writes, on their own connections, still wait for the disk."""
    repo.db.execute_sql("PRAGMA synchronous = NORMAL")


def local_version(repo: Repository) -> int:
    """Moves with every commit another connection makes to this desk's database."""
    return int(repo.db.execute_sql("PRAGMA data_version").fetchone()[0])


def state(repo: Repository) -> HubState:
    rows = repo.db.execute_sql(
        "SELECT key, value FROM meta WHERE key IN (?, ?, ?, ?)",
        [_PREFIX + key for key in ("id", "cursor", "last_push", "last_pull")],
    ).fetchall()
    found = {str(key)[len(_PREFIX) :]: str(value) for key, value in rows}
    return HubState(
        hub_id=found.get("id", ""),
        cursor=int(found.get("cursor") or 0),
        last_push=m.parse_instant(found.get("last_push") or None),
        last_pull=m.parse_instant(found.get("last_pull") or None),
    )


def adopt_hub(repo: Repository, hub_id: str) -> bool:
    """Belong to the hub `hub_id`; True when it is another hub than the one known (a new desk,
    or a hub recreated empty): then every event this desk holds is to be pushed again."""
    if _get("id") == hub_id:
        return False  # every round but the first: read only, no write lock
    with repo.db.atomic("IMMEDIATE"):
        if _get("id") == hub_id:
            return False
        repo.db.execute_sql("UPDATE desk_event SET hub_seq = NULL")
        repo.db.execute_sql("UPDATE desk_event SET sent_at = NULL WHERE made_here = 1")
        # The list's stubs stay behind: a new hub gets the list as it is now (`forget_seen`).
        repo.db.execute_sql(
            "UPDATE desk_event SET hub_seq = 0 WHERE kind = ? AND made_here = 1",
            (EventKind.ATTENDEE_LIST.value,),
        )
        _put("id", hub_id)
        _put("cursor", "0")
        repo.db.execute_sql("DELETE FROM hub_waiting")
        repo.db.execute_sql("DELETE FROM hub_quarantine")
        forget_seen(repo)
        return True


# This home's own movements: made here, and not a platform's scans that a pull recorded here.
_OWN_MOVEMENTS = (
    "SELECT uuid FROM desk_event WHERE made_here = 1 AND kind = 'checkin' "
    "AND CASE WHEN json_valid(data) THEN json_extract(data, '$.platform_checkin') END IS NULL"
)


def relabel(repo: Repository, desk: str) -> None:
    """This home's own writes carry `desk` from now on, those made before too (as a lone desk,
    or under another name at another hub), and its movements carry its identity: a desk is its
    home, its name a label, and a desk's role may send only events carrying its name."""
    home = home_identity(repo)
    with repo.db.atomic("IMMEDIATE"):
        repo.db.execute_sql(
            f"UPDATE checkin SET desk = ?, desk_home = ? WHERE uuid IN ({_OWN_MOVEMENTS})",
            (desk, home),
        )
        repo.db.execute_sql(
            "UPDATE desk_event SET desk = ? WHERE made_here = 1 AND desk != ? "
            f"AND (kind != 'checkin' OR uuid IN ({_OWN_MOVEMENTS}))",
            (desk, desk),
        )
    repo.desk = desk


def note_homes(repo: Repository, made_by: dict[str, str]) -> None:
    """Pulled movements (uuid → the identity of the desk that made it, as the hub knows it)
    carry that identity; call inside the applying transaction."""
    repo.db.connection().executemany(
        "UPDATE checkin SET desk_home = ? WHERE uuid = ? AND desk_home IS NULL",
        [(home, uuid) for uuid, home in made_by.items()],
    )


def leave(repo: Repository) -> None:
    with repo.db.atomic("IMMEDIATE"):
        MetaRow.delete().where(MetaRow.key.startswith(_PREFIX)).execute()
        repo.db.execute_sql("UPDATE desk_event SET hub_seq = NULL")


def off_hub(limit: int, desk: str | None = None) -> list[DeskEvent]:
    """Events this desk holds that the hub does not have yet, in this desk's order (the shared
    list and settings first: the writes after them may be about the people they bring).
    `desk`: only the events made under that name (what a desk's own role may send)."""
    where, args = ("AND desk = ?", [desk]) if desk is not None else ("", [])
    rows = (
        _db()
        .execute_sql(  # plain SQL: a round after every scan asks this
            "SELECT uuid, kind, desk, at, ticket, data, made_here, sent_at FROM desk_event "
            f"WHERE hub_seq IS NULL {where} ORDER BY seq LIMIT ?",
            [*args, limit],
        )
        .fetchall()
    )
    events = []
    for uuid, kind, made_by, at, ticket, data, made_here, sent_at in rows:
        instant = m.parse_instant(at)
        assert instant is not None
        events.append(DeskEvent(uuid, EventKind(kind), made_by, instant, ticket,
                                json.loads(data or "{}"), made_here=bool(made_here),
                                sent=sent_at is not None))  # fmt: skip
    shared = (EventKind.EVENT_SETTINGS, EventKind.ATTENDEE_LIST)
    return sorted(events, key=lambda e: e.kind not in shared)


def off_hub_count(repo: Repository, desk: str | None = None) -> int:
    where, args = ("AND desk = ?", [desk]) if desk is not None else ("", [])
    return int(
        repo.db.execute_sql(
            f"SELECT COUNT(*) FROM desk_event WHERE hub_seq IS NULL {where}", args
        ).fetchone()[0]
    )


def waiting_checkins(repo: Repository) -> int:
    """Check-ins made here that the hub has not got: what the status bar counts."""
    cursor = repo.db.execute_sql(
        "SELECT COUNT(*) FROM desk_event WHERE hub_seq IS NULL AND kind = 'checkin'"
    )
    return int(cursor.fetchone()[0])


def record_pushed(repo: Repository, numbers: dict[str, int], at: datetime) -> None:
    with repo.db.atomic("IMMEDIATE"):
        numbered(repo, numbers)
        event_log.mark_sent(numbers, at)
        event_log.stub_lists(numbers)  # the hub has the people now; the log keeps the count
        _put("last_push", m.instant_text(at))


def record_batch(repo: Repository, cursor: int, at: datetime, aside: list[Aside]) -> None:
    """A pulled batch is dealt with: its rows that did not fit are kept aside (`hub_backlog`),
    and the cursor moves past it, so they are never pulled again."""
    with repo.db.atomic("IMMEDIATE"):
        hub_backlog.set_aside(repo, aside, at)
        if cursor > int(_get("cursor") or 0):
            _put("cursor", str(cursor))
        _put("last_pull", m.instant_text(at))


def numbered(repo: Repository, numbers: dict[str, int]) -> None:
    repo.db.connection().executemany(
        "UPDATE desk_event SET hub_seq = ? WHERE uuid = ?",
        [(seq, uuid) for uuid, seq in numbers.items()],
    )
