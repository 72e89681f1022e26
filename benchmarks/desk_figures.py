"""The desk window's own figures at 10,000 attendees, for `python -m benchmarks window`:

- scan-to-verdict: a ticket typed into the scan field as a USB scanner types it, then Enter; the
  time runs from Enter to the verdict on the panel (p50/p95);
- SQL statements the UI thread runs per scan, and for a typed name + Enter (its own SQLite
  connection, counted with sqlite3's trace callback; the goal is 0: the commit line and the
  workers have connections of their own);
- the longest UI stall (a 1 ms probe timer's longest gap) while the desk scans, an attendee-list
  sync (`checkin sync` in another process, as an organizer's laptop would) writes into the same
  file, and another desk's check-ins arrive over a venue hub (a real PostgreSQL, embedded) —
  beside the same probe on the idle window, in the same run;
- how many hub rounds and platform-push requests one pulled event caused afterwards.

The hub part is left out, with a note, where PostgreSQL is not installed.
"""

from __future__ import annotations

import itertools
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ROWS = 10_000
SCANS = 60
KEY_MS = 4


def _checkin(home: Path, *args: str) -> None:
    env = {**os.environ, "CHECKIN_HOME": str(home), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "checkin", *args], env=env, check=True,
                   capture_output=True, cwd=ROOT)  # fmt: skip


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def _hub(work: Path) -> Iterator[str | None]:
    """A join URL on an embedded PostgreSQL of its own, or None where there is none."""
    from checkin.hub import address, schema
    from checkin.hub.binaries import find_binaries
    from checkin.hub.cluster import Cluster

    try:
        find_binaries()
    except Exception:
        yield None
        return
    import psycopg

    # A folder of its own that the cluster's user (when root runs this) can walk down to.
    place = Path(tempfile.mkdtemp(prefix="checkin-bench-desk-"))
    place.chmod(0o755)
    cluster = Cluster(place / "pg", "127.0.0.1", _free_port())
    password = secrets.token_urlsafe(16)
    cluster.init(password)
    cluster.configure([], ["host all all 127.0.0.1/32 scram-sha-256"])
    cluster.start(password)
    try:
        with psycopg.connect(cluster.superuser_url(password, "postgres"), autocommit=True) as c:
            c.execute("CREATE DATABASE deskbench")
        url = cluster.superuser_url(password, "deskbench")
        with address.connect(url) as conn:
            schema.create(conn)
        yield url
    finally:
        cluster.stop()
        shutil.rmtree(place, ignore_errors=True)


def _percentile(values: list[float], q: float) -> float:
    ms = sorted(values)
    return ms[min(len(ms) - 1, round(q * (len(ms) - 1)))]


def desk_figures(work: Path) -> list[str]:
    """The lines to print (a small table and notes)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest

    from benchmarks.common import generated_attendees
    from checkin.app import application
    from checkin.core.entities import Event
    from checkin.db.repository import Repository
    from checkin.paths import database_path
    from checkin.ui.hub_link import link_hub, stop_hub
    from checkin.ui.ports import Collaborators
    from checkin.ui.window import DeskWindow

    app = application()
    home, other = work / "A", work / "B"
    people = generated_attendees(ROWS, seed=11)
    with Repository(database_path(home), desk="A") as seed:
        seed.save_event(Event(name="Bench", secret="s", capacity=100_000))
        seed.add_attendees(people)
    csv = work / "list.csv"
    lines = ["Ticket Code,First Name,Last Name,Email,Company,Ticket Type"]
    lines += [f"{a.code},{a.first_name},{a.last_name},{a.email},{a.company},{a.ticket_type}"
              for a in people]  # fmt: skip
    lines[1] = lines[1].replace("Operator", "Sponsor").replace("Moderator", "Sponsor")
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    notes: list[str] = []
    with _hub(work) as url:
        if url is not None:
            _checkin(home, "hub", "join", url, "--desk", "A")
            _checkin(other, "hub", "join", url, "--desk", "B")
        else:
            notes.append("no PostgreSQL here: the hub round is left out")
        repo = Repository(database_path(home), desk="A")
        settings = QSettings(str(work / "desk.ini"), QSettings.Format.IniFormat)
        settings.setValue("desk/muted", True)
        window = DeskWindow(repo, settings, Collaborators())
        window.show()
        bridge = link_hub(window, home) if url is not None else None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (
            window.controller.desk.index.current() and (bridge is None or bridge.last is not None)
        ):
            app.processEvents()
            time.sleep(0.005)
        QTest.qWait(500)

        statements = [0]
        repo.db.connection().set_trace_callback(
            lambda _sql: statements.__setitem__(0, statements[0] + 1)
        )
        panel = window.scan_screen.verdict
        shown: list[float] = []
        original = panel.show_verdict

        def noted(verdict: Any) -> None:
            original(verdict)
            shown.append(time.perf_counter())

        panel.show_verdict = noted  # type: ignore[method-assign]
        field = window.scan_screen.field
        codes = iter(a.code for a in people)

        def scan_once() -> float:
            code = next(codes)
            before = len(shown)
            QTest.keyClicks(field, code)
            start = time.perf_counter()
            QTest.keyClick(field, Qt.Key.Key_Return)
            limit = time.monotonic() + 10
            while len(shown) == before and time.monotonic() < limit:
                app.processEvents()
                time.sleep(0.0002)
            return (time.perf_counter() - start) * 1000

        scan_once()  # the first scan warms the caches up
        statements[0] = 0
        verdicts = [scan_once() for _ in range(SCANS)]
        per_scan = statements[0] / SCANS
        statements[0] = 0
        QTest.keyClicks(field, "mitche")  # ASCII: QTest types no other keys
        QTest.keyClick(field, Qt.Key.Key_Return)
        limit = time.monotonic() + 5
        while time.monotonic() < limit and len(shown) < SCANS + 2:
            app.processEvents()
            time.sleep(0.001)
        per_name = statements[0]
        QTest.qWait(300)

        def probe(seconds: float, during: Callable[[], None] | None) -> float:
            """The longest gap between 1 ms timer ticks while `during` runs (its scans typed)."""
            ticks: list[float] = []
            timer = QTimer()
            timer.setInterval(1)
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
            timer.start()
            end = time.monotonic() + seconds
            if during is not None:
                during()
            while time.monotonic() < end:
                app.processEvents()
                time.sleep(0.0005)
            timer.stop()
            return max(b - a for a, b in itertools.pairwise(ticks)) * 1000

        idle = probe(6.0, None)

        def busy() -> None:
            sync = threading.Thread(target=_checkin, args=(home, "sync", str(csv)))
            sync.start()
            if url is not None:
                threading.Thread(target=_other_desk, args=(other, people[-200:])).start()
            for _ in range(20):
                scan_once()
                QTest.qWait(100)
            while sync.is_alive():
                app.processEvents()
                time.sleep(0.002)

        stall = probe(6.0, busy)
        extra = "—"
        if bridge is not None:
            extra = _rounds_after_pull(app, bridge, other, people[-300:-250])
        stop_hub(window)
        window.close()
        app.processEvents()
        repo.close()
    rows = [
        ("scan-to-verdict p50 ms (Enter → verdict shown)", f"{statistics.median(verdicts):.1f}"),
        ("scan-to-verdict p95 ms", f"{_percentile(verdicts, 0.95):.1f}"),
        ("SQL statements on the UI thread per scan", f"{per_scan:.1f}"),
        ("SQL statements on the UI thread, name + Enter", f"{per_name}"),
        ("longest UI stall ms: scans + sync + hub round", f"{stall:.1f}"),
        ("  baseline: longest UI stall ms, idle window", f"{idle:.1f}"),
        ("extra hub rounds in the 1 s after a round that pulled 1 event", extra),
    ]
    width = max(len(r[0]) for r in rows) + 2
    out = [f"desk window at {ROWS:,} attendees ({SCANS} scans)"]
    out += [f"{name:<{width}}{value:>10}" for name, value in rows]
    return out + notes


def _other_desk(home: Path, people: list[Any]) -> None:
    """Desk B (a process of its own: one database per process) admits people and sends its
    check-ins to the hub in one round."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "benchmarks.desk_figures", str(home),
                    *(p.code for p in people)], env=env, check=True, cwd=ROOT)  # fmt: skip


def _admit_and_send(home: Path, codes: list[str]) -> None:
    from checkin.db.repository import Repository
    from checkin.hub import address, config
    from checkin.hub.rounds import sync_round
    from checkin.operations import DeskOperations
    from checkin.paths import database_path

    joined = config.load(home)
    assert joined is not None
    with Repository(database_path(home), desk="B") as repo, address.connect(joined.connection) as c:
        sync_round(c, repo)  # the list first, should this desk not have it yet
        ops = DeskOperations(repo)
        for code in codes:
            ops.scan(code, badge=False)
        sync_round(c, repo)


def _rounds_after_pull(app: Any, bridge: Any, other: Path, people: list[Any]) -> str:
    """Let desk B send one check-in; count the rounds the window's link runs in the second
    after the round that pulled it (shorter than the link's 2 s poll: a round then is one the
    pull itself caused)."""
    link = bridge.link
    rounds, mark = [0], [-1]
    report, received = link._report, link.on_received

    def counted(connected: bool, *args: Any, **kwargs: Any) -> Any:
        rounds[0] += connected  # one report per round that got through
        return report(connected, *args, **kwargs)

    def pulled(items: list[Any]) -> None:  # on the link's worker, inside the pulling round
        if items and mark[0] < 0:
            mark[0] = rounds[0]
        received(items)

    link._report, link.on_received = counted, pulled
    _other_desk(other, people[:1])
    limit = time.monotonic() + 15
    while mark[0] < 0 and time.monotonic() < limit:
        app.processEvents()
        time.sleep(0.002)
    limit = time.monotonic() + 1.0
    while time.monotonic() < limit:
        app.processEvents()
        time.sleep(0.002)
    link._report, link.on_received = report, received
    return "no pull" if mark[0] < 0 else f"{max(0, rounds[0] - mark[0] - 1)}"


if __name__ == "__main__":
    _admit_and_send(Path(sys.argv[1]), sys.argv[2:])
