"""Exit mode at the desk: F8, a banner nobody can miss, scans that record people leaving."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from checkin.core.entities import Direction
from checkin.core.verdicts import Severity
from checkin.db.repository import Repository
from checkin.ui.fixups import WalkInDialog
from checkin.ui.theme import EXIT_COLOURS
from checkin.ui.window import DeskWindow
from tests.fakes import RecordingBadges
from tests.window_desk import JUERGEN, ZOE, fill_walk_in, ok, on_site, open_window, scanner, settled


@pytest.fixture
def opened(
    qtbot: QtBot, repo: Repository, tmp_path: Path
) -> Iterator[tuple[DeskWindow, RecordingBadges]]:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    badges = RecordingBadges(repo)
    window = open_window(qtbot, repo, settings, badges)
    yield window, badges
    window.close()


def f8(qtbot: QtBot, window: DeskWindow) -> None:
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_F8)


def test_f8_shows_the_banner_and_exits_lower_the_count(
    qtbot: QtBot, opened: tuple[DeskWindow, RecordingBadges], repo: Repository
) -> None:
    window, badges = opened
    scanner(qtbot, window, ZOE)
    assert on_site(repo) == 1 and window.status.headcount.text().startswith("On site 1")
    assert not window.scan_screen.exit_banner.isVisible()

    f8(qtbot, window)
    assert window.scan_screen.exit_banner.isVisible()
    assert "EXIT MODE" in window.scan_screen.mode.text()
    assert window.actions_by_name["Exit mode (people leaving)"].isChecked()
    assert window.scan_screen.field.hasFocus()  # a scanner can go on typing at once

    scanner(qtbot, window, ZOE)
    verdict = window.scan_screen.verdict
    assert verdict.word.text() == "EXITED"
    assert verdict.name.text() == "Zoë Ødegård"
    assert verdict.background() == EXIT_COLOURS.background
    assert on_site(repo) == 0 and window.status.headcount.text().startswith("On site 0")
    zoe = repo.attendee_by_code(ZOE)
    assert zoe is not None and zoe.id is not None
    assert [c.direction for c in repo.history(zoe.id)] == [Direction.IN, Direction.OUT]
    assert badges.jobs == [("Zoë Ødegård", False)]  # leaving prints nothing

    scanner(qtbot, window, JUERGEN)  # never came in
    assert verdict.severity is Severity.CAUTION
    assert verdict.word.text() == "CHECK: NOT CHECKED IN"
    assert "not checked in" in verdict.message.text()

    f8(qtbot, window)
    assert not window.scan_screen.exit_banner.isVisible()
    assert "EXIT MODE" not in window.scan_screen.mode.text()
    scanner(qtbot, window, ZOE)  # re-entry
    assert verdict.word.text() == "ADMITTED" and on_site(repo) == 1


def test_ctrl_z_takes_back_a_mistaken_exit(
    qtbot: QtBot, opened: tuple[DeskWindow, RecordingBadges], repo: Repository
) -> None:
    window, _ = opened
    scanner(qtbot, window, ZOE)
    f8(qtbot, window)
    scanner(qtbot, window, ZOE)
    assert on_site(repo) == 0
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, window)
    assert window.scan_screen.verdict.word.text() == "UNDONE"
    assert "exit" in window.scan_screen.verdict.message.text()
    assert on_site(repo) == 1


def test_a_walk_in_registered_in_exit_mode_is_still_admitted(
    qtbot: QtBot, opened: tuple[DeskWindow, RecordingBadges], repo: Repository
) -> None:
    window, badges = opened
    f8(qtbot, window)
    window.actions_by_name["Walk-in registration"].trigger()
    assert isinstance(window.dialog, WalkInDialog)
    fill_walk_in(window.dialog)
    ok(window.dialog)
    settled(qtbot, window)
    assert window.scan_screen.verdict.severity is Severity.OK
    assert on_site(repo) == 1
    assert badges.jobs[-1] == ("Ada Lovelace", False)
    assert window.scan_screen.exit_banner.isVisible()  # still leaving for the next scan
