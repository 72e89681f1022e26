"""Regenerate the pictures in docs/: the dashboard (normal and big-screen) under a virtual X
server, and the first page of each PDF export. Run from the repository root:

    python docs/make_report_screenshots.py

Needs Xvfb and pdftoppm (poppler-utils). Uses the demo event on 15–16 February 2016 with a
scripted day: everyone who came on day 1, and day 2 as it stood at 11:20.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))

from checkin.core.entities import Direction  # noqa: E402
from checkin.db.repository import Repository  # noqa: E402
from checkin.demo import load_demo  # noqa: E402
from checkin.reports.export import export  # noqa: E402
from checkin.reports.model import Format, Kind  # noqa: E402


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def scripted_event(repo: Repository, clock: Clock) -> None:
    """Day 1: arrivals 08:20–10:40 peaking around 09:00, some leave for lunch and come back;
    day 2 up to 11:20."""
    rng = random.Random(16)
    event = repo.require_event()
    people = [a for a in repo.attendees() if not a.cancelled]
    for number, (day, share, until) in enumerate(
        ((event.days[0], 0.93, 11 * 60), (event.days[1], 0.86, 11 * 60 + 20))
    ):
        valid = [a for a in people if a.valid_on(day)]
        comers = rng.sample(valid, int(len(valid) * share))
        times = sorted(max(8 * 60 + 15, int(rng.gauss(9 * 60 + number * 10, 28))) for _ in comers)
        for person, minute in zip(comers, times, strict=True):
            if minute > until:
                continue
            clock.now = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(
                minutes=minute, seconds=rng.randint(0, 59)
            )
            repo.decide_and_record(person.code)
            if number == 0 and rng.random() < 0.2:
                clock.now += timedelta(hours=3)
                repo.decide_and_record(person.code, direction=Direction.OUT)
    day2 = event.days[1]
    clock.now = datetime(day2.year, day2.month, day2.day, 11, 20, tzinfo=UTC)


def start_xvfb(display: str) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    return server


def dashboard_pictures(repo: Repository) -> None:
    from PySide6.QtWidgets import QApplication

    from checkin.ui.dashboard import DashboardWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = DashboardWindow(repo)
    window.fit_to_screen()
    window.show()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.05)
    window.grab().save(str(DOCS / "dashboard.png"))
    window.set_big(True)
    for _ in range(30):
        app.processEvents()
        time.sleep(0.05)
    window.grab().save(str(DOCS / "dashboard-big.png"))
    window.close()


def pdf_pictures(repo: Repository, folder: Path) -> None:
    for kind in Kind:
        pdf = export(repo, kind, folder / f"{kind.value}.pdf", Format.PDF)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(DOCS / f"export-{kind.value}")],
            check=True,
        )  # fmt: skip


def main() -> int:
    if shutil.which("Xvfb") is None or shutil.which("pdftoppm") is None:
        print("Needs Xvfb and pdftoppm (poppler-utils).")
        return 2
    display = ":93"
    server = start_xvfb(display)
    os.environ["DISPLAY"] = display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        with tempfile.TemporaryDirectory() as folder:
            clock = Clock(datetime(2016, 2, 15, 7, 0, tzinfo=UTC))
            repo = Repository(Path(folder) / "checkin.sqlite3", clock=clock, desk="Front")
            try:
                load_demo(repo)
                scripted_event(repo, clock)
                dashboard_pictures(repo)
                pdf_pictures(repo, Path(folder))
            finally:
                repo.close()
    finally:
        server.terminate()
        server.wait()
    print("Wrote", ", ".join(sorted(p.name for p in DOCS.glob("*.png"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
