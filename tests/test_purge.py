"""Purge removes personal data for good and leaves every count as it was."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.core.catering import dietary_counts
from checkin.core.entities import Direction
from checkin.db import repository, stats
from checkin.db.purge import REMOVED_ANSWER
from checkin.db.repository import Repository
from checkin.operations.search_index import SearchCache
from checkin.paths import database_path
from tests.cli import child_env
from tests.cli import run as cli_run
from tests.fakes import DAY1, DAY2, FixedClock, audit_log, integrity_ok, meetup, person

PEOPLE = [
    person("CODE-ALPHA-11", "Łukasz", "Wójcik", email="lukasz.wojcik@example.org",
           company="Codethink", dietary="vegetarisch", ticket_type="Operator",
           notes="Requires attention: speaker", accessibility="step-free access"),
    person("CODE-BRAVO-22", "Ondřej", "Dvořák", email="ondrej.dvorak@example.org",
           dietary="coeliac", ticket_type="Sponsor", days=(DAY2,)),
    person("CODE-CHARLIE-33", "Zsófia", "Szőke", email="zsofia.szoke@example.org",
           dietary="my cousin Ildikó cooks for me", ticket_type="Operator"),
    person("CODE-DELTA-44", "Søren", "Kjærgaard", email="soren.kjaergaard@example.org",
           ticket_type="Organizer", badge_name="Søren K."),
]  # fmt: skip
SECRETS = ["Łukasz", "Wójcik", "lukasz.wojcik", "Codethink", "Ondřej", "Dvořák", "Zsófia",
           "Szőke", "Ildikó", "Søren", "Kjærgaard", "CODE-ALPHA", "CODE-BRAVO", "CODE-CHARLIE",
           "CODE-DELTA", "example.org", "speaker", "step-free"]  # fmt: skip


@pytest.fixture
def event_home(
    home: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Repository]:
    repo = Repository(database_path(home), clock=clock, desk="A")
    repo.save_event(meetup())
    repo.add_attendees(PEOPLE)
    for code in ("CODE-ALPHA-11", "CODE-CHARLIE-33", "CODE-DELTA-44"):
        clock.advance(minutes=3)
        assert repo.decide_and_record(code, nonce=f"n-{code}").accepted
    # A refusal: its text lands in the audit trail.
    repo.decide_and_record("NOT-A-TICKET Łukasz Wójcik")
    clock.advance(minutes=10)
    assert repo.decide_and_record("CODE-ALPHA-11", direction=Direction.OUT).accepted
    clock.now = clock.now.replace(day=DAY2.day)
    for code in ("CODE-ALPHA-11", "CODE-BRAVO-22"):
        assert repo.decide_and_record(code).accepted
    # The command opens its repository by this name when it runs: with the test's clock.
    monkeypatch.setattr(repository, "Repository", functools.partial(Repository, clock=clock))
    yield repo
    repo.close()


def file_bytes(path: Path) -> bytes:
    parts = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-journal")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def test_purge_keeps_counts_and_leaves_no_personal_data(event_home: Repository, home: Path) -> None:
    before = stats.overview(event_home)
    diets_before = dietary_counts(a.dietary for a in event_home.attendees())
    assert "Dvořák".encode() in file_bytes(database_path(home))

    assert main(["purge", "--yes"]) == 0

    after = stats.overview(event_home)
    assert after == before
    assert stats.headcount(event_home) == before.headcount
    diets_after = dietary_counts(a.dietary for a in event_home.attendees())
    grouped = [d for d in diets_before if d.grouped]
    assert [d for d in diets_after if d.grouped] == grouped
    assert sum(d.count for d in diets_after) == sum(d.count for d in diets_before)
    assert any(d.requirement == REMOVED_ANSWER for d in diets_after)

    raw = file_bytes(database_path(home))
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
    assert integrity_ok(event_home)
    assert audit_log(event_home)[-1]["action"] == "purge"
    assert SearchCache(event_home).search("Łukasz") == []


def test_purge_refuses_without_confirmation(
    event_home: Repository, home: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["purge"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert event_home.attendee_by_code("CODE-ALPHA-11") is not None

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    assert main(["purge"]) == 2
    assert event_home.attendee_by_code("CODE-ALPHA-11") is not None
    monkeypatch.setattr("builtins.input", lambda prompt: "purge")
    assert main(["purge"]) == 0
    assert event_home.attendee_by_code("CODE-ALPHA-11") is None
    assert DAY1 in stats.overview(event_home).headcount.per_day


READER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN")
db.execute("SELECT count(*) FROM attendee").fetchone()  # a read snapshot, held open
print("reading", flush=True)
sys.stdin.readline()
db.execute("COMMIT")
"""


def test_purge_with_another_program_reading_says_so_then_finishes(tmp_path: Path) -> None:
    home = tmp_path / "desk"
    assert cli_run("demo", "--no-gui", home=home).returncode == 0
    people = json.loads(cli_run("find", "lukasz", "--json", home=home).stdout)
    secrets = [people[0]["first_name"], people[0]["last_name"], people[0]["email"]]
    badge = home / f"{people[0]['last_name']}.pdf"
    made = cli_run("badges", "--code", people[0]["code"], "--out", str(badge), home=home)
    assert made.returncode == 0, made.stderr
    db = database_path(home)
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert reader.stdout is not None and reader.stdout.readline() == "reading\n"
        env = child_env(home) | {"CHECKIN_LOCK_WAIT": "1"}
        refused = cli_run("purge", "--yes", env=env)
    finally:
        reader.communicate(timeout=60)
    assert refused.returncode == 2
    assert "Removed" not in refused.stdout
    assert not badge.exists()  # the badge PDF it saved into the home went at once
    assert refused.stderr == (
        "checkin: The names are blanked, but another program is still reading the database, so "
        "old copies remain in it: close the other desks and dashboards and run "
        "`checkin purge --yes` again.\n"
    )
    done = cli_run("purge", "--yes", home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Removed the personal data of 120 attendees; counts are kept.\n"
    left = file_bytes(db) + b"".join(p.read_bytes() for p in home.iterdir() if p.is_file())
    for secret in secrets:
        assert secret.encode() not in left, secret
