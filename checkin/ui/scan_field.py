"""The scan/search field: the one control that owns the keyboard at the desk.

A USB scanner is a keyboard that types a whole code in a few milliseconds, usually followed by
Enter. The field tells such a burst from a person typing by the gaps between keystrokes: when a
fast burst stops without Enter, `burst_ended` fires after a short quiet time so that scanners set
up without a suffix still work. Arrow keys and Page Up/Down are passed to the search list so the
focus never has to leave the field.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from checkin.ui.theme import scaled_font

# Scanners type at 1–10 ms per character; the fastest people need 40 ms or more.
BURST_GAP_S = 0.030
BURST_MIN_LENGTH = 6
BURST_QUIET_MS = 120
NAVIGATION_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


class BurstTracker:
    """Counts the characters of the current run typed with scanner-like gaps. Pure logic."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.length = 0
        self._last: float | None = None

    def key(self) -> None:
        now = self.clock()
        if self._last is not None and now - self._last <= BURST_GAP_S:
            self.length += 1
        else:
            self.length = 1
        self._last = now

    def reset(self) -> None:
        self.length, self._last = 0, None

    @property
    def is_burst(self) -> bool:
        return self.length >= BURST_MIN_LENGTH


class ScanField(QLineEdit):
    submitted = Signal(str)  # Enter: a scanned code or the volunteer's pick
    burst_ended = Signal(str)  # a scanner burst that ended without Enter
    navigate = Signal(QKeyEvent)  # ↑/↓/PgUp/PgDn for the result list
    escape = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setAccessibleName("Scan or search")
        self.setAccessibleDescription(
            "Scan a ticket or type two letters of a name; arrows pick, Enter admits"
        )
        self.setPlaceholderText("Scan a ticket, or type a name…")
        self.setFont(scaled_font(self.font(), 1.8))
        self.setClearButtonEnabled(True)
        self.setMaxLength(512)  # a hostile "code" cannot flood the field
        self.burst = BurstTracker()
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(BURST_QUIET_MS)
        self.quiet.timeout.connect(self._quiet)

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z at the desk undoes the last admission (a window shortcut), not the typing here.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.quiet.stop()
            self.burst.reset()
            self.submitted.emit(self.text())
            return
        if key == Qt.Key.Key_Escape:
            self.quiet.stop()
            self.burst.reset()
            self.escape.emit()
            return
        if key in NAVIGATION_KEYS:
            self.navigate.emit(event)
            return
        super().keyPressEvent(event)
        if event.text() and event.text().isprintable():
            self.burst.key()
            if self.burst.is_burst:
                self.quiet.start()

    def _quiet(self) -> None:
        if self.burst.is_burst:
            self.burst.reset()
            self.burst_ended.emit(self.text())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Whatever took the focus inside the desk window, give it back at once: a scanner must
        # never type into another control. Dialogs are other windows and keep their focus.
        QTimer.singleShot(0, self, self._reclaim)

    def _reclaim(self) -> None:
        if self.window().isActiveWindow() and not self.hasFocus() and self.isVisible():
            self.setFocus(Qt.FocusReason.OtherFocusReason)
