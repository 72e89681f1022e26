"""Join URLs: parsing, the form safe to show (no password), and opening a connection.

A join URL is an ordinary PostgreSQL URL (`postgresql://desk:SECRET@10.0.0.5:5432/checkin`),
so a venue's own database or a cloud one works as well as `checkin hub serve`'s. psycopg's
errors are turned into `HubUnreachable` (try again later) or `HubRefused` (a person must act),
with a sentence that names the host but never the password.
"""

from __future__ import annotations

import logging
import socket
from urllib.parse import urlsplit, urlunsplit

import psycopg

from checkin import __version__
from checkin.hub.errors import HubRefused, HubUnreachable

log = logging.getLogger("checkin.hub")


def check_url(url: str) -> str:
    """The URL, stripped, or HubRefused saying what is wrong with it."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in {"postgresql", "postgres"} or not parts.hostname:
        raise HubRefused(
            "That is not a hub's join URL: it starts with postgresql:// and names a host."
        )
    try:
        parts.port  # noqa: B018  # a malformed port raises here, not later
    except ValueError as error:
        raise HubRefused("The join URL's port is not a number.") from error
    return url


def shown(url: str) -> str:
    """The URL without its password: what logs and status output may carry."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def where(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port or 5432}"


def connect(url: str, timeout: float = 2.0) -> psycopg.Connection[tuple[object, ...]]:
    """An autocommit connection (transactions are explicit), with TCP keepalives so that a
    silently vanished hub is noticed by a waiting desk."""
    try:
        conn = psycopg.connect(
            url,
            autocommit=True,
            connect_timeout=max(2, round(timeout)),
            application_name=f"checkin {__version__} on {socket.gethostname()}"[:63],
            keepalives=1,
            keepalives_idle=5,
            keepalives_interval=2,
            keepalives_count=2,
            tcp_user_timeout=6000,
        )
    except psycopg.OperationalError as error:
        raise classify(error, url) from None
    return conn


def classify(error: BaseException, url: str) -> HubRefused | HubUnreachable:
    text = str(error).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return HubRefused(
            f"The hub at {where(url)} refused this desk's password; ask the organizer for "
            "the current join URL."
        )
    if "does not exist" in text and "database" in text:
        return HubRefused(f"The hub at {where(url)} has no such database; check the join URL.")
    if "no pg_hba.conf entry" in text:
        return HubRefused(f"The hub at {where(url)} does not accept desks from this address.")
    log.info("hub %s unreachable: %s", where(url), _first_line(error))
    return HubUnreachable(f"The hub at {where(url)} cannot be reached ({_first_line(error)}).")


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    text = lines[-1] if lines else type(error).__name__
    # libpq prefixes the host and port, which the sentence names already.
    return text.split("failed: ")[-1].rstrip(".")


def abort(conn: psycopg.Connection[tuple[object, ...]]) -> None:
    """Wake a thread waiting on `conn` from another thread: shut its socket down (the waiting
    call then fails at once), where closing it could race with the waiter's own use."""
    try:
        sock = socket.socket(fileno=socket.dup(conn.fileno()))
    except (OSError, psycopg.Error):
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.close()
