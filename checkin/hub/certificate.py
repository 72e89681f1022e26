"""The hub's TLS certificate: made by `checkin hub serve`, named by its join URL, checked by desks.

A hub made by `serve` has a self-signed certificate (CA:TRUE, so it is its own trust anchor) and
its join URL carries the certificate's SHA-256 fingerprint. A joining desk fetches the
certificate the way libpq would meet it — PostgreSQL's SSLRequest, then a TLS handshake — with
a deadline and a cap on the bytes it reads, compares the fingerprint, and keeps the certificate:
from then on libpq checks every connection against that copy (`address.verified`), so someone
else answering on the hub's address on the venue network gets no check-in.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import shutil
import socket
import ssl
import struct
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

from checkin.hub.errors import HubCode, HubRefused, HubUnreachable

# PostgreSQL's SSLRequest: length 8, then the code 1234 << 16 | 5679; the server answers one
# byte, 'S' (TLS follows) or 'N' (no TLS).
SSL_REQUEST = struct.pack("!ii", 8, 80877103)
FETCH_SECONDS = 5.0
FETCH_LIMIT = 256 * 1024  # a hub's handshake is a few kilobytes; a stream that goes on is not one
VALID_DAYS = 3650  # desks verify its dates: a hub folder kept for next year's event still works


def fingerprint(der: bytes) -> str:
    """The pin a join URL carries: "sha256-" and the certificate's digest in base64url."""
    digest = hashlib.sha256(der).digest()
    return "sha256-" + base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def fingerprint_of_file(pem_file: Path) -> str:
    return fingerprint(ssl.PEM_cert_to_DER_cert(pem_file.read_text(encoding="ascii")))


def make(key: Path, cert: Path, hosts: list[str]) -> bool:
    """A self-signed certificate for the hub (False without openssl): a CA of its own, because a
    desk trusts exactly it; `hosts` (the addresses desks use) in its subjectAltName, for a
    venue that connects with sslmode=verify-full."""
    openssl = shutil.which("openssl")
    if openssl is None:
        return False
    names = ",".join(
        f"IP:{h}" if _is_ip(h) else f"DNS:{h}" for h in dict.fromkeys([*hosts, "127.0.0.1"])
    )
    result = subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", str(VALID_DAYS),
         "-subj", "/CN=checkin hub", "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", f"subjectAltName={names}", "-keyout", str(key), "-out", str(cert)],
        capture_output=True,
    )  # fmt: skip
    return result.returncode == 0


def _is_ip(host: str) -> bool:
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.inet_pton(family, host)
        except OSError:
            continue
        return True
    return False


def fetch_pinned(url: str, pin: str) -> str:
    """The certificate of the hub `url` names, as PEM, once it matches `pin`; HubRefused when
    another one answers (nothing is kept), HubUnreachable when nothing does in time."""
    parts = urlsplit(url)
    host, port = parts.hostname or "", parts.port or 5432
    where = f"{host}:{port}"
    der = fetch(host, port)
    if not hmac.compare_digest(fingerprint(der), pin):
        raise HubRefused(
            f"The hub at {where} presented a certificate other than the one its join URL "
            "names; do not join it, ask the organizer."
        )
    return ssl.DER_cert_to_PEM_cert(der)


def fetch(host: str, port: int, seconds: float = FETCH_SECONDS, limit: int = FETCH_LIMIT) -> bytes:
    """The DER certificate a PostgreSQL server at host:port presents, unverified (the caller
    compares it with what it expects)."""
    where = f"{host}:{port}"
    deadline = time.monotonic() + seconds
    try:
        with socket.create_connection((host, port), timeout=seconds) as sock:
            sock.sendall(SSL_REQUEST)
            sock.settimeout(max(0.01, deadline - time.monotonic()))
            answer = sock.recv(1)
            if answer == b"N":
                raise HubRefused(
                    f"The hub at {where} does not offer TLS although its join URL names its "
                    "certificate; do not join it, ask the organizer."
                )
            if answer != b"S":
                raise HubRefused(f"What answers at {where} is not a PostgreSQL hub.")
            return _handshake(sock, deadline, limit, where)
    except TimeoutError:
        raise HubUnreachable(f"The hub at {where} did not answer in time.") from None
    except (OSError, ssl.SSLError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise HubUnreachable(
            f"The hub at {where} cannot be reached ({reason}).",
            HubCode.UNREACHABLE,
            (where, str(reason)),
        ) from None


def _handshake(sock: socket.socket, deadline: float, limit: int, where: str) -> bytes:
    # Nothing is verified here on purpose: the fingerprint comparison is the check.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = context.wrap_bio(incoming, outgoing)
    read = 0
    while True:
        try:
            tls.do_handshake()
            break
        except ssl.SSLWantReadError:
            sock.sendall(outgoing.read())
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError from None
            sock.settimeout(left)
            chunk = sock.recv(16384)
            if not chunk:
                raise HubUnreachable(f"The hub at {where} closed the connection.") from None
            read += len(chunk)
            if read > limit:
                raise HubRefused(f"What answers at {where} is not a PostgreSQL hub.") from None
            incoming.write(chunk)
    der = tls.getpeercert(binary_form=True)
    if der is None:
        raise HubRefused(f"The hub at {where} presented no certificate.")
    with contextlib.suppress(ssl.SSLError):
        tls.unwrap()  # a polite close_notify, so the server does not log a broken connection
    sock.sendall(outgoing.read())
    return der
