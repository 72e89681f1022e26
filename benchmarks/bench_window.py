"""Window start-up time and how long the desk's event loop stalls while it works: scanning,
scanning with the camera on, printing badges, importing a 10,000-row attendee list and
searching while that list is indexed.

Run from the repository root: `python -m benchmarks window` (BENCH_SCANS=N for other than
100 scans).
Start-up is measured from process start to the window shown, beside a bare
QApplication + QMainWindow in the same run; and once more with the German translators loaded,
beside the English desk.

The stall probe is a 1 ms timer: the gaps between its ticks show how long the UI thread was
blocked — the longest one, and the 99th percentile (the stutter a volunteer would feel). Each
gap over 50 ms is put down to its cause: the desk's own code on the UI thread, waiting for the
disk (a commit's fsync), its worker
threads holding the interpreter, or the machine not running the process at all (on a virtual
machine: the hypervisor's steal time, sampled every 5 ms, covers half the gap or more). Codes are typed as a USB scanner in keyboard-wedge
mode sends them: one key event every 4 ms, each stamped with the time it was typed, Enter, then
a short pause before the next ticket. The baseline is the same probe on the idle window,
measured in the same run.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.desk_figures import desk_figures

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
SCANS = int(os.environ.get("BENCH_SCANS", "100"))
KEY_MS = 4  # between two keys of one scan, as a wedge scanner types
PAUSE_MS = 100  # between the Enter of one scan and the first key of the next
IMPORT_ROWS = 10_000
STAMP_ORIGIN = 1_000_000  # ms: the first key's timestamp (any window-system clock will do)
WHY = os.environ.get("BENCH_WHY") == "1"  # print where the UI thread was during each long stall

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
# The same desk with a volunteer's language loaded first, as `run_window` does for a home whose
# language is German (the longest catalogue's language, and Qt's own qtbase_de).
DESK_TRANSLATED = DESK.replace(
    "app = application();",
    "app = application(); from checkin.ui.language import install_language; "
    "install_language('de');",
)


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


@dataclass(frozen=True)
class Gap:
    """Time between two probe ticks, and what the process did meanwhile."""

    wall: float  # ms
    ui_cpu: float  # ms the UI thread itself ran
    process_cpu: float  # ms all the process's threads ran (both cores)
    in_code: bool  # the UI thread was seen inside Python code, not waiting in the event loop
    in_io: bool  # the UI thread was seen waiting for the disk
    ended: float = 0.0  # perf_counter when the gap ended
    stolen: float = 0.0  # ms per CPU the hypervisor gave to other machines meanwhile

    @property
    def cause(self) -> str:
        """Why a long gap was long. "ui": the UI thread ran (the desk's code or Qt's) or sat in
        the desk's code; "disk": it waited for the disk (a commit's fsync); "workers": it waited
        while the desk's worker threads held the interpreter; "machine": the machine gave the
        process no CPU in time — the hypervisor ran other machines for most of the gap, or no
        thread of the process ran while the UI thread sat idle in the event loop (the idle
        window suffers the same)."""
        if self.ui_cpu >= self.wall / 2:
            return "ui"
        if self.in_io:
            return "disk"
        if self.process_cpu - self.ui_cpu >= self.wall / 2:
            return "workers"
        if self.stolen >= self.wall / 2:
            return "machine"
        return "ui" if self.in_code else "machine"


@dataclass(frozen=True)
class Stall:
    longest: float  # ms
    p99: float  # ms
    over_50: Counter[str]  # gaps longer than 50 ms, by cause
    busiest: float  # ms: the longest the UI thread itself ran between two ticks
    seconds: float

    @staticmethod
    def of(gaps: list[Gap], seconds: float) -> Stall:
        walls = [g.wall for g in gaps]
        # inclusive: a short measurement must not report a p99 above its longest gap
        p99 = (
            statistics.quantiles(walls, n=100, method="inclusive")[98]
            if len(walls) > 1
            else max(walls, default=0)
        )
        return Stall(
            max(walls, default=0.0),
            p99,
            Counter(g.cause for g in gaps if g.wall > 50),
            max((g.ui_cpu for g in gaps), default=0.0),
            seconds,
        )


def steal_seconds() -> float:
    """CPU time the hypervisor gave to other machines (Linux /proc/stat; 0 elsewhere)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


class Watchdog:
    """A thread that looks at the UI thread whenever a probe tick is over 20 ms late: was it
    inside Python code (the desk's, called from the event loop) or back in the event loop?
    With BENCH_WHY=1 it also notes the stack of each stall over 30 ms and slow garbage
    collections, to tell which code (or which wait for the interpreter) the stall was spent in."""

    def __init__(self) -> None:
        self.last: float | None = None  # None between measurements
        self.in_code: float | None = None  # the `last` of a gap in which code was seen running
        self.in_io: float | None = None  # ... in which the UI thread was seen waiting on the disk
        self._stat = Path(f"/proc/self/task/{threading.main_thread().native_id}/stat")
        self.seen: dict[str, int] = {}
        self.main = threading.main_thread().ident
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._gc_started = 0.0
        self.collections: list[tuple[int, float]] = []  # (generation, ms) of the slow ones
        self.steal: list[tuple[float, float]] = []  # (perf_counter, steal s) every 5 ms
        self._thread.start()
        if WHY:
            gc.callbacks.append(self._gc)

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif (spent := (time.perf_counter() - self._gc_started) * 1000) > 10:
            self.collections.append((info["generation"], spent))

    def tick(self, active: bool = True) -> tuple[bool, bool]:
        """A probe tick; returns whether the UI thread was seen in code since the last one,
        and whether it was seen waiting for the disk (an fsync)."""
        seen = self.last is not None and self.in_code == self.last
        io = self.last is not None and self.in_io == self.last
        self.last = time.perf_counter() if active else None
        return seen, io

    def stolen(self, start: float, end: float) -> float:
        """ms per CPU the hypervisor took between two moments, from the samples around them
        (this thread may itself have been held off meanwhile: then the samples are further
        apart and the figure covers a little more than the gap)."""
        before = [steal for at, steal in self.steal if at <= start]
        after = [steal for at, steal in self.steal if at >= end]
        if not before or not after:
            return 0.0
        return (after[0] - before[-1]) * 1000 / (os.cpu_count() or 1)

    def with_steal(self, gaps: list[Gap]) -> list[Gap]:
        """The long gaps with the steal time measured across them (at the end of a measurement,
        when the samples after each gap exist)."""
        marked = [
            replace(g, stolen=self.stolen(g.ended - g.wall / 1000, g.ended)) if g.wall > 50 else g
            for g in gaps
        ]
        self.steal = []
        return marked

    def _waiting_on_disk(self) -> bool:
        """Linux: the UI thread's scheduler state is D (uninterruptible, i.e. disk I/O)."""
        try:
            return self._stat.read_text().rsplit(")", 1)[1].split()[0] == "D"
        except (OSError, IndexError):
            return False

    def _run(self) -> None:
        noted = 0.0
        while not self._stop.wait(0.005):
            last = self.last
            if last is not None:
                self.steal.append((time.perf_counter(), steal_seconds()))
            late = time.perf_counter() - last if last is not None else 0.0
            if last is None or late < 0.02:
                continue
            if self.in_code != last:
                frame = sys._current_frames().get(self.main or 0)
                # In the event loop, the innermost Python frame is `measure` (at loop.exec()).
                if frame is not None and frame.f_code.co_name != "measure":
                    self.in_code = last
            if self.in_io != last and self._waiting_on_disk():
                self.in_io = last
            if WHY and late > 0.03 and noted != last:
                noted = last
                self._note()

    def _note(self) -> None:
        frames = sys._current_frames()
        stack = traceback.extract_stack(frames.pop(self.main or 0, None))[-6:]
        where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack))
        # and what the other threads were doing meanwhile (their innermost frames)
        for ident, frame in frames.items():
            if ident != threading.get_ident():
                inner = traceback.extract_stack(frame)[-3:]
                where += "\n        | " + " < ".join(
                    f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(inner)
                )
        self.seen[where] = self.seen.get(where, 0) + 1

    def report(self, name: str) -> None:
        if WHY and self.collections:
            slow = ", ".join(f"gen{g} {ms:.0f} ms" for g, ms in self.collections)
            print(f"-- garbage collections over 10 ms while {name}: {slow}")
        self.collections = []
        if WHY and self.seen:
            print(f"-- stalls over 30 ms while {name}:")
            for where, count in sorted(self.seen.items(), key=lambda kv: -kv[1])[:8]:
                print(f"  {count:4d} × {where}")
        self.seen = {}


class FolderPrinter:
    """A label printer that keeps each badge PDF in a folder and finishes at once."""

    name = "bench-printer"

    def __init__(self, folder: Path) -> None:
        self.folder, self.count = folder, 0
        folder.mkdir(parents=True, exist_ok=True)

    def submit(self, pdf: bytes, title: str) -> str:
        self.count += 1
        (self.folder / f"{self.count:05d}.pdf").write_bytes(pdf)
        return str(self.count)

    def status(self, job_id: str) -> object:
        from checkin.printing.printers import JobReport, PrinterState

        return JobReport(PrinterState.DONE)


def stalls(home: Path) -> tuple[dict[str, Stall], dict[str, float], list[str]]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_sync import export
    from checkin.app import application
    from checkin.core.entities import Attendee
    from checkin.core.ticket_codes import issue_code
    from checkin.db.repository import Repository
    from checkin.demo import load_demo
    from checkin.paths import database_path
    from checkin.ui.badge_sink import QueueBadges
    from checkin.ui.camera_worker import CameraWorker
    from checkin.ui.import_dialog import ImportDialog
    from checkin.ui.jobs import wait_for_jobs
    from checkin.ui.window import DeskWindow
    from tests.qr_media import moving, write_video

    application()  # the QApplication the window needs
    repo = Repository(database_path(home))
    load_demo(repo)
    event = repo.require_event()
    settings = QSettings(str(home / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    window = DeskWindow(repo, settings)
    window.show()
    field = window.scan_screen.field
    watchdog = Watchdog()
    batch = [0]

    notes: list[str] = []

    def admitted(codes: list[str]) -> int:
        """How many typed codes were read right (a stall mid-burst can split a code)."""
        today = event.day_of(repo.clock())
        people = [repo.attendee_by_code(code) for code in codes]
        return len(repo.inside_among([a.id for a in people if a and a.id], today))

    def fresh_codes() -> list[str]:
        """SCANS people nobody has scanned yet, so that every scan is a real admission."""
        batch[0] += 1
        people = [
            Attendee(
                code=issue_code(event.secret),
                first_name="Zoë",
                last_name=f"Ødegård {batch[0]}-{n}",
                company="Kestrel Networks",
                ticket_type="Operator",
            )
            for n in range(SCANS)
        ]
        repo.add_attendees(people)
        window.reload()
        return [p.code for p in people]

    figures: dict[str, Stall] = {}
    steal: dict[str, float] = {}  # seconds of CPU the hypervisor took away meanwhile

    def measure(
        name: str, start: Callable[[Callable[[], None]], None] | None = None, seconds: float = 3.0
    ) -> None:
        """Probe the event loop until `start`'s work calls `done` (or for `seconds` when idle).
        A local loop: app.quit() would close the window (Qt 6) and stop its camera."""
        clock, loop = QElapsedTimer(), QEventLoop()
        gaps: list[Gap] = []
        last = [0.0, time.thread_time(), time.process_time()]

        def tick() -> None:
            in_code, in_io = watchdog.tick()
            now, ui, process = clock.nsecsElapsed() / 1e6, time.thread_time(), time.process_time()
            cpu = (ui - last[1]) * 1000, (process - last[2]) * 1000
            gaps.append(Gap(now - last[0], *cpu, in_code, in_io, time.perf_counter()))
            last[:] = [now, ui, process]

        probe = QTimer(interval=1, timeout=tick)
        probe.setTimerType(Qt.TimerType.PreciseTimer)
        stolen = steal_seconds()
        clock.start()
        probe.start()
        last[:] = [clock.nsecsElapsed() / 1e6, time.thread_time(), time.process_time()]
        if start is None:
            QTimer.singleShot(int(seconds * 1000), loop.quit)
        else:
            QTimer.singleShot(0, lambda: start(loop.quit))
        loop.exec()
        probe.stop()
        time.sleep(0.02)  # a steal sample after the last gap
        watchdog.tick(active=False)
        gaps = watchdog.with_steal(gaps)
        figures[name] = Stall.of(gaps, clock.elapsed() / 1000)
        if WHY:
            for g in (g for g in gaps if g.wall > 50):
                print(
                    f"-- {g.wall:.0f} ms gap while {name}: UI thread ran {g.ui_cpu:.0f} ms, "
                    f"the process {g.process_cpu:.0f} ms, steal {g.stolen:.0f} ms/CPU → {g.cause}"
                )
        steal[name] = steal_seconds() - stolen
        watchdog.report(name)

    def typing(
        codes: list[str], key_ms: int = KEY_MS, end: str = "\r"
    ) -> Callable[[Callable[[], None]], None]:
        """Each code as a scanner types it: a key every `key_ms`, Enter, a pause. With a
        person's `key_ms` and Esc as `end`: a volunteer typing names into the search.

        Like a real keyboard, the keys follow their own schedule and carry the time they were
        typed (the event timestamp): when the UI thread is late, the keys due meanwhile are
        delivered together afterwards, as the window system would queue them."""
        keys: list[str | None] = []
        for code in codes:
            keys += [*code, end] + [None] * (PAUSE_MS // key_ms + 1)

        def start(done: Callable[[], None]) -> None:
            feeder = QTimer(field, interval=1)
            feeder.setTimerType(Qt.TimerType.PreciseTimer)
            began, sent = time.monotonic(), [0]

            def tick() -> None:
                due = min(len(keys), int((time.monotonic() - began) * 1000 / key_ms) + 1)
                while sent[0] < due:
                    char, stamp = keys[sent[0]], STAMP_ORIGIN + sent[0] * key_ms
                    sent[0] += 1
                    if char is not None:
                        press(char, stamp)
                if sent[0] == len(keys):
                    feeder.stop()
                    done()

            feeder.timeout.connect(tick)
            feeder.start()

        return start

    def press(char: str, stamp_ms: int) -> None:
        special = {"\r": Qt.Key.Key_Return, "\x1b": Qt.Key.Key_Escape}
        key = special.get(char) or Qt.Key(ord(char.upper()))
        text = "" if char in special else char
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            event.setTimestamp(stamp_ms)
            QApplication.sendEvent(field, event)

    def then(first: Callable[[Callable[[], None]], None], wait: Callable[[], bool]):  # type: ignore[no-untyped-def]
        """`first`, then keep probing until `wait()` holds (the scans committed, the print queue
        drained), 60 s at most."""

        def start(done: Callable[[], None]) -> None:
            deadline = time.monotonic() + 60

            def poll() -> None:
                if wait() or time.monotonic() > deadline:
                    done()
                else:
                    QTimer.singleShot(20, poll)

            first(poll)

        return start

    QTest.qWait(1000)  # the window's first paint and layout are start-up, not a stall
    # The baseline lasts as long as a scanning run: the longest gap grows with the time watched.
    measure("idle", seconds=SCANS * (20 * KEY_MS + PAUSE_MS) / 1000)
    committed = window.controller.commits

    def recorded() -> bool:
        return committed.pending == 0

    codes = fresh_codes()
    measure("scans", then(typing(codes), recorded))
    notes.append(f"typed scans admitted: {admitted(codes)} of {len(codes)}")

    video = write_video(home / "camera.avi", moving("CAMERA-ONLY-CODE", frames=300))
    window.prefs = type(window.prefs)(**{**window.prefs.__dict__, "camera": str(video)})
    camera = CameraWorker()
    window.set_camera(camera)
    QTest.qWait(800)  # the camera opens and settles
    measure("camera")
    codes = fresh_codes()
    measure("scans + camera", then(typing(codes), recorded))
    notes.append(f"typed scans admitted with the camera on: {admitted(codes)} of {len(codes)}")
    assert window.camera is not None
    window.camera.stop()

    printer = FolderPrinter(home / "badges")
    badges = QueueBadges(repo, lambda _: printer, template="dymo-54x101", poll_seconds=0.05)
    window.set_badges(badges)
    codes = fresh_codes()
    measure(
        "scans + printing",
        then(typing(codes), lambda: recorded() and not badges.pending),
    )
    notes.append(f"typed scans admitted with printing on: {admitted(codes)} of {len(codes)}")
    notes.append(f"badges printed: {printer.count} of {len(codes)}")
    badges.stop()

    csv = home / "attendees.csv"
    export(csv, IMPORT_ROWS)

    # Opening the dialog, then its worker path: reading the file (preview) and writing the
    # sync, with the desk reloading afterwards (which re-reads the search index on a worker).
    opened: list[ImportDialog] = []

    def opening(done: Callable[[], None]) -> None:
        dialog = ImportDialog(repo, window)
        dialog.synced.connect(lambda _report: window.reload())  # as the desk wires it
        dialog.failed.connect(print)
        window.open_dialog(dialog)
        opened.append(dialog)
        QTimer.singleShot(300, done)

    measure("import: open the dialog", opening)
    dialog = opened[0]

    def reading(done: Callable[[], None]) -> None:
        dialog.previewed.connect(done)
        dialog.set_source(str(csv))

    def syncing(done: Callable[[], None]) -> None:
        dialog.run()
        dialog.job.ended.connect(done)  # type: ignore[union-attr]

    measure(f"import: read {IMPORT_ROWS:,} rows", reading)
    wait_for_jobs()
    QTest.qWait(300)
    measure(f"import: sync {IMPORT_ROWS:,} rows", syncing)
    dialog.reject()
    # Straight after the import the desk re-reads the list into its search index; a volunteer
    # searching meanwhile gets the index it had, then the new one.
    names = ["Kestrel", "odegard", "Zoe", "mueller", "wojcik", "dvorak"]
    measure(
        f"search while {IMPORT_ROWS:,} rows are indexed",
        then(typing(names, key_ms=120, end="\x1b"), window.controller.desk.index.current),
    )
    notes.append(f"search index current after the import: {window.controller.desk.index.current()}")
    wait_for_jobs()
    window.close()
    repo.close()
    return figures, steal, notes


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        bare = time_to_shown(BARE)
        desk_s = time_to_shown(DESK, str(Path(folder) / "start"))
        translated_s = time_to_shown(DESK_TRANSLATED, str(Path(folder) / "start-de"))
        f, steal, notes = stalls(Path(folder) / "stall")
        (Path(folder) / "desk").mkdir()
        desk = desk_figures(Path(folder) / "desk")
    print(f"{'measure':<48} {'checkin':>10} {'baseline':>10}")
    print(f"{'process start → window shown (best of 5, s)':<48} {desk_s:>10.3f} {bare:>10.3f}")
    print(
        f"{'  … German translators loaded (baseline: English)':<48} {translated_s:>10.3f} {desk_s:>10.3f}"
    )
    print()
    print(
        f"event-loop stalls ({SCANS} scans typed {KEY_MS} ms/key; baseline = idle window, same run)"
    )
    header = (
        "while",
        "longest ms",
        "p99 ms",
        ">50 ms",
        "ui/disk/work/mach",
        "UI busy ms",
        "steal s",
    )
    widths = (34, 11, 9, 7, 19, 11, 9)
    print(
        "".join(
            f"{h:<{w}}" if i == 0 else f"{h:>{w}}"
            for i, (h, w) in enumerate(zip(header, widths, strict=True))
        )
    )
    for name, s in f.items():
        causes = "/".join(str(s.over_50[c]) for c in ("ui", "disk", "workers", "machine"))
        print(
            f"{name:<34}{s.longest:>11.1f}{s.p99:>9.2f}{sum(s.over_50.values()):>7d}"
            f"{causes:>19}{s.busiest:>11.1f}{steal[name]:>9.2f}"
        )
    print(
        "  >50 ms gaps by cause: ui = the UI thread ran or was blocked in the desk's code; "
        "disk = it waited for the disk (a commit's fsync); "
        "work = it waited while the desk's worker threads held the interpreter; "
        "mach = the machine did not run the process: the hypervisor gave at least half the "
        "gap's CPU time to other machines, or the UI thread was idle in the event loop and no "
        "thread of the process ran (steal s = CPU time the hypervisor gave to other machines "
        "during the whole row).\n"
        "  UI busy ms = the longest the UI thread itself ran between two probe ticks."
    )
    for note in notes:
        print(note)
    print()
    for line in desk:
        print(line)


if __name__ == "__main__":
    main()
