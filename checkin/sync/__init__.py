"""Attendee-list sync: ticketing-platform exports (Eventbrite, pretix, Tito, any spreadsheet), as
files or URLs, into the local database — safely repeatable, all or nothing, explained.

The window calls `preview` and `run_sync` (with a progress callback) from a worker thread.
"""

from checkin.sync.engine import (
    load,
    offline_message,
    preview,
    refused_rows,
    run_sync,
    source_key,
    sync_again,
)
from checkin.sync.formats import FORMATS, parse_overrides
from checkin.sync.model import (
    FIELDS,
    Preview,
    RejectedRow,
    SourceUnreachable,
    SourceUnreadable,
    SyncError,
    SyncReport,
    Table,
)

__all__ = [
    "FIELDS",
    "FORMATS",
    "Preview",
    "RejectedRow",
    "SourceUnreachable",
    "SourceUnreadable",
    "SyncError",
    "SyncReport",
    "Table",
    "load",
    "offline_message",
    "parse_overrides",
    "preview",
    "refused_rows",
    "run_sync",
    "source_key",
    "sync_again",
]
