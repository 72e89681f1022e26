"""Getting the bytes of a source: a local file, or an http(s) URL (a platform's export link, a
published spreadsheet). Nothing here interprets the bytes; `tables` does that."""

from __future__ import annotations

import logging
import os
import stat
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from checkin import __version__
from checkin.sync.model import ReadCode, SourceUnreachable, SourceUnreadable

log = logging.getLogger("checkin.sync")

# Far above any real attendee list (50,000 rows of an Eventbrite report is ~25 MB), low enough
# that a wrong link to a video cannot fill the laptop's memory.
MAX_BYTES = 200 * 1024 * 1024
TIMEOUT_SECONDS = 30.0  # for the whole download, connection and headers included
_CHUNK = 64 * 1024


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
            raise SourceUnreadable(
                f"{source} is a folder, not a spreadsheet file.", ReadCode.FOLDER, (source,)
            )
        # Non-blocking open: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode):
                # /dev/zero never ends, a FIFO or a terminal may never answer: only files count.
                raise SourceUnreadable(
                    f"{source} is not a regular file (a device, pipe or socket).",
                    ReadCode.NOT_A_FILE,
                    (source,),
                )
            if info.st_size > MAX_BYTES:
                raise SourceUnreadable(
                    f"{source} is too large to be an attendee list.", ReadCode.TOO_LARGE, (source,)
                )
            data = _read_bounded(stream, info.st_size)
    except FileNotFoundError as error:
        raise SourceUnreadable(
            f"There is no file {source}.", ReadCode.MISSING, (source,)
        ) from error
    except PermissionError as error:
        raise SourceUnreadable(
            f"{source} cannot be opened: permission denied.", ReadCode.DENIED, (source,)
        ) from error
    except OSError as error:
        reason = str(error.strerror or error)
        raise SourceUnreadable(
            f"{source} cannot be read ({reason}).", ReadCode.UNREADABLE, (source, reason)
        ) from error
    if len(data) > MAX_BYTES:
        raise SourceUnreadable(
            f"{source} is too large to be an attendee list.", ReadCode.TOO_LARGE, (source,)
        )
    return data


def _read_bounded(stream: BinaryIO, size: int) -> bytes:
    """The file's bytes; one that grows while it is read stops at the budget."""
    chunks = [stream.read(size + 1)]  # one read for nearly every file, sized by its length
    total = len(chunks[0])
    while total <= MAX_BYTES and len(chunks[-1]) > 0 and total > size:
        chunks.append(stream.read(_CHUNK))
        total += len(chunks[-1])
    return b"".join(chunks)


def _download(url: str, timeout: float) -> bytes:
    """The body of `url`, within `timeout` seconds in all.

    urllib's timeout applies to each socket operation, so a server that trickles a byte every few
    seconds never trips it. The download therefore runs on its own thread, and this one waits for
    it only until the deadline; a late download is abandoned (it stops at its next read).
    """
    outcome: list[bytes | BaseException] = []
    stop = threading.Event()

    def fetch() -> None:
        try:
            outcome.append(_fetch(url, timeout, stop))
        except BaseException as error:  # handed to the waiting thread, which raises it
            outcome.append(error)

    worker = threading.Thread(target=fetch, name="checkin-download", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        stop.set()
        raise _too_slow(url, timeout)
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    log.info("fetched %d bytes from %s", len(result), url)
    return result


def _fetch(url: str, timeout: float, stop: threading.Event) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": f"checkin/{__version__}"})
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    size = 0
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            while True:
                if stop.is_set() or time.monotonic() > deadline:
                    raise _too_slow(url, timeout)  # never a cut-off list taken for the whole
                chunk: bytes = response.read1(_CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > MAX_BYTES:
                    raise SourceUnreadable(f"{url} is too large to be an attendee list.")
    except SourceUnreachable:
        raise
    except urllib.error.HTTPError as error:
        error.close()  # it holds the response open; the desk has no use for the body
        raise SourceUnreachable(f"{url} answered {error.code} {error.reason}.") from error
    except urllib.error.URLError as error:
        raise SourceUnreachable(f"{url} cannot be reached ({error.reason}).") from error
    except (TimeoutError, OSError, ValueError) as error:
        raise SourceUnreachable(f"{url} cannot be reached ({error}).") from error
    return b"".join(chunks)


def _too_slow(url: str, timeout: float) -> SourceUnreachable:
    return SourceUnreachable(f"{url} did not finish sending the list within {timeout:g} seconds.")
