"""The desk window as the tests drive it: its attendees, and a volunteer's hands — a USB
scanner's burst, typing, the walk-in form, OK — with waits for what the desk does in the
background (the search index, the commit line)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from checkin.core.entities import Attendee, TicketStatus
from checkin.db.repository import Repository
from checkin.ui.fixups import WalkInDialog
from checkin.ui.ports import BadgeSink, Collaborators
from checkin.ui.window import DeskWindow
from tests.fakes import DAY1, person

ZOE = "4711000000000000001"
JUERGEN = "4711000000000000002"
CANCELLED = "4711000000000000003"
DAY2_ONLY = "4711000000000000004"


def people() -> list[Attendee]:
    return [
        person(ZOE, ticket_type="Operator", company="Nordlys Hosting", dietary="vegan"),
        person(JUERGEN, "Jürgen", "Müller", ticket_type="Sponsor", company="Canonical"),
        person(CANCELLED, "Cian", "Ó Súilleabháin", status=TicketStatus.CANCELLED),
        person(DAY2_ONLY, "Søren", "Sørensen", days=(DAY1 + timedelta(days=1),)),
    ]


def open_window(
    qtbot: QtBot,
    repo: Repository,
    settings: QSettings,
    badges: BadgeSink,
    attendees: list[Attendee] | None = None,
) -> DeskWindow:
    """The desk on `attendees` (`people()` by default), muted, shown with focus and its search
    index built."""
    repo.add_attendees(people() if attendees is None else attendees)
    settings.setValue("desk/muted", True)
    window = DeskWindow(repo, settings, Collaborators(badges=badges), clear_after_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    index_ready(qtbot, window)
    return window


def index_ready(qtbot: QtBot, window: DeskWindow) -> None:
    """The search index the window builds in the background when it opens is in use."""
    qtbot.waitUntil(window.controller.desk.index.current)


def scanner(qtbot: QtBot, window: DeskWindow, code: str, enter: bool = True) -> None:
    """A USB scanner: the code's keystrokes in one burst, usually followed by Enter (and then
    the moment it takes the desk to commit the scan and show its verdict)."""
    qtbot.keyClicks(window.scan_screen.field, code)
    if enter:
        qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Return)
        settled(qtbot, window)


def settled(qtbot: QtBot, window: DeskWindow) -> None:
    """Every write the desk queued has committed and its result is on screen."""
    qtbot.waitUntil(lambda: window.controller.commits.pending == 0)


def typing(qtbot: QtBot, window: DeskWindow, text: str) -> None:
    """A volunteer types, then waits the moment it takes the search list to answer."""
    qtbot.keyClicks(window.scan_screen.field, text)
    qtbot.waitUntil(window.scan_screen.results.isVisible)


def on_site(repo: Repository) -> int:
    return repo.on_site(DAY1)


def fill_walk_in(dialog: WalkInDialog, email: str = "ada@example.org") -> None:
    dialog.first.setText("Ada")
    dialog.last.setText("Lovelace")
    dialog.email.setText(email)
    dialog.company.setText("Analytical Engines")
    dialog.ticket.setCurrentText("Operator")


def ok(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
