"""`checkin hub serve`: the organizer's one command starts a real PostgreSQL (as an unprivileged
user when run as root), prints the join URL and its QR code, says whether TLS is on, serves
desks, and stops cleanly on Ctrl-C."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checkin.hub.binaries import find_binaries
from checkin.hub.errors import ClusterError
from tests.cli import checkin
from tests.hub_support import hub_serving

pytestmark = pytest.mark.slow


def test_hub_serve_prints_a_join_url_that_desks_join(tmp_path: Path):
    try:
        binaries = find_binaries()
    except ClusterError as error:
        pytest.skip(str(error))
    organizer = tmp_path / "organizer"
    assert checkin("demo", "--no-gui", home=organizer).code == 0
    with hub_serving(organizer) as served:
        assert f"Running {binaries.describe()}." in served.lines
        assert any(line.startswith("TLS: ") for line in served.lines)
        if shutil.which("openssl") and binaries.origin == "system":
            assert "checkin_cert=sha256-" in served.url  # desks verify the hub (test_hub_tls.py)
        desk = tmp_path / "desk"
        joined = checkin("hub", "join", served.url, "--desk", "Desk 2", home=desk)
        assert joined.code == 0, joined.err
        assert "OpenStack Operators Mid-Cycle Meetup" in joined.out
        assert checkin("status", "--json", home=desk).json()["registered"] > 100


def test_a_hub_folder_that_lost_its_password_file_is_one_sentence(tmp_path: Path):
    try:
        binaries = find_binaries()
    except ClusterError as error:
        pytest.skip(str(error))
    folder = tmp_path / "hub"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "PG_VERSION").write_text(binaries.major + "\n")  # a hub folder, once
    done = checkin("hub", "serve", "--dir", str(folder), "--listen", "127.0.0.1:1", home=tmp_path)
    assert done.code == 2
    assert "has lost its superuser-password file" in done.err
    assert "Traceback" not in done.err
