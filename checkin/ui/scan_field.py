"""The scan/search field: the one control that owns the keyboard at the desk.

A USB scanner is a keyboard that types a whole code in a few milliseconds, usually followed by
Enter. Every keystroke goes to a `WedgeReader` (`checkin.scanning.wedge`), which tells such a
burst from a person typing by the gaps between keys: when a fast burst stops without Enter,
`burst_ended` fires after a short quiet time so that scanners set up without a suffix still work.
Arrow keys and Page Up/Down are passed to the search list so the focus never has to leave the field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from checkin.scanning.wedge import END_OF_BURST_GAP, Burst, BurstKind, WedgeReader
from checkin.ui.theme import scaled_font

# The reader ends a burst after END_OF_BURST_GAP of silence; poll a little after that.
QUIET_MS = int(END_OF_BURST_GAP * 1000) + 20
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
        self.setAccessibleName("Scan or search")
        self.setAccessibleDescription(
            "Scan a ticket or type two letters of a name; arrows pick, Enter admits"
        )
        self.setPlaceholderText("Scan a ticket, or type a name…")
        self.setFont(scaled_font(self.font(), 1.8))
        self.setClearButtonEnabled(True)
        self.setMaxLength(512)  # a hostile "code" cannot flood the field
        self.reader = WedgeReader()
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(QUIET_MS)
        self.quiet.timeout.connect(self._quiet)
        self.textChanged.connect(self._text_changed)

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.quiet.stop()
            self.submitted.emit(self._scanned(self.reader.key("\r")))
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
            for char in text:  # before the edit: textChanged listeners ask `scanning`
                self.reader.key(char)
            self.quiet.start()
        super().keyPressEvent(event)

    def _scanned(self, bursts: list[Burst]) -> str:
        """The field's text, or only the scanned part when a scan followed stray typing."""
        text = self.text()
        scans = [b.text for b in bursts if b.kind is BurstKind.SCAN]
        if scans and scans[-1] and text.endswith(scans[-1]):
            return scans[-1]
        return text

    def _quiet(self) -> None:
        bursts = self.reader.poll()
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
