"""The import preview flags every row the import will refuse before anything is written, and
an import into a desk that still holds the demo event says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from checkin.db.repository import Repository
from checkin.demo import load_demo
from checkin.ui.import_dialog import ImportDialog
from checkin.ui.window import DeskWindow
from tests.test_import_dialog import TIMEOUT_MS, app_window, open_import

BROKEN = (
    "First name,Last name,Company,Ticket,Ticket type\r\n"
    "Grete,Weiß,Codethink,GW-1001,Speaker\r\n"
    "Broken row with too few columns\r\n"
    ",,DataCentred,GW-1003,Volunteer\r\n"
    "Ola,Nordmann,,GW-1004,Volunteer\r\n"
)


def demo_desk(path: Path, desk: str) -> Iterator[Repository]:
    """A desk's database at `path` holding the demo event with its synthetic attendees."""
    repository = Repository(path, desk=desk)
    load_demo(repository)
    yield repository
    repository.close()


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    yield from demo_desk(tmp_path / "demo.sqlite3", "A")


@pytest.fixture
def window(qtbot: QtBot, repo: Repository, tmp_path: Path) -> Iterator[DeskWindow]:
    yield from app_window(qtbot, repo, tmp_path)


def read(qtbot: QtBot, dialog: ImportDialog, source: Path) -> None:
    dialog.source.setText(str(source))
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT_MS):
        qtbot.keyClick(dialog.source, Qt.Key.Key_Return)


def test_the_preview_flags_broken_rows_and_the_import_refuses_them(
    qtbot: QtBot, window: DeskWindow, repo: Repository, tmp_path: Path
) -> None:
    source = tmp_path / "list.csv"
    source.write_text(BROKEN, encoding="utf-8")
    before = len(repo.attendees())
    dialog = open_import(qtbot, window)
    read(qtbot, dialog, source)
    qtbot.waitUntil(dialog.refused.isVisible)  # the rows are read on a worker
    assert dialog.refused.text() == (
        "2 rows will not be imported — row 3: has 1 cell but the header has 5 columns; "
        "row 4: has no name."
    )
    with qtbot.waitSignal(dialog.synced, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "2 added" in dialog.report.toPlainText()
    names = {a.display_name for a in repo.attendees()}
    assert "Broken row with too few columns" not in " ".join(names)
    assert len(repo.attendees()) == before + 2


def test_an_import_into_the_demo_says_it_adds_beside_the_synthetic_attendees(
    qtbot: QtBot, window: DeskWindow
) -> None:
    dialog = open_import(qtbot, window)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.demo_note.isVisible()
    assert dialog.demo_note.text().startswith(
        "This desk holds the demo event and its 120 synthetic attendees"
    )


def test_the_format_label_has_its_key_not_a_literal_ampersand(
    qtbot: QtBot, window: DeskWindow
) -> None:
    dialog = open_import(qtbot, window)
    label = dialog.format_box.parentWidget().findChildren(type(dialog.summary))
    format_label = next(w for w in label if w.text() == "F&ormat:")
    assert format_label.buddy() is dialog.format_box
