"""Several programs on one database file: readers never wait for a writer, a writer waits its
turn, and one that cannot get it says so in a sentence. The other writer is a real process
holding SQLite's write lock, as another desk in the middle of a sync would."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.db.connection import DatabaseBusy
from checkin.db.repository import Repository
from checkin.paths import database_path
from tests.cli import ROOT, checkin, child_env, run

HOLDER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE event SET venue = venue")
print("held", flush=True)
hold = float(sys.argv[2])
if hold < 0:
    sys.stdin.readline()  # until the test lets go
else:
    time.sleep(hold)
db.execute("COMMIT")
"""


def hold_write_lock(home: Path, seconds: float = -1) -> subprocess.Popen[str]:
    """Another program holding the write lock: for `seconds`, or (-1) until its stdin closes."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database_path(home)), str(seconds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    return holder


def release(holder: subprocess.Popen[str]) -> None:
    holder.communicate(timeout=60)  # closes its stdin (it commits), reads it out, waits
    assert holder.returncode == 0


@pytest.fixture
def demo_home(tmp_path: Path) -> Path:
    home = tmp_path / "desk"
    assert checkin("demo", "--no-gui", home=home).code == 0
    return home


@pytest.fixture
def held(demo_home: Path) -> Iterator[Path]:
    holder = hold_write_lock(demo_home)
    try:
        yield demo_home
    finally:
        release(holder)


def test_reading_commands_open_while_another_program_writes(held: Path, tmp_path: Path) -> None:
    status = checkin("status", "--json", home=held)
    assert status.code == 0, status.err
    assert status.json()["capacity"] == 120
    found = checkin("find", "lukasz", "--json", home=held)
    assert found.code == 0, found.err
    assert found.json()[0]["name"].startswith("Łukasz")
    out = tmp_path / "attendees.csv"
    exported = checkin("export", "attendees", "--out", str(out), home=held)
    assert exported.code == 0, exported.err
    assert "Łukasz" in out.read_text(encoding="utf-8-sig")


def test_a_scan_that_cannot_get_the_lock_says_so(held: Path) -> None:
    code = checkin("find", "lukasz", "--json", home=held).json()[0]["code"]
    env = child_env(held) | {"CHECKIN_LOCK_WAIT": "1"}
    done = run("scan", code, env=env)
    assert done.returncode == 2
    said = re.fullmatch(
        r"checkin: Another program is writing to the database and did not finish within "
        r"(\d+\.\d) seconds; nothing was changed.\n",
        done.stderr,
    )
    assert said is not None, done.stderr
    assert float(said[1]) >= 1.0  # the time it really waited, at least the wait asked for
    assert checkin("status", "--json", home=held).json()["on_site"] == 0


def test_the_first_attempt_waits_no_longer_than_the_lock_wait(
    held: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite times a write's first attempt with its own busy timeout: it must not exceed
    CHECKIN_LOCK_WAIT, or a 1 s wait became SQLite's ten seconds and more."""
    monkeypatch.setenv("CHECKIN_LOCK_WAIT", "1")
    with Repository(database_path(held)) as repo:
        assert repo.db.execute_sql("PRAGMA busy_timeout").fetchone()[0] <= 1000
        code = repo.attendees()[0].code
        with pytest.raises(DatabaseBusy) as busy:
            repo.decide_and_record(code)
        assert f"within {busy.value.waited:.1f} seconds" in str(busy.value)
        assert repo.db.execute_sql("PRAGMA busy_timeout").fetchone()[0] <= 1000


@pytest.mark.slow
def test_a_scan_waits_for_a_long_write_to_finish(demo_home: Path) -> None:
    code = checkin("find", "lukasz", "--json", home=demo_home).json()[0]["code"]
    # Past SQLite's own ten-second busy timeout, far inside the desk's wait.
    holder = hold_write_lock(demo_home, seconds=12)
    try:
        scanned = checkin("scan", code, home=demo_home)
    finally:
        release(holder)
    assert scanned.code == 0, scanned.out + scanned.err
    assert scanned.out.startswith("ADMITTED")
    assert checkin("status", "--json", home=demo_home).json()["on_site"] == 1
