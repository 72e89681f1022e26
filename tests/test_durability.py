"""A desk killed mid-burst loses no check-in it reported as committed."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from checkin.core.entities import Event
from checkin.db.repository import Repository
from tests.cli import ROOT, child_env
from tests.fakes import integrity_ok, person


def test_sigkill_in_the_middle_of_a_burst_of_1000_scans(tmp_path: Path) -> None:
    database = tmp_path / "desk.sqlite3"
    with Repository(database) as repo:
        repo.save_event(Event(name="Burst", secret="s"))  # no days: every day is valid
        repo.add_attendees(person(f"B{n:04d}", f"P{n}", "Q") for n in range(1000))

    reported = []
    with subprocess.Popen(
        [sys.executable, "-m", "tests.burst_scanner", str(database)],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=ROOT,
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            reported.append(line.strip())
            if len(reported) == 300:
                child.send_signal(signal.SIGKILL)
                break
        child.wait(timeout=30)
        reported += [line.strip() for line in child.stdout if line.strip()]
    assert child.returncode == -signal.SIGKILL, "the burst finished before it could be killed"

    with Repository(database) as repo:
        assert integrity_ok(repo)
        stored = repo.checkins()
        uuids = {c.uuid for c in stored}
        assert set(reported) <= uuids  # nothing reported as committed was lost
        assert len(uuids) == len(stored)
        assert len({c.attendee_id for c in stored}) == len(stored)  # no attendee twice
        # The desk restarts and carries on: the repeated nonces add nothing new.
        again = [repo.decide_and_record(f"B{n:04d}", nonce=f"burst-B{n:04d}") for n in range(1000)]
        assert sum(1 for v in again if v.repeated) == len(stored)
        assert len(repo.checkins()) == 1000
