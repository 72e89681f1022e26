"""The desk with a connected platform: connected from Organizer ▸ Ticketing platform…, the list
is pulled on a worker, check-ins follow, and an unreachable platform is one calm status-bar line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QSettings
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from checkin.db.repository import Repository
from checkin.sync import connection as connections
from checkin.sync.connection import Connection
from checkin.ui.jobs import wait_for_jobs
from checkin.ui.platform_dialog import PlatformDialog
from checkin.ui.platform_link import DeskPlatform, link_desk
from checkin.ui.window import DeskWindow
from tests.fake_platforms import TOKEN, FakePretix, pretix_position
from tests.fakes import RecordingBadges
from tests.platform_servers import Served, serve
from tests.window_desk import open_window, scanner


@pytest.fixture
def pretix(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakePretix, Served]]:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    fake = FakePretix()
    fake.add_order("W1", pretix_position("tkt-w1", "Łukasz Wiśniewski"))
    fake.add_order("W2", pretix_position("tkt-w2", "Zoë Ødegård"))
    served = serve(fake)
    yield fake, served
    served.stop()


def connected_home(tmp_path: Path, pretix: tuple[FakePretix, Served]) -> Path:
    """A desk's home with a saved connection to the pretix fake."""
    fake, served = pretix
    home = tmp_path / "home"
    connections.save(home, Connection("pretix", served.url + fake.base, TOKEN))
    return home


def desk_window(qtbot: QtBot, repo: Repository, tmp_path: Path) -> DeskWindow:
    """The desk's window on `repo`, its settings in a file of the test's own, no list shown."""
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window: DeskWindow = open_window(qtbot, repo, settings, RecordingBadges(repo), attendees=[])
    return window


def test_the_desk_pulls_pushes_and_shows_one_calm_line_when_offline(
    qtbot: QtBot,
    repo: Repository,
    tmp_path: Path,
    pretix: tuple[FakePretix, Served],
) -> None:
    fake, served = pretix
    home = connected_home(tmp_path, pretix)
    window = desk_window(qtbot, repo, tmp_path)
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


def test_an_organizer_connects_the_desk_from_the_window_and_the_token_stays_hidden(
    qtbot: QtBot,
    repo: Repository,
    tmp_path: Path,
    pretix: tuple[FakePretix, Served],
) -> None:
    fake, served = pretix
    home = tmp_path / "home"
    home.mkdir()
    window = desk_window(qtbot, repo, tmp_path)
    platform = DeskPlatform(window, home)
    assert platform.link is None  # nothing connected yet
    window.lock.set_pin("2468")
    window.actions_by_name["Ticketing platform"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, PlatformDialog)
    assert "Not connected" in dialog.note.text()

    dialog.platform.setCurrentText("pretix")
    dialog.url.setText(served.url + fake.base)
    dialog.token.setText("not-the-token")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: "not saved" in dialog.note.text(), timeout=10_000)
    assert "refused the token" in dialog.note.text()
    assert not connections.connection_path(home).exists()

    dialog.token.setText(TOKEN)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.note.text().startswith("Connected"), timeout=10_000)
    assert dialog.token.text() == ""  # typed once, never shown again
    assert 'check-in list "Front door" (44)' in dialog.note.text()  # the event's first
    assert connections.load(home).check_in_list == "44"
    assert connections.connection_path(home).stat().st_mode & 0o77 == 0
    qtbot.waitUntil(lambda: "list: just now · pretix" in desk_text(window), timeout=10_000)
    assert {a.code for a in repo.attendees()} == {"tkt-w1", "tkt-w2"}
    assert TOKEN not in desk_text(window) + desk_text(dialog)

    dialog.forget_button.click()
    assert not connections.connection_path(home).exists() and platform.link is None
    dialog.reject()
    window.close()
    assert wait_for_jobs()


def desk_text(widget: QWidget) -> str:
    """Everything a person could read in a window: every label's, field's and button's text."""
    texts = [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.text() for w in widget.findChildren(QLineEdit)]
    return "\n".join(texts)


def test_a_check_in_pretix_refused_stays_on_the_status_line_and_in_the_dialog(
    qtbot: QtBot,
    repo: Repository,
    tmp_path: Path,
    pretix: tuple[FakePretix, Served],
) -> None:
    fake = pretix[0]
    home = connected_home(tmp_path, pretix)
    window = desk_window(qtbot, repo, tmp_path)
    platform = DeskPlatform(window, home)
    link = platform.link
    assert link is not None
    link.pusher.setInterval(10)
    qtbot.waitUntil(lambda: window.status.sync.text() == "list: just now · pretix", timeout=10_000)
    fake.scan_elsewhere("tkt-w2")  # pretix's own scanner, after the desk's last pull
    scanner(qtbot, window, "tkt-w2")  # the desk cannot know yet: it admits
    refused = (
        "list: just now · pretix · pretix refused 1 check-in — see Organizer ▸ Ticketing platform…"
    )
    qtbot.waitUntil(lambda: window.status.sync.text() == refused, timeout=10_000)
    window.lock.set_pin("2468")
    window.actions_by_name["Ticketing platform"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, PlatformDialog)
    shown = dialog.refused.toPlainText()
    # The platform's time (UTC), written the way the desk's language writes a date and time.
    when = QLocale().toString(QDateTime(2016, 2, 15, 9, 0, 0), QLocale.FormatType.ShortFormat)
    assert shown.startswith(f"Zoë Ødegård — check-in at {when} UTC:")
    assert shown.endswith("pretix refused it (already_redeemed).")
    dialog.reject()
    platform.stop()
    wait_for_jobs()
