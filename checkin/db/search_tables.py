"""The attendee list's search keys, stored for a single query (schema: `search_schema`).

The desk's window keeps the list's keys in memory (`checkin.core.search`); a command that asks
one question (`checkin find`) would pay for building all of them to use a few. Here each
attendee's keys (`search_rules.attendee_keys`) are stored once, indexed, so that a query reads
only the keys it matches. `search_order` holds each attendee's tie-break (`search_rules.sort_key`).

Triggers name every attendee written since its keys were stored (`search_stale`); the next
single query computes the keys of those first (`checkin.operations.stored_search`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

import peewee as pw

from checkin.core.entities import Attendee
from checkin.core.search_rules import TYPO_MIN_LENGTH, Field, is_typo_key, one_edit_spellings
from checkin.db import mapping as m
from checkin.db.connection import busy_timeout_ms, is_busy

_RULES_KEY = "search_keys.rules"
_ATTENDEE = ", ".join(f"attendee.{c}" for c in m.ATTENDEE_COLUMNS)


def is_current(db: pw.Database, rules: str) -> bool:
    """Whether every attendee's keys are stored, computed under these rules."""
    row = db.execute_sql("SELECT value FROM meta WHERE key = ?", (_RULES_KEY,)).fetchone()
    if row is None or row[0] != rules:
        return False
    return db.execute_sql("SELECT 1 FROM search_stale LIMIT 1").fetchone() is None


@contextmanager
def write_unless_busy(db: pw.Database) -> Iterator[bool]:
    """A write transaction if the write lock is free now, else none (False): a command that only
    reads never waits for another program's write, so storing keys is done when it costs nothing.
    Not a desk change: the commit tells no listener."""
    db.execute_sql("PRAGMA busy_timeout = 0")
    try:
        db.execute_sql("BEGIN IMMEDIATE")
    except pw.OperationalError as error:
        if not is_busy(error):
            raise
        began = False
    else:
        began = True
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    if not began:
        yield False
        return
    try:
        yield True
    except BaseException:
        db.execute_sql("ROLLBACK")
        raise
    db.execute_sql("COMMIT")


def stale_attendees(db: pw.Database, rules: str) -> list[Attendee]:
    """The attendees whose keys must be computed (all of them under new rules); call in the
    write transaction that stores them."""
    row = db.execute_sql("SELECT value FROM meta WHERE key = ?", (_RULES_KEY,)).fetchone()
    if row is None or row[0] != rules:
        db.execute_sql("DELETE FROM search_key")
        db.execute_sql("DELETE FROM search_order")
        db.execute_sql("INSERT OR IGNORE INTO search_stale SELECT id FROM attendee")
        db.execute_sql("REPLACE INTO meta (key, value) VALUES (?, ?)", (_RULES_KEY, rules))
    cursor = db.execute_sql(
        f"SELECT {_ATTENDEE} FROM attendee JOIN search_stale ON attendee_id = attendee.id"
    )
    return [m.attendee_from_values(values) for values in cursor]


def store(
    db: pw.Database,
    keys: Iterable[tuple[str, int, int]],
    order: Iterable[tuple[int, str, str]],
) -> None:
    """Store the stale attendees' keys (key, attendee id, field) and tie-breaks; none is stale
    after."""
    db.execute_sql(
        "DELETE FROM search_key WHERE attendee_id IN (SELECT attendee_id FROM search_stale)"
    )
    cursor = db.cursor()
    cursor.executemany("INSERT INTO search_key VALUES (?, ?, ?)", keys)
    cursor.executemany("REPLACE INTO search_order VALUES (?, ?, ?)", order)
    db.execute_sql("DELETE FROM search_stale")


class StoredKeys:
    """The stored keys as `search_rules.Postings`: positions are attendee ids. Each key's
    postings are read whole, once per query."""

    def __init__(self, db: pw.Database) -> None:
        self.db = db
        self._postings: dict[str, dict[int, Field]] = {}

    def _read(self, where: str, params: Sequence[object]) -> set[str]:
        found: set[str] = set()
        sql = f"SELECT key, attendee_id, field FROM search_key WHERE {where}"
        for key, attendee_id, field in self.db.execute_sql(sql, params):
            self._postings.setdefault(key, {})[attendee_id] = Field(field)
            found.add(key)
        return found

    def keys_with_prefix(self, word: str) -> set[str]:
        # Keys from `word` up to, not including, `word` with its last letter's successor: those
        # that start with it (SQLite compares TEXT as Python compares str, by code point).
        after = word[:-1] + chr(ord(word[-1]) + 1)
        return self._read("key >= ? AND key < ?", (word, after))

    def postings(self, key: str) -> Mapping[int, Field]:
        if key not in self._postings:
            self._read("key = ?", (key,))
        return self._postings.get(key, {})

    def typo_keys_near(self, word: str) -> set[str]:
        spellings = [s for s in one_edit_spellings(word) if len(s) >= TYPO_MIN_LENGTH]
        found = self._read("key IN (SELECT value FROM json_each(?))", (json.dumps(spellings),))
        return {k for k in found if any(is_typo_key(k, f) for f in self._postings[k].values())}

    def sort_keys(self, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
        sql = (
            "SELECT attendee_id, last_key, first_key FROM search_order "
            "WHERE attendee_id IN (SELECT value FROM json_each(?))"
        )
        rows = self.db.execute_sql(sql, (json.dumps(list(ids)),))
        return {int(aid): (str(last), str(first)) for aid, last, first in rows}

    def attendees(self, ids: Sequence[int]) -> dict[int, Attendee]:
        sql = f"SELECT {_ATTENDEE} FROM attendee WHERE id IN (SELECT value FROM json_each(?))"
        found = (m.attendee_from_values(v) for v in self.db.execute_sql(sql, (json.dumps(ids),)))
        return {a.id: a for a in found if a.id is not None}
