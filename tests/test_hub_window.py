"""The window at a joined desk: one live hub connection on a worker, its status-bar line, and
events from other desks on screen without a keypress."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from checkin.app import build_window, last_synced
from checkin.core.entities import utc_now
from checkin.db.repository import Repository, default_desk
from checkin.hub import address, config
from checkin.operations import DeskOperations
from checkin.paths import database_path
from checkin.sync.connection import Connection
from checkin.ui.dashboard import DashboardWindow
from checkin.ui.hub_link import link_hub, stop_hub
from checkin.ui.join_dialog import JoinDialog
from checkin.ui.platform_link import PlatformLink
from checkin.ui.ports import Collaborators
from checkin.ui.window import DeskWindow
from tests.cli import checkin
from tests.fakes import RecordingBadges, ReplayCamera
from tests.hub_support import Server, free_port, joined_desk
from tests.qr_media import qr_image, scene, write_video
from tests.test_hub_bad_rows import insert_bad
from tests.test_hub_desks import codes
from tests.test_platform_window import desk_text

pytestmark = pytest.mark.slow


def open_joined(qtbot: QtBot, home: Path, tmp_path: Path) -> tuple[DeskWindow, Repository]:
    repo = Repository(database_path(home), desk=home.name)
    settings = QSettings(str(tmp_path / f"{home.name}.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    parts = Collaborators(badges=RecordingBadges(repo), last_sync=lambda: last_synced(repo))
    window = DeskWindow(repo, settings, parts)
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
        # The list came from desk A through the hub: B says how old it is, not "never synced".
        assert window.status.sync.text().startswith("synced ")
        assert checkin("scan", code, "--no-badge", home=a).code == 0
        today = repo.require_event().day_of(utc_now())
        qtbot.waitUntil(lambda: repo.on_site(today) == 1, timeout=20_000)
    finally:
        stop_hub(window)
        window.close()
        repo.close()


def test_a_row_set_aside_is_on_the_status_line_and_the_dashboard(
    qtbot: QtBot, hub_server: Server, tmp_path: Path
):
    url = hub_server.new_database()
    a = joined_desk(tmp_path, "A", url, demo=True)
    b = joined_desk(tmp_path, "B", url)
    insert_bad(url, "'event_settings'", """'{"timezone": "Mars/Olympus"}'""")
    code = codes(a, 1)[0]
    window, repo = open_joined(qtbot, b, tmp_path)
    try:
        label = window.hub_bridge.label
        expected = (
            "1 event from desk X was set aside: its time zone 'Mars/Olympus' is not a time zone."
        )
        # The bar counts what was set aside; its tooltip says what and why.
        shown = "Hub: 2 desks — 1 event set aside"
        qtbot.waitUntil(lambda: label.text() == shown, timeout=20_000)
        assert expected in label.toolTip()
        assert DeskOperations(repo).scan(code, badge=False).verdict.accepted  # still admitting
        dashboard = DashboardWindow(repo)
        qtbot.addWidget(dashboard)
        dashboard.refresh()
        assert dashboard.desks.set_aside.text() == expected
        dashboard.close()
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


def open_join_dialog(window: DeskWindow) -> JoinDialog:
    """Organizer ▸ Join a hub…, as an organizer who has typed the PIN."""
    window.lock.set_pin("2468")
    window.actions_by_name["Join a hub…"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, JoinDialog)
    return dialog


def test_an_organizer_joins_a_hub_by_holding_its_qr_code_to_the_camera(
    qtbot: QtBot, hub_server: Server, tmp_path: Path
):
    """Organizer ▸ Join a hub… reads the URL from the QR code `hub serve` shows; while it reads,
    a ticket in front of the camera is not admitted; afterwards the camera scans tickets again."""
    url = hub_server.new_database()
    a = joined_desk(tmp_path, "A", url, demo=True)
    ticket = codes(a, 1)[0]
    join_qr = qr_image(url, box=4)
    held, empty = scene([(qr_image(ticket), 200, 120)]), scene([])
    # The ticket, the hub's QR, the empty desk (longer than the camera's hold-off, so that the
    # ticket shown again is a new scan), the ticket again; the file loops.
    frames = [held] * 20 + [scene([(join_qr, 120, 40)])] * 30 + [empty] * 60 + [held] * 30
    video = write_video(tmp_path / "join.avi", frames)
    home = tmp_path / "B"
    home.mkdir()
    repo = Repository(database_path(home), desk="B")
    settings = QSettings(str(tmp_path / "B.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    settings.setValue("desk/camera", str(video))
    window = build_window(repo, settings)  # the composition root's real camera worker
    qtbot.addWidget(window)
    window.show()
    link_hub(window, home)
    try:
        dialog = open_join_dialog(window)
        dialog.scan_button.click()
        assert dialog.reading
        qtbot.waitUntil(lambda: dialog.url.text() == url, timeout=20_000)
        assert not dialog.reading and dialog.preview.isHidden()
        password = urlsplit(url).password or ""
        assert dialog.problem.text() == f"Read from the camera: {address.shown(url)}"
        assert password not in desk_text(window).replace(url, "")  # only in the masked field
        assert repo.checkins() == []  # the ticket the camera saw meanwhile was not admitted
        # The name offered is the laptop's and a few characters of this home's own id: two
        # laptops made from one image are offered two names.
        name = dialog.desk.text()
        assert name.startswith(f"{default_desk()}-") and len(name) == len(default_desk()) + 5
        dialog.accept()
        qtbot.waitUntil(lambda: config.load(home) is not None, timeout=20_000)
        qtbot.waitUntil(
            lambda: (
                window.hub_bridge is not None and window.hub_bridge.label.text() == "Hub: 2 desks"
            ),
            timeout=20_000,
        )
        # The list came from the hub, and the camera is the desk's again: the ticket admits.
        today = repo.require_event().day_of(utc_now())
        qtbot.waitUntil(lambda: repo.on_site(today) == 1, timeout=20_000)
        (made,) = repo.checkins()
        assert made.desk == name and made.attendee_id == repo.attendee_by_code(ticket).id
    finally:
        stop_hub(window)
        window.close()
        repo.close()


def test_the_join_dialog_reads_no_ticket_as_a_url_and_says_so(qtbot: QtBot, tmp_path: Path):
    camera = ReplayCamera()
    repo = Repository(tmp_path / "desk.sqlite", desk="B")
    settings = QSettings(str(tmp_path / "B.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    window = DeskWindow(repo, settings, Collaborators(camera=camera))
    qtbot.addWidget(window)
    window.show()
    link_hub(window, tmp_path)
    try:
        dialog = open_join_dialog(window)
        assert camera.calls[-1] == ("paused", True)  # an open dialog pauses the camera …
        dialog.scan_button.click()
        assert camera.calls[-1] == ("paused", False)  # … unless it reads with it
        camera.texts_found.emit(["https://tickets.example.org/t/\u202eabc"])
        assert "not a hub's join URL" in dialog.problem.text()
        assert "\u202e" not in dialog.problem.text()  # a stranger's payload is not echoed
        camera.texts_found.emit(["postgresql://desk:pw@host:notaport/checkin"])
        assert dialog.problem.text() == "The join URL's port is not a number."
        assert dialog.url.text() == "" and dialog.reading
        dialog.reject()
        control = window.camera
        assert control is not None and control.claimant is None and not control.paused
        assert camera.calls[-1] == ("paused", False)
    finally:
        window.close()
        repo.close()


def test_a_round_that_pulls_one_event_causes_no_other_round_and_no_push(
    qtbot: QtBot, hub_server: Server, tmp_path: Path
):
    """Another desk's admission arrives: the window shows it, and that reload wakes neither
    the hub for another round nor the ticketing platform for a push."""
    url = hub_server.new_database()
    a = joined_desk(tmp_path, "A", url, demo=True)
    b = joined_desk(tmp_path, "B", url)
    code = codes(a, 1)[0]
    window, repo = open_joined(qtbot, b, tmp_path)
    bridge = window.hub_bridge
    assert bridge is not None
    link = bridge.link
    link.poll_seconds = 3600.0  # only a NOTIFY or a nudge starts a round now
    platform = PlatformLink(repo, Connection("pretix", "https://pretix.example/api/", "t"), window)
    window.desk_changed.connect(platform.desk_changed)
    pushes: list[str] = []
    platform.push_soon = lambda: pushes.append("push")  # type: ignore[method-assign]
    rounds, pulled_in = [0], [-1]
    report, received = link._report, link.on_received

    def counted(connected: bool, *args: Any, **kwargs: Any) -> None:
        rounds[0] += connected  # one report per round that got through
        report(connected, *args, **kwargs)

    def pulled(items: list[Any]) -> None:  # inside the pulling round, on the link's worker
        if items and pulled_in[0] < 0:
            pulled_in[0] = rounds[0]
        assert received is not None
        received(items)

    try:
        qtbot.waitUntil(lambda: bridge.label.text() == "Hub: 2 desks", timeout=20_000)
        link._report, link.on_received = counted, pulled  # type: ignore[method-assign]
        assert checkin("scan", code, "--no-badge", home=a).code == 0
        qtbot.waitUntil(lambda: window.status.headcount.text().startswith("On site 1"),
                        timeout=20_000)  # fmt: skip
        qtbot.wait(1500)  # a round the reload caused would have run by now
        assert pulled_in[0] >= 0
        assert rounds[0] - pulled_in[0] == 1  # the pulling round itself, and no other
        assert pushes == []
    finally:
        stop_hub(window)
        window.close()
        repo.close()
