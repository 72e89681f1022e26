"""One desk of the conference benchmark, in a process of its own: it admits one of its codes a
second while its live hub link runs, and writes down, one line each (wall clock: the desks
share one machine):

- `made UUID T`   a check-in it committed (T: when its transaction committed);
- `seen UUID T`   another desk's check-in its link applied;
- `list UUID T`   a list event its link applied;
- `round CPU WALL CARRIED` each round of its link: the thread's CPU seconds, wall seconds, and
  how many events it pushed or applied (0: an idle round);
- `scan SECONDS T` each scan-to-verdict, and when it ended.

A rate of 0 makes an idle desk: its link runs, it scans nothing. The desk never nudges its link
itself: the link hears its commits (as it does the window's and the terminal desk's). It stops
when the file named `stop` appears beside its log.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Any

from checkin.core.entities import Direction
from checkin.db.connection import DeskDatabase
from checkin.db.repository import Repository
from checkin.hub import config, link
from checkin.hub.exchange import Pulled
from checkin.hub.link import HubLink, LinkStatus
from checkin.hub.rounds import RoundReport
from checkin.operations import DeskOperations
from checkin.paths import database_path


def main(home: Path, codes: list[str], rate: float, out: Path) -> None:
    joined = config.load(home)
    assert joined is not None
    lines: list[str] = []
    lock = threading.Lock()
    real_round = link.sync_round

    def timed_round(*args: Any, **kwargs: Any) -> RoundReport:
        cpu, wall = time.thread_time(), time.perf_counter()
        report = real_round(*args, **kwargs)
        cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
        with lock:
            lines.append(f"round {cpu:.6f} {wall:.6f} {report.pushed + report.applied}")
        return report

    link.sync_round = timed_round  # type: ignore[assignment]

    def received(items: list[Pulled]) -> None:
        now = time.time()
        with lock:
            for item in items:
                kind = item.event.kind.value
                if kind == "checkin":
                    lines.append(f"seen {item.event.uuid} {now}")
                elif kind == "attendee_list":
                    lines.append(f"list {item.event.uuid} {now}")

    def status(_state: LinkStatus) -> None:
        pass

    stop = out.parent / "stop"
    committed = threading.local()

    def commit() -> None:  # before the link's own listener: the instant of the commit
        committed.at = time.time()

    with Repository(database_path(home), desk=joined.desk) as repo:
        assert isinstance(repo.db, DeskDatabase)
        repo.db.add_commit_listener(commit)
        hub = HubLink(repo, joined.connection, status, received, poll_seconds=2.0).start()
        time.sleep(1.0)
        ops = DeskOperations(repo)
        inside: set[str] = set()
        i = 0
        while not stop.exists():
            if not rate:
                time.sleep(0.1)
                continue
            code = codes[i % len(codes)]
            direction = Direction.OUT if code in inside else Direction.IN
            start = time.perf_counter()
            result = ops.scan(code, direction=direction, badge=False)
            took = time.perf_counter() - start
            made = committed.at
            checkin = result.verdict.checkin
            with lock:
                lines.append(f"scan {took:.6f} {made}")
                if checkin is not None:
                    lines.append(f"made {checkin.uuid} {made}")
            if checkin is not None:
                inside ^= {code}
            i += 1
            time.sleep(1.0 / rate)
        time.sleep(3.0)  # the last check-ins reach everyone
        hub.stop()
    out.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    home, codes_file, rate, out = sys.argv[1:5]
    main(Path(home), Path(codes_file).read_text().split(), float(rate), Path(out))
