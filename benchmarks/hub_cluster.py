"""A PostgreSQL of the hub benchmarks' own, in a temporary folder, and hubs made in it."""

from __future__ import annotations

import contextlib
import secrets
import shutil
import socket
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg

from checkin.hub import address, schema
from checkin.hub.cluster import Cluster


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def bench_cluster(prefix: str) -> Iterator[tuple[Path, Callable[[str], str]]]:
    """A work folder, and `hub(name)`: a new database made a hub, as its superuser's URL."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    work.chmod(0o755)  # the cluster's user (when root) walks down to its folder
    cluster = Cluster(work / "pg", "127.0.0.1", free_port())
    password = secrets.token_urlsafe(16)
    cluster.init(password)
    cluster.configure([], ["host all all 127.0.0.1/32 scram-sha-256"])
    cluster.start(password)

    def hub(name: str) -> str:
        with psycopg.connect(cluster.superuser_url(password, "postgres"), autocommit=True) as c:
            c.execute(f"CREATE DATABASE {name}")
        url = cluster.superuser_url(password, name)
        with address.connect(url) as conn:
            schema.create(conn)
        return url

    try:
        yield work, hub
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
