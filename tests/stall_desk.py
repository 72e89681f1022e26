"""Child process for the stalled-desk test: the desk window as `checkin` opens it, whose UI thread
is blocked once in the middle of a scanner's burst.

The window is built by the composition root (`checkin.app.run_window`), untouched; only an event
filter is added from outside: once the Nth key press has reached the scan field, the event loop
is blocked for a while, as a slow step on the UI thread would block it, while the scanner types
on. A line on stdout says when that happened.

    python tests/stall_desk.py HOME KEYS SECONDS
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer

from checkin.app import application, run_window


class StallAfterKeys(QObject):
    def __init__(self, keys: int, seconds: float) -> None:
        super().__init__()
        self.keys = keys
        self.seconds = seconds
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched.objectName() == "scanField":
            self.seen += 1
            if self.seen == self.keys:
                # After this key has been handled: the quiet timer runs, the scanner types on.
                QTimer.singleShot(0, self.stall)
        return False

    def stall(self) -> None:
        time.sleep(self.seconds)
        print(f"stalled {self.seconds} s after key {self.keys}", flush=True)


def main(home: str, keys: str, seconds: str) -> int:
    app = application()
    stall = StallAfterKeys(int(keys), float(seconds))
    app.installEventFilter(stall)
    return run_window(Path(home))


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
