"""Schema step 7: the desk's log learns what a venue hub ships besides desk writes.

Two more kinds of event travel between desks of one hub: the event's settings and the attendee
list (synced once at any desk, received by all). SQLite cannot change a CHECK constraint in
place, so the table is rebuilt with its rows. `hub_seq` is the hub's own number for an event:
NULL while the event is not on the hub this desk belongs to (made here and not yet pushed, or
brought by a merge), and the order in which two desks' admissions of one ticket are judged.
"""

from __future__ import annotations

import peewee as pw

SCHEMA = """
CREATE TABLE desk_event_new (
    seq INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL
        CHECK (kind IN ('checkin', 'undo', 'walk_in', 'badge_name', 'badge_print',
                        'event_settings', 'attendee_list')),
    desk TEXT NOT NULL,
    at TEXT NOT NULL,
    ticket TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}',
    made_here INTEGER NOT NULL DEFAULT 1,
    sent_at TEXT,
    hub_seq INTEGER
);
INSERT INTO desk_event_new (seq, uuid, kind, desk, at, ticket, data, made_here, sent_at)
    SELECT seq, uuid, kind, desk, at, ticket, data, made_here, sent_at FROM desk_event;
DROP TABLE desk_event;
ALTER TABLE desk_event_new RENAME TO desk_event;
CREATE INDEX desk_event_unsent ON desk_event (seq) WHERE made_here = 1 AND sent_at IS NULL;
CREATE INDEX desk_event_off_hub ON desk_event (seq) WHERE hub_seq IS NULL
"""


def add_hub_columns(db: pw.SqliteDatabase) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute_sql(statement)
