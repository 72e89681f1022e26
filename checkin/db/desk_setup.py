"""What this home's desk is set up with, shared by the window and the command line: its badge
printer. Kept in the database's `meta` table, so `checkin scan` prints a badge exactly when the
desk window on the same home would."""

from __future__ import annotations

from checkin.db.models import MetaRow
from checkin.db.repository import Repository

_PRINTER_KEY = "desk_printer"


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
