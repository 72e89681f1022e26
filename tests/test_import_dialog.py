"""The organizer's import dialog in the desk window: preview, mapping, a worker run, the report,
"sync again", and a link that cannot be reached."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from checkin.app import build_window, desk_parts
from checkin.db.repository import Repository
from checkin.sync import run_sync
from checkin.ui.import_dialog import ImportDialog
from checkin.ui.jobs import wait_for_jobs
from checkin.ui.language import long_moment
from checkin.ui.organizer import PinDialog
from checkin.ui.window import DeskWindow
from tests.test_sync_url import served  # noqa: F401  (fixture: a local web server)
from tests.window_desk import people

TIMEOUT_MS = 20000

LIST = (
    "Vorname;Nachname;Firma;Ticketnummer;Essen;Tisch\r\n"
    "Grete;Weiß;Codethink;GW-1001;vegetarisch;Tisch 4\r\n"
    "Ola;Nordmann;;GW-1002;;Tisch 5\r\n"
    ";;DataCentred;GW-1003;;\r\n"
)


@pytest.fixture
def window(qtbot: QtBot, repo: Repository, tmp_path: Path) -> Iterator[DeskWindow]:
    repo.add_attendees(people())
    yield from app_window(qtbot, repo, tmp_path)


def app_window(qtbot: QtBot, repo: Repository, tmp_path: Path) -> Iterator[DeskWindow]:
    """The desk window the app builds on `repo` (muted, no camera), closed with its jobs ended."""
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    settings.setValue("desk/camera", str(tmp_path / "no-camera.avi"))
    window = build_window(repo, settings, desk_parts(repo, settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    assert wait_for_jobs()


def open_import(qtbot: QtBot, window: DeskWindow) -> ImportDialog:
    window.lock.set_pin("2468")
    window.lock.lock()
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    pin = window.dialog
    assert isinstance(pin, PinDialog)  # organizers only
    pin.pin.setText("2468")
    pin.try_accept()
    qtbot.waitUntil(lambda: isinstance(window.dialog, ImportDialog))
    dialog = window.dialog
    assert isinstance(dialog, ImportDialog)
    return dialog


def test_import_previews_maps_runs_and_the_desk_finds_the_new_attendee(
    qtbot: QtBot, window: DeskWindow, repo: Repository, tmp_path: Path
) -> None:
    source = tmp_path / "anmeldungen.csv"
    source.write_text(LIST, encoding="utf-8-sig")
    dialog = open_import(qtbot, window)
    dialog.source.setText(str(source))
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT_MS):
        qtbot.keyClick(dialog.source, Qt.Key.Key_Return)
    assert dialog.summary.text().startswith("Detected: spreadsheet")
    assert "3 rows" in dialog.summary.text() and "semicolons" in dialog.summary.text()
    grid = dialog.grid
    assert [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())][:2] == [
        "Vorname",
        "Nachname",
    ]
    assert grid.item(1, 1).text() == "Weiß"
    assert dialog.mapping_box("Vorname").currentText() == "first_name"
    assert dialog.mapping_box("Tisch").currentText() == "ignore"
    dialog.mapping_box("Tisch").setCurrentText("notes")
    assert dialog.overrides == {"Tisch": "notes"}
    assert dialog.mapping_box("Tisch").currentText() == "notes"
    with qtbot.waitSignal(dialog.synced, timeout=TIMEOUT_MS) as done:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    report = dialog.report.toPlainText()
    assert "2 added, 0 updated, 0 cancelled, 0 unchanged, 1 rejected" in report
    assert "Rejected row 4:" in report
    assert done.args[0].added == 2
    assert dialog.progress.format() == "Done"
    grete = repo.attendee_by_code("GW-1001")
    assert grete is not None and grete.notes == "Tisch 4" and grete.dietary == "vegetarisch"
    dialog.reject()
    qtbot.waitUntil(lambda: window.dialog is None)
    assert window.status.sync.text().startswith("synced ")
    qtbot.keyClicks(window.scan_screen.field, "Weiß")
    results = window.scan_screen.results
    qtbot.waitUntil(results.isVisible)  # the search answers once the typing pauses
    assert results.topLevelItem(0).text(0) == "Grete Weiß"


def test_a_list_without_a_name_column_can_be_mapped_by_hand(
    qtbot: QtBot, window: DeskWindow, tmp_path: Path
) -> None:
    source = tmp_path / "list.csv"
    source.write_text("Who,Ticket\nAda Lovelace,AL-1\n", encoding="utf-8")
    dialog = open_import(qtbot, window)
    dialog.source.setText(str(source))
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT_MS):
        dialog.read()
    assert "Found no name column" in dialog.summary.text()
    assert not dialog.run_button.isEnabled()
    dialog.mapping_box("Who").setCurrentText("full_name")
    assert dialog.run_button.isEnabled()


def test_sync_again_when_the_link_is_down_changes_nothing_and_says_so(
    qtbot: QtBot,
    window: DeskWindow,
    repo: Repository,
    served: tuple[str, Path],  # noqa: F811
) -> None:
    base, folder = served
    (folder / "list.csv").write_text(LIST, encoding="utf-8")
    run_sync(repo, f"{base}/list.csv")
    before = len(repo.attendees())
    (folder / "list.csv").unlink()  # the platform's link is gone (or the venue is offline)
    window.lock.set_pin("2468")
    window.actions_by_name["Sync the attendee list again"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, ImportDialog)
    assert dialog.remembered.currentText() == f"{base}/list.csv"
    assert dialog.busy  # the most recent list is being fetched again, off the UI thread
    with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT_MS) as failed:
        pass
    assert "answered 404" in failed.args[0]
    fetched = long_moment(datetime(2016, 2, 15, 9, 0))  # the event's clock, the desk's way
    assert f"the desk works offline on the list from {fetched}" in failed.args[0]
    assert dialog.report.toPlainText() == failed.args[0]
    assert len(repo.attendees()) == before
