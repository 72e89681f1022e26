"""Screenshots of the self-service kiosk in each state — welcome, a surname's picks, "Is this
you?", admitted, sent to the desk — at 1366×768 and 1920×1080, on the demo event.

Run: `python docs/make_kiosk_screenshots.py` (uses $DISPLAY, or starts a private Xvfb as large
as the biggest size).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = [(1366, 768), (1920, 1080)]


def shoot() -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTest import QTest

    from checkin.app import application
    from checkin.db.repository import Repository
    from checkin.demo import load_demo
    from checkin.paths import database_path
    from checkin.ui.kiosk import KioskWindow

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        repo = Repository(database_path(Path(folder)), desk="Kiosk 1")
        load_demo(repo)
        people = [a for a in repo.attendees() if not a.cancelled and not a.days and not a.notes]
        for number, (width, height) in enumerate(SIZES):
            someone = people[3 + number]  # a different attendee at each size
            kiosk = KioskWindow(repo, None, idle_ms=600_000, result_ms=600_000)
            kiosk.resize(width, height)
            kiosk.show()
            answers: list[object] = []
            kiosk.answered.connect(answers.append)
            QTest.qWait(200)

            def answered(
                count: int, window: KioskWindow = kiosk, seen: list[object] = answers
            ) -> None:
                while len(seen) < count:
                    QTest.qWait(20)

            def save(state: str, window: KioskWindow = kiosk, w: int = width) -> None:
                QCoreApplication.processEvents()
                QTest.qWait(100)
                window.grab().save(str(OUT / f"kiosk-{state}-{w}.png"))

            save("welcome")
            kiosk.submit(someone.last_name[:4])
            save("picks")
            visible = [b for b in kiosk.pick_buttons if not b.isHidden()]
            kiosk.choose(visible[0])
            save("confirm")
            kiosk.confirmed()
            answered(1)
            save("admitted")
            kiosk.reset()
            kiosk.submit(str(visible[0].property("code")))  # in already: sent to the desk
            answered(2)
            save("see-desk")
            kiosk.may_close = True
            kiosk.close()
        repo.close()
    app.processEvents()
    return 0


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from docs.make_screenshots import on_a_screen

    return on_a_screen(shoot)


if __name__ == "__main__":
    sys.exit(main())
