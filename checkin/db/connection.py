"""Opening the SQLite file with the settings a registration desk needs.

WAL lets the dashboard read while a desk writes; synchronous=FULL because a laptop at a desk can
lose power and a check-in the desk reported as done must survive it; a busy timeout because
several desks (processes) may share one file.
"""

from __future__ import annotations

import logging
from pathlib import Path

import peewee as pw

from checkin.db.migrations import migrate
from checkin.db.models import database_proxy

log = logging.getLogger("checkin.db")

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
}


class DatabaseInUse(RuntimeError):
    """Another database file is already open in this process."""


class _OpenFile:
    """The one database this process has open. peewee binds models to a database globally,
    so a second file at the same time would silently read the wrong data: refuse it instead."""

    path: Path | None = None
    db: pw.SqliteDatabase | None = None
    users = 0


def open_database(path: Path) -> pw.SqliteDatabase:
    """Open (creating if needed) and migrate the database file; one file per process."""
    path = Path(path).resolve()
    if _OpenFile.path is not None and _OpenFile.path != path:
        raise DatabaseInUse(f"{_OpenFile.path} is already open in this process.")
    if _OpenFile.db is None:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=10)
        db.connect(reuse_if_open=True)
        try:
            found = migrate(db)
        except BaseException:
            db.close()
            raise
        log.info("opened %s (schema %d)", path, found)
        database_proxy.initialize(db)
        _OpenFile.path, _OpenFile.db = path, db
    _OpenFile.users += 1
    return _OpenFile.db


def close_database() -> None:
    _OpenFile.users -= 1
    if _OpenFile.users <= 0 and _OpenFile.db is not None:
        _OpenFile.db.close()
        database_proxy.initialize(None)
        _OpenFile.path, _OpenFile.db, _OpenFile.users = None, None, 0
