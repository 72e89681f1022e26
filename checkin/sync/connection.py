"""The ticketing platform a home is connected to: platform, API URL and token, in one file.

The file lives in the home beside the database and is readable by its user only (0600): it holds
the token. It is written whole (a new file moved over the old one) so that a crash never leaves
half a token. The token is never part of `repr`, a message or a log line.
"""

from __future__ import annotations

import json
import os
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from checkin.sync.model import SyncError

PLATFORMS = ("pretix", "eventbrite", "tito")
FILE_NAME = "platform.json"
MAX_TOKEN = 4096


class NotConnected(SyncError):
    """The home has no ticketing platform connected."""


@dataclass(frozen=True)
class Connection:
    platform: str
    url: str
    token: str = field(repr=False)
    # The check-in list the desk's check-ins count on (pretix's id, Tito's slug) and its name;
    # "" for the event's first, as before lists could be chosen.
    check_in_list: str = ""
    check_in_list_name: str = ""

    @property
    def source(self) -> str:
        """The name this platform's attendees are stored under (one list per event URL)."""
        return f"{self.platform}:{self.url}"

    @property
    def host(self) -> str:
        return urllib.parse.urlsplit(self.url).netloc.lower()


def connection_path(home: Path) -> Path:
    return home / FILE_NAME


def checked(platform: str, url: str, token: str) -> Connection:
    """A connection from what the organizer typed, or `SyncError` with one sentence."""
    platform = platform.strip().lower()
    if platform not in PLATFORMS:
        raise SyncError(f"Unknown platform {platform!r}; use one of {', '.join(PLATFORMS)}.")
    url = url.strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SyncError("The platform's API URL must start with https://.")
    if parts.query or parts.fragment:
        raise SyncError("Give the API URL without ?… or #… (the token goes in --token).")
    token = token.strip()
    if not token:
        raise SyncError("No token given: use --token, --token-file or CHECKIN_TOKEN.")
    if len(token) > MAX_TOKEN or not token.isprintable() or any(c.isspace() for c in token):
        raise SyncError("That token is not a platform API token (spaces or control characters).")
    return Connection(platform, url.rstrip("/") + "/", token)


def save(home: Path, connection: Connection) -> None:
    home.mkdir(parents=True, exist_ok=True)
    path = connection_path(home)
    scratch = path.with_name(f".{FILE_NAME}.{os.getpid()}")
    text = json.dumps(
        {
            "platform": connection.platform,
            "url": connection.url,
            "token": connection.token,
            "list": connection.check_in_list,
            "list_name": connection.check_in_list_name,
        }
    )
    # Created with 0600 from the first byte: the token is never readable by others, not even
    # for the moment between creating the file and changing its mode.
    handle = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        scratch.chmod(0o600)  # an umask cannot widen it, but a stale scratch file might be wider
        scratch.replace(path)
    except BaseException:
        scratch.unlink(missing_ok=True)
        raise


def load(home: Path) -> Connection:
    path = connection_path(home)
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
        return Connection(
            str(values["platform"]),
            str(values["url"]),
            str(values["token"]),
            str(values.get("list") or ""),
            str(values.get("list_name") or ""),
        )
    except FileNotFoundError as error:
        raise NotConnected(
            "No ticketing platform is connected: run `checkin connect pretix|eventbrite|tito URL "
            "--token TOKEN`, or `checkin sync FILE`."
        ) from error
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SyncError(
            f"{path} cannot be read; connect the platform again with `checkin connect`."
        ) from error


def forget(home: Path) -> bool:
    """Remove the connection (and with it the token); True when there was one."""
    try:
        connection_path(home).unlink()
    except FileNotFoundError:
        return False
    return True
