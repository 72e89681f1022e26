"""Check-in commit latency: a full scan (decide + record + audit, synchronous=FULL) beside a
bare sqlite3 INSERT + COMMIT with the same durability settings, in the same run; and how long
the command line takes to start and answer (`checkin --help`, `status`, `find`, `scan`) beside
a bare `python -c pass`, best of 5 each; and `find` on a conference's list of 10,000 (names in
many scripts, companies, e-mails), whose cost should follow what it finds, not the list.

Goals (issues): a check-in committed in ≤ 10 ms; `--help`, `status`, `find` and `scan` each
start, answer and exit in ≤ 0.2 s. The commands run with their bytecode cached, as an installed
app's is (PYTHONDONTWRITEBYTECODE, if set, would compile every module at every start: ~0.08 s).
Run: python -m benchmarks.bench_checkin
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from itertools import count
from pathlib import Path

from benchmarks.common import generated_attendees, p, table, timed
from benchmarks.conference_list import conference_attendees
from checkin.core.entities import Event
from checkin.db.repository import Repository
from checkin.paths import database_path

SCANS = 500
CONFERENCE = 10_000
ROOT = Path(__file__).resolve().parent.parent
STARTS = 5


def _best_start(args: list[str], env: dict[str, str]) -> float:
    """Seconds from process start to exit, best of STARTS."""
    best = float("inf")
    for _ in range(STARTS):
        start = time.perf_counter()
        subprocess.run(args, env=env, cwd=ROOT, capture_output=True, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def command_starts(folder: Path) -> str:
    home = folder / "cli-home"
    env = {**os.environ, "CHECKIN_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the first of each best-of-five caches it
    subprocess.run([sys.executable, "-m", "checkin", "demo", "--no-gui"], env=env, cwd=ROOT,
                   capture_output=True, check=True)  # fmt: skip
    with Repository(database_path(home)) as repo:
        codes = iter([a.code for a in repo.attendees() if not a.cancelled])
    checkin = [sys.executable, "-m", "checkin"]
    rows = [["baseline: python -c pass", f"{_best_start([sys.executable, '-c', 'pass'], env):.3f}"]]
    for label, args in [("checkin --help", ["--help"]), ("checkin status", ["status"]),
                        ("checkin find mull", ["find", "mull"])]:  # fmt: skip
        rows.append([label, f"{_best_start(checkin + args, env):.3f}"])
    scans = []
    for _ in range(STARTS):  # a new ticket each time: each one a real admission
        start = time.perf_counter()
        subprocess.run([*checkin, "scan", next(codes), "--no-badge"], env=env, cwd=ROOT,
                       capture_output=True, check=False)  # fmt: skip
        scans.append(time.perf_counter() - start)
    rows.append(["checkin scan CODE --no-badge (a new ticket each time)", f"{min(scans):.3f}"])
    rows += conference_finds(folder / "conference-home", env)
    return table(f"Command start to exit, best of {STARTS} (s)", ["command", "seconds"], rows)


def conference_finds(home: Path, env: dict[str, str]) -> list[list[str]]:
    """`checkin find` at 10,000 attendees: the first query after the list arrived (it may do
    once what later ones reuse), then best of STARTS for a surname prefix, a company and a typo
    (kowla finds Kowal)."""
    with Repository(database_path(home), desk="bench") as repo:
        repo.save_event(Event(name="Conference", secret="s"))
        repo.add_attendees(conference_attendees(CONFERENCE))
    env = {**env, "CHECKIN_HOME": str(home)}
    checkin = [sys.executable, "-m", "checkin", "find"]
    start = time.perf_counter()
    subprocess.run([*checkin, "kowal"], env=env, cwd=ROOT, capture_output=True, check=True)
    rows = [[f"checkin find kowal at {CONFERENCE:,}: first after the list arrived",
             f"{time.perf_counter() - start:.3f}"]]  # fmt: skip
    for query in ["kowal", "pennine data", "kowla"]:
        rows.append([f"checkin find {query} at {CONFERENCE:,}",
                     f"{_best_start([*checkin, query], env):.3f}"])  # fmt: skip
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        repo = Repository(Path(folder) / "bench.sqlite3", desk="bench")
        repo.save_event(Event(name="Bench", secret="s", capacity=100_000))
        people = generated_attendees(10_000)
        repo.add_attendees(people)
        codes = iter(a.code for a in people)
        ours = timed(lambda: repo.decide_and_record(next(codes)), SCANS)
        repo.close()

        with closing(sqlite3.connect(Path(folder) / "raw.sqlite3", isolation_level=None)) as raw:
            raw.execute("PRAGMA journal_mode=wal")
            raw.execute("PRAGMA synchronous=full")
            raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, uuid TEXT, at TEXT)")
            numbers = count()

            def insert() -> None:
                raw.execute("BEGIN IMMEDIATE")
                raw.execute("INSERT INTO t (uuid, at) VALUES (?, ?)", (str(next(numbers)), "x"))
                raw.execute("COMMIT")

            baseline = timed(insert, SCANS)
    rows = [
        ["checkin scan (lookup, rules, insert, audit, COMMIT)", p(ours, 50), p(ours, 95), max(ours)],
        ["baseline: sqlite3 INSERT + COMMIT, same pragmas", p(baseline, 50), p(baseline, 95), max(baseline)],
    ]  # fmt: skip
    print(table(f"Check-in commit latency, {SCANS} scans at 10,000 attendees",
                ["method", "p50 ms", "p95 ms", "max ms"], rows))  # fmt: skip
    print()
    with tempfile.TemporaryDirectory() as folder:
        print(command_starts(Path(folder)))


if __name__ == "__main__":
    main()
