"""Screenshots of the desk in the volunteers' languages: the verdict screen (an amber "already
in" with its next step, and a green admission), the dashboard, and the self-service kiosk (its
welcome with the attendees' language names, and an admission), in German and French.

Run from the repository root: `python docs/make_language_screenshots.py [de fr …]`. Uses the X
display in $DISPLAY, or starts a private Xvfb (1366×768, the smallest laptop screen the desk must
suit) if there is none. The pictures go to docs/screenshots/<what>-<language>.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
LANGUAGES = ("de", "fr")


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from docs.make_screenshots import on_a_screen

    def every_language() -> int:
        for code in argv or LANGUAGES:
            shoot(code)
        return 0

    return on_a_screen(every_language)


def shoot(code: str) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from checkin.app import application
    from checkin.db.repository import Repository
    from checkin.paths import database_path
    from checkin.ui.dashboard import DashboardWindow
    from checkin.ui.kiosk import KioskWindow
    from checkin.ui.language import install_language
    from checkin.ui.ports import Collaborators
    from checkin.ui.window import DeskWindow

    app = application()
    install_language(code)
    OUT.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="checkin-language-shots-"))
    settings = QSettings(str(home / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    repo = Repository(database_path(home), desk="front")
    window = DeskWindow(repo, settings, Collaborators(), clear_after_ms=600_000)
    window.setGeometry(0, 0, *SIZE)
    window.show()
    window.activateWindow()

    def settle() -> None:
        for _ in range(10):
            app.processEvents()
            QTest.qWait(30)

    def shot(name: str) -> None:
        settle()
        screen = QApplication.primaryScreen()
        screen.grabWindow(0, 0, 0, *SIZE).save(str(OUT / f"{name}-{code}.png"))

    def scan(ticket: str) -> None:
        QTest.keyClicks(window.scan_screen.field, ticket)
        QTest.keyClick(window.scan_screen.field, Qt.Key.Key_Return)
        for _ in range(400):
            if window.controller.commits.pending == 0:
                return
            QTest.qWait(25)

    window.open_demo()
    today = repo.require_event().day_of(repo.clock())
    valid = [a for a in repo.attendees() if not a.cancelled and a.valid_on(today)]
    admitted = next(a for a in valid if a.dietary)
    for person in valid[:25]:
        if person != admitted:
            repo.decide_and_record(person.code)
    window.reload()
    scan(admitted.code)
    shot("verdict-admitted")
    scan(admitted.code)
    shot("verdict-already-in")
    window.close()

    dashboard = DashboardWindow(repo)
    dashboard.setGeometry(0, 0, *SIZE)
    dashboard.show()
    for _ in range(20):
        settle()
        if dashboard.model.current is not None:
            break
    shot("dashboard")
    dashboard.close()

    # The kiosk, full screen in the home's language, for someone not in yet.
    kiosk = KioskWindow(repo, None, idle_ms=600_000, result_ms=600_000, language=code)
    kiosk.setGeometry(0, 0, *SIZE)
    kiosk.show()
    kiosk.activateWindow()
    shot("kiosk-welcome")
    answers: list[object] = []
    kiosk.answered.connect(answers.append)
    arriving = next(a for a in valid[25:] if a != admitted and not a.notes)
    kiosk.submit(arriving.code)
    for _ in range(400):
        if answers:
            break
        QTest.qWait(25)
    shot("kiosk-admitted")
    kiosk.may_close = True
    kiosk.close()
    repo.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
