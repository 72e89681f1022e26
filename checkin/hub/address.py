"""Join URLs: parsing, the form safe to show (no password), and opening a connection.

A join URL is an ordinary PostgreSQL URL (`postgresql://desk:SECRET@10.0.0.5:5432/checkin`),
so a venue's own database or a cloud one works as well as `checkin hub serve`'s. psycopg's
errors are turned into `HubUnreachable` (try again later) or `HubRefused` (a person must act),
with a sentence that names the host but never the password.

`checkin hub serve`'s URLs also name the hub's certificate (`?checkin_cert=sha256-…`, see
`checkin.hub.certificate`). libpq refuses query parameters it does not know, so that one never
reaches it: a joined desk connects with `verified(url, its copy of the certificate)`.
"""

from __future__ import annotations

import logging
import re
import socket
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import psycopg

from checkin import __version__
from checkin.hub.errors import HubCode, HubRefused, HubUnreachable

log = logging.getLogger("checkin.hub")

PIN_PARAMETER = "checkin_cert"
# "sha256-" and the certificate's SHA-256 in unpadded base64url: 21 characters shorter than hex,
# which keeps the join URL's QR code one version smaller for the desks' webcams.
PIN_FORM = re.compile(r"sha256-[A-Za-z0-9_-]{43}")


SCHEMES = ("postgresql", "postgres")  # what a join URL starts with (libpq's own two)


def check_url(url: str) -> str:
    """The URL, stripped, or HubRefused saying what is wrong with it."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES or not parts.hostname:
        raise HubRefused(
            "That is not a hub's join URL: it starts with postgresql:// and names a host.",
            HubCode.NOT_A_URL,
        )
    try:
        parts.port  # noqa: B018  # a malformed port raises here, not later
    except ValueError as error:
        raise HubRefused("The join URL's port is not a number.", HubCode.BAD_PORT) from error
    pins = [value for key, value in _query(url) if key == PIN_PARAMETER]
    if len(pins) > 1 or (pins and not PIN_FORM.fullmatch(pins[0])):
        raise HubRefused(
            f"The join URL's certificate fingerprint ({PIN_PARAMETER}) is damaged; copy the "
            "URL again from the hub.",
            HubCode.BAD_FINGERPRINT,
        )
    return url


def _query(url: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(url).query, keep_blank_values=True)


def _with_query(url: str, query: list[tuple[str, str]]) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote, safe="/")))


def pin_of(url: str) -> str | None:
    """The certificate fingerprint a join URL names, or None (a URL without one)."""
    pins = [value for key, value in _query(url) if key == PIN_PARAMETER]
    return pins[0] if pins else None


def pinned(url: str, pin: str) -> str:
    """`url` naming the certificate `pin`: its sslmode goes (a desk verifies, see `verified`)."""
    kept = [(k, v) for k, v in _query(url) if k not in {PIN_PARAMETER, "sslmode"}]
    return _with_query(url, [*kept, (PIN_PARAMETER, pin)])


def verified(url: str, root_cert: Path) -> str:
    """The libpq URL for a pinned join URL: TLS checked against the certificate kept at
    `root_cert` (the hub's own, self-signed; verify-full where the URL asked for it)."""
    query = _query(url)
    full = ("sslmode", "verify-full") in query
    kept = [(k, v) for k, v in query if k not in {PIN_PARAMETER, "sslmode", "sslrootcert"}]
    mode = "verify-full" if full else "verify-ca"
    return _with_query(url, [*kept, ("sslmode", mode), ("sslrootcert", str(root_cert))])


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
    if pin_of(url) is not None:
        raise ValueError("a pinned join URL connects through address.verified()")
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
            "the current join URL.",
            HubCode.PASSWORD,
            (where(url),),
        )
    if any(words in text for words in ("row-level security", "not permitted to log in",
                                       "permission denied")):  # fmt: skip
        return HubRefused(
            f"The hub at {where(url)} no longer takes this desk's writes (the organizer revoked "
            "it, or the hub was made anew); join it again with the organizer's join URL."
        )
    if "does not exist" in text and "database" in text:
        return HubRefused(
            f"The hub at {where(url)} has no such database; check the join URL.",
            HubCode.NO_DATABASE,
            (where(url),),
        )
    if "no pg_hba.conf entry" in text:
        return HubRefused(
            f"The hub at {where(url)} does not accept desks from this address.",
            HubCode.NOT_FROM_HERE,
            (where(url),),
        )
    if "root certificate file" in text:
        return HubRefused(
            "This desk's copy of the hub's certificate is missing from its home; join the hub "
            "again with its join URL."
        )
    if "certificate verify failed" in text:
        # Its certificate was replaced: whoever answers is not the hub this desk joined.
        return HubRefused(
            f"The hub at {where(url)} presented a certificate other than the one this desk "
            "joined with; do not trust it, ask the organizer for the current join URL."
        )
    if "server does not support ssl" in text:
        return HubRefused(
            f"The hub at {where(url)} no longer offers TLS although this desk joined it with "
            "its certificate; ask the organizer for the current join URL."
        )
    log.info("hub %s unreachable: %s", where(url), _first_line(error))
    reason = _first_line(error)
    return HubUnreachable(
        f"The hub at {where(url)} cannot be reached ({reason}).",
        HubCode.UNREACHABLE,
        (where(url), reason),
    )


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


def tls_of(conn: psycopg.Connection[tuple[object, ...]]) -> str:
    """How this connection is protected: "verified" (TLS, and the hub's certificate checked),
    "encrypted" (TLS without a check of who answers) or "off"."""
    if not conn.pgconn.ssl_in_use:
        return "off"
    mode = conn.info.get_parameters().get("sslmode", "")
    return "verified" if mode in {"verify-ca", "verify-full"} else "encrypted"
