"""`checkin hub serve`: the organizer's one command starts a real PostgreSQL (as an unprivileged
user when run as root), prints the join URL and its QR code, says whether TLS is on, serves
desks, and stops cleanly on Ctrl-C."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from checkin.hub.cluster import ClusterError, find_binaries
from tests.cli import ROOT, checkin, child_env
from tests.hub_support import free_port

pytestmark = pytest.mark.slow


def test_hub_serve_prints_a_join_url_that_desks_join(tmp_path: Path):
    try:
        find_binaries()
    except ClusterError as error:
        pytest.skip(str(error))
    organizer = tmp_path / "organizer"
    assert checkin("demo", "--no-gui", home=organizer).code == 0
    folder = Path(tempfile.mkdtemp(prefix="checkin-serve-"))
    folder.chmod(0o711)  # when root, the cluster's own user must be able to walk through
    serve = subprocess.Popen(
        [sys.executable, "-m", "checkin", "hub", "serve", "--dir", str(folder / "hub"),
         "--listen", f"127.0.0.1:{free_port()}"],
        env=child_env(organizer), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, encoding="utf-8",
    )  # fmt: skip
    try:
        assert serve.stdout is not None
        lines = []
        while not lines or not lines[-1].startswith("join: "):
            line = serve.stdout.readline()
            assert line, serve.stderr.read() if serve.stderr else ""
            lines.append(line.rstrip("\n"))
        url = lines[-1].removeprefix("join: ")
        assert any(line.startswith("TLS: ") for line in lines)
        if shutil.which("openssl"):
            assert "checkin_cert=sha256-" in url  # desks verify the hub (tests/test_hub_tls.py)
        desk = tmp_path / "desk"
        joined = checkin("hub", "join", url, "--desk", "Desk 2", home=desk)
        assert joined.code == 0, joined.err
        assert "OpenStack Operators Mid-Cycle Meetup" in joined.out
        assert checkin("status", "--json", home=desk).json()["registered"] > 100
    finally:
        serve.send_signal(signal.SIGINT)
        out, _err = serve.communicate(timeout=60)
        shutil.rmtree(folder, ignore_errors=True)
    assert serve.returncode == 0
    assert "Hub stopped" in out
