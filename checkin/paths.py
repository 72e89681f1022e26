"""Where a desk keeps its data: `--home DIR`, else $CHECKIN_HOME, else the per-OS data folder.

The home holds personal data (names, e-mails, notes): on POSIX it is 0700 and what the desk writes
is 0600, readable by this user only. On Windows these modes mean nothing (only the read-only flag);
there the default home sits in the user's own profile, whose permissions already keep other
accounts out, and a home given with --home keeps the permissions of the folder it is in.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOME_ENV = "CHECKIN_HOME"
DATABASE_NAME = "checkin.sqlite3"


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(HOME_ENV)
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_data_dir  # only here: a given home never pays for it

    return Path(user_data_dir("checkin", appauthor=False))


def database_path(home: Path) -> Path:
    return home / DATABASE_NAME


PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"


def private_home(home: Path) -> Path:
    """Create the home (0700), or tighten one an earlier release left readable to others."""
    home.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    _tighten(home, PRIVATE_FOLDER)
    return home


def private_file(path: Path, create: bool = False) -> Path:
    """Make `path` readable by this user only; with `create`, create it empty that way first, so
    its contents are never readable by others, not even for a moment."""
    if create:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE))
    _tighten(path, PRIVATE_FILE)
    return path


def _tighten(path: Path, mode: int) -> None:
    if not _POSIX:
        return
    try:
        if path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)
    except FileNotFoundError:
        pass
    except PermissionError:
        pass  # someone else's file (a shared folder): nothing this user may change


@contextmanager
def private_umask() -> Iterator[None]:
    """Files created meanwhile (SQLite's -wal and -shm, exports, PDFs) start as 0600."""
    if not _POSIX:
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)
