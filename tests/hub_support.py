"""A real PostgreSQL for the hub tests: a cluster of the tests' own in a temporary folder.

`initdb` and `postgres` refuse to run as root; the cluster code (`checkin.hub.cluster`) runs
them as an unprivileged system user then, exactly as `checkin hub serve` does. The shared
cluster gives each test a database of its own; tests that stop or kill the server start a
cluster of their own (`own_cluster`). Skipped with a reason where PostgreSQL is not installed.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest

from checkin.core.entities import utc_now
from checkin.db.repository import Repository
from checkin.hub import address, schema
from checkin.hub.binaries import find_binaries
from checkin.hub.cluster import Cluster, ClusterError
from checkin.paths import database_path
from tests.cli import ROOT, checkin, child_env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    cluster: Cluster
    password: str  # the superuser's
    count: int = 0

    def admin(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.cluster.superuser_url(self.password, database), autocommit=True)

    def new_database(self, init: bool = True) -> str:
        """A fresh database; with `init`, made a hub. Returns its join URL."""
        self.count += 1
        name = f"hub{self.count}_{secrets.token_hex(3)}"
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name}")
        url = self.cluster.superuser_url(self.password, name)
        if init:
            with address.connect(url) as conn:
                schema.create(conn)
        return url

    def start(self) -> None:
        self.cluster.start(self.password)

    def restart(self) -> None:
        self.cluster.stop()
        self.start()


def start_server() -> Server:
    try:
        find_binaries()
    except ClusterError as error:
        pytest.skip(str(error))
    folder = Path(tempfile.mkdtemp(prefix="checkin-pg-"))  # /tmp: its user can reach it
    cluster = Cluster(folder, "127.0.0.1", free_port())
    password = secrets.token_urlsafe(16)
    cluster.init(password)
    cluster.configure(
        ["fsync = on", "max_connections = 60"],
        ["host all all 127.0.0.1/32 scram-sha-256"],
    )
    server = Server(cluster, password)
    server.start()
    return server


def stop_server(server: Server) -> None:
    server.cluster.stop()
    shutil.rmtree(server.cluster.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def hub_server() -> Iterator[Server]:
    server = start_server()
    yield server
    stop_server(server)


@pytest.fixture
def own_cluster() -> Iterator[Server]:
    server = start_server()
    yield server
    stop_server(server)


def joined_desk(tmp_path: Path, name: str, url: str, demo: bool = False) -> Path:
    home = tmp_path / name
    if demo:
        assert checkin("demo", "--no-gui", home=home).code == 0
    done = checkin("hub", "join", url, "--desk", name, home=home)
    assert done.code == 0, done.err
    return home


def hub_count(url: str, where: str = "TRUE") -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(f"SELECT COUNT(*) FROM checkin_hub.event WHERE {where}").fetchone()
    return int(str(row[0])) if row else 0


@dataclass
class Serving:
    """A running `checkin hub serve`: what it printed up to its join URL, then at its stop."""

    lines: list[str]
    url: str
    closing: list[str] = field(default_factory=list)


@contextlib.contextmanager
def hub_serving(organizer: Path, *options: str) -> Iterator[Serving]:
    """`checkin hub serve` in a child process in a fresh folder that the cluster's user (when
    root) can walk through; Ctrl-C at the end, which must stop it cleanly."""
    folder = Path(tempfile.mkdtemp(prefix="checkin-serve-"))
    folder.chmod(0o711)
    serve = subprocess.Popen(
        [sys.executable, "-m", "checkin", "hub", "serve", "--dir", str(folder / "hub"),
         "--listen", f"127.0.0.1:{free_port()}", *options],
        env=child_env(organizer), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, encoding="utf-8",
    )  # fmt: skip
    try:
        assert serve.stdout is not None
        lines: list[str] = []
        while not lines or not lines[-1].startswith("join: "):
            line = serve.stdout.readline()
            assert line, serve.stderr.read() if serve.stderr else ""
            lines.append(line.rstrip("\n"))
        served = Serving(lines, lines[-1].removeprefix("join: "))
        yield served
    finally:
        serve.send_signal(signal.SIGINT)
        out, _err = serve.communicate(timeout=60)
        shutil.rmtree(folder, ignore_errors=True)
    served.closing = out.splitlines()
    assert serve.returncode == 0
    assert "Hub stopped" in out


def codes(home: Path, n: int = 3) -> list[str]:
    """Codes of active tickets valid today (the demo's days are today and tomorrow)."""
    with Repository(database_path(home)) as repo:
        today = repo.require_event().day_of(utc_now()).isoformat()
    with sqlite3.connect(database_path(home)) as db:
        rows = db.execute(
            "SELECT code FROM attendee WHERE status = 'active' "
            "AND (days = '' OR instr(days, ?) > 0) ORDER BY id LIMIT ?",
            (today, n),
        ).fetchall()
    return [str(r[0]) for r in rows]
