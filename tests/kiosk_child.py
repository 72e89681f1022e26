"""Child process for the kiosk's hub test: `checkin kiosk` as the composition root opens it
(`checkin.app.run_kiosk`, untouched), driven from outside: once it shows, a ticket is entered;
once the kiosk's check-in is on the hub (nothing left to send), the organizer leaves it.

    python tests/kiosk_child.py HOME DESK CODE
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from checkin.app import application, run_kiosk
from checkin.db import hub_state
from checkin.ui.kiosk import KioskWindow

DEADLINE_S = 30.0


def drive(code: str) -> None:
    kiosk = next(w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow))
    started = time.monotonic()

    def sent() -> None:
        if hub_state.off_hub_count(kiosk.desk.repo) == 0 or time.monotonic() - started > DEADLINE_S:
            print("answered", flush=True)
            kiosk.may_close = True
            kiosk.close()
        else:
            QTimer.singleShot(100, sent)

    kiosk.answered.connect(lambda _result: QTimer.singleShot(100, sent))
    kiosk.submit(code)


def main(home: str, desk: str, code: str) -> int:
    application()
    QTimer.singleShot(300, lambda: drive(code))
    return run_kiosk(Path(home), desk=desk)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
