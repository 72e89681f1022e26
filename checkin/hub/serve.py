"""`checkin hub serve`: the organizer's own hub, one command.

The first run makes a cluster in the folder (generated passwords, scram-sha-256 only, a
self-signed certificate when openssl is installed), a role `desk` that owns a database
`checkin` and may make desk roles (the hub's owner: its URL stays in the folder), and the hub's
tables for the home's event. The printed join URL carries the enrolment secret, not the owner's
password: a desk trades it for a role of its own (`checkin.hub.desk_roles`). Later runs start
the same cluster again and print the same join URL; everything is kept in the folder (0600) —
the folder is the hub. With TLS the printed URL also names the certificate
(`checkin.hub.certificate`), so desks verify the hub.
"""

from __future__ import annotations

import io
import logging
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

import psycopg
import qrcode
from psycopg import sql

from checkin.hub import address, certificate, desk_roles, joining, schema
from checkin.hub.cluster import Cluster, ClusterError
from checkin.hub.errors import HubRefused
from checkin.hub.schema import Conn
from checkin.paths import private_file

log = logging.getLogger("checkin.hub")


@dataclass
class Served:
    cluster: Cluster
    join_url: str
    tls: bool
    verified: bool  # the join URL names the certificate: desks check they reach this hub


def lan_address() -> str:
    """The address other laptops on the venue network reach this one at (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def desk_host(cluster: Cluster) -> str:
    """The host desks are told to connect to."""
    return lan_address() if cluster.host in {"0.0.0.0", "*", "::"} else cluster.host


def _make_certificate(cluster: Cluster) -> bool:
    if not cluster.tls_capable:  # the embedded package's PostgreSQL is built without TLS
        return False
    key, cert = cluster.data / "server.key", cluster.data / "server.crt"
    if not certificate.make(key, cert, [desk_host(cluster)]):
        return False
    private_file(key)
    for path in (key, cert):
        cluster._own(path)
    return True


def _secret(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ClusterError(
            f"The hub folder {path.parent} has lost its {path.name} file, so this hub cannot be "
            "started; restore the folder from a backup, or serve a new hub in an empty folder."
        ) from None


def _keep(path: Path, text: str) -> None:
    private_file(path, create=True)
    path.write_text(text + "\n", encoding="utf-8")


def serve(
    folder: Path, host: str, port: int, event_name: str | None, postgres: str = "auto"
) -> Served:
    """Create (first time) and start the hub's cluster; the caller stops it."""
    cluster = Cluster(folder, host, port, postgres)
    superuser_file, url_file = cluster.folder / "superuser-password", owner_url_file(cluster.folder)
    older = cluster.folder / "join-url"  # a folder made before desks had roles of their own
    if older.exists() and not url_file.exists():
        older.replace(url_file)
    fresh = not cluster.initialised
    if fresh:
        if cluster.folder.exists() and any(cluster.folder.iterdir()):
            raise ClusterError(f"{cluster.folder} is not empty and holds no hub; pick another.")
        superuser = secrets.token_urlsafe(24)
        cluster.init(superuser)
        _keep(superuser_file, superuser)
        tls = _make_certificate(cluster)
        kind = "hostssl" if tls else "host"
        cluster.configure(
            [f"ssl = {'on' if tls else 'off'}", "password_encryption = 'scram-sha-256'",
             "max_connections = 100", "log_connections = off"],
            [f"{kind} all all 0.0.0.0/0 scram-sha-256", f"{kind} all all ::/0 scram-sha-256"],
        )  # fmt: skip
    tls = (cluster.data / "server.crt").exists()
    superuser = _secret(superuser_file)
    cluster.start(superuser)
    try:
        if fresh or not url_file.exists():
            _keep(url_file, _create_database(cluster, superuser, tls))
        _owner_rights(cluster, superuser)
        secret_file = cluster.folder / "join-secret"
        if not secret_file.exists():
            _keep(secret_file, secrets.token_urlsafe(24))
        join_url, verified = _published(
            cluster, _secret(url_file), _secret(secret_file), tls, event_name
        )
    except BaseException:
        cluster.stop()
        raise
    return Served(cluster, join_url, tls, verified)


def owner_url_file(folder: Path) -> Path:
    return folder / "owner-url"


def _owner_rights(cluster: Cluster, superuser: str) -> None:
    """The owner makes and revokes desk roles (a folder from an older release gets the right
    here); ending a revoked desk's connections needs pg_signal_backend."""
    with psycopg.connect(cluster.superuser_url(superuser, "postgres"), autocommit=True) as conn:
        conn.execute("ALTER ROLE desk CREATEROLE")
        conn.execute("GRANT pg_signal_backend TO desk")


def _published(
    cluster: Cluster, kept: str, secret: str, tls: bool, event_name: str | None
) -> tuple[str, bool]:
    """The join URL to print, and whether it names the certificate. The pin is computed at
    every start from the certificate in the folder, and checked first the way a desk will:
    the certificate must be its own trust anchor (a folder from an older release may hold one
    that is not; its URL then stays unpinned, encrypted only)."""
    if tls:
        cert = cluster.data / "server.crt"
        pinned = address.pinned(kept, certificate.fingerprint_of_file(cert))
        try:
            conn = address.connect(address.verified(pinned, cert))
        except HubRefused as error:
            log.warning("the hub's certificate cannot be verified by desks: %s", error)
        else:
            with conn:
                return _enrolment_url(conn, pinned, secret, event_name), True
    with address.connect(kept) as conn:
        return _enrolment_url(conn, kept, secret, event_name), False


def _enrolment_url(conn: Conn, owner_url: str, secret: str, event_name: str | None) -> str:
    info = schema.create(conn, event_name)
    join_role = desk_roles.open_enrolment(conn, info.hub_id, secret)
    return joining.with_credentials(owner_url, join_role, secret)


def _create_database(cluster: Cluster, superuser: str, tls: bool) -> str:
    password = secrets.token_urlsafe(24)
    with psycopg.connect(cluster.superuser_url(superuser, "postgres"), autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE ROLE desk LOGIN CREATEROLE PASSWORD {}").format(sql.Literal(password))
        )
        conn.execute("CREATE DATABASE checkin OWNER desk")
    host = desk_host(cluster)
    host = f"[{host}]" if ":" in host else host
    query = "?sslmode=require" if tls else ""
    return f"postgresql://desk:{password}@{host}:{cluster.port}/checkin{query}"


def terminal_qr(text: str) -> str:
    """The join URL as a QR code drawn with block characters, for a desk's camera."""
    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_L)
    code.add_data(text)
    code.make(fit=True)
    out = io.StringIO()
    code.print_ascii(out=out, invert=True)
    return out.getvalue()
