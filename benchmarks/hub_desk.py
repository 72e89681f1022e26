"""One desk of the hub benchmark, in a process of its own: scans its codes at a steady rate
while its hub link runs, and writes down when each of its check-ins committed and when each
other desk's arrived (wall clock: the desks share one machine)."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from checkin.core.entities import Direction
from checkin.db.repository import Repository
from checkin.hub import config
from checkin.hub.exchange import Pulled
from checkin.hub.link import HubLink, LinkStatus
from checkin.operations import DeskOperations
from checkin.paths import database_path


def main(
    home: Path, codes: list[str], scans: int, rate: float, expect_others: int, out: Path
) -> None:
    joined = config.load(home)
    assert joined is not None
    lines: list[str] = []
    lock = threading.Lock()
    seen = threading.Event()
    count = [0]

    def received(items: list[Pulled]) -> None:
        now = time.time()
        with lock:
            for item in items:
                if item.event.kind.value == "checkin":
                    lines.append(f"seen {item.event.uuid} {now}")
                    count[0] += 1
            if count[0] >= expect_others:
                seen.set()

    def status(_state: LinkStatus) -> None:
        pass

    with Repository(database_path(home), desk=joined.desk) as repo:
        link = HubLink(repo, joined.connection, status, received, poll_seconds=1.0).start()
        time.sleep(1.0)  # connected, like a desk that opened before the doors did
        ops = DeskOperations(repo)
        inside: set[str] = set()
        for i in range(scans):
            code = codes[i % len(codes)]
            direction = Direction.OUT if code in inside else Direction.IN
            result = ops.scan(code, direction=direction, badge=False)
            made = time.time()
            link.nudge()
            checkin = result.verdict.checkin
            if checkin is not None:
                with lock:
                    lines.append(f"made {checkin.uuid} {made}")
                inside ^= {code}
            time.sleep(1.0 / rate)
        seen.wait(120)
        link.stop()
    out.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    home, codes_file, scans, rate, expect, out = sys.argv[1:7]
    main(
        Path(home),
        Path(codes_file).read_text().split(),
        int(scans),
        float(rate),
        int(expect),
        Path(out),
    )
