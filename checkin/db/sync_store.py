"""The database side of an attendee-list sync: read one source's rows, write a whole sync at once.

A sync compares in memory and then writes with a handful of bulk statements (`executemany`) in
one `BEGIN IMMEDIATE` transaction, so that 10,000 rows take milliseconds, another desk never sees
half a list, and a failure leaves the file exactly as it was. The fields a sync owns are
`SYNCED_FIELDS`; everything else on an attendee (the desk's badge-name correction, the valid days)
and every check-in are never written here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from checkin.db import bulk_added
from checkin.db import mapping as m
from checkin.db.repository import Repository

# The order of the value tuples exchanged with the sync (code first, status last).
SYNCED_FIELDS: Sequence[str] = (
    "code",
    "first_name",
    "last_name",
    "email",
    "company",
    "ticket_type",
    "dietary",
    "accessibility",
    "notes",
    "status",
)
_CANCELLED = "cancelled"

Values = tuple[str, ...]


class SyncConflict(RuntimeError):
    """The database refused the sync's writes (e.g. a code taken meanwhile); nothing was written."""


@dataclass(frozen=True)
class StoredRow:
    id: int
    values: Values  # in SYNCED_FIELDS order


@dataclass
class SyncWrite:
    """Everything one sync changes; applied together or not at all."""

    source: str
    inserts: list[tuple[str, Values]] = field(default_factory=list)  # (source_id, values)
    # (attendee id, source_id, values): the identity may change when a ticket is matched by code
    updates: list[tuple[int, str, Values]] = field(default_factory=list)
    cancels: list[int] = field(default_factory=list)  # attendee ids
    location: str = ""
    format: str = ""
    mapping: dict[str, str] = field(default_factory=dict)
    fetched_at: datetime | None = None
    report: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SyncSource:
    """A list the desk has synced from, for "sync again" and for saying how old the list is."""

    source: str
    location: str
    format: str
    mapping: dict[str, str]
    synced_at: datetime
    fetched_at: datetime | None
    report: dict[str, Any]


# SQLite's page cache while a sync writes (KiB): a whole list's pages and their indexes stay in
# memory until the commit instead of spilling to the WAL midway (and being written again).
_SYNC_CACHE_KIB = 32_000


@contextmanager
def transaction(repo: Repository) -> Iterator[None]:
    """One write transaction for a whole sync: reads inside it see what the writes will change."""
    (usual,) = repo.db.execute_sql("PRAGMA cache_size").fetchone()
    repo.db.execute_sql(f"PRAGMA cache_size = -{_SYNC_CACHE_KIB}")
    try:
        with repo.db.atomic("IMMEDIATE"):
            yield
    finally:
        repo.db.execute_sql(f"PRAGMA cache_size = {int(usual)}")


def stored_rows(
    repo: Repository, source: str, ids: Collection[str] | None = None
) -> dict[str, StoredRow]:
    """The attendees this source brought in before, by the platform's ticket identity: all of
    them, or (`ids`: an incremental pull's few) those with these identities."""
    columns = ", ".join(SYNCED_FIELDS)
    query = f"SELECT id, source_id, {columns} FROM attendee WHERE source = ?"
    return {
        row[1]: StoredRow(row[0], tuple(row[2:]))
        for row in _among(repo, query, source, "source_id", ids)
    }


def codes_elsewhere(
    repo: Repository, source: str, codes: Collection[str] | None = None
) -> dict[str, str]:
    """Ticket codes held by attendees of other sources (walk-ins, other lists): code → source;
    all of them, or only those among `codes`."""
    query = "SELECT code, source FROM attendee WHERE source != ?"
    return {row[0]: row[1] for row in _among(repo, query, source, "code", codes)}


def _among(
    repo: Repository, query: str, source: str, column: str, values: Collection[str] | None
) -> list[Any]:
    if values is None:
        return list(repo.db.execute_sql(query, (source,)).fetchall())
    wanted, rows = sorted(values), []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        rows += repo.db.execute_sql(f"{query} AND {column} IN ({marks})", (source, *chunk))
    return rows


_INSERT = (
    "INSERT INTO attendee (source, source_id, code_folded, updated_at, "
    + ", ".join(SYNCED_FIELDS)
    + ") VALUES (?, ?, ?, ?, "
    + ", ".join("?" for _ in SYNCED_FIELDS)
    + ")"
)
_UPDATE = (
    "UPDATE attendee SET source_id = ?, code_folded = ?, updated_at = ?, "
    + ", ".join(f"{name} = ?" for name in SYNCED_FIELDS)
    + " WHERE id = ?"
)
_PARK = "UPDATE attendee SET code = 'sync-moving:' || id WHERE id = ?"
_CANCEL = "UPDATE attendee SET status = ?, updated_at = ? WHERE id = ?"
_REMEMBER = (
    "INSERT INTO sync_source (source, location, format, mapping, synced_at, fetched_at, report) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET location = excluded.location, "
    "format = excluded.format, mapping = excluded.mapping, synced_at = excluded.synced_at, "
    "fetched_at = excluded.fetched_at, report = excluded.report"
)


def apply(repo: Repository, write: SyncWrite) -> None:
    """Write a sync and remember its source. Call inside `transaction(repo)` so that the rows the
    sync compared against are the rows it changes; on any refusal nothing is written."""
    now = m.instant_text(repo.clock())
    inserts = [
        (write.source, source_id, values[0].casefold(), now, *values)
        for source_id, values in write.inserts
    ]
    updates = [(sid, values[0].casefold(), now, *values, aid) for aid, sid, values in write.updates]
    cancels = [(_CANCELLED, now, aid) for aid in write.cancels]
    fetched = None if write.fetched_at is None else m.instant_text(write.fetched_at)
    try:
        with repo.db.atomic():  # a savepoint: an IntegrityError undoes all of this sync
            cursor = repo.db.cursor()
            # Codes may move between tickets (two tickets swapping codes in a corrected export):
            # park every updated ticket's code on a placeholder first, then write the new ones.
            # Updates before inserts, so that a code leaving a ticket is free for a new one.
            cursor.executemany(_PARK, [(aid,) for aid, _, _ in write.updates])
            cursor.executemany(_UPDATE, updates)
            cursor.executemany(_CANCEL, cancels)
            with bulk_added.marking_added_at_once(repo.db, len(inserts)):
                cursor.executemany(_INSERT, inserts)
            cursor.execute(
                _REMEMBER,
                (
                    write.source,
                    write.location,
                    write.format,
                    json.dumps(write.mapping, ensure_ascii=False),
                    now,
                    fetched,
                    json.dumps(write.report, ensure_ascii=False),
                ),
            )
            if inserts or updates or cancels:
                repo.bump_revision()  # every desk's search index must notice the new list
            repo.audit("sync", detail={"source": write.source, **write.report})
    except sqlite3.IntegrityError as error:
        raise SyncConflict(
            f"The database refused the list from {write.location or write.source} ({error})."
        ) from error


def sync_sources(repo: Repository) -> list[SyncSource]:
    """Every list synced into this home, most recently synced first."""
    cursor = repo.db.execute_sql(
        "SELECT source, location, format, mapping, synced_at, fetched_at, report "
        "FROM sync_source ORDER BY synced_at DESC"
    )
    return [_source_from(row) for row in cursor.fetchall()]


def sync_source(repo: Repository, source: str) -> SyncSource | None:
    cursor = repo.db.execute_sql(
        "SELECT source, location, format, mapping, synced_at, fetched_at, report "
        "FROM sync_source WHERE source = ?",
        (source,),
    )
    row = cursor.fetchone()
    return None if row is None else _source_from(row)


def _source_from(row: Iterable[Any]) -> SyncSource:
    source, location, fmt, mapping, synced_at, fetched_at, report = row
    synced = m.parse_instant(synced_at)
    assert synced is not None
    return SyncSource(
        source=source,
        location=location,
        format=fmt,
        mapping=json.loads(mapping or "{}"),
        synced_at=synced,
        fetched_at=m.parse_instant(fetched_at),
        report=json.loads(report or "{}"),
    )
