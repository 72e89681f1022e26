"""What a desk remembers about its venue hub, in its own database (the `meta` table and the
log's `hub_seq` column): which hub it belongs to, how far it has read, when it last pushed and
pulled, and events it received before what they depend on.

The hub's address and password are not here: they live in the home's private `hub.json`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from checkin.core.desk_events import DeskEvent, EventKind
from checkin.db import event_log
from checkin.db import mapping as m
from checkin.db.models import DeskEventRow, MetaRow
from checkin.db.repository import Repository
from checkin.db.shared_list import forget_seen

_PREFIX = "hub."


@dataclass
class HubState:
    hub_id: str = ""
    cursor: int = 0  # the highest hub sequence number read
    last_push: datetime | None = None
    last_pull: datetime | None = None


def _get(key: str) -> str:
    row = MetaRow.get_or_none(MetaRow.key == _PREFIX + key)
    return "" if row is None else str(row.value)


def _put(key: str, value: str) -> None:
    MetaRow.replace(key=_PREFIX + key, value=value).execute()


def state(repo: Repository) -> HubState:
    return HubState(
        hub_id=_get("id"),
        cursor=int(_get("cursor") or 0),
        last_push=m.parse_instant(_get("last_push") or None),
        last_pull=m.parse_instant(_get("last_pull") or None),
    )


def adopt_hub(repo: Repository, hub_id: str) -> bool:
    """Belong to the hub `hub_id`; True when it is another hub than the one known (a new desk,
    or a hub recreated empty): then every event this desk holds is to be pushed again."""
    with repo.db.atomic("IMMEDIATE"):
        if _get("id") == hub_id:
            return False
        repo.db.execute_sql("UPDATE desk_event SET hub_seq = NULL")
        repo.db.execute_sql("UPDATE desk_event SET sent_at = NULL WHERE made_here = 1")
        _put("id", hub_id)
        _put("cursor", "0")
        _put("waiting", "[]")
        forget_seen(repo)
        return True


def leave(repo: Repository) -> None:
    with repo.db.atomic("IMMEDIATE"):
        MetaRow.delete().where(MetaRow.key.startswith(_PREFIX)).execute()
        repo.db.execute_sql("UPDATE desk_event SET hub_seq = NULL")


def off_hub(limit: int) -> list[DeskEvent]:
    """Events this desk holds that the hub does not have yet, in this desk's order (the shared
    list and settings first: the writes after them may be about the people they bring)."""
    query = (
        DeskEventRow.select()
        .where(DeskEventRow.hub_seq.is_null())
        .order_by(DeskEventRow.seq)
        .limit(limit)
    )
    events = [event_log.row_event(row) for row in query]
    shared = (EventKind.EVENT_SETTINGS, EventKind.ATTENDEE_LIST)
    return sorted(events, key=lambda e: e.kind not in shared)


def off_hub_count(repo: Repository) -> int:
    return int(
        repo.db.execute_sql("SELECT COUNT(*) FROM desk_event WHERE hub_seq IS NULL").fetchone()[0]
    )


def waiting_checkins(repo: Repository) -> int:
    """Check-ins made here that the hub has not got: what the status bar counts."""
    cursor = repo.db.execute_sql(
        "SELECT COUNT(*) FROM desk_event WHERE hub_seq IS NULL AND kind = 'checkin'"
    )
    return int(cursor.fetchone()[0])


def record_pushed(repo: Repository, numbers: dict[str, int], at: datetime) -> None:
    with repo.db.atomic("IMMEDIATE"):
        _numbered(repo, numbers)
        event_log.mark_sent(numbers, at)
        _put("last_push", m.instant_text(at))


def record_pulled(repo: Repository, numbers: dict[str, int], cursor: int, at: datetime) -> None:
    with repo.db.atomic("IMMEDIATE"):
        _numbered(repo, numbers)
        if cursor > int(_get("cursor") or 0):
            _put("cursor", str(cursor))
        _put("last_pull", m.instant_text(at))


def _numbered(repo: Repository, numbers: dict[str, int]) -> None:
    repo.db.connection().executemany(
        "UPDATE desk_event SET hub_seq = ? WHERE uuid = ?",
        [(seq, uuid) for uuid, seq in numbers.items()],
    )


def waiting(repo: Repository) -> list[tuple[int, DeskEvent]]:
    """Pulled events that could not apply yet (about a person this desk does not know yet)."""
    return [(int(item["hub_seq"]), _event(item)) for item in json.loads(_get("waiting") or "[]")]


def keep_waiting(repo: Repository, events: Iterable[tuple[int, DeskEvent]]) -> None:
    items = [
        {"hub_seq": seq, "uuid": e.uuid, "kind": e.kind.value, "desk": e.desk,
         "at": m.instant_text(e.at), "ticket": e.ticket, "data": e.data}
        for seq, e in events
    ]  # fmt: skip
    with repo.db.atomic("IMMEDIATE"):
        _put("waiting", json.dumps(items, ensure_ascii=False))


def _event(item: dict[str, Any]) -> DeskEvent:
    at = m.parse_instant(item["at"])
    assert at is not None
    return DeskEvent(item["uuid"], EventKind(item["kind"]), item["desk"], at, item["ticket"],
                     item["data"], made_here=False)  # fmt: skip
