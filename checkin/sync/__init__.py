"""Attendee-list sync: ticketing-platform exports (Eventbrite, pretix, Tito, any spreadsheet), as
files or URLs, into the local database — safely repeatable, all or nothing, explained.

The window calls `preview` and `run_sync` (with a progress callback) from a worker thread.
"""

# Loaded on first use (PEP 562): the sync engine brings urllib, openpyxl and the platforms'
# clients, which a command that does not sync (`checkin --help`, `scan`) should not wait for.
import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checkin.sync.api_client import NotVisible, TokenRefused
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

_MODULE_OF = {
    **dict.fromkeys(
        ("load", "offline_message", "preview", "refused_rows", "run_sync", "source_key",
         "sync_again"), "engine"
    ),
    **dict.fromkeys(("FORMATS", "parse_overrides"), "formats"),
    **dict.fromkeys(("NotVisible", "TokenRefused"), "api_client"),
    **dict.fromkeys(("FIELDS", "Preview", "RejectedRow", "SourceUnreachable",
                     "SourceUnreadable", "SyncError", "SyncReport", "Table"), "model"),
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)


__all__ = [
    "FIELDS",
    "FORMATS",
    "NotVisible",
    "Preview",
    "RejectedRow",
    "SourceUnreachable",
    "SourceUnreadable",
    "SyncError",
    "SyncReport",
    "Table",
    "TokenRefused",
    "load",
    "offline_message",
    "parse_overrides",
    "preview",
    "refused_rows",
    "run_sync",
    "source_key",
    "sync_again",
]
