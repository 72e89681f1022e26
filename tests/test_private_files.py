"""The home and everything the desk writes with personal data in it are this user's only."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from checkin.db.repository import Repository
from checkin.paths import database_path
from tests.cli import checkin

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_home_its_database_and_its_journal_are_private(tmp_path: Path) -> None:
    home = tmp_path / "desk"
    assert checkin("demo", "--no-gui", home=home).code == 0
    assert mode(home) == 0o700
    db = database_path(home)
    assert mode(db) == 0o600
    with Repository(db) as repo:  # while open, SQLite's -wal and -shm exist beside it
        repo.revision()
        for end in ("-wal", "-shm"):
            companion = db.with_name(db.name + end)
            assert companion.exists() and mode(companion) == 0o600, end


def test_exports_and_badge_pdfs_are_private(tmp_path: Path) -> None:
    home = tmp_path / "desk"
    assert checkin("demo", "--no-gui", home=home).code == 0
    attendees, badges = tmp_path / "attendees.csv", tmp_path / "badges.pdf"
    assert checkin("export", "attendees", "--out", str(attendees), home=home).code == 0
    assert (
        checkin(
            "export",
            "attendees",
            "--format",
            "xlsx",
            "--out",
            str(attendees.with_suffix(".xlsx")),
            home=home,
        ).code
        == 0
    )
    done = checkin("badges", "--out", str(badges), home=home)
    assert done.code == 0, done.err
    for made in (attendees, attendees.with_suffix(".xlsx"), badges):
        assert mode(made) == 0o600, made.name


def test_a_home_left_readable_by_an_earlier_release_is_tightened(tmp_path: Path) -> None:
    home = tmp_path / "old"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    db = database_path(home)
    sqlite3.connect(db).close()  # an empty database file, as SQLite creates it: 0644
    db.chmod(0o644)
    done = checkin("status", home=home)
    assert done.code == 2  # no event yet, said in a sentence
    assert mode(home) == 0o700 and mode(db) == 0o600
