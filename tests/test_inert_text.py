"""Names, companies and notes that look like markup are shown as the characters they are.

Attendees whose names are HTML are scanned and searched at the real desk, the dashboard is opened
on their event, and then every widget the application has is walked: no label that shows outside
text may read it as rich text, and no tooltip may carry it unescaped.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from checkin.core.verdicts import Severity
from checkin.db.repository import Repository
from checkin.ui.dashboard import DashboardWindow
from checkin.ui.import_dialog import ImportDialog
from checkin.ui.inert import tooltip
from tests.fakes import RecordingBadges, meetup, person
from tests.test_sync_formats import write_csv
from tests.window_desk import open_window, scanner

IMAGE = '<img src="file:///etc/hosts" width=900>'
HUGE = "<b style='font-size:80px'>VIP</b>"
LINK = '<a href="https://example.invalid/">free entry</a>'
COLOUR = "<font color=red>ADMITTED</font>"
TABLE = "<table><tr><td>x</td></tr></table>"
MARKERS = ("<img", "<b ", "<a ", "<font", "<table")

HOSTILE = [
    person("5000000000000000001", IMAGE, "Smith", company=LINK, dietary=COLOUR),
    person("5000000000000000002", "Smithy", HUGE, ticket_type=TABLE, notes=IMAGE),
    person("5000000000000000003", "Smitha", "Doe", company=HUGE, accessibility=LINK),
]


def outside(text: str) -> bool:
    return any(marker in text for marker in MARKERS)


def walk() -> int:
    """Checks every widget alive; returns how many labels showed outside text."""
    shown = 0
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and outside(widget.text()):
            shown += 1
            assert widget.textFormat() == Qt.TextFormat.PlainText, (
                f"{widget.objectName() or type(widget).__name__} reads {widget.text()!r} as markup"
            )
        assert not outside(widget.toolTip()), f"tooltip {widget.toolTip()!r} is not escaped"
    return shown


def test_hostile_names_stay_text_on_every_widget(
    qtbot: QtBot, repo: Repository, tmp_path: Path
) -> None:
    repo.save_event(replace(meetup(), name=f"Meetup {LINK}", venue=COLOUR))
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, repo, settings, RecordingBadges(repo), HOSTILE)
    seen = walk()  # the event's name and venue in the title bar of the desk
    for attendee in HOSTILE:
        scanner(qtbot, window, attendee.code)
        assert window.scan_screen.verdict.severity in (Severity.OK, Severity.CAUTION)
        seen += walk()
    assert window.scan_screen.verdict.name.text() == "Smitha Doe"
    assert HUGE in window.scan_screen.verdict.details.text()  # the company, character for character
    with qtbot.waitSignal(
        window.scan_screen.field.burst_ended
    ):  # typed fast: a burst, then a search
        qtbot.keyClicks(window.scan_screen.field, "Smith")
    qtbot.waitUntil(window.scan_screen.results.isVisible)
    assert window.scan_screen.results.topLevelItem(0) is not None
    seen += walk()

    dashboard = DashboardWindow(repo)
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    seen += walk()

    # An import preview of a file whose name and cells are markup.
    source = write_csv(
        tmp_path / "<b style='font-size:80px'>list.csv",
        [["First Name", "Last Name", "Company"], [IMAGE, HUGE, LINK]],
    )
    dialog = ImportDialog(repo)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.previewed):
        dialog.set_source(str(source))
        seen += walk()  # "Reading …<b style=…>list.csv…"
    assert dialog.grid.item(1, 0).text() == IMAGE
    seen += walk()
    dashboard.close()
    dialog.close()
    window.close()
    assert seen >= 5  # the hostile text really was on screen, in labels


def test_a_tooltip_shows_markup_as_text() -> None:
    escaped = tooltip(f"Camera {IMAGE}\nretrying")
    assert not outside(escaped)
    assert GuiQt.mightBeRichText(escaped)  # so Qt turns the escapes back into the characters
    assert "&lt;img" in escaped and "<br>" in escaped
