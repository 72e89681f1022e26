"""The home's hub settings: the join URL (it carries the password) and this desk's name.

Kept in `hub.json` in the home, created readable by this user only before anything is written
to it. Nothing else in the app writes the URL anywhere: logs and status output show
`address.shown(url)`, without the password.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from checkin.paths import private_file, private_home

FILE_NAME = "hub.json"


@dataclass(frozen=True)
class HubConfig:
    url: str
    desk: str


def config_path(home: Path) -> Path:
    return home / FILE_NAME


def load(home: Path) -> HubConfig | None:
    path = config_path(home)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return None  # damaged: the home behaves as not joined; `hub join` writes it anew
    private_file(path)  # an older copy left readable is tightened on sight
    if not isinstance(data, dict) or not isinstance(data.get("url"), str):
        return None
    return HubConfig(url=data["url"], desk=str(data.get("desk") or ""))


def save(home: Path, config: HubConfig) -> None:
    private_home(home)
    path = config_path(home)
    temporary = path.with_name(FILE_NAME + ".new")
    private_file(temporary, create=True)
    with temporary.open("w", encoding="utf-8") as out:
        json.dump({"url": config.url, "desk": config.desk}, out)
        out.flush()
        os.fsync(out.fileno())
    temporary.replace(path)


def forget(home: Path) -> bool:
    try:
        config_path(home).unlink()
    except FileNotFoundError:
        return False
    return True
