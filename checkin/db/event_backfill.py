"""Schema step 4: the desk's event log, started from what an older database already holds.

A desk upgraded in the middle of an event must be able to ship its whole history (to a merge or a
hub), so the step writes one event for every write the old tables show: walk-ins, badge-name
corrections, check-ins, undos and badge prints. The events it derives get uuids computed from
what they describe (uuid5), so the same old file always yields the same events and merging it
twice still adds nothing.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import peewee as pw

SCHEMA = """
CREATE TABLE desk_event (
    seq INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL
        CHECK (kind IN ('checkin', 'undo', 'walk_in', 'badge_name', 'badge_print')),
    desk TEXT NOT NULL,
    at TEXT NOT NULL,
    ticket TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}',
    made_here INTEGER NOT NULL DEFAULT 1,
    sent_at TEXT
);
CREATE INDEX desk_event_unsent ON desk_event (seq) WHERE made_here = 1 AND sent_at IS NULL
"""

_NAMESPACE = uuid.UUID("6f1d2c1e-9a43-4c1b-8f0e-2f8c4d7b9e10")
WALK_IN_FIELDS = (
    "first_name", "last_name", "badge_name", "email", "company", "ticket_type", "days",
    "dietary", "accessibility", "notes", "status", "source", "source_id",
)  # fmt: skip


def derived_uuid(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(str(p) for p in parts)))


def create_and_backfill(db: pw.SqliteDatabase) -> None:
    for statement in SCHEMA.split(";"):
        db.execute_sql(statement)
    rows: list[tuple[str, str, str, str, str, dict[str, Any]]] = []
    columns = ", ".join(WALK_IN_FIELDS)
    for values in db.execute_sql(
        f"SELECT code, updated_at, {columns} FROM attendee WHERE source = 'walk-in' ORDER BY id"
    ).fetchall():
        code, at, *fields = values
        data = dict(zip(WALK_IN_FIELDS, fields, strict=True))
        rows.append((derived_uuid("walk_in", code), "walk_in", "", at, code, data))
    later: list[tuple[str, str, str, str, str, dict[str, Any]]] = []
    for code, at, name in db.execute_sql(
        "SELECT code, updated_at, badge_name FROM attendee WHERE badge_name != '' ORDER BY id"
    ).fetchall():
        later.append(
            (derived_uuid("badge_name", code, name), "badge_name", "", at, code, {"name": name})
        )
    for c_uuid, code, direction, day, at, desk, nonce, undone_at, override in db.execute_sql(
        "SELECT c.uuid, a.code, c.direction, c.day, c.at, c.desk, c.nonce, c.undone_at, "
        "c.override FROM checkin AS c JOIN attendee AS a ON a.id = c.attendee_id "
        "ORDER BY c.at, c.id"
    ).fetchall():
        data = {"direction": direction, "day": day, "override": bool(override), "nonce": nonce}
        later.append((c_uuid, "checkin", desk, at, code, data))
        if undone_at:
            later.append(
                (derived_uuid("undo", c_uuid), "undo", desk, undone_at, code, {"movement": c_uuid})
            )
    for code, at, desk, template, printer, reprint in db.execute_sql(
        "SELECT a.code, b.at, b.desk, b.template, b.printer, b.reprint FROM badge_print AS b "
        "JOIN attendee AS a ON a.id = b.attendee_id ORDER BY b.id"
    ).fetchall():
        data = {"template": template, "printer": printer, "reprint": bool(reprint)}
        later.append((derived_uuid("badge_print", code, at), "badge_print", desk, at, code, data))
    later.sort(key=lambda row: row[3])  # by time: the order the writes happened in
    db.connection().executemany(
        "INSERT OR IGNORE INTO desk_event (uuid, kind, desk, at, ticket, data) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (u, kind, desk or "", at, code, json.dumps(data, ensure_ascii=False, sort_keys=True))
            for u, kind, desk, at, code, data in [*rows, *later]
        ],
    )
