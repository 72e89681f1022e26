"""Getting the bytes of a source: a local file, or an http(s) URL (a platform's export link, a
published spreadsheet). Nothing here interprets the bytes; `tables` does that."""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from checkin import __version__
from checkin.sync.model import SourceUnreachable, SourceUnreadable

log = logging.getLogger("checkin.sync")

# Far above any real attendee list (50,000 rows of an Eventbrite report is ~25 MB), low enough
# that a wrong link to a video cannot fill the laptop's memory.
MAX_BYTES = 200 * 1024 * 1024
TIMEOUT_SECONDS = 30.0


def is_url(source: str) -> bool:
    return source.strip().lower().startswith(("http://", "https://"))


def display_name(source: str) -> str:
    """A short name for messages and for an event created by a first sync."""
    text = source.strip()
    if is_url(text):
        return text.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or text
    return Path(text).name


def read_source(
    source: str, clock: Callable[[], datetime], timeout: float = TIMEOUT_SECONDS
) -> tuple[bytes, datetime | None]:
    """The bytes of a file or URL, and for a URL the instant it was fetched."""
    if is_url(source):
        return _download(source.strip(), timeout), clock()
    return _read_file(source), None


def _read_file(source: str) -> bytes:
    path = Path(source).expanduser()
    try:
        if path.is_dir():
            raise SourceUnreadable(f"{source} is a folder, not a spreadsheet file.")
        if path.stat().st_size > MAX_BYTES:
            raise SourceUnreadable(f"{source} is too large to be an attendee list.")
        return path.read_bytes()
    except FileNotFoundError as error:
        raise SourceUnreadable(f"There is no file {source}.") from error
    except PermissionError as error:
        raise SourceUnreadable(f"{source} cannot be opened: permission denied.") from error
    except OSError as error:
        raise SourceUnreadable(f"{source} cannot be read ({error.strerror or error}).") from error


def _download(url: str, timeout: float) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": f"checkin/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        error.close()  # it holds the response open; the desk has no use for the body
        raise SourceUnreachable(f"{url} answered {error.code} {error.reason}.") from error
    except urllib.error.URLError as error:
        raise SourceUnreachable(f"{url} cannot be reached ({error.reason}).") from error
    except (TimeoutError, OSError, ValueError) as error:
        raise SourceUnreachable(f"{url} cannot be reached ({error}).") from error
    if len(data) > MAX_BYTES:
        raise SourceUnreadable(f"{url} is too large to be an attendee list.")
    log.info("fetched %d bytes from %s", len(data), url)
    return data
