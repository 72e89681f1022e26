"""Forward-only schema migrations, numbered by SQLite's `user_version`.

Each step is frozen SQL: a later change to a model adds a new step, it never edits an old one,
so that a database from any earlier release is brought up to date the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import peewee as pw

from checkin.db.event_backfill import create_and_backfill
from checkin.db.hub_columns import add_hub_columns
from checkin.db.hub_tables import add_hub_tables
from checkin.db.search_schema import SEARCH_KEYS

log = logging.getLogger("checkin.db")

_V1 = """
CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    venue TEXT NOT NULL DEFAULT '',
    timezone TEXT NOT NULL DEFAULT 'UTC',
    days TEXT NOT NULL DEFAULT '',
    capacity INTEGER,
    policy TEXT NOT NULL DEFAULT 'warn' CHECK (policy IN ('warn', 'block')),
    warn_ratio REAL NOT NULL DEFAULT 0.9,
    secret TEXT NOT NULL
);
CREATE TABLE attendee (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    code_folded TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    source_id TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    badge_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    ticket_type TEXT NOT NULL DEFAULT '',
    days TEXT NOT NULL DEFAULT '',
    dietary TEXT NOT NULL DEFAULT '',
    accessibility TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
    updated_at TEXT NOT NULL
);
CREATE INDEX attendee_code_folded ON attendee (code_folded);
CREATE INDEX attendee_source ON attendee (source, source_id);
CREATE TABLE checkin (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    attendee_id INTEGER NOT NULL REFERENCES attendee (id) ON DELETE RESTRICT,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    day TEXT NOT NULL,
    at TEXT NOT NULL,
    desk TEXT NOT NULL,
    nonce TEXT UNIQUE,
    undone_at TEXT,
    override INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX checkin_attendee ON checkin (attendee_id, day);
CREATE INDEX checkin_day ON checkin (day, attendee_id, at);
CREATE TABLE badge_print (
    id INTEGER PRIMARY KEY,
    attendee_id INTEGER NOT NULL REFERENCES attendee (id) ON DELETE RESTRICT,
    at TEXT NOT NULL,
    desk TEXT NOT NULL,
    template TEXT NOT NULL DEFAULT '',
    printer TEXT NOT NULL DEFAULT '',
    reprint INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX badge_print_attendee ON badge_print (attendee_id);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    desk TEXT NOT NULL,
    action TEXT NOT NULL,
    attendee_id INTEGER REFERENCES attendee (id) ON DELETE SET NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Where each attendee list was synced from, so a desk can offer "sync again" and say how old its
# list is when the platform cannot be reached.
_SYNC_SOURCE = """
CREATE TABLE sync_source (
    source TEXT PRIMARY KEY,
    location TEXT NOT NULL,
    format TEXT NOT NULL DEFAULT '',
    mapping TEXT NOT NULL DEFAULT '{}',
    synced_at TEXT NOT NULL,
    fetched_at TEXT,
    report TEXT NOT NULL DEFAULT '{}'
);
"""

# Badge print jobs: written before a badge is sent, so a restart neither loses nor repeats one.
_PRINT_JOBS = """
CREATE TABLE print_job (
    id INTEGER PRIMARY KEY,
    attendee_id INTEGER NOT NULL REFERENCES attendee (id) ON DELETE RESTRICT,
    template TEXT NOT NULL DEFAULT '',
    printer TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'sending', 'sent', 'done', 'failed', 'uncertain')),
    reprint INTEGER NOT NULL DEFAULT 0,
    printer_job TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    desk TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX print_job_state ON print_job (state, id);
CREATE INDEX print_job_attendee ON print_job (attendee_id)
"""

# A ticketing platform's API as the list's source: where the next incremental pull starts, and
# which of the desk's check-ins (by their uuid) were sent to the platform, and what it said.
_PLATFORM = """
CREATE TABLE platform_cursor (
    source TEXT PRIMARY KEY,
    cursor TEXT NOT NULL DEFAULT '',
    pulled_at TEXT NOT NULL,
    pushed_at TEXT
);
CREATE TABLE platform_push (
    checkin_uuid TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'refused', 'withdrawn')),
    remote_id TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    sent_at TEXT NOT NULL,
    undo_state TEXT CHECK (undo_state IN ('sent', 'refused')),
    undo_message TEXT NOT NULL DEFAULT '',
    undone_sent_at TEXT
);
CREATE INDEX platform_push_source ON platform_push (source, state)
"""

# The symbologies on the event's tickets; events made before the setting existed used QR.
_TICKET_FORMATS = """
ALTER TABLE event ADD COLUMN ticket_formats TEXT NOT NULL DEFAULT 'qr'
"""

# What a ticketing platform says beyond the attendee rows: each ticket's product and whether its
# order is paid, the connected check-in list's rules and the event's signing keys (both JSON),
# the signed tickets it revoked.
_PLATFORM_FACTS = """
CREATE TABLE platform_ticket (
    code TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    product TEXT NOT NULL DEFAULT '',
    variation TEXT NOT NULL DEFAULT '',
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX platform_ticket_source ON platform_ticket (source);
CREATE TABLE platform_list (
    source TEXT PRIMARY KEY,
    rules TEXT NOT NULL DEFAULT '',
    keys TEXT NOT NULL DEFAULT '[]',
    products TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE platform_revoked (
    secret TEXT PRIMARY KEY,
    source TEXT NOT NULL
)
"""

# Which desk made each movement, by identity (the home's uuid, `meta desk.home`) beside its
# label: a desk relabelled after it joined a hub is still one desk. A movement made here takes
# the home's identity when its log entry is written (a platform's own scans are not this
# desk's); one pulled from a hub takes the identity the hub knows for its desk.
_DESK_HOMES = [
    "ALTER TABLE checkin ADD COLUMN desk_home TEXT",
    """CREATE TRIGGER checkin_made_here_home AFTER INSERT ON desk_event
    WHEN NEW.made_here = 1 AND NEW.kind = 'checkin'
        AND CASE WHEN json_valid(NEW.data) THEN json_extract(NEW.data, '$.platform_checkin') END
            IS NULL
    BEGIN
        UPDATE checkin SET desk_home = (SELECT value FROM meta WHERE key = 'desk.home')
            WHERE uuid = NEW.uuid AND desk_home IS NULL;
    END""",
]


def add_desk_homes(db: pw.SqliteDatabase) -> None:
    for statement in _DESK_HOMES:  # one by one: the trigger's body holds semicolons
        db.execute_sql(statement)


def add_search_keys(db: pw.SqliteDatabase) -> None:
    for statement in SEARCH_KEYS:  # one by one: the triggers' bodies hold semicolons
        db.execute_sql(statement)


# Index i holds the SQL (or the function) that takes the schema from version i to i + 1.
Step = str | Callable[[pw.SqliteDatabase], None]
STEPS: list[Step] = [
    _V1, _SYNC_SOURCE, _PRINT_JOBS, create_and_backfill, _PLATFORM, _TICKET_FORMATS,
    add_hub_columns, _PLATFORM_FACTS, add_hub_tables, add_desk_homes, add_search_keys,
]  # fmt: skip
LATEST = len(STEPS)


def schema_version(db: pw.SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate(db: pw.SqliteDatabase) -> int:
    """Bring the schema up to LATEST; returns the version found before.

    The version is read without a lock: a current schema (every open but the first after an
    upgrade) takes no write lock, so `status` or `find` open while a desk is writing.
    """
    found = _checked(schema_version(db))
    if found == LATEST:
        return found
    # BEGIN IMMEDIATE: two desks starting at once must not both run the same step.
    with db.atomic("IMMEDIATE"):
        found = _checked(schema_version(db))  # another desk may have migrated meanwhile
        for version in range(found, LATEST):
            log.info("migrating schema %d → %d", version, version + 1)
            step = STEPS[version]
            if callable(step):
                step(db)
            else:
                for statement in _statements(step):
                    db.execute_sql(statement)
            db.execute_sql(f"PRAGMA user_version = {version + 1}")
    return found


def _checked(found: int) -> int:
    if found > LATEST:
        raise RuntimeError(
            f"This database was written by a newer checkin (schema {found}, "
            f"this app knows {LATEST}); upgrade the app to open it."
        )
    return found


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
