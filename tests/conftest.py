"""Test set-up: Qt offscreen, a fresh home per test, and a repository on a real SQLite file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from checkin.db.repository import Repository
from tests.fakes import FixedClock, meetup

ROOT = Path(__file__).resolve().parent.parent
# Real QR photos with their expected payloads, shared beside the repository (read in place).
QR_SAMPLES = ROOT.parent / "shared" / "qr-samples"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("CHECKIN_HOME", str(folder))
    return folder


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def repo(tmp_path: Path, clock: FixedClock) -> Iterator[Repository]:
    repository = Repository(tmp_path / "desk.sqlite3", clock=clock, desk="A")
    repository.save_event(meetup())
    yield repository
    repository.close()
