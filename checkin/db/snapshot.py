"""A desk's whole database as one file to carry (a USB stick to the organizer's laptop), taken
consistently while the desk keeps running.

Copying only a running desk's `.sqlite3` loses whatever still sits in its `-wal` journal. A
snapshot is made with SQLite's backup API (a consistent picture of the database, journal
included), switched to a single-file journal, written readable by this user only and renamed into
place only when complete, so a half-written snapshot never looks like a good one.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from checkin.db.desk_setup import RUNNING_KEY
from checkin.paths import private_file, private_umask


class SnapshotFailed(RuntimeError):
    """The snapshot could not be written; nothing was left at the target."""


def make_snapshot(database: Path, out: Path) -> int:
    """Write the snapshot; returns how many desk events it holds."""
    if out.resolve() == database.resolve():
        raise SnapshotFailed("The snapshot must not overwrite the desk's own database.")
    if not out.parent.is_dir():
        raise SnapshotFailed(f"There is no folder {out.parent}.")
    partial = out.with_name(f".{out.name}.partial")
    try:
        with private_umask():
            private_file(partial, create=True)
            source = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")  # one file, nothing beside it
                # The copy is not a running desk, whatever the original was when it was taken.
                target.execute("DELETE FROM meta WHERE key = ?", (RUNNING_KEY,))
                target.commit()
                events = int(target.execute("SELECT COUNT(*) FROM desk_event").fetchone()[0])
            finally:
                target.close()
                source.close()
        with partial.open("rb") as written:
            os.fsync(written.fileno())
        partial.replace(out)
    except (sqlite3.DatabaseError, OSError) as error:
        partial.unlink(missing_ok=True)
        raise SnapshotFailed(f"Could not write the snapshot to {out}: {error}.") from error
    return events
