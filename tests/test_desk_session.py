"""The desk session (`checkin.operations.Desk`): a text read once, every action with what it
changed, the session's state, no SQL on the window's UI thread for a scan or a name + Enter, and
no write on it for the first run's demo or an organizer clearing the print queue.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from checkin.core.entities import CapacityPolicy, Direction
from checkin.core.print_jobs import JobState
from checkin.core.verdicts import RefusalCode, UndoResult
from checkin.db.print_log import PrintLog
from checkin.db.repository import Repository
from checkin.operations import Changes, Desk, InputKind, WalkInDetails
from checkin.operations.changes import arrived
from checkin.operations.walk_in import WalkInProblem, WalkInRefusal
from checkin.ui.ports import Collaborators
from checkin.ui.print_queue_dialog import PrintQueueDialog
from checkin.ui.window import DeskWindow
from tests.fakes import FixedClock, RecordingBadges, meetup, person
from tests.window_desk import JUERGEN, ZOE, open_window, people, scanner, settled

ADA = WalkInDetails("Ada", "Lovelace", "ada@example.org", "Analytical Engines", "Operator")


@pytest.fixture
def desk(repo: Repository) -> Desk:
    repo.add_attendees(people())
    return Desk(repo)


@contextmanager
def statements_on_this_thread(repo: Repository) -> Iterator[list[str]]:
    """Every SQL statement this thread's SQLite connection runs meanwhile."""
    seen: list[str] = []
    connection = repo.db.connection()
    connection.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        connection.set_trace_callback(None)


def writes(statements: list[str]) -> list[str]:
    """The statements among these that write (or take the write lock to)."""
    verbs = ("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN IMMEDIATE", "BEGIN EXCLUSIVE")
    return [s for s in statements if s.lstrip().upper().startswith(verbs)]


def test_a_text_is_a_code_a_foreign_payload_a_name_or_a_command(desk: Desk) -> None:
    assert desk.interpret(f"  {ZOE}\n").kind is InputKind.CODE
    assert desk.interpret("https://example.org/ticket/" + JUERGEN).text == JUERGEN
    foreign = desk.interpret("https://wifi.example.org/join?ssid=venue")
    assert foreign.kind is InputKind.FOREIGN and foreign.scannable
    assert desk.interpret("WIFI:S:venue;T:WPA;P:secret;;").kind is InputKind.FOREIGN
    assert desk.interpret("4711999999999999999").kind is InputKind.FOREIGN
    assert desk.interpret("zoë ødeg").kind is InputKind.NAME
    assert desk.interpret("/undo 4711").kind is InputKind.NAME  # commands only where asked
    command = desk.interpret("/undo 4711", commands=True)
    assert (command.kind, command.text, command.argument) == (InputKind.COMMAND, "/undo", "4711")
    assert desk.interpret(" \x1b ").kind is InputKind.EMPTY


def test_codes_are_read_from_the_index_without_sql(desk: Desk, repo: Repository) -> None:
    desk.search("warm")  # builds the index (and its code book)
    with statements_on_this_thread(repo) as seen:
        assert desk.interpret(ZOE.lower()).kind is InputKind.CODE
        assert desk.interpret("4711999999999999999").kind is InputKind.FOREIGN
    assert seen == []


def test_each_action_says_what_it_changed(desk: Desk) -> None:
    result, changes = desk.record_scan(ZOE)
    assert result.verdict.accepted and changes.local and changes.movements
    assert changes.on_site == 1
    desk.shown_scan(result)
    again, repeat = desk.record_scan(ZOE)
    assert again.verdict.code is RefusalCode.ALREADY_IN and not repeat.movements
    walked, walk_changes = desk.record_walk_in(ADA, organizer=False)
    assert not isinstance(walked, WalkInRefusal) and walked.verdict.accepted
    assert [a.code for a in walk_changes.attendees] == [walked.verdict.attendee.code]  # type: ignore[union-attr]
    assert walk_changes.movements and walk_changes.revision is not None


def test_the_index_is_patched_from_this_desks_changes_only_when_it_was_current(
    desk: Desk, repo: Repository
) -> None:
    desk.search("warm")
    walked, changes = desk.record_walk_in(ADA, organizer=False)
    assert desk.apply(changes) and desk.index.current()
    assert [h.attendee.last_name for h in desk.search("lovelace")] == ["Lovelace"]
    repo.add_attendee(person("4711000000000000099", "Grace", "Hopper"))  # another desk's
    _renamed, rename = desk.record_badge_name(walked.verdict.attendee, "Countess Ada")  # type: ignore[union-attr]
    assert not desk.apply(rename)  # stale before the write: only a rebuild brings both


def test_what_other_desks_events_change() -> None:
    assert arrived(["checkin"]) == Changes(local=False, movements=True)
    assert arrived(["walk_in", "undo"]) == Changes(local=False, movements=True,
                                                   attendee_list=True)  # fmt: skip
    assert not arrived(["badge_print"]).counts
    assert arrived(["a_kind_from_a_newer_desk"]).attendee_list


def test_the_session_undoes_only_the_movement_it_showed_once(desk: Desk) -> None:
    nothing = desk.take_undo()
    assert isinstance(nothing, UndoResult) and not nothing.done
    result, _ = desk.record_scan(ZOE)
    desk.shown_scan(result)
    shown = desk.take_undo()
    assert not isinstance(shown, UndoResult) and shown.code == ZOE
    assert isinstance(desk.take_undo(), UndoResult)  # a second Ctrl+Z takes nothing older
    undone, changes = desk.record_undo(shown)
    assert undone.done and changes.movements and changes.on_site == 0


def test_a_full_venue_refuses_a_walk_in_unless_an_organizer_registers_it(
    desk: Desk, repo: Repository
) -> None:
    repo.save_event(meetup(capacity=1, policy=CapacityPolicy.BLOCK))
    desk.shown_scan(desk.record_scan(ZOE)[0])
    refused, changes = desk.record_walk_in(ADA, organizer=False)
    assert isinstance(refused, WalkInRefusal) and refused.code is WalkInProblem.VENUE_FULL
    assert changes.empty and len(repo.attendees()) == len(people())
    admitted, _ = desk.record_walk_in(ADA, organizer=True)
    assert not isinstance(admitted, WalkInRefusal) and admitted.verdict.accepted
    full, _ = desk.record_scan(JUERGEN)
    desk.shown_scan(full)
    assert desk.take_override() == JUERGEN and desk.take_override() is None


def test_exit_mode_is_the_sessions_direction(desk: Desk) -> None:
    desk.shown_scan(desk.record_scan(ZOE)[0])
    desk.direction = Direction.OUT
    left, changes = desk.record_scan(ZOE)
    assert left.verdict.outcome.value == "exited" and changes.on_site == 0


def test_no_sql_on_the_ui_thread_for_a_scan_or_a_name_and_enter(
    qtbot: QtBot, repo: Repository, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, repo, settings, RecordingBadges(repo))
    window.refresher.stop()  # the ten-second reload is not a scan
    qtbot.waitUntil(lambda: window.controller.desk.presence is not None)
    with statements_on_this_thread(repo) as seen:
        scanner(qtbot, window, ZOE)
        assert window.scan_screen.verdict.name.text() == "Zoë Ødegård"
        qtbot.keyClicks(window.scan_screen.field, "Jurgen")
        qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Return)
        settled(qtbot, window)
        assert window.scan_screen.verdict.name.text() == "Jürgen Müller"
        assert window.status.headcount.text().startswith("On site 2")
    assert seen == []
    window.close()


def test_the_first_run_demo_is_written_on_the_commit_line_and_reported_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    with Repository(tmp_path / "first-run.sqlite3", clock=FixedClock()) as empty:
        window = DeskWindow(empty, settings, Collaborators())
        qtbot.addWidget(window)
        changed: list[Changes] = []
        window.desk_changed.connect(changed.append)
        with statements_on_this_thread(empty) as seen:
            qtbot.mouseClick(window.first_run.demo_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scan_screen)
        assert seen and writes(seen) == []  # the UI thread read the event to show it, no more
        assert len(empty.attendees()) == 120
        assert changed == [Changes(event=True, attendee_list=True, on_site=0)]
        window.close()


def test_an_organizer_clears_the_print_queue_on_the_commit_line(
    qtbot: QtBot, repo: Repository, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, repo, settings, RecordingBadges(repo))
    for code in (ZOE, JUERGEN):  # badges left waiting by a printer that never answered
        waiting = repo.attendee_by_code(code)
        assert waiting is not None and waiting.id is not None
        PrintLog(repo).enqueue(waiting.id, "default", "")
    window.lock.set_pin("2468")
    changed: list[Changes] = []
    window.desk_changed.connect(changed.append)
    with statements_on_this_thread(repo) as seen:
        window.actions_by_name["Badges waiting to print"].trigger()
        dialog = window.dialog
        assert isinstance(dialog, PrintQueueDialog) and dialog.list.count() == 2
        qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.list.count() == 0)
    assert writes(seen) == []
    assert changed == [Changes(badges=True)]
    assert PrintLog(repo).jobs([JobState.QUEUED]) == []
    assert window.status.currentMessage() == "2 waiting badges removed."
    window.close()


def test_a_demo_that_cannot_be_written_says_so_on_the_first_run_screen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    with Repository(tmp_path / "first-run.sqlite3", clock=FixedClock()) as empty:
        window = DeskWindow(empty, settings, Collaborators())
        qtbot.addWidget(window)

        def disk_full() -> None:
            raise OSError("disk full")

        monkeypatch.setattr(window.controller.desk, "record_demo", disk_full)
        qtbot.mouseClick(window.first_run.demo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "disk full" in window.status.currentMessage())
        assert (
            window.status.currentMessage() == "The desk could not save this: disk full. Try again."
        )
        assert window.stack.currentWidget() is window.first_run and empty.attendees() == []
        window.close()
