"""Adding many attendees in one write: the triggers that mark each new row, run once for all.

Two AFTER INSERT triggers on `attendee` name every new person for work done later: the hub's list
deltas (`hub_list_added` → `hub_list_dirty`, schema step 8) and the stored search keys
(`search_stale_insert` → `search_stale`, `search_schema`). Run once per row they cost more than
the insert itself on a first pull of 10,000 attendees, so a write adding many sets them aside and
makes the same marks afterwards in one statement each, in id order.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import peewee as pw

# Above this many new people, one statement per trigger instead of one trigger run per person.
MANY = 200

# Each trigger's marks for every attendee added after id `?`: the rows (and their order) the
# trigger itself would have made. New attendees take ids above every existing one (INTEGER
# PRIMARY KEY; rows are never deleted while a transaction adds them).
_MARKS = {
    "hub_list_added": "INSERT OR REPLACE INTO hub_list_dirty (code) "
    "SELECT code FROM attendee WHERE id > ? ORDER BY id",
    "search_stale_insert": "INSERT OR IGNORE INTO search_stale (attendee_id) "
    "SELECT id FROM attendee WHERE id > ? ORDER BY id",
}


@contextmanager
def marking_added_at_once(db: pw.SqliteDatabase, adding: int) -> Iterator[None]:
    """Insert `adding` attendees inside. Call inside a transaction: the triggers are back before
    it commits (and never gone if it rolls back), so no other program sees them missing."""
    if adding < MANY:
        yield
        return
    names = ", ".join("?" for _ in _MARKS)
    found = db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})",
        tuple(_MARKS),
    ).fetchall()
    (before,) = db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM attendee").fetchone()
    for name, _ in found:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    yield
    for name, sql in found:
        db.execute_sql(_MARKS[name], (before,))
        db.execute_sql(sql)
