"""The window at a joined desk: one live hub connection on a worker, its status-bar line, and
events from other desks on screen without a keypress."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from checkin.core.entities import utc_now
from checkin.db.repository import Repository
from checkin.hub import config
from checkin.paths import database_path
from checkin.ui.hub_link import link_hub, stop_hub
from checkin.ui.ports import Collaborators
from checkin.ui.window import DeskWindow
from tests.cli import checkin
from tests.hub_support import Server, free_port, joined_desk
from tests.test_hub_desks import codes
from tests.test_window import RecordingBadges

pytestmark = pytest.mark.slow


def open_joined(qtbot: QtBot, home: Path, tmp_path: Path) -> tuple[DeskWindow, Repository]:
    repo = Repository(database_path(home), desk=home.name)
    settings = QSettings(str(tmp_path / f"{home.name}.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    window = DeskWindow(repo, settings, Collaborators(badges=RecordingBadges(repo)))
    qtbot.addWidget(window)
    window.show()
    link_hub(window, home)
    return window, repo


def test_a_joined_window_shows_the_hub_and_other_desks_admissions(
    qtbot: QtBot, hub_server: Server, tmp_path: Path
):
    url = hub_server.new_database()
    a = joined_desk(tmp_path, "A", url, demo=True)
    b = joined_desk(tmp_path, "B", url)
    code = codes(a, 1)[0]
    window, repo = open_joined(qtbot, b, tmp_path)
    try:
        label = window.hub_bridge.label
        qtbot.waitUntil(lambda: label.text() == "Hub: 2 desks", timeout=20_000)
        assert checkin("scan", code, "--no-badge", home=a).code == 0
        today = repo.require_event().day_of(utc_now())
        qtbot.waitUntil(lambda: repo.on_site(today) == 1, timeout=20_000)
    finally:
        stop_hub(window)
        window.close()
        repo.close()


def test_an_unreachable_hub_is_one_calm_line(qtbot: QtBot, hub_server: Server, tmp_path: Path):
    url = hub_server.new_database()
    b = joined_desk(tmp_path, "B", url, demo=True)
    gone = url.replace(f":{hub_server.cluster.port}/", f":{free_port()}/")
    config.save(b, config.HubConfig(gone, "B"))
    window, repo = open_joined(qtbot, b, tmp_path)
    try:
        label = window.hub_bridge.label
        qtbot.waitUntil(lambda: "Hub unreachable" in label.text(), timeout=20_000)
        assert label.text() == "Hub unreachable — 0 check-ins waiting, retrying"
    finally:
        stop_hub(window)
        window.close()
        repo.close()
