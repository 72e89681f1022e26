"""The event's settings and its attendee list as events, so that one desk's sync reaches all.

An organizer syncs the list (or changes the capacity) at any one desk of a hub. Before that desk
pushes, `changed_snapshots` appends what changed: one `event_settings` event carrying the
settings (a few hundred bytes) when they differ from what this desk last sent or received, and
the *attendees that changed* as `attendee_list` events of at most `DELTA_SIZE` people each —
never the whole list again. Which attendees changed is found from the people written since the
last look (`hub_list_dirty`, kept by triggers: a sync, a received list, a badge name), each
compared with the fingerprint it had when last sent or received (`hub_list_seen`), so the work
is the change's size, not the list's. A desk that joins late receives the list once, as the
deltas that first brought it.

Receiving desks apply them in the hub's order: the settings replace theirs (the event's name
excepted: a hub serves one event), and a list event adds the people they lack and updates the
ones they have — nobody is removed (a check-in may point at them; a cancellation travels as a
change of status), and a badge name corrected at a desk is kept over the list's. Walk-ins and
badge-name corrections are not part of the list: they travel as their own events. A list
event, once applied or sent, is kept in the desk's log without its people (`stub`): its uuid is
what makes it apply once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from checkin.core.desk_events import DeskEvent, EventKind
from checkin.core.entities import Attendee
from checkin.db import event_log, platform_facts
from checkin.db import mapping as m
from checkin.db.models import AttendeeRow, DeskEventRow, EventRow, MetaRow
from checkin.db.repository import Repository

LIST_FIELDS = (
    "code", "source", "source_id", "first_name", "last_name", "badge_name", "email", "company",
    "ticket_type", "days", "dietary", "accessibility", "notes", "status",
)  # fmt: skip
_SETTINGS_FIELDS = ("venue", "timezone", "days", "capacity", "policy", "warn_ratio",
                    "ticket_formats", "secret")  # fmt: skip
DELTA_SIZE = 100  # attendees per list event: ~30 KB, applied in a few milliseconds
_SETTINGS_SEEN = "hub.settings_seen"
_LOOK_AT = 2_000  # people written since the last look, compared per round at most
_COLUMNS = ", ".join(LIST_FIELDS)
_PLATFORM_LISTS = "platform_lists"


def settings_data(repo: Repository) -> dict[str, Any] | None:
    # Plain SQL: every round after a write at the desk asks, and peewee costs more than SQLite.
    row = repo.db.execute_sql(
        f"SELECT name, {', '.join(_SETTINGS_FIELDS)} FROM event ORDER BY id LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    data = dict(zip(("name", *_SETTINGS_FIELDS), row, strict=True))
    # A connected platform's list rules and signing keys: a desk fed by the hub, without a
    # connection of its own, refuses and admits as the connected desk does.
    lists = platform_facts.shared_lists(repo.db)
    if lists:
        data[_PLATFORM_LISTS] = lists
    return data


def _fingerprint(data: Any) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _record(values: Iterable[Any]) -> dict[str, Any]:
    return dict(zip(LIST_FIELDS, values, strict=True))


def _person_fingerprint(record: dict[str, Any]) -> str:
    # Badge names are corrected at desks (their own events): they do not make a list change.
    return _fingerprint({**record, "badge_name": ""})


def _meta(key: str) -> str:
    row = MetaRow._meta.database.execute_sql(
        "SELECT value FROM meta WHERE key = ?", (key,)
    ).fetchone()
    return "" if row is None else str(row[0])


def _put(key: str, value: str) -> None:
    MetaRow.replace(key=key, value=value).execute()


def forget_seen(repo: Repository) -> None:
    """A new hub knows nothing: the settings and the whole list go out again."""
    MetaRow.delete().where(MetaRow.key == _SETTINGS_SEEN).execute()
    repo.db.execute_sql("DELETE FROM hub_list_seen")
    repo.db.execute_sql("INSERT OR REPLACE INTO hub_list_dirty (code) SELECT code FROM attendee")


def changed_snapshots(repo: Repository) -> list[DeskEvent]:
    """Append events for what changed here since last sent or received. A round where nothing
    changed reads two values and takes no write lock; the people written since the last look
    are compared with their fingerprints before the lock is taken, so it is held only to
    append what changed."""
    made: list[DeskEvent] = []
    after = 0
    while True:  # in pages, each its own short transaction
        settings = settings_data(repo)
        settings_new = settings is not None and _fingerprint(settings) != _meta(_SETTINGS_SEEN)
        looked = repo.db.execute_sql(
            "SELECT rowid, code FROM hub_list_dirty WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (after, _LOOK_AT),
        ).fetchall()
        if not settings_new and not looked:
            return made
        made += _page(repo, looked)
        if len(looked) < _LOOK_AT:
            return made
        after = int(looked[-1][0])


def _page(repo: Repository, looked: list[tuple[int, str]]) -> list[DeskEvent]:
    changed = _changed_people(repo, [str(code) for _rowid, code in looked])
    made = []
    with repo.db.atomic("IMMEDIATE"):
        settings = settings_data(repo)
        if settings is not None and _fingerprint(settings) != _meta(_SETTINGS_SEEN):
            made.append(_append(repo, EventKind.EVENT_SETTINGS, settings))
            _put(_SETTINGS_SEEN, _fingerprint(settings))
        for start in range(0, len(changed), DELTA_SIZE):
            batch = changed[start : start + DELTA_SIZE]
            made.append(_append(repo, EventKind.ATTENDEE_LIST, {"attendees": batch}))
        _seen(repo, changed)
        # A person written again since the look has a new rowid and stays for the next one.
        repo.db.connection().executemany(
            "DELETE FROM hub_list_dirty WHERE rowid = ? AND code = ?", looked
        )
    return made


def _append(repo: Repository, kind: EventKind, data: dict[str, Any]) -> DeskEvent:
    return event_log.append(kind, desk=repo.desk, at=repo.clock(), ticket="", data=data)


def _changed_people(repo: Repository, codes: list[str]) -> list[dict[str, Any]]:
    """Of the people written since the last look, those of the list (walk-ins travel as their
    own events) whose row differs from what was last sent or received."""
    people = []
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = repo.db.execute_sql(
            f"SELECT {_COLUMNS} FROM attendee WHERE code IN ({marks}) AND source != 'walk-in'",
            chunk,
        ).fetchall()
        people += [_record(row) for row in rows]
    _with_facts(repo, people)
    seen = _fingerprints(repo, [p["code"] for p in people])
    return [p for p in people if seen.get(p["code"]) != _person_fingerprint(p)]


def _with_facts(repo: Repository, people: list[dict[str, Any]]) -> None:
    """A platform ticket's list entry carries what the list's rules read of it (its product,
    variation, whether its order is paid): part of its fingerprint, so a change travels."""
    facts = platform_facts.ticket_facts(repo.db, [p["code"] for p in people])
    for person in people:
        person.update(facts.get(person["code"], {}))


def _fingerprints(repo: Repository, codes: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        marks = ",".join("?" * len(chunk))
        cursor = repo.db.execute_sql(
            f"SELECT code, fingerprint FROM hub_list_seen WHERE code IN ({marks})", chunk
        )
        found.update({str(code): str(fp) for code, fp in cursor.fetchall()})
    return found


def _seen(repo: Repository, people: list[dict[str, Any]]) -> None:
    repo.db.connection().executemany(
        "INSERT OR REPLACE INTO hub_list_seen (code, fingerprint) VALUES (?, ?)",
        [(p["code"], _person_fingerprint(p)) for p in people],
    )


def settings_received(repo: Repository) -> None:
    """The settings this desk now holds came from another desk: only a later change here is
    sent as new (call inside the applying transaction)."""
    settings = settings_data(repo)
    if settings is not None:
        _put(_SETTINGS_SEEN, _fingerprint(settings))


def apply_settings(repo: Repository, event: DeskEvent) -> None:
    data = event.data
    fields = {f: data[f] for f in _SETTINGS_FIELDS if f in data}
    if _PLATFORM_LISTS in data:
        platform_facts.receive_lists(repo.db, data[_PLATFORM_LISTS])
    row = EventRow.select().order_by(EventRow.id).first()
    if row is None:
        EventRow.insert(name=str(data.get("name", "")), **fields).execute()
    else:
        EventRow.update(**fields).where(EventRow.id == row.id).execute()
    repo._cached.event = None  # this connection's own commits leave data_version alone


def apply_list(repo: Repository, event: DeskEvent, ids: dict[str, int]) -> list[Attendee]:
    """Add or update the event's people; returns the ones added (their ids go into `ids`).
    What they now are here counts as received: not a change to send back."""
    added = []
    now = m.instant_text(repo.clock())
    codes = []
    for record in event.data.get("attendees", []):
        attendee = _attendee(record)
        fields = m.attendee_fields(attendee)
        codes.append(attendee.code)
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
    platform_facts.receive_tickets(repo.db, event.data.get("attendees", []))
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = repo.db.execute_sql(
            f"SELECT {_COLUMNS} FROM attendee WHERE code IN ({marks})", chunk
        ).fetchall()
        people = [_record(row) for row in rows]
        _with_facts(repo, people)
        _seen(repo, people)
    return added


def list_synced_at(repo: Repository) -> datetime | None:
    """When the newest list change this desk received from another desk was made there (UTC),
    or None: a desk fed by the hub says how old its list is, not "never synced". Received events
    are kept in the log in the order they were applied, so the last one is the newest."""
    row = (
        DeskEventRow.select(DeskEventRow.at)
        .where(DeskEventRow.kind == EventKind.ATTENDEE_LIST.value, DeskEventRow.made_here == False)  # noqa: E712
        .order_by(DeskEventRow.seq.desc())
        .first()
    )
    return None if row is None else m.parse_instant(row.at)


def _attendee(record: dict[str, Any]) -> Attendee:
    return m.attendee_from_fields(str(record["code"]), record)
