"""What this home's desk is set up with, shared by the window and the command line: its badge
printer (so `checkin scan` prints a badge exactly when the desk window on the same home would),
and whether the desk window is running on it. Kept in the database's `meta` table.

The running mark is what lets a merge tell a file copied out from under a running desk (its
newest check-ins may still be in the `-wal` journal that was left behind) from one whose desk
closed cleanly."""

from __future__ import annotations

from checkin.db.models import MetaRow
from checkin.db.repository import Repository

_PRINTER_KEY = "desk_printer"
RUNNING_KEY = "desk_running"


def badge_printer(repo: Repository) -> str | None:
    """The printer's name ('' = the system's default), or None when this desk does not print."""
    row = MetaRow.get_or_none(MetaRow.key == _PRINTER_KEY)
    return None if row is None else str(row.value)


def set_badge_printer(repo: Repository, name: str | None) -> None:
    if badge_printer(repo) == name:
        return
    with repo.db.atomic("IMMEDIATE"):
        if name is None:
            MetaRow.delete().where(MetaRow.key == _PRINTER_KEY).execute()
        else:
            MetaRow.replace(key=_PRINTER_KEY, value=name).execute()
        repo.audit("desk_printer", detail={"printer": name})


def mark_running(repo: Repository, running: bool) -> None:
    """The desk window opens (True) or closes (False) on this home. Opening also moves the mark
    into the main file at once (a passive checkpoint), so any copy of that file taken while the
    desk runs carries it."""
    with repo.db.atomic("IMMEDIATE"):
        if running:
            MetaRow.replace(key=RUNNING_KEY, value="1").execute()
        else:
            MetaRow.delete().where(MetaRow.key == RUNNING_KEY).execute()
    repo.db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
