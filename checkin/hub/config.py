"""The home's hub settings: the hub's URL with this desk's own role and password (made for it at
enrolment, `checkin.hub.joining`; never the join URL), this desk's name, and, for a join URL
that names the hub's certificate, this desk's copy of that certificate.

Kept in `hub.json` and `hub-cert.pem` in the home, each created readable by this user only
before anything is written to it. Nothing else in the app writes the URL anywhere: logs and
status output show `address.shown(url)`, without the password.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from checkin.paths import private_file, private_home

FILE_NAME = "hub.json"
CERT_FILE = "hub-cert.pem"


@dataclass(frozen=True)
class HubConfig:
    url: str  # the join URL as the organizer gave it, with this desk's own credentials in it
    desk: str
    root_cert: Path | None = None  # this desk's copy of the certificate a pinned URL names

    @property
    def connection(self) -> str:
        """What to connect with: a pinned join URL verifies the hub against `root_cert`."""
        if self.root_cert is None:
            return self.url
        from checkin.hub import address  # psycopg: only a desk that connects pays for it

        return address.verified(self.url, self.root_cert)


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
    url = data["url"]
    root_cert = None
    from checkin.hub import address  # psycopg: a home that joined no hub never loads it

    if address.pin_of(url) is not None:
        # Never connect to a pinned hub unchecked: a missing copy fails the connection, and
        # the desk is told to join again.
        root_cert = (home / CERT_FILE).resolve()
        private_file(root_cert)
    return HubConfig(url=url, desk=str(data.get("desk") or ""), root_cert=root_cert)


def stage_certificate(home: Path, pem: str) -> Path:
    """Write a hub's certificate beside the one in use, for the joining round; `save` puts it
    in place once that round got through, so a failed join leaves the current hub's alone."""
    private_home(home)
    staged = (home / (CERT_FILE + ".new")).resolve()
    _write_private(staged, pem)
    return staged


def save(home: Path, config: HubConfig, staged_cert: Path | None = None) -> None:
    from checkin.hub import address  # psycopg: loaded only when needed

    private_home(home)
    if staged_cert is not None:
        staged_cert.replace(home / CERT_FILE)
    path = config_path(home)
    temporary = path.with_name(FILE_NAME + ".new")
    _write_private(temporary, json.dumps({"url": config.url, "desk": config.desk}))
    temporary.replace(path)
    if address.pin_of(config.url) is None:
        (home / CERT_FILE).unlink(missing_ok=True)  # a pinned hub left for an unpinned one


def _write_private(path: Path, text: str) -> None:
    private_file(path, create=True)
    with path.open("w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())


def forget(home: Path) -> bool:
    (home / CERT_FILE).unlink(missing_ok=True)
    try:
        config_path(home).unlink()
    except FileNotFoundError:
        return False
    return True
