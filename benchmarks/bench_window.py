"""Window start-up time and the longest event-loop stall while the desk scans 200 codes, without
and then with the camera worker running (reading, decoding and previewing a generated 640×480
video of a QR code at 30 fps, as a webcam would deliver it).

Run from the repository root: `python benchmarks/bench_window.py [SCANS]` (default 200).
Start-up is measured from process start to the window shown, beside a bare
QApplication + QMainWindow in the same run.
The stall probe is a 1 ms timer: the longest gap between its ticks is how long the UI thread was
blocked; the baseline is the same probe on an idle window.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
SCANS = int(sys.argv[1]) if len(sys.argv) > 1 else 200

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1280, 720); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit())); app.exec()
"""
DESK = """
import sys; from PySide6.QtCore import QTimer
from checkin.app import application, build_window
from checkin.db.repository import Repository
from checkin.paths import database_path
from pathlib import Path
app = application(); repo = Repository(database_path(Path(sys.argv[1])))
w = build_window(repo); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit())); app.exec(); repo.close()
"""


def time_to_shown(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    best = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
        )
        assert "shown" in out.stdout
        best = min(best, time.perf_counter() - start)
    return best


def stalls(home: Path) -> dict[str, float]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest

    from checkin.app import application
    from checkin.db.repository import Repository
    from checkin.demo import load_demo
    from checkin.paths import database_path
    from checkin.ui.camera_worker import CameraWorker
    from checkin.ui.window import DeskWindow
    from tests.qr_media import moving, write_video

    application()  # the QApplication the window needs
    repo = Repository(database_path(home))
    load_demo(repo)
    codes = [a.code for a in repo.attendees()][:SCANS]
    codes += [f"UNKNOWN{n:06d}" for n in range(SCANS - len(codes))]  # demo has 120 people
    settings = QSettings(str(home / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    window = DeskWindow(repo, settings)
    window.show()

    def measure(feed: bool) -> float:
        # A local loop: app.quit() would close the window (Qt 6) and stop its camera.
        clock, worst, last, loop = QElapsedTimer(), [0.0], [0.0], QEventLoop()
        clock.start()

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e6
            worst[0] = max(worst[0], now - last[0])
            last[0] = now

        probe = QTimer(interval=1, timeout=tick)
        probe.setTimerType(Qt.TimerType.PreciseTimer)
        pending = list(codes)

        def scan_next() -> None:
            if not pending:
                loop.quit()
                return
            if feed:
                QTest.keyClicks(window.desk.field, pending.pop())
                QTest.keyClick(window.desk.field, Qt.Key.Key_Return)
            else:
                pending.pop()

        feeder = QTimer(interval=5, timeout=scan_next)
        probe.start()
        feeder.start()
        last[0] = clock.nsecsElapsed() / 1e6
        loop.exec()
        probe.stop()
        feeder.stop()
        return worst[0]

    figures = {"idle": measure(False), "busy": measure(True)}
    video = write_video(home / "camera.avi", moving(codes[-1], frames=90))
    window.prefs = type(window.prefs)(**{**window.prefs.__dict__, "camera": str(video)})
    camera = CameraWorker()
    shown = [0]  # frames delivered to the window (queued to the UI thread and drawn there)
    camera.frame_ready.connect(lambda _image: shown.__setitem__(0, shown[0] + 1))
    window.set_camera(camera)
    window.show()
    QTest.qWait(500)  # the camera opens and settles

    def with_fps(name: str, feed: bool) -> None:
        started, before = time.perf_counter(), shown[0]
        figures[f"camera {name}"] = measure(feed)
        figures[f"fps {name}"] = (shown[0] - before) / (time.perf_counter() - started)

    with_fps("idle", False)
    with_fps("busy", True)
    window.close()
    repo.close()
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        bare = time_to_shown(BARE)
        desk = time_to_shown(DESK, str(Path(folder) / "start"))
        f = stalls(Path(folder) / "stall")
    print(f"{'measure':<64} {'checkin':>10} {'baseline':>10}")
    print(f"{'process start → window shown (best of 5, s)':<64} {desk:>10.3f} {bare:>10.3f}")
    print(
        f"{f'longest event-loop stall, {SCANS} scans vs idle (ms)':<64} {f['busy']:>10.1f} {f['idle']:>10.1f}"
    )
    print(
        f"{f'longest stall, {SCANS} scans + camera on video vs idle (ms)':<64} {f['camera busy']:>10.1f} {f['idle']:>10.1f}"
    )
    print(
        f"{'longest stall, camera on video only vs idle (ms)':<64} {f['camera idle']:>10.1f} {f['idle']:>10.1f}"
    )
    print(
        f"{'preview fps shown, camera only vs the video file':<64} {f['fps idle']:>10.1f} {30.0:>10.1f}"
    )
    print(
        f"{f'preview fps shown while {SCANS} scans are typed vs the video':<64} {f['fps busy']:>10.1f} {30.0:>10.1f}"
    )


if __name__ == "__main__":
    main()
