"""Badges that pile up with no printer are visible and clearable, and an undone admission
takes its badge off the queue: through the window, on the real print queue and print log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from checkin.core.print_jobs import JobState
from checkin.db.print_log import PrintLog
from checkin.db.repository import Repository
from checkin.ui.badge_sink import QueueBadges
from checkin.ui.print_queue_dialog import PrintQueueDialog
from checkin.ui.printer_choice import DEFAULT_LABEL, NO_PRINTER_LABEL, PrinterField
from checkin.ui.window import DeskWindow
from tests.fakes import RecordingPrinter, person
from tests.test_desk_printing import JURGEN, ZOE, desk_settings, printer_status, scan
from tests.test_window import open_window

WAIT_MS = 30_000  # a ceiling for the queue thread, not a speed goal


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return desk_settings(tmp_path)


def no_printer() -> RecordingPrinter:
    unnamed = RecordingPrinter("")  # no printer chosen, and the system has no default
    unnamed.fail_with = "no default destination"
    return unnamed


def open_printing_desk(
    qtbot: QtBot, repo: Repository, settings: QSettings, printer: RecordingPrinter
) -> DeskWindow:
    """The desk on a real print queue that retries a refused badge only a minute later, so no
    retry is under way while the test looks at the queue."""
    sink = QueueBadges(repo, lambda name: printer, poll_seconds=0.02, retry_seconds=60)
    attendees = [person(ZOE), person(JURGEN, "Jürgen", "Müller")]
    return open_window(qtbot, repo, settings, sink, attendees)


@pytest.fixture
def two_waiting(qtbot: QtBot, repo: Repository, settings: QSettings) -> Iterator[DeskWindow]:
    """The desk with no printer, Zoë and Jürgen admitted: both their badges wait."""
    window = open_printing_desk(qtbot, repo, settings, no_printer())
    try:
        scan(qtbot, window, ZOE)
        scan(qtbot, window, JURGEN)
        qtbot.waitUntil(lambda: "2 badges waiting" in printer_status(window), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: tried_once(repo) == 2, timeout=WAIT_MS)  # no send under way
        yield window
    finally:
        window.close()


def tried_once(repo: Repository) -> int:
    """Badges the queue has tried to send and now keeps waiting (each refused once)."""
    return sum(job.attempts >= 1 for job in PrintLog(repo).jobs([JobState.QUEUED]))


def queued(repo: Repository) -> list[int]:
    return [job.attendee_id for job in PrintLog(repo).jobs([JobState.QUEUED])]


def test_an_undone_admission_takes_its_badge_off_the_queue(
    qtbot: QtBot, repo: Repository, two_waiting: DeskWindow
) -> None:
    window = two_waiting
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.commits.pending == 0)
    panel = window.scan_screen.verdict
    assert panel.word.text() == "UNDONE"
    assert "taken off the print queue" in panel.message.text()
    jurgen = repo.attendee_by_code(JURGEN)
    zoe = repo.attendee_by_code(ZOE)
    assert jurgen is not None and zoe is not None
    assert queued(repo) == [zoe.id]
    withdrawn = PrintLog(repo).jobs([JobState.FAILED])
    assert [(job.attendee_id, job.message) for job in withdrawn] == [
        (jurgen.id, "Withdrawn: the admission was undone.")
    ]
    qtbot.waitUntil(lambda: "1 badge waiting" in printer_status(window), timeout=WAIT_MS)


def test_waiting_badges_are_listed_and_an_organizer_clears_them(
    qtbot: QtBot, repo: Repository, two_waiting: DeskWindow
) -> None:
    window = two_waiting
    window.lock.set_pin("2468")
    window.actions_by_name["Badges waiting to print"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, PrintQueueDialog)
    rows = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert len(rows) == 2
    assert rows[0].startswith("Zoë Ødegård · badge") and "no default destination" in rows[0]
    assert dialog.summary.text().startswith("2 badges waiting")
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0)  # removed on the desk's commit line
    assert dialog.summary.text() == "No badge is waiting to print."
    assert not dialog.clear_button.isEnabled()
    assert queued(repo) == []
    assert printer_status(window) == "No badge printer"
    assert window.status.currentMessage() == "2 waiting badges removed."


def test_settings_says_no_printer_where_the_status_bar_does(qtbot: QtBot) -> None:
    field = PrinterField("", lister=list)  # the system answers: no printer at all
    qtbot.addWidget(field)
    assert field.itemText(0) == DEFAULT_LABEL
    qtbot.waitUntil(lambda: field.itemText(0) == NO_PRINTER_LABEL)
    assert field.currentText() == NO_PRINTER_LABEL
    assert field.value() == ""  # still "the system's default", should one appear


def test_a_badge_withdrawn_while_it_is_being_sent_stays_withdrawn_if_refused(
    repo: Repository,
) -> None:
    """The undo comes while the queue is handing the badge to a printer: if the printer takes
    it, it prints (nothing can stop it); if the printer refuses it, it is not queued again."""
    zoe, jurgen = (repo.add_attendee(person(code)).id or 0 for code in (ZOE, JURGEN))
    log = PrintLog(repo)
    refused, taken = (log.enqueue(who, "standard", "") for who in (zoe, jurgen))
    for job in (refused, taken):
        assert log.begin_send(job.id) is not None
    why = "Withdrawn: the admission was undone."
    for attendee in (zoe, jurgen):
        assert log.withdraw(why, attendee, reprints=False) == []  # not certain yet
    assert log.retry_later(refused.id, "no default destination").state is JobState.FAILED
    assert log.job(refused.id).message == why
    assert log.sent(taken.id, "cups-7").state is JobState.SENT
    assert queued(repo) == []
