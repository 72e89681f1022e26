"""Where a desk keeps its data: `--home DIR`, else $CHECKIN_HOME, else the per-OS data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

HOME_ENV = "CHECKIN_HOME"
DATABASE_NAME = "checkin.sqlite3"


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(HOME_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(user_data_dir("checkin", appauthor=False))


def database_path(home: Path) -> Path:
    return home / DATABASE_NAME
