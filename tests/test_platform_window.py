"""The desk with a connected platform: the list is pulled on a worker, check-ins follow, and an
unreachable platform is one calm status-bar line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from checkin.db.repository import Repository
from checkin.sync import connection as connections
from checkin.sync.connection import Connection
from checkin.ui.jobs import wait_for_jobs
from checkin.ui.platform_link import link_desk
from checkin.ui.window import DeskWindow
from tests.fake_platforms import TOKEN, FakePretix, pretix_position
from tests.platform_servers import Served, serve
from tests.test_window import RecordingBadges, open_window, scanner


@pytest.fixture
def pretix(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakePretix, Served]]:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    fake = FakePretix()
    fake.add_order("W1", pretix_position("tkt-w1", "Łukasz Wiśniewski"))
    fake.add_order("W2", pretix_position("tkt-w2", "Zoë Ødegård"))
    served = serve(fake)
    yield fake, served
    served.stop()


def test_the_desk_pulls_pushes_and_shows_one_calm_line_when_offline(
    qtbot: QtBot,
    repo: Repository,
    tmp_path: Path,
    pretix: tuple[FakePretix, Served],
) -> None:
    fake, served = pretix
    home = tmp_path / "home"
    connections.save(home, Connection("pretix", served.url + fake.base, TOKEN))
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window: DeskWindow = open_window(qtbot, repo, settings, RecordingBadges(repo), attendees=[])
    link = link_desk(window, home)
    assert link is not None
    link.pusher.setInterval(10)
    qtbot.waitUntil(lambda: window.status.sync.text() == "list: just now · pretix", timeout=10_000)
    assert {a.code for a in repo.attendees()} == {"tkt-w1", "tkt-w2"}
    scanner(qtbot, window, "tkt-w1")
    qtbot.waitUntil(lambda: len(fake.redeemed) == 1, timeout=10_000)
    served.fail("status", "/", status=503, times=100)
    window.actions_by_name["Pull now"].trigger()
    qtbot.waitUntil(lambda: "unreachable" in window.status.sync.text(), timeout=10_000)
    assert window.status.sync.text() == "pretix unreachable · list just now"
    assert window.dialog is None  # no dialog, the desk goes on
    link.stop()
    assert wait_for_jobs()
