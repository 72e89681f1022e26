"""Schema step `add_search_keys`: the tables of the stored search keys (`search_tables`), and the
triggers that say whose keys are out of date.

The keys are computed in Python (folding, transliteration), so SQL cannot keep them; the triggers
instead name every attendee whose searched columns were written, whichever part of the app wrote
them (`search_stale`), and drop its old keys at once, so that a purged name leaves nothing
behind. Every attendee of an existing list is named when the step runs.
"""

from __future__ import annotations

SEARCH_KEYS = [
    """CREATE TABLE search_key (
        key TEXT NOT NULL,
        attendee_id INTEGER NOT NULL,
        field INTEGER NOT NULL,
        PRIMARY KEY (key, attendee_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX search_key_attendee ON search_key (attendee_id)",
    """CREATE TABLE search_order (
        attendee_id INTEGER PRIMARY KEY,
        last_key TEXT NOT NULL,
        first_key TEXT NOT NULL
    )""",
    "CREATE TABLE search_stale (attendee_id INTEGER PRIMARY KEY)",
    "INSERT INTO search_stale SELECT id FROM attendee",
    """CREATE TRIGGER search_stale_insert AFTER INSERT ON attendee BEGIN
        INSERT OR IGNORE INTO search_stale VALUES (NEW.id);
    END""",
    """CREATE TRIGGER search_stale_update
    AFTER UPDATE OF first_name, last_name, badge_name, email, company, code, source_id
    ON attendee BEGIN
        DELETE FROM search_key WHERE attendee_id = OLD.id;
        DELETE FROM search_order WHERE attendee_id = OLD.id;
        INSERT OR IGNORE INTO search_stale VALUES (NEW.id);
    END""",
    """CREATE TRIGGER search_stale_delete AFTER DELETE ON attendee BEGIN
        DELETE FROM search_key WHERE attendee_id = OLD.id;
        DELETE FROM search_order WHERE attendee_id = OLD.id;
        DELETE FROM search_stale WHERE attendee_id = OLD.id;
    END""",
]
