"""The desk window walked as a volunteer would: scanner keystrokes, search, fix-ups, verdicts."""

from __future__ import annotations

import threading
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from checkin.core.entities import CapacityPolicy
from checkin.core.search import SearchHit
from checkin.core.ticket_codes import is_genuine
from checkin.core.verdicts import Severity
from checkin.db.repository import Repository
from checkin.operations.organizer_pin import PIN_FILE, PinStore
from checkin.ui.fixups import BadgeNameDialog, WalkInDialog
from checkin.ui.organizer import PinDialog
from checkin.ui.ports import BadgeSink, CameraSource, Collaborators
from checkin.ui.settings_dialog import SettingsDialog
from checkin.ui.sounds import TONES, sound_file, write_sounds
from checkin.ui.theme import VERDICT_COLOURS
from checkin.ui.window import DeskWindow
from tests.fakes import FixedClock, RecordingBadges, ReplayCamera, audit_log, meetup, person
from tests.window_desk import (
    CANCELLED,
    DAY2_ONLY,
    JUERGEN,
    ZOE,
    fill_walk_in,
    index_ready,
    ok,
    on_site,
    open_window,
    people,
    scanner,
    settled,
    typing,
)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def badges(repo: Repository) -> RecordingBadges:
    return RecordingBadges(repo)


@pytest.fixture
def window(
    qtbot: QtBot, repo: Repository, settings: QSettings, badges: RecordingBadges
) -> Iterator[DeskWindow]:
    window = open_window(qtbot, repo, settings, badges)
    yield window
    window.close()


def test_scanner_burst_with_enter_admits_green_and_queues_the_badge(
    qtbot: QtBot, window: DeskWindow, repo: Repository, badges: RecordingBadges
) -> None:
    scanner(qtbot, window, ZOE)
    panel = window.scan_screen.verdict
    assert panel.severity is Severity.OK
    assert panel.background() == VERDICT_COLOURS[Severity.OK].background
    assert panel.name.text() == "Zoë Ødegård"
    assert "Operator" in panel.details.text() and "Nordlys Hosting" in panel.details.text()
    assert "vegan" in panel.must_know.text()
    assert on_site(repo) == 1
    assert badges.jobs == [("Zoë Ødegård", False)]
    assert window.status.headcount.text() == "On site 1 / 120"
    assert window.scan_screen.field.text() == ""


def test_scanner_burst_without_enter_admits_after_the_burst_ends(
    qtbot: QtBot, window: DeskWindow, repo: Repository
) -> None:
    with qtbot.waitSignal(window.scan_screen.field.burst_ended):
        scanner(qtbot, window, JUERGEN, enter=False)
    settled(qtbot, window)
    assert window.scan_screen.verdict.severity is Severity.OK
    assert on_site(repo) == 1


def test_a_name_typed_fast_is_a_search_not_a_scan(
    qtbot: QtBot, window: DeskWindow, repo: Repository
) -> None:
    with qtbot.waitSignal(window.scan_screen.field.burst_ended):
        qtbot.keyClicks(window.scan_screen.field, "Sørensen")
    assert window.scan_screen.verdict.severity is None
    assert window.scan_screen.results.isVisible()
    assert on_site(repo) == 0


def test_search_shows_rows_and_arrow_enter_admits_the_pick(
    qtbot: QtBot, window: DeskWindow, repo: Repository
) -> None:
    typing(qtbot, window, "sø")
    results = window.scan_screen.results
    assert results.isVisible()
    names = [results.topLevelItem(i).text(0) for i in range(results.topLevelItemCount())]
    assert "Søren Sørensen" in names and "Zoë Ødegård" not in names
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Escape)
    assert not results.isVisible() and window.scan_screen.field.text() == ""
    typing(qtbot, window, "Ødegård Zo")
    row = results.topLevelItem(0)
    assert [row.text(c) for c in range(4)] == [
        "Zoë Ødegård",
        "Nordlys Hosting",
        "Operator",
        "not in yet",
    ]
    assert window.scan_screen.field.hasFocus()
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Return)
    settled(qtbot, window)
    assert window.scan_screen.verdict.name.text() == "Zoë Ødegård"
    assert on_site(repo) == 1


def test_arrow_keys_pick_the_second_row(qtbot: QtBot, window: DeskWindow, repo: Repository) -> None:
    repo.add_attendee(person("55555551", "Zoë", "Zander"))  # as another desk's walk-in
    typing(qtbot, window, "zo")
    # The list is re-read on a worker; the results follow it.
    qtbot.waitUntil(lambda: window.scan_screen.results.topLevelItemCount() == 2)
    second = window.scan_screen.results.attendees[1]
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Down)
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Return)
    settled(qtbot, window)
    assert window.scan_screen.verdict.name.text() == second.display_name


def test_a_scanner_burst_never_searches(
    qtbot: QtBot, window: DeskWindow, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    searched: list[str] = []
    look_up = window.controller.desk.index.search_cached

    def spy(query: str, limit: int = 20) -> list[SearchHit] | None:
        searched.append(query)
        return look_up(query, limit)

    monkeypatch.setattr(window.controller.desk.index, "search_cached", spy)
    scanner(qtbot, window, ZOE)
    qtbot.wait(150)  # longer than the pause the search waits for
    assert window.scan_screen.verdict.name.text() == "Zoë Ødegård"
    assert searched == [] and not window.scan_screen.results.isVisible()


def test_a_name_typed_and_entered_at_once_admits_the_first_row(
    qtbot: QtBot, window: DeskWindow, repo: Repository
) -> None:
    qtbot.keyClicks(window.scan_screen.field, "Jurgen")
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Return)  # before the search had its pause
    settled(qtbot, window)
    assert window.scan_screen.verdict.name.text() == "Jürgen Müller"
    assert on_site(repo) == 1


def test_a_list_changed_by_another_desk_is_reread_off_the_ui_thread(
    qtbot: QtBot, window: DeskWindow, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_main_thread: list[bool] = []
    read = window.controller.desk.index.read

    def watched() -> tuple[str, Any]:
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        return read()

    monkeypatch.setattr(window.controller.desk.index, "read", watched)
    repo.add_attendees([person("LATE-SYNC-1", "Zofia", "Wiśniewska")])  # as a sync elsewhere
    qtbot.keyClicks(window.scan_screen.field, "Zofia")
    # The desk searched the index it had (no Zofia yet) and is re-reading the list meanwhile.
    qtbot.waitUntil(lambda: window.scan_screen.results.isVisible())
    assert window.scan_screen.results.picked() == repo.attendee_by_code("LATE-SYNC-1")
    assert on_main_thread == [False]
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Return)
    settled(qtbot, window)
    assert window.scan_screen.verdict.name.text() == "Zofia Wiśniewska"


def test_a_name_entered_before_the_list_is_read_asks_to_wait(
    qtbot: QtBot, repo: Repository, settings: QSettings
) -> None:
    repo.add_attendees(people())
    window = DeskWindow(repo, settings, clear_after_ms=60_000)
    qtbot.addWidget(window)
    window.show()  # the index is being built on a worker; the volunteer is faster
    window.controller.search("Jurgen")
    assert window.controller.desk.index.search_cached("Jurgen") is None
    assert "Reading the attendee list" in window.status.currentMessage()
    index_ready(qtbot, window)
    window.scan_screen.field.setText("Jurgen")
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Return)
    settled(qtbot, window)
    assert window.scan_screen.verdict.name.text() == "Jürgen Müller"
    window.close()


def test_exact_code_wins_over_search_hits(
    qtbot: QtBot, window: DeskWindow, repo: Repository
) -> None:
    repo.add_attendee(person("Kestrel42", "Kestrel42", "Rival"))
    repo.add_attendee(person("KESTREL42X", "Amy", "Exact"))
    window.scan_screen.field.setText("KESTREL42X")
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Return)
    settled(qtbot, window)
    assert window.scan_screen.verdict.name.text() == "Amy Exact"


@pytest.mark.parametrize(
    ("code", "severity", "word"),
    [
        (CANCELLED, Severity.STOP, "STOP: CANCELLED"),
        ("9999999999", Severity.STOP, "STOP: UNKNOWN"),
        (DAY2_ONLY, Severity.CAUTION, "CHECK: NOT TODAY"),
    ],
)
def test_refusals_show_their_colour(
    qtbot: QtBot, window: DeskWindow, code: str, severity: Severity, word: str
) -> None:
    scanner(qtbot, window, code)
    panel = window.scan_screen.verdict
    assert panel.severity is severity
    assert panel.background() == VERDICT_COLOURS[severity].background
    assert panel.word.text() == word


def test_second_scan_is_amber_with_time_and_desk(qtbot: QtBot, window: DeskWindow) -> None:
    scanner(qtbot, window, ZOE)
    scanner(qtbot, window, ZOE)
    panel = window.scan_screen.verdict
    assert panel.severity is Severity.CAUTION
    assert "already in: admitted at 09:00 at desk A" in panel.message.text()


def test_full_venue_is_red_and_an_organizer_can_admit_past_it(
    qtbot: QtBot, window: DeskWindow, repo: Repository
) -> None:
    repo.save_event(meetup(capacity=1, policy=CapacityPolicy.BLOCK))
    scanner(qtbot, window, ZOE)
    scanner(qtbot, window, JUERGEN)
    assert window.scan_screen.verdict.severity is Severity.STOP
    assert window.scan_screen.verdict.word.text() == "STOP: VENUE FULL"
    window.lock.set_pin("2468")
    window.actions_by_name["Admit past capacity"].trigger()
    settled(qtbot, window)
    assert window.scan_screen.verdict.severity is Severity.CAUTION
    assert on_site(repo) == 2


def test_verdict_clears_itself(qtbot: QtBot, window: DeskWindow) -> None:
    window.scan_screen.verdict.timer.setInterval(50)
    scanner(qtbot, window, ZOE)
    with qtbot.waitSignal(window.scan_screen.verdict.cleared):
        pass
    assert window.scan_screen.verdict.severity is None


def test_ctrl_z_undoes_the_last_admission_within_the_window(
    qtbot: QtBot, window: DeskWindow, repo: Repository, clock: FixedClock
) -> None:
    scanner(qtbot, window, ZOE)
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, window)
    assert on_site(repo) == 0
    assert window.scan_screen.verdict.word.text() == "UNDONE"
    assert [e["action"] for e in audit_log(repo)][-1] == "undo"
    scanner(qtbot, window, JUERGEN)
    clock.advance(minutes=5)
    window.actions_by_name["Undo last admission"].trigger()
    assert on_site(repo) == 1
    # The refusal names the command an organizer runs: on the panel, where a sentence wraps.
    assert window.scan_screen.verdict.word.text() == "NOT UNDONE"
    assert "Too late" in window.scan_screen.verdict.message.text()


def test_walk_in_gets_a_signed_code_is_admitted_and_badged(
    qtbot: QtBot, window: DeskWindow, repo: Repository, badges: RecordingBadges
) -> None:
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, WalkInDialog)
    fill_walk_in(dialog, email="not an address")
    ok(dialog)
    assert "not an e-mail address" in dialog.error.text()
    assert window.dialog is dialog
    dialog.email.setText("ada@example.org")
    ok(dialog)
    settled(qtbot, window)
    assert window.dialog is None
    walk_in = next(a for a in repo.attendees() if a.last_name == "Lovelace")
    assert is_genuine(meetup().secret, walk_in.code)
    assert walk_in.source == "walk-in"
    assert window.scan_screen.verdict.severity is Severity.OK
    assert badges.jobs[-1] == ("Ada Lovelace", False)
    assert window.scan_screen.field.hasFocus()


def test_walk_in_is_not_registered_when_the_venue_is_full(
    qtbot: QtBot, window: DeskWindow, repo: Repository
) -> None:
    repo.save_event(meetup(capacity=1, policy=CapacityPolicy.BLOCK))
    scanner(qtbot, window, ZOE)
    window.actions_by_name["Walk-in registration"].trigger()
    assert isinstance(window.dialog, WalkInDialog)
    fill_walk_in(window.dialog)
    ok(window.dialog)
    settled(qtbot, window)  # the session decides on the commit line, before any write
    assert window.scan_screen.verdict.word.text() == "VENUE FULL"
    assert len(repo.attendees()) == len(people())


def test_badge_name_correction_saves_and_reprints(
    qtbot: QtBot, window: DeskWindow, repo: Repository, badges: RecordingBadges
) -> None:
    scanner(qtbot, window, JUERGEN)
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_F2)
    dialog = window.dialog
    assert isinstance(dialog, BadgeNameDialog)
    assert dialog.name.text() == "Jürgen Müller"
    dialog.name.setText("Jürgen „Jogi“ Müller")
    ok(dialog)
    settled(qtbot, window)
    assert repo.attendee_by_code(JUERGEN).badge_name == "Jürgen „Jogi“ Müller"  # type: ignore[union-attr]
    assert badges.jobs[-1] == ("Jürgen „Jogi“ Müller", True)
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, window)
    assert badges.jobs[-1] == ("Jürgen „Jogi“ Müller", True)
    assert len(badges.jobs) == 3


def test_a_badge_already_printed_is_not_printed_again(
    qtbot: QtBot, window: DeskWindow, repo: Repository, badges: RecordingBadges, clock: FixedClock
) -> None:
    scanner(qtbot, window, ZOE)
    zoe = repo.attendee_by_code(ZOE)
    assert zoe is not None and zoe.id is not None
    repo.record_badge_print(zoe.id, "default", "test")
    clock.advance(days=1)
    scanner(qtbot, window, ZOE)
    assert window.scan_screen.verdict.severity is Severity.OK
    assert badges.jobs == [("Zoë Ødegård", False)]
    assert "already has a badge" in window.scan_screen.verdict.badge.text()


def test_organizer_pin_blocks_then_unlocks(
    qtbot: QtBot, window: DeskWindow, settings: QSettings, repo: Repository
) -> None:
    window.actions_by_name["Settings"].trigger()
    first = window.dialog
    assert isinstance(first, PinDialog) and first.setting
    first.pin.setText("2468")
    first.again.setText("2468")
    ok(first)
    stored = (repo.path.parent / PIN_FILE).read_text()  # in the home, shared with the CLI
    assert "2468" not in stored and PinStore(repo.path.parent).check("2468").ok
    qtbot.waitUntil(lambda: isinstance(window.dialog, SettingsDialog))
    window.dialog.reject()  # type: ignore[union-attr]
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.lock.unlocked

    window.actions_by_name["Settings"].trigger()
    pin = window.dialog
    assert isinstance(pin, PinDialog) and not pin.setting
    pin.pin.setText("1111")
    ok(pin)
    assert pin.error.text() == "Wrong PIN." and not window.lock.unlocked
    assert window.dialog is pin
    pin.pin.setText("2468")
    ok(pin)
    qtbot.waitUntil(lambda: isinstance(window.dialog, SettingsDialog))
    settings_dialog = window.dialog
    assert isinstance(settings_dialog, SettingsDialog)
    settings_dialog.capacity.setValue(80)
    settings_dialog.printer.setCurrentText("Badges-QL")
    ok(settings_dialog)
    settled(qtbot, window)  # the event is written on the commit line
    assert repo.require_event().capacity == 80
    assert window.status.headcount.text() == "On site 0 / 80"
    assert settings.value("desk/printer") == "Badges-QL"


def test_missing_collaborators_are_reported_not_faked(
    qtbot: QtBot, repo: Repository, settings: QSettings
) -> None:
    repo.add_attendees(people())
    window = DeskWindow(repo, settings)
    qtbot.addWidget(window)
    assert window.status.camera.text() == "Camera: no camera"
    assert window.status.printer.text() == "printing not set up"
    assert window.status.sync.isHidden()  # never synced: the demo, or this desk's own hub
    scanner(qtbot, window, ZOE)
    assert "printing is not set up" in window.status.currentMessage()
    window.lock.set_pin("2468")
    window.actions_by_name["Export"].trigger()
    assert window.status.currentMessage() == "Exporting is not set up on this desk."


def test_camera_codes_admit_once_and_state_shows(
    qtbot: QtBot, repo: Repository, settings: QSettings
) -> None:
    repo.add_attendees(people())
    camera = ReplayCamera()
    assert isinstance(camera, CameraSource) and isinstance(RecordingBadges(repo), BadgeSink)
    settings.setValue("desk/camera", "demo.mp4")
    window = DeskWindow(repo, settings, Collaborators(camera=camera))
    qtbot.addWidget(window)
    assert ("start", "demo.mp4") in camera.calls
    assert camera.calls[-2] == ("paused", True)  # not shown yet: nobody sees the preview
    window.show()
    assert camera.calls[-1] == ("paused", False)
    assert window.status.camera.text() == "Camera: running"
    frame = QImage(64, 48, QImage.Format.Format_RGB32)
    frame.fill(Qt.GlobalColor.darkGreen)
    camera.frame_ready.emit(frame)
    assert not window.scan_screen.preview.pixmap().isNull()
    camera.codes_found.emit([ZOE])  # the worker reports a code once (its debouncer's job)
    settled(qtbot, window)
    assert window.scan_screen.verdict.severity is Severity.OK
    assert on_site(repo) == 1
    window.actions_by_name["Walk-in registration"].trigger()
    assert ("paused", True) in camera.calls
    window.dialog.reject()  # type: ignore[union-attr]
    assert camera.calls[-1] == ("paused", False)
    window.close()
    assert ("stop",) in camera.calls[-2:]  # closed, then hidden


def test_first_run_screen_opens_the_demo(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> None:
    imports: list[object] = []
    with Repository(tmp_path / "empty.sqlite3", clock=FixedClock()) as empty:
        window = DeskWindow(empty, settings, Collaborators(import_attendees=imports.append))
        qtbot.addWidget(window)
        assert window.stack.currentWidget() is window.first_run
        qtbot.mouseClick(window.first_run.import_button, Qt.MouseButton.LeftButton)
        assert isinstance(window.dialog, PinDialog) and imports == []  # organizers import
        window.dialog.reject()
        window.lock.set_pin("2468")
        qtbot.mouseClick(window.first_run.import_button, Qt.MouseButton.LeftButton)
        assert imports == [window]
        qtbot.mouseClick(window.first_run.demo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scan_screen)
        assert len(empty.attendees()) == 120
        window.close()


def test_window_remembers_its_geometry(
    qtbot: QtBot, window: DeskWindow, repo: Repository, settings: QSettings
) -> None:
    window.resize(780, 540)
    window.close()
    again = DeskWindow(repo, settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (780, 540)


def test_every_desk_action_has_a_shortcut_and_widgets_have_names(window: DeskWindow) -> None:
    for name, action in window.actions_by_name.items():
        assert not action.shortcut().isEmpty() or name == "Clear", name
    for widget in (
        window.scan_screen.field,
        window.scan_screen.results,
        window.scan_screen.verdict,
        window.scan_screen.preview,
    ):
        assert widget.accessibleName()


def test_sounds_are_distinct_short_wavs(tmp_path: Path) -> None:
    written = write_sounds(tmp_path)
    lengths = set()
    for severity in TONES:
        with wave.open(str(sound_file(severity, tmp_path))) as sound:
            assert sound.getnchannels() == 1
            lengths.add(sound.getnframes())
        assert sound_file(severity).exists()  # shipped with the package
    assert len(written) == len(lengths) == len(Severity)


def test_app_instance_is_shared(qapp: QApplication) -> None:
    from checkin.app import application

    assert application() is qapp
