"""Desks verify the hub they join: `checkin hub serve` names its certificate in the join URL, a
joining desk fetches the certificate through PostgreSQL's SSLRequest, compares it and keeps it,
and every later connection is checked against that copy (sslmode=verify-ca) — all against a real
`hub serve` with its real PostgreSQL and openssl."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import qrcode
import zxingcpp
from psycopg.conninfo import conninfo_to_dict
from pytestqt.qtbot import QtBot

from checkin.hub import address, certificate, config
from checkin.hub.cluster import ClusterError, find_binaries
from checkin.hub.errors import HubRefused
from checkin.hub.serve import terminal_qr
from checkin.paths import database_path
from checkin.ui.hub_link import join_hub, stop_hub
from tests.cli import ROOT, checkin, child_env
from tests.hub_support import Server, free_port
from tests.test_hub_window import open_joined

pytestmark = pytest.mark.slow

MISMATCH = "presented a certificate other than the one its join URL names; do not join it"
REPLACED = "presented a certificate other than the one this desk joined with"


@dataclass
class Serving:
    process: subprocess.Popen[str]
    folder: Path  # the hub's folder
    url: str  # the join URL it printed
    lines: list[str]

    @property
    def cert(self) -> Path:
        return self.folder / "data" / "server.crt"

    def stop(self) -> str:
        self.process.send_signal(signal.SIGINT)
        out, _err = self.process.communicate(timeout=60)
        assert self.process.returncode == 0, out
        return out


def start_serve(organizer: Path, folder: Path, port: int) -> Serving:
    process = subprocess.Popen(
        [sys.executable, "-m", "checkin", "hub", "serve", "--dir", str(folder),
         "--listen", f"127.0.0.1:{port}"],
        env=child_env(organizer), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, encoding="utf-8",
    )  # fmt: skip
    assert process.stdout is not None
    lines: list[str] = []
    while not lines or not lines[-1].startswith("join: "):
        line = process.stdout.readline()
        if not line:
            process.wait(30)
            pytest.fail(process.stderr.read() if process.stderr else "hub serve stopped")
        lines.append(line.rstrip("\n"))
    return Serving(process, folder, lines[-1].removeprefix("join: "), lines)


@pytest.fixture(scope="module")
def workplace() -> Iterator[Path]:
    try:
        find_binaries()
    except ClusterError as error:
        pytest.skip(str(error))
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: `hub serve` makes no certificate")
    place = Path(tempfile.mkdtemp(prefix="checkin-tls-"))
    place.chmod(0o711)  # when root, the cluster's own user must be able to walk through
    organizer = place / "organizer"
    assert checkin("demo", "--no-gui", home=organizer).code == 0
    yield place
    shutil.rmtree(place, ignore_errors=True)


@pytest.fixture(scope="module")
def served(workplace: Path) -> Iterator[Serving]:
    serving = start_serve(workplace / "organizer", workplace / "hub", free_port())
    yield serving
    serving.stop()


def unsent(home: Path) -> int:
    with sqlite3.connect(database_path(home)) as db:
        row = db.execute("SELECT COUNT(*) FROM desk_event WHERE hub_seq IS NULL").fetchone()
    return int(row[0])


def test_serve_names_its_certificate_and_says_desks_verify_it(served: Serving):
    pin = address.pin_of(served.url)
    assert pin is not None and pin == certificate.fingerprint_of_file(served.cert)
    assert "sslmode" not in served.url  # the desk decides: verify-ca against the pin
    assert any(line.startswith("TLS: on, and desks verify") for line in served.lines)
    # Its own trust anchor: CA:TRUE, verifies against itself, names the address desks use.
    text = subprocess.run(
        ["openssl", "x509", "-in", str(served.cert), "-noout", "-text"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert re.search(r"Basic Constraints: critical\s+CA:TRUE", text)
    assert "IP Address:127.0.0.1" in text
    verify = subprocess.run(
        ["openssl", "verify", "-CAfile", str(served.cert), str(served.cert)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_a_pinned_join_keeps_the_certificate_and_connects_with_verify_ca(
    served: Serving, workplace: Path
):
    desk = workplace / "pinned-desk"
    joined = checkin("hub", "join", served.url, "--desk", "Desk 2", home=desk)
    assert joined.code == 0, joined.err
    assert "OpenStack Operators Mid-Cycle Meetup" in joined.out
    kept = desk / config.CERT_FILE
    assert kept.stat().st_mode & 0o777 == 0o600
    assert certificate.fingerprint_of_file(kept) == address.pin_of(served.url)
    assert not (desk / (config.CERT_FILE + ".new")).exists()

    settings = config.load(desk)
    assert settings is not None  # the desk's own role, the same hub and pin; not the join URL
    assert settings.url.split("@")[1] == served.url.split("@")[1]
    assert settings.url.split("@")[0] != served.url.split("@")[0]
    with address.connect(settings.connection) as conn:
        params = conn.info.get_parameters()
        assert params["sslmode"] == "verify-ca"
        assert params["sslrootcert"] == str(kept.resolve())
        row = conn.execute(
            "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).fetchone()
    assert row is not None and row[0] is True, row

    password = served.url.split(":")[2].split("@")[0]
    status = checkin("hub", "status", "--json", home=desk)
    assert status.json()["connected"] is True, status.out
    assert status.json()["tls"] == "verified"
    assert password not in status.out + status.err + joined.out + joined.err
    own = settings.url.split(":")[2].split("@")[0]
    assert own not in status.out + status.err + joined.out + joined.err

    assert checkin("hub", "leave", home=desk).code == 0
    assert not kept.exists() and not (desk / "hub.json").exists()


def test_the_window_joins_a_pinned_hub_and_its_link_verifies(
    qtbot: QtBot, served: Serving, workplace: Path, tmp_path: Path
):
    home = workplace / "window-desk"
    assert checkin("demo", "--no-gui", home=home).code == 0
    window, repo = open_joined(qtbot, home, tmp_path)  # a lone desk so far
    try:
        with qtbot.waitSignal(join_hub(window, home, served.url, "Window desk").succeeded,
                              timeout=30_000):  # fmt: skip
            pass
        qtbot.waitUntil(lambda: window.hub_bridge is not None, timeout=5_000)
        bridge = window.hub_bridge
        assert bridge is not None
        qtbot.waitUntil(lambda: bridge.label.text().startswith("Hub: "), timeout=20_000)
        assert "sslmode=verify-ca" in bridge.link.url
        assert (home / config.CERT_FILE).exists()
    finally:
        stop_hub(window)
        window.close()
        repo.close()


def test_a_wrong_pin_is_refused_and_the_home_is_not_joined(served: Serving, workplace: Path):
    other = certificate.fingerprint(b"some other certificate")
    forged = served.url.replace(str(address.pin_of(served.url)), other)
    desk = workplace / "wary-desk"
    done = checkin("hub", "join", forged, "--desk", "Desk 3", home=desk)
    assert done.code == 2
    assert MISMATCH in done.err
    assert done.err.count("\n") == 1  # one sentence
    assert not (desk / "hub.json").exists()
    assert not (desk / config.CERT_FILE).exists()
    assert not (desk / (config.CERT_FILE + ".new")).exists()


def test_a_damaged_pin_is_refused_before_any_connection(served: Serving, workplace: Path):
    damaged = served.url[:-5]
    done = checkin("hub", "join", damaged, "--desk", "Desk 4", home=workplace / "damaged")
    assert done.code == 2
    assert "certificate fingerprint (checkin_cert) is damaged" in done.err


def test_an_unpinned_url_still_joins_with_sslmode_require(served: Serving, workplace: Path):
    # A URL as an older release printed it (the owner's, kept in the hub's folder): encryption
    # without a pin. The desk still enrols and keeps a role of its own.
    unpinned = (served.folder / "owner-url").read_text(encoding="utf-8").strip()
    assert unpinned.endswith("?sslmode=require")
    desk = workplace / "older-desk"
    joined = checkin("hub", "join", unpinned, "--desk", "Desk 5", home=desk)
    assert joined.code == 0, joined.err
    assert not (desk / config.CERT_FILE).exists()
    settings = config.load(desk)
    assert settings is not None and settings.connection.split("@")[1] == unpinned.split("@")[1]
    with address.connect(settings.connection) as conn:
        assert conn.info.get_parameters()["sslmode"] == "require"
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
    assert row is not None and row[0] is True
    assert checkin("hub", "sync", home=desk).code == 0
    assert checkin("hub", "status", "--json", home=desk).json()["tls"] == "encrypted"


def test_fetching_is_bounded_and_refuses_a_server_without_tls(served: Serving, hub_server: Server):
    host, port = "127.0.0.1", int(address.where(served.url).rsplit(":", 1)[1])
    assert certificate.fingerprint(certificate.fetch(host, port)) == address.pin_of(served.url)
    with pytest.raises(HubRefused, match="is not a PostgreSQL hub"):
        certificate.fetch(host, port, limit=100)  # its handshake is longer than that
    with pytest.raises(HubRefused, match="does not offer TLS"):
        certificate.fetch("127.0.0.1", hub_server.cluster.port)  # the tests' cluster: ssl off


def test_a_replaced_certificate_is_refused_and_nothing_queued_is_lost(workplace: Path):
    folder, port = workplace / "hub-replaced", free_port()
    serving = start_serve(workplace / "organizer", folder, port)
    desk = workplace / "loyal-desk"
    try:
        assert checkin("hub", "join", serving.url, "--desk", "Desk 6", home=desk).code == 0
    finally:
        serving.stop()
    # The hub's certificate is made anew (a new key, as a machine posing as the hub would
    # have), and the hub starts again on the same address.
    data = folder / "data"
    key, cert = data / "server.key", data / "server.crt"
    assert certificate.make(key, cert, ["127.0.0.1"])
    key.chmod(0o600)
    owner = data.stat()
    if os.geteuid() == 0:
        for path in (key, cert):
            os.chown(path, owner.st_uid, owner.st_gid)
    serving = start_serve(workplace / "organizer", folder, port)
    try:
        assert serving.url != (desk / "hub.json").read_text()  # another pin
        code = "910566143896126399043"  # a demo ticket
        scan = checkin("scan", code, "--no-badge", home=desk)
        assert scan.code == 0, scan.err
        assert "Hub refused this desk: kept here and queued" in scan.err
        waiting = unsent(desk)
        assert waiting >= 1

        done = checkin("hub", "sync", home=desk)
        assert done.code == 2
        assert REPLACED in done.err
        assert f"{waiting} events stay queued here." in done.err
        assert unsent(desk) == waiting
        status = checkin("hub", "status", "--json", home=desk).json()
        assert status["connected"] is False and REPLACED in status["problem"]

        # The organizer's new join URL: the desk joins again and sends what waited.
        again = checkin("hub", "join", serving.url, "--desk", "Desk 6", home=desk)
        assert again.code == 0, again.err
        assert unsent(desk) == 0
    finally:
        serving.stop()


def terminal_pixels(drawn: str) -> np.ndarray:
    """What `terminal_qr` shows, as an image: each character is one module wide, two tall."""
    rows = drawn.rstrip("\n").split("\n")
    image = np.zeros((2 * len(rows), max(len(r) for r in rows)), dtype=np.uint8)
    for y, row in enumerate(rows):
        for x, char in enumerate(row):
            image[2 * y, x] = 255 if char in "\u2588\u2580" else 0  # full block, upper half
            image[2 * y + 1, x] = 255 if char in "\u2588\u2584" else 0  # full block, lower half
    return np.kron(image, np.ones((8, 8), dtype=np.uint8))


def test_the_pinned_join_url_stays_a_small_qr_code_the_camera_reads():
    kept = "postgresql://desk:" + "p" * 32 + "@192.168.100.200:5433/checkin?sslmode=require"
    url = address.pinned(kept, certificate.fingerprint(b"a hub's certificate"))
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_L)
    code.add_data(url)
    code.make(fit=True)
    assert code.version <= 7  # 45 modules: the unpinned URL is version 5, a hex pin version 8
    found = zxingcpp.read_barcodes(terminal_pixels(terminal_qr(url)))
    assert [r.text for r in found] == [url]


def test_the_pin_never_reaches_libpq_and_the_kept_copy_does():
    pin = certificate.fingerprint(b"a hub's certificate")
    url = address.pinned("postgresql://desk:s%40cret@10.0.0.5:5433/checkin?sslmode=require", pin)
    assert address.pin_of(address.check_url(url)) == pin
    with pytest.raises(ValueError):
        address.connect(url)  # a pinned URL as given would connect unverified, or not at all
    parsed = conninfo_to_dict(address.verified(url, Path("/srv/desk home/hub-cert.pem")))
    assert "checkin_cert" not in parsed
    assert parsed["sslmode"] == "verify-ca" and parsed["password"] == "s@cret"
    assert parsed["sslrootcert"] == "/srv/desk home/hub-cert.pem"
    assert "s%40cret" not in address.shown(url) and pin in address.shown(url)
