"""The scan field times keys by their window-system timestamps: a burst whose second half was
held up behind a busy UI thread is still one scan, with Enter and without."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from checkin.ui.scan_field import CONFIRM_MS, ScanField

CODE = "CK-7QX2M9PA-KV4T"
STALL_S = 0.3  # the UI thread busy in the middle of the burst
GAP_MS = 4  # between the scanner's keys


def field(qtbot: QtBot) -> ScanField:
    widget = ScanField()
    qtbot.addWidget(widget)
    return widget


def press(widget: ScanField, char: str, stamp_ms: int) -> None:
    """A key press as the window system delivers it: with the time it was typed."""
    key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
    text = "" if char == "\r" else char
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(stamp_ms)
    QApplication.sendEvent(widget, event)


def scan_with_a_stall(widget: ScanField, text: str, stall_after: int, start_ms: int) -> None:
    """The scanner types on; its keys after `stall_after` reach the field only after a stall."""
    for index, char in enumerate(text):
        if index == stall_after:
            # Nothing is delivered meanwhile: the keys typed now wait in the window system.
            time.sleep(STALL_S)
        press(widget, char, start_ms + index * GAP_MS)


def test_keys_delivered_late_but_typed_4_ms_apart_are_one_scan(qtbot: QtBot) -> None:
    widget = field(qtbot)
    submitted: list[str] = []
    widget.submitted.connect(submitted.append)
    scan_with_a_stall(widget, CODE + "\r", stall_after=5, start_ms=50_000)
    assert submitted == [CODE]


def test_a_quiet_timeout_dispatched_before_the_queued_keys_waits_for_them(qtbot: QtBot) -> None:
    widget = field(qtbot)
    ended: list[str] = []
    widget.burst_ended.connect(ended.append)
    first, rest = CODE[:5], CODE[5:]
    scan_with_a_stall(widget, first, stall_after=len(first), start_ms=80_000)
    time.sleep(STALL_S)
    # After the stall the event loop runs the overdue quiet timeout before the queued keys:
    # the burst looks finished, but the field only takes a second look later.
    QApplication.processEvents()
    assert widget.quiet.isActive() and widget.quiet.interval() == CONFIRM_MS
    assert ended == []
    for index, char in enumerate(rest, start=len(first)):
        press(widget, char, 80_000 + index * GAP_MS)
    qtbot.waitUntil(lambda: ended != [])
    assert ended == [CODE]
    assert widget.text() == CODE


def test_a_burst_without_enter_ends_after_the_second_look(qtbot: QtBot) -> None:
    widget = field(qtbot)
    with qtbot.waitSignal(widget.burst_ended) as signal:
        for index, char in enumerate(CODE):
            press(widget, char, 9_000 + index * GAP_MS)
    assert signal.args == [CODE]


def test_a_person_whose_keys_arrive_together_after_a_stall_is_still_typing(qtbot: QtBot) -> None:
    widget = field(qtbot)
    ended: list[str] = []
    submitted: list[str] = []
    widget.burst_ended.connect(ended.append)
    widget.submitted.connect(submitted.append)
    press(widget, "S", 5_000)
    time.sleep(0.75)  # the UI thread is busy while the volunteer types on, 180 ms a key
    for index, char in enumerate("oren", start=1):
        press(widget, char, 5_000 + index * 180)  # delivered together, typed 180 ms apart
    assert not widget.scanning  # the search may run: this is a name, not a scanner
    qtbot.wait(400)  # longer than any quiet time: a scan without Enter would have ended
    assert ended == [] and widget.reader.pending == "Soren"
    press(widget, "\r", 6_000)
    assert submitted == ["Soren"]
