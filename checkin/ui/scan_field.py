"""The scan/search field: the one control that owns the keyboard at the desk.

A USB scanner is a keyboard that types a whole code in a few milliseconds, usually followed by
Enter. Every keystroke goes to a `WedgeReader` (`checkin.scanning.wedge`), which tells such a
burst from a person typing by the gaps between keys: when a fast burst stops without Enter,
`burst_ended` fires after a short quiet time so that scanners set up without a suffix still work.
Arrow keys and Page Up/Down are passed to the search list so the focus never has to leave the field.

Each key is timed by the window system's timestamp (`QKeyEvent.timestamp()`, mapped onto the
monotonic clock by `EventClock`), not by when it is delivered: if the UI thread stalls in the
middle of a burst, the keys that queued up meanwhile still carry the scanner's own rhythm. The
quiet timer is made stall-proof the same way (see `_quiet`).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from checkin.scanning.event_clock import EventClock
from checkin.scanning.wedge import END_OF_BURST_GAP, Burst, BurstKind, WedgeReader
from checkin.ui.theme import scaled_font

# The reader ends a burst after END_OF_BURST_GAP of silence; poll a little after that.
QUIET_MS = int(END_OF_BURST_GAP * 1000) + 20
# A burst found quiet is ended only if it is still quiet this much later (see `_quiet`).
CONFIRM_MS = 30
# A confirmation that comes due later than this was held up by a busy event loop.
LATE_S = 0.02
NAVIGATION_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


class ScanField(QLineEdit):
    submitted = Signal(str)  # Enter: a scanned code or the volunteer's pick
    burst_ended = Signal(str)  # a scanner burst that ended without Enter
    navigate = Signal(QKeyEvent)  # ↑/↓/PgUp/PgDn for the result list
    escape = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.retranslate()
        self.setFont(scaled_font(self.font(), 1.8))
        self.setClearButtonEnabled(True)
        self.setMaxLength(512)  # a hostile "code" cannot flood the field
        self.reader = WedgeReader()
        self.clock = EventClock()
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setTimerType(Qt.TimerType.PreciseTimer)  # its lateness is measured
        self.quiet.setInterval(QUIET_MS)
        self.quiet.timeout.connect(self._quiet)
        self._due = 0.0  # when the quiet timer should fire (monotonic)
        self._confirming = False  # the timer is the second look at a quiet burst
        self.textChanged.connect(self._text_changed)

    def retranslate(self) -> None:
        """Its words in the language installed now (again on each change of language)."""
        self.setAccessibleName(self.tr("Scan or search"))
        self.setAccessibleDescription(
            self.tr("Scan a ticket or type two letters of a name; arrows pick, Enter admits")
        )
        self.setPlaceholderText(self.tr("Scan a ticket, or type a name…"))

    @property
    def scanning(self) -> bool:
        """A scanner is typing right now (searching on its every keystroke would be wasted)."""
        return self.reader.scanning

    def _text_changed(self, text: str) -> None:
        if not text:  # cleared after a scan or by Esc: the keys typed before belong to nobody
            self.reader.reset()

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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        at = self.clock.at(event.timestamp())  # when it was typed, however late it arrives
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.quiet.stop()
            self.submitted.emit(self._scanned(self.reader.key("\r", at=at)))
            return
        if key == Qt.Key.Key_Escape:
            self.quiet.stop()
            self.reader.reset()
            self.escape.emit()
            return
        if key in NAVIGATION_KEYS:
            self.navigate.emit(event)
            return
        text = event.text()
        if text and text.isprintable():
            # A burst that went quiet before this key but was not reported yet (the timer
            # waits a little longer than the gap) ends here, before this key joins the field.
            self._report(self.reader.poll(at))
            for char in text:  # before the edit: textChanged listeners ask `scanning`
                self.reader.key(char, at=at)
            self._arm(QUIET_MS, confirming=False)
        super().keyPressEvent(event)

    def _scanned(self, bursts: list[Burst]) -> str:
        """The field's text, or only the scanned part when a scan followed stray typing."""
        text = self.text()
        scans = [b.text for b in bursts if b.kind is BurstKind.SCAN]
        if scans and scans[-1] and text.endswith(scans[-1]):
            return scans[-1]
        return text

    def _arm(self, interval_ms: int, *, confirming: bool) -> None:
        self._confirming = confirming
        self._due = time.monotonic() + interval_ms / 1000
        self.quiet.start(interval_ms)

    def _quiet(self) -> None:
        """End a scanner burst sent without Enter once it has gone quiet.

        Silence cannot be timestamped. When the UI thread stalls, this timeout comes due during
        the stall while the scanner's remaining keys queue up behind it, and the event loop may
        dispatch the timeout first: the burst would look finished with half the code. So the
        first timeout that finds the burst quiet only takes a second look CONFIRM_MS later.
        Keys queued before that first look are ready to be delivered when it returns, whereas
        the second look is not due yet, so they arrive first and re-arm the timer as any key
        does. The burst ends only if the second look finds it still quiet and comes on time:
        a late one means the loop was held up again, and the confirmation is repeated.
        """
        now = time.monotonic()
        if not self.reader.ending(now):
            return
        if not self._confirming or now - self._due > LATE_S:
            self._arm(CONFIRM_MS, confirming=True)
            return
        self._report(self.reader.poll(now))

    def _report(self, bursts: list[Burst]) -> None:
        if any(b.kind is BurstKind.SCAN for b in bursts):
            self.burst_ended.emit(self._scanned(bursts))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Whatever took the focus inside the desk window, give it back at once: a scanner must
        # never type into another control. Dialogs are other windows and keep their focus.
        QTimer.singleShot(0, self, self._reclaim)

    def _reclaim(self) -> None:
        if self.window().isActiveWindow() and not self.hasFocus() and self.isVisible():
            self.setFocus(Qt.FocusReason.OtherFocusReason)
