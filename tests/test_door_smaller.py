"""The smaller things a new volunteer or organizer meets at the door: joining a hub from the
first-run screen, exit mode's keys, a PIN dialog that says what it opens, a roomy walk-in form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from checkin.db.repository import Repository
from checkin.ui.hub_link import link_hub
from checkin.ui.join_dialog import JoinDialog
from checkin.ui.organizer import PinDialog
from checkin.ui.ports import Collaborators
from checkin.ui.window import DeskWindow
from tests.test_window import RecordingBadges, open_window


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    ini = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    ini.setValue("desk/muted", True)
    return ini


@pytest.fixture
def desk(qtbot: QtBot, repo: Repository, settings: QSettings) -> Iterator[DeskWindow]:
    window = open_window(qtbot, repo, settings, RecordingBadges(repo))
    yield window
    window.close()


def test_the_first_run_screen_offers_to_join_a_hub(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    home = tmp_path / "empty-home"
    home.mkdir()
    repo = Repository(home / "checkin.sqlite3", desk="B")  # no event yet: the first run
    window = DeskWindow(repo, settings, Collaborators())
    qtbot.addWidget(window)
    link_hub(window, home)
    window.show()
    try:
        assert window.stack.currentWidget() is window.first_run
        button = window.first_run.join_button
        assert button.isVisible() and button.text() == "&Join a hub…"
        window.lock.set_pin("2468")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert isinstance(window.dialog, JoinDialog)
    finally:
        window.close()
        repo.close()


def test_exit_mode_keys_say_what_enter_does_there(qtbot: QtBot, desk: DeskWindow) -> None:
    hint = desk.scan_screen.hint
    assert hint.text().startswith("Enter admit")
    qtbot.keyClick(desk.scan_screen.field, Qt.Key.Key_F8)
    assert hint.text().startswith("Enter record leaving")
    assert "Enter admit" not in hint.text() and "F8 back to check-in" in hint.text()
    qtbot.keyClick(desk.scan_screen.field, Qt.Key.Key_F8)
    assert hint.text().startswith("Enter admit")


def test_the_pin_dialog_names_what_it_opens(qtbot: QtBot, desk: DeskWindow) -> None:
    desk.lock.set_pin("2468")
    desk.lock.lock()
    qtbot.keyClick(desk.scan_screen.field, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    pin = desk.dialog
    assert isinstance(pin, PinDialog)
    assert pin.windowTitle() == "Organizer PIN for Settings"
    assert pin.context.text() == "Settings is for organizers. Enter the PIN."


def test_the_walk_in_form_has_room_for_long_names(qtbot: QtBot, desk: DeskWindow) -> None:
    qtbot.keyClick(desk.scan_screen.field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    company = "Ó Súilleabháin & Dvořák Infrastructure Consultancy"
    field = dialog.company  # type: ignore[attr-defined]
    field.setText(company)
    needed = field.fontMetrics().horizontalAdvance(company)
    assert field.width() >= needed + 12  # the whole company is seen while typing it
