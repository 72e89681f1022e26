"""Screenshots of the desk for the README: idle, each verdict state (requires attention, no match
and not a ticket included), search, walk-in, first run, the import dialog (preview and report),
the live camera preview fed from a generated video, and a desk whose venue hub is unreachable.

Run from the repository root: `python docs/make_screenshots.py`. Uses the X display in $DISPLAY,
or starts a private Xvfb (1366×768, the smallest laptop screen the desk must suit) if there is none.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checkin.printing.printers import JobReport

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def start_xvfb() -> subprocess.Popen[bytes]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        os.environ["DISPLAY"] = ":" + pipe.readline().strip()
    return server


def on_a_screen(shoot: Callable[[], int]) -> int:
    """Run `shoot` on the real display, or on a private Xvfb started for it and stopped after."""
    server = None if os.environ.get("DISPLAY") else start_xvfb()
    os.environ.pop("QT_QPA_PLATFORM", None)
    sys.path.insert(0, str(ROOT))
    try:
        return shoot()
    finally:
        if server is not None:
            server.terminate()
            server.wait()


def main() -> int:
    return on_a_screen(shoot)


class FolderPrinter:
    """Stands in for the desk's label printer: keeps each badge PDF in the shots' folder."""

    def __init__(self, folder: Path, name: str = "Brother-QL-820NWB") -> None:
        self.folder, self._name, self.count = folder, name, 0

    @property
    def name(self) -> str:
        return self._name

    def submit(self, pdf: bytes, title: str) -> str:
        self.count += 1
        (self.folder / f"{title}.pdf").write_bytes(pdf)
        return f"{self._name}-{self.count}"

    def status(self, job_id: str) -> JobReport:
        from checkin.printing.printers import JobReport, PrinterState

        return JobReport(PrinterState.DONE)


def shoot() -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from checkin.app import application, desk_parts
    from checkin.core.entities import CapacityPolicy
    from checkin.core.verdicts import requires_attention
    from checkin.db.repository import Repository
    from checkin.paths import database_path
    from checkin.ui.badge_sink import QueueBadges
    from checkin.ui.fixups import WalkInDialog
    from checkin.ui.hub_link import HubBridge, link_hub
    from checkin.ui.import_dialog import ImportDialog
    from checkin.ui.theme import ThemeChoice, apply_theme
    from checkin.ui.window import DeskWindow
    from tests.qr_media import moving, write_video

    app = application()
    OUT.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="checkin-shots-"))
    settings = QSettings(str(home / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    repo = Repository(database_path(home), desk="front")
    printer = FolderPrinter(home)
    badges = QueueBadges(repo, lambda _: printer, template="dymo-54x101", poll_seconds=0.05)
    parts = desk_parts(repo, settings)
    parts.badges = badges
    camera, parts.camera = parts.camera, None  # plugged in for its own shot at the end
    window = DeskWindow(repo, settings, parts, clear_after_ms=600_000)
    link_hub(window, home)  # as the app does: Organizer ▸ Join a hub…, and on the first run
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
        screen.grabWindow(0, 0, 0, *SIZE).save(str(OUT / f"{name}.png"))

    def wait_for(condition: Callable[[], bool]) -> None:
        for _ in range(400):
            if condition():
                return
            QTest.qWait(25)
        raise RuntimeError("the screenshot's state never came")

    def scan(code: str) -> None:
        QTest.keyClicks(window.scan_screen.field, code)
        QTest.keyClick(window.scan_screen.field, Qt.Key.Key_Return)
        wait_for(lambda: window.controller.commits.pending == 0)  # the verdict follows the commit

    shot("first-run")
    window.open_demo()
    people = repo.attendees()
    today = repo.require_event().day_of(repo.clock())
    valid = [a for a in people if not a.cancelled and a.valid_on(today)]
    attention = next(a for a in valid if requires_attention(a))
    noted = next(a for a in valid if a.accessibility and not requires_attention(a))
    dieting = next(a for a in valid if a.dietary and a not in (noted, attention))
    for a in [a for a in valid if a not in (noted, dieting, attention)][:20]:
        repo.decide_and_record(a.code)
    window.reload()
    shot("desk-idle")
    steps: list[tuple[str, Callable[[], None]]] = [
        ("verdict-admitted", lambda: scan(dieting.code)),
        ("verdict-admitted-notes", lambda: scan(noted.code)),
        ("verdict-requires-attention", lambda: scan(attention.code)),
        ("verdict-already-in", lambda: scan(dieting.code)),
        ("verdict-not-today", lambda: scan(next(a for a in people if not a.valid_on(today)).code)),
        ("verdict-cancelled", lambda: scan(next(a for a in people if a.cancelled).code)),
        ("verdict-unknown", lambda: scan("4242424242424242")),
        ("verdict-no-match", lambda: scan("xq")),
        ("verdict-not-a-ticket", lambda: scan("https://tickets.example.org/otherconf/ABCDEF")),
    ]
    for name, step in steps:
        step()
        shot(name)
    event = repo.require_event()
    repo.save_event(event.with_changes(capacity=22, policy=CapacityPolicy.BLOCK))
    scan(valid[30].code)
    shot("verdict-venue-full")
    repo.save_event(event)
    window.reload()
    window.controller.clear()
    QTest.keyClicks(window.scan_screen.field, "sø")
    shot("search")
    window.controller.clear()
    window.walk_in()
    dialog = window.dialog
    assert isinstance(dialog, WalkInDialog)
    QTest.keyClicks(dialog.first, "Ada")
    QTest.keyClicks(dialog.last, "Lovelace")
    QTest.keyClicks(dialog.email, "ada@example.org")
    QTest.keyClicks(dialog.company, "Analytical Engines")
    shot("walk-in")
    dialog.try_accept()

    listing = home / "speakers-and-volunteers.csv"
    listing.write_text(
        "Vorname;Nachname;Firma;Ticketnummer;Essen;Rolle\r\n"
        "Grete;Weiß;Codethink;GW-1001;vegetarisch;Speaker\r\n"
        "Ola;Nordmann;DataCentred;GW-1002;;Volunteer\r\n"
        "Chiara;Esposito;Midokura;GW-1003;senza glutine;Speaker\r\n"
        ";;Canonical;GW-1004;;Volunteer\r\n"
        "Hiroshi;Tanaka;;GW-1005;;Speaker\r\n",
        encoding="utf-8-sig",
    )
    window.lock.set_pin("2468")
    window.actions_by_name["Import an attendee list"].trigger()
    importer = window.dialog
    assert isinstance(importer, ImportDialog)
    importer.resize(1000, 600)
    importer.source.setText(str(listing))
    importer.read()
    wait_for(lambda: importer.table is not None and not importer.busy)
    importer.mapping_box("Rolle").setCurrentText("ticket_type")
    wait_for(importer.refused.isVisible)  # the nameless row, flagged once the rows are read
    shot("import-preview")
    importer.run()
    wait_for(lambda: not importer.busy and bool(importer.report.toPlainText()))
    shot("import-report")
    importer.reject()
    window.lock.lock()
    window.controller.clear()

    # A desk of a venue hub that went away: it keeps admitting, and the status bar says so.
    gone = HubBridge(window, "postgresql://desk:secret@127.0.0.1:9/checkin").start()
    window.hub_bridge = gone
    wait_for(lambda: "Hub unreachable" in gone.label.text())
    scan(valid[41].code)
    shot("hub-unreachable")
    gone.stop()
    gone.label.hide()  # the other shots are of a desk on its own
    window.controller.clear()

    assert camera is not None
    held = next(a for a in valid[40:] if not a.cancelled)
    video = write_video(home / "camera.avi", moving(held.code, frames=90))
    window.prefs = type(window.prefs)(**{**window.prefs.__dict__, "camera": str(video)})
    window.set_camera(camera)
    wait_for(
        lambda: (
            window.scan_screen.verdict.severity is not None
            and window.scan_screen.preview.frames > 3
        )
    )
    shot("desk-camera")
    camera.stop()
    apply_theme(ThemeChoice.DARK)
    shot("verdict-admitted-dark")
    window.close()
    repo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
