"""One sync, end to end: load a source, preview it, compare it with what this source brought in
before, and write the difference in one transaction.

Re-sync semantics, per source: a row whose ticket is new is added, a changed one updated, an
identical one left alone; a ticket this source brought before and no longer lists is cancelled,
never deleted. Other sources, check-ins and the desk's badge-name corrections are not touched.
The window calls `preview` and `run_sync` from a worker thread; the command line calls them too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from checkin.core.cleaning import single_line
from checkin.core.entities import Event, utc_now
from checkin.core.ticket_codes import new_event_secret
from checkin.db import sync_store
from checkin.db.repository import Repository
from checkin.db.sync_store import StoredRow, SyncWrite
from checkin.sync.fetch import TIMEOUT_SECONDS, display_name, is_url, read_source
from checkin.sync.formats import layout
from checkin.sync.localtime import local_today, local_zone_name
from checkin.sync.model import (
    Preview,
    Progress,
    RejectedRow,
    RowProblem,
    SyncError,
    SyncReport,
    Table,
)
from checkin.sync.records import Conversion, convert
from checkin.sync.tables import paused_gc, read_table

log = logging.getLogger("checkin.sync")
_PREVIEW_SECRET = "preview"  # codes shown before an event (and its secret) exists


def source_key(location: str) -> str:
    """The name a source's attendees are stored under: the URL, or the file's absolute path."""
    location = location.strip()
    return location if is_url(location) else str(Path(location).expanduser().resolve())


def load(
    location: str, clock: Callable[[], datetime] = utc_now, timeout: float = TIMEOUT_SECONDS
) -> Table:
    """Read a file or download a URL into a table; raises `SyncError` with one sentence."""
    data, fetched_at = read_source(location, clock, timeout)
    return read_table(data, location.strip(), fetched_at)


def refused_rows(
    table: Table, format: str = "auto", mapping: Mapping[str, str] = {}
) -> tuple[RejectedRow, ...]:
    """The rows an import of `table` would refuse, and why, without touching a database: the
    same reading the import makes, so a preview flags exactly those. (The secret only signs
    codes for rows that have none.) About 100 ms for 10,000 rows: run it off the UI thread."""
    chosen = layout(table.columns, format, mapping)
    return tuple(convert(table, chosen, source_key(table.location), "preview").rejected)


def preview(
    source: str | Table,
    format: str = "auto",
    mapping: Mapping[str, str] = {},
    rows: int = 5,
    check: bool = True,
) -> Preview:
    """The detected format, the column mapping, the first rows and (unless `check` is off:
    the caller checks them later) the rows an import would refuse, without a database."""
    table = source if isinstance(source, Table) else load(source)
    chosen = layout(table.columns, format, mapping)
    refused = refused_rows(table, format, mapping) if check else ()
    return Preview(
        format=chosen.format,
        columns=table.columns,
        mapping=chosen.mapping,
        first_rows=table.rows[:rows],
        row_count=len(table.rows),
        encoding=table.encoding,
        delimiter=table.delimiter,
        refused=refused,
    )


def run_sync(
    repo: Repository,
    source: str | Table,
    *,
    format: str = "auto",
    mapping: Mapping[str, str] = {},
    dry_run: bool = False,
    name: str | None = None,
    progress: Progress | None = None,
    partial: bool = False,
    within: Callable[[SyncReport], None] | None = None,
    event_name: str = "",
) -> SyncReport:
    """Sync one source into the repository's home; with `dry_run` only report what would change.

    `name` keys the source (default: its URL or absolute path): give a re-export saved under a
    new file name the same name to sync it as the same list. A `partial` table holds only what
    changed (a platform's incremental pull): tickets it lacks are left alone, not cancelled.
    `within` runs inside the sync's transaction once the list is written, given the report (a
    platform's cursor and what else the pull brought are stored there, so that they move only
    with the list). `event_name` names the event a first sync creates (a platform's own name
    for it) instead of the source's file name.
    """
    table = source if isinstance(source, Table) else load(source, repo.clock)
    chosen = layout(table.columns, format, mapping)  # refuses a table without a name column
    key = name or source_key(table.location)
    report = SyncReport(
        source=key,
        location=table.location,
        format=chosen.format,
        dry_run=dry_run,
        fetched_at=table.fetched_at,
        mapping=chosen.mapping,
    )
    with paused_gc(), sync_store.transaction(repo):
        event = repo.event()
        if event is None and not dry_run:
            event = _first_event(repo, table.location, event_name)
            report.created_event = event.name
        secret = event.secret if event is not None else _PREVIEW_SECRET
        conversion = convert(table, chosen, key, secret, progress)
        if progress is not None:
            progress("comparing", 0, 1)
        # An incremental pull compares only the tickets it brought; a whole list, everything
        # (whoever it no longer lists is cancelled).
        ids = {r.source_id for r in conversion.records} if partial else None
        codes = {r.values[0] for r in conversion.records} if partial else None
        write = _plan(
            conversion,
            sync_store.stored_rows(repo, key, ids),
            sync_store.codes_elsewhere(repo, key, codes),
            report,
            complete=not partial,
        )
        if event is not None:
            report.cancelled_inside = _inside(repo, event, write.cancels)
        if dry_run:
            return report
        write.source, write.location, write.format = key, table.location, chosen.format
        write.mapping, write.fetched_at = dict(mapping), table.fetched_at
        write.report = report.counts()
        if progress is not None:
            progress("writing", 0, 1)
        sync_store.apply(repo, write)
        if within is not None:
            within(report)
    if progress is not None:
        progress("writing", 1, 1)
    log.info("synced %s: %s", key, report.counts())
    return report


def sync_again(repo: Repository, key: str, progress: Progress | None = None) -> SyncReport:
    """Re-read a source synced before, with the format and --map choices it was synced with."""
    known = sync_store.sync_source(repo, key)
    if known is None:
        raise SyncError(f"{key} has never been synced here.")
    return run_sync(
        repo,
        load(known.location, repo.clock),
        format=known.format,
        mapping=known.mapping,
        name=known.source,
        progress=progress,
    )


def offline_message(repo: Repository, location: str, name: str | None = None) -> str:
    """What the desk says when a source cannot be fetched: how old the list it works on is."""
    known = sync_store.sync_source(repo, name or source_key(location))
    if known is None:
        return "Nothing was changed; this desk has no list from that address yet."
    event = repo.event()
    instant = known.fetched_at or known.synced_at
    when = event.local_time(instant) if event is not None else instant.astimezone()
    return (
        f"Nothing was changed; the desk works offline on the list from {when:%A %d %B %Y at %H:%M}."
    )


def _inside(repo: Repository, event: Event, attendee_ids: list[int]) -> list[str]:
    """The names of those among `attendee_ids` who are inside the venue today."""
    inside = repo.inside_among(attendee_ids, event.day_of(repo.clock()))
    people = (repo.attendee(attendee_id) for attendee_id in sorted(inside))
    return sorted(f"{a.display_name} ({a.code})" for a in people if a is not None)


def _first_event(repo: Repository, location: str, given_name: str = "") -> Event:
    """A home's first sync creates its event: named as given, else after the source; today as
    its only day, no capacity until the organizer sets one."""
    stem = Path(display_name(location)).stem or display_name(location)
    name = single_line(given_name) or (
        " ".join(stem.replace("_", " ").replace("-", " ").split()) or "Event"
    )
    event = Event(
        name=name,
        timezone=local_zone_name(),
        days=(local_today(repo.clock()),),
        secret=new_event_secret(),
    )
    return repo.save_event(event)


def _plan(
    conversion: Conversion,
    stored: dict[str, StoredRow],
    elsewhere: dict[str, str],
    report: SyncReport,
    complete: bool = True,
) -> SyncWrite:
    write = SyncWrite(source=report.source)
    rejected = list(conversion.rejected)
    present = {record.source_id for record in conversion.records}
    by_code = {row.values[0]: sid for sid, row in stored.items()}
    matched: set[str] = set()
    for record in conversion.records:
        code = record.values[0]
        if code in elsewhere:
            rejected.append(
                RejectedRow(
                    record.number,
                    f"ticket code {code} already belongs to {elsewhere[code]}",
                    RowProblem.CODE_TAKEN,
                    (code, elsewhere[code]),
                )
            )
            continue
        key = record.source_id
        if key not in stored:
            # The same ticket under a new identity (an export that gained an id column):
            # matched by its code, so it is updated rather than cancelled and added again.
            previous = by_code.get(code) if complete else None
            if previous is not None and previous not in present and previous not in matched:
                key = previous
        row = stored.get(key)
        if row is None:
            write.inserts.append((record.source_id, record.values))
            report.added += 1
            continue
        matched.add(key)
        if row.values == record.values and key == record.source_id:
            report.unchanged += 1
        else:
            write.updates.append((row.id, record.source_id, record.values))
            report.updated += 1
    for sid, row in stored.items() if complete else ():
        gone = sid not in present and sid not in matched and sid not in conversion.protected
        if gone and row.values[-1] != "cancelled":
            write.cancels.append(row.id)
            report.cancelled += 1
    report.rejected = sorted(rejected, key=lambda r: r.number)
    return write
