"""Schema step 8: what a desk keeps about its hub's traffic beside its event log.

Where a desk keeps what it pulled from its hub and could not apply (yet):

`hub_waiting` holds events about a ticket or a movement this desk does not know yet: they apply
once what they need arrives, and only then are they looked at again (by an indexed join, never by
reading them all every round). `hub_quarantine` holds events that do not fit their kind's schema,
or of a kind this release does not know (`later`), with the reason: never applied, never retried
in a loop, shown to the organizer; a later release applies the `later` ones it understands.
Both are keyed by the hub's number for the event. `hub_list_seen` is each listed person's
fingerprint as last sent or received, so that a list change travels as the people it changed
(`checkin.db.shared_list`); `hub_list_dirty` names the people written since last looked at,
kept by triggers whichever part of the app wrote them (a row written again gets a new rowid);
a sync adding hundreds marks them in one statement instead (`checkin.db.bulk_added`), and a
ticket's platform facts, kept beside its row, are marked when they change (`mark_changed`).
"""

from __future__ import annotations

import json

import peewee as pw

SCHEMA = """
CREATE TABLE hub_waiting (
    hub_seq INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL,
    kind TEXT NOT NULL,
    desk TEXT NOT NULL,
    at TEXT NOT NULL,
    ticket TEXT NOT NULL,
    movement TEXT,
    data TEXT NOT NULL
);
CREATE INDEX hub_waiting_ticket ON hub_waiting (ticket);
CREATE INDEX hub_waiting_movement ON hub_waiting (movement) WHERE movement IS NOT NULL;
CREATE TABLE hub_quarantine (
    hub_seq INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL,
    kind TEXT NOT NULL,
    desk TEXT NOT NULL,
    app_version TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    later INTEGER NOT NULL DEFAULT 0,
    row TEXT,
    set_aside_at TEXT NOT NULL
);
CREATE INDEX hub_quarantine_later ON hub_quarantine (kind) WHERE later = 1;
CREATE TABLE hub_list_seen (
    code TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL
);
CREATE TABLE hub_list_dirty (
    code TEXT PRIMARY KEY
);
CREATE TRIGGER hub_list_added AFTER INSERT ON attendee
    BEGIN INSERT OR REPLACE INTO hub_list_dirty (code) VALUES (NEW.code); END;
CREATE TRIGGER hub_list_changed AFTER UPDATE ON attendee
    BEGIN INSERT OR REPLACE INTO hub_list_dirty (code) VALUES (NEW.code); END;
INSERT INTO hub_list_dirty (code) SELECT code FROM attendee
"""


def add_hub_tables(db: pw.SqliteDatabase) -> None:
    for statement in SCHEMA.split(";\n"):  # (a trigger's body keeps its inner ";")
        if statement.strip():
            db.execute_sql(statement)
    # Step 7 kept waiting events as one JSON list in the meta table: they move here.
    row = db.execute_sql("SELECT value FROM meta WHERE key = 'hub.waiting'").fetchone()
    items = json.loads(row[0]) if row else []
    db.execute_sql("DELETE FROM meta WHERE key = 'hub.waiting'")
    for item in items if isinstance(items, list) else []:
        movement = item["data"].get("movement") if item["kind"] == "undo" else None
        db.execute_sql(
            "INSERT OR IGNORE INTO hub_waiting (hub_seq, uuid, kind, desk, at, ticket, "
            "movement, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (item["hub_seq"], item["uuid"], item["kind"], item["desk"], item["at"],
             item["ticket"], movement, json.dumps(item["data"], ensure_ascii=False)),
        )  # fmt: skip


def mark_changed(db: pw.SqliteDatabase, codes: list[str]) -> None:
    """People whose list entry changed outside their attendee row (a ticket's platform facts):
    marked as the triggers mark a written row, with a new rowid."""
    db.cursor().executemany("INSERT OR REPLACE INTO hub_list_dirty (code) VALUES (?)",
                            [(code,) for code in codes])  # fmt: skip
