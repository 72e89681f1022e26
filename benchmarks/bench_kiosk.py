"""The self-service kiosk against the desk: from a ticket scanned (typed into the field as a USB
scanner types it, then Enter) to its badge handed to the printer, p50/p95, at a kiosk and at a
desk window in the same run, each with the real print queue (badge rendered, sent to a printer
that keeps the PDF). Goal: the kiosk no slower than the desk.

Run: python -m benchmarks kiosk (BENCH_SCANS=N for other than 30 tickets each).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

SCANS = int(os.environ.get("BENCH_SCANS", "30"))


class TimedPrinter:
    """Keeps each badge PDF and the moment it was handed over."""

    name = "bench-printer"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sent: list[float] = []
        folder.mkdir(parents=True, exist_ok=True)

    def submit(self, pdf: bytes, title: str) -> str:
        self.sent.append(time.perf_counter())
        (self.folder / f"{len(self.sent):05d}.pdf").write_bytes(pdf)
        return str(len(self.sent))

    def status(self, job_id: str) -> object:
        from checkin.printing.printers import JobReport, PrinterState

        return JobReport(PrinterState.DONE)


def _run(home: Path, kind: str) -> list[float]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from benchmarks.common import generated_attendees
    from checkin.app import application
    from checkin.core.entities import Event
    from checkin.db.repository import Repository
    from checkin.ui.badge_sink import QueueBadges
    from checkin.ui.kiosk import KioskWindow
    from checkin.ui.ports import Collaborators
    from checkin.ui.window import DeskWindow

    app = application()
    repo = Repository(home / f"{kind}.sqlite3", desk=kind)
    repo.save_event(Event(name="Bench", secret="s", capacity=100_000))
    people = generated_attendees(2_000, seed=5)
    repo.add_attendees(people)
    printer = TimedPrinter(home / f"{kind}-badges")
    badges = QueueBadges(repo, lambda _: printer, template="dymo-54x101", poll_seconds=0.05)
    window: Any
    if kind == "kiosk":
        window = KioskWindow(repo, badges, idle_ms=600_000, result_ms=600_000)
        field = window.field
    else:
        settings = QSettings(str(home / "desk.ini"), QSettings.Format.IniFormat)
        settings.setValue("desk/muted", True)
        window = DeskWindow(repo, settings, Collaborators(badges=badges))
        field = window.scan_screen.field
    window.show()
    QTest.qWait(800)  # the search index is built, the print queue started
    gaps = []
    for person in people[:SCANS]:
        if kind == "kiosk":
            window.reset()
        QTest.keyClicks(field, person.code)
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        before = len(printer.sent)
        deadline = time.monotonic() + 20
        while len(printer.sent) == before and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        gaps.append((printer.sent[-1] - start) * 1000 if len(printer.sent) > before else 20_000)
    badges.stop()
    if kind == "kiosk":
        window.may_close = True
    window.close()
    app.processEvents()
    repo.close()
    return gaps


def _stats(ms: list[float]) -> str:
    ordered = sorted(ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered):10.1f} {p95:10.1f}"


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        desk = _run(Path(folder), "desk")
        kiosk = _run(Path(folder), "kiosk")
    print(f"scan → badge handed to the printer, {SCANS} tickets each (ms)      p50        p95")
    print(f"{'kiosk (KioskWindow, its Desk session, the print queue)':<62}{_stats(kiosk)}")
    print(f"{'baseline: the desk window, same queue, same run':<62}{_stats(desk)}")


if __name__ == "__main__":
    main()
