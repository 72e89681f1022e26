"""The desk's writes go down one commit line: the UI thread never waits for them, a verdict shows
only once its check-in is saved, the order of scans is kept, and closing the desk loses none."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import peewee
import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from checkin.core.entities import Attendee
from checkin.core.verdicts import Severity
from checkin.db.repository import Repository
from checkin.ui.window import DeskWindow
from tests.fakes import RecordingBadges, audit_log
from tests.window_desk import JUERGEN, ZOE, on_site, open_window, scanner, settled


@pytest.fixture
def window(qtbot: QtBot, repo: Repository, tmp_path: Path) -> Iterator[DeskWindow]:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, repo, settings, RecordingBadges(repo))
    yield window
    window.close()


class SlowDisk:
    """Holds every check-in until `release()`, as a disk that takes its time to sync would."""

    def __init__(self, repo: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        self.threads: list[str] = []
        scan = repo.decide_and_record

        def held(code: str, **options: Any) -> Any:
            self.threads.append(threading.current_thread().name)
            assert self.gate.wait(10), "the test never released the disk"
            return scan(code, **options)

        monkeypatch.setattr(repo, "decide_and_record", held)

    def release(self) -> None:
        self.gate.set()


def press_enter_after(qtbot: QtBot, window: DeskWindow, code: str) -> None:
    """A scanner's burst and Enter, without waiting for the verdict."""
    qtbot.keyClicks(window.scan_screen.field, code)
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Return)


def test_scans_are_committed_off_the_ui_thread_and_badged_there_too(
    qtbot: QtBot, window: DeskWindow, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = SlowDisk(repo, monkeypatch)
    badges = window.controller.badges
    assert isinstance(badges, RecordingBadges)
    submitted_on: list[str] = []
    enqueue = badges.enqueue

    def watched(attendee: Attendee, reprint: bool) -> None:
        submitted_on.append(threading.current_thread().name)
        enqueue(attendee, reprint)

    monkeypatch.setattr(badges, "enqueue", watched)
    disk.release()
    scanner(qtbot, window, ZOE)
    assert window.scan_screen.verdict.severity is Severity.OK
    assert disk.threads == submitted_on == ["checkin-commit"]
    assert badges.jobs == [("Zoë Ødegård", False)]


def test_the_next_scan_is_taken_while_the_last_one_is_still_being_saved(
    qtbot: QtBot, window: DeskWindow, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = SlowDisk(repo, monkeypatch)
    press_enter_after(qtbot, window, ZOE)
    # Not saved yet: nothing is claimed on screen, and the field is free for the next ticket.
    assert window.scan_screen.verdict.severity is None
    assert window.scan_screen.field.text() == "" and window.scan_screen.field.hasFocus()
    press_enter_after(qtbot, window, JUERGEN)
    assert window.controller.commits.pending == 2
    disk.release()
    settled(qtbot, window)
    assert (
        window.scan_screen.verdict.name.text() == "Jürgen Müller"
    )  # the verdicts came in scan order
    assert on_site(repo) == 2
    assert window.status.headcount.text() == "On site 2 / 120"
    zoe, juergen = repo.attendee_by_code(ZOE), repo.attendee_by_code(JUERGEN)
    assert zoe is not None and juergen is not None
    saved = [(e["action"], e["attendee_id"]) for e in audit_log(repo) if e["action"] == "check_in"]
    assert saved == [("check_in", zoe.id), ("check_in", juergen.id)]  # in the order scanned


def test_closing_the_desk_saves_every_scan_it_accepted(
    qtbot: QtBot, window: DeskWindow, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = SlowDisk(repo, monkeypatch)
    press_enter_after(qtbot, window, ZOE)
    press_enter_after(qtbot, window, JUERGEN)
    threading.Timer(0.2, disk.release).start()  # the disk catches up while the window closes
    window.close()
    assert on_site(repo) == 2
    window.controller.camera_codes([ZOE])  # a frame decoded as the window closed
    assert window.scan_screen.verdict.word.text() == "NOT RECORDED" and on_site(repo) == 2


def test_a_failed_save_says_so_and_the_desk_goes_on(
    qtbot: QtBot, window: DeskWindow, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = repo.decide_and_record
    failures = [peewee.OperationalError("database is locked")]

    def flaky(code: str, **options: Any) -> Any:
        if failures:
            raise failures.pop()
        return scan(code, **options)

    monkeypatch.setattr(repo, "decide_and_record", flaky)
    scanner(qtbot, window, ZOE)
    verdict = window.scan_screen.verdict
    assert verdict.severity is Severity.STOP and verdict.word.text() == "NOT RECORDED"
    assert "could not save" in verdict.message.text()
    assert "database is locked" in verdict.message.text()
    assert on_site(repo) == 0
    scanner(qtbot, window, ZOE)  # scanned again, as the note asks
    assert verdict.severity is Severity.OK and on_site(repo) == 1


def test_a_badge_that_cannot_be_queued_leaves_the_admission_standing(
    qtbot: QtBot, window: DeskWindow, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    badges = window.controller.badges
    assert isinstance(badges, RecordingBadges)

    def broken(attendee: Attendee, reprint: bool) -> None:
        raise peewee.OperationalError("disk I/O error")

    monkeypatch.setattr(badges, "enqueue", broken)
    scanner(qtbot, window, ZOE)
    verdict = window.scan_screen.verdict
    assert verdict.severity is Severity.OK and on_site(repo) == 1  # not "NOT RECORDED"
    assert "badge was not queued (disk I/O error); Ctrl+P prints it" in verdict.must_know.text()
    monkeypatch.undo()
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, window)
    assert badges.jobs == [("Zoë Ødegård", True)]
