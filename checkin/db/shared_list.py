"""The event's settings and its attendee list as events, so that one desk's sync reaches all.

An organizer syncs the list (or changes the capacity) at any one desk of a hub. Before that desk
pushes, `changed_snapshots` compares what it holds with what it last sent or received (a
fingerprint kept in the desk's meta table) and, when they differ, appends one `event_settings`
or `attendee_list` event carrying the whole current copy. Receiving desks apply them in the hub's
order: the settings replace theirs (the event's name excepted: a hub serves one event), and the
list adds the people they lack and updates the ones they have — nobody is removed (a check-in
may point at them), and a badge name corrected at a desk is kept over the list's.
Walk-ins and badge-name corrections are not part of the list: they travel as their own events.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from checkin.core.desk_events import DeskEvent, EventKind
from checkin.core.entities import Attendee
from checkin.db import event_log
from checkin.db import mapping as m
from checkin.db.models import AttendeeRow, DeskEventRow, EventRow, MetaRow
from checkin.db.repository import Repository

LIST_FIELDS = (
    "code", "source", "source_id", "first_name", "last_name", "badge_name", "email", "company",
    "ticket_type", "days", "dietary", "accessibility", "notes", "status",
)  # fmt: skip
_SETTINGS_FIELDS = ("venue", "timezone", "days", "capacity", "policy", "warn_ratio",
                    "ticket_formats", "secret")  # fmt: skip
_KEYS = {EventKind.EVENT_SETTINGS: "hub.settings_seen", EventKind.ATTENDEE_LIST: "hub.list_seen"}


def settings_data(repo: Repository) -> dict[str, Any] | None:
    row = EventRow.select().order_by(EventRow.id).first()
    if row is None:
        return None
    return {"name": row.name, **{f: getattr(row, f) for f in _SETTINGS_FIELDS}}


def list_data(repo: Repository) -> dict[str, Any]:
    columns = ", ".join(LIST_FIELDS)
    rows = repo.db.execute_sql(
        f"SELECT {columns} FROM attendee WHERE source != 'walk-in' ORDER BY code"
    ).fetchall()
    return {"attendees": [dict(zip(LIST_FIELDS, row, strict=True)) for row in rows]}


def _fingerprint(kind: EventKind, data: dict[str, Any]) -> str:
    if kind is EventKind.ATTENDEE_LIST:
        # Badge names are corrected at desks (their own events): they do not make a new list.
        data = {"attendees": [{**a, "badge_name": ""} for a in data["attendees"]]}
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _current(repo: Repository, kind: EventKind) -> dict[str, Any] | None:
    return settings_data(repo) if kind is EventKind.EVENT_SETTINGS else list_data(repo)


def remember_current(repo: Repository, kinds: tuple[EventKind, ...] = tuple(_KEYS)) -> None:
    """What this desk now holds counts as shared (after receiving it, or on joining a hub
    that already has a copy): only a later local change makes a new snapshot."""
    for kind in kinds:
        data = _current(repo, kind)
        if data is not None:
            MetaRow.replace(key=_KEYS[kind], value=_fingerprint(kind, data)).execute()


def forget_seen(repo: Repository) -> None:
    MetaRow.delete().where(MetaRow.key.in_(list(_KEYS.values()))).execute()


def changed_snapshots(repo: Repository) -> list[DeskEvent]:
    """Append a snapshot event for the settings and the list where they changed here."""
    made = []
    with repo.db.atomic("IMMEDIATE"):
        for kind in (EventKind.EVENT_SETTINGS, EventKind.ATTENDEE_LIST):
            data = _current(repo, kind)
            if data is None or (kind is EventKind.ATTENDEE_LIST and not data["attendees"]):
                continue
            fingerprint = _fingerprint(kind, data)
            seen = MetaRow.get_or_none(MetaRow.key == _KEYS[kind])
            if seen is not None and seen.value == fingerprint:
                continue
            made.append(
                event_log.append(kind, desk=repo.desk, at=repo.clock(), ticket="", data=data)
            )
            MetaRow.replace(key=_KEYS[kind], value=fingerprint).execute()
    return made


def apply_settings(repo: Repository, event: DeskEvent) -> None:
    data = event.data
    fields = {f: data[f] for f in _SETTINGS_FIELDS if f in data}
    row = EventRow.select().order_by(EventRow.id).first()
    if row is None:
        EventRow.insert(name=str(data.get("name", "")), **fields).execute()
    else:
        EventRow.update(**fields).where(EventRow.id == row.id).execute()
    repo._cached.event = None  # this connection's own commits leave data_version alone


def apply_list(repo: Repository, event: DeskEvent, ids: dict[str, int]) -> list[Attendee]:
    """Add or update the list's people; returns the ones added (their ids go into `ids`)."""
    added = []
    now = m.instant_text(repo.clock())
    for record in event.data.get("attendees", []):
        attendee = _attendee(record)
        fields = m.attendee_fields(attendee)
        known = ids.get(attendee.code)
        if known is None:
            ids[attendee.code] = int(AttendeeRow.insert(**fields, updated_at=now).execute())
            added.append(attendee)
            continue
        row = AttendeeRow.get_by_id(known)
        if row.badge_name:
            fields.pop("badge_name")
        if any(getattr(row, k) != v for k, v in fields.items()):
            AttendeeRow.update(**fields, updated_at=now).where(AttendeeRow.id == known).execute()
    return added


def list_synced_at(repo: Repository) -> datetime | None:
    """When the newest list this desk received from another desk was synced there (UTC), or
    None: a desk fed by the hub says how old its list is, not "never synced". Received events
    are kept in the log in the order they were applied, so the last one is the list in use."""
    row = (
        DeskEventRow.select(DeskEventRow.at)
        .where(DeskEventRow.kind == EventKind.ATTENDEE_LIST.value, DeskEventRow.made_here == False)  # noqa: E712
        .order_by(DeskEventRow.seq.desc())
        .first()
    )
    return None if row is None else m.parse_instant(row.at)


def _attendee(record: dict[str, Any]) -> Attendee:
    return m.attendee_from_fields(str(record["code"]), record)
