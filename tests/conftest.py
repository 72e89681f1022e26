"""Test set-up: Qt offscreen, a fresh home per test, a repository on a real SQLite file, and a
check after every test that it left no thread running."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from checkin.db.repository import Repository
from checkin.workers import live_workers
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


LEAK_GRACE_S = 3.0  # a thread told to stop at teardown may take a moment to end


def _running_threads() -> list[str]:
    names = [
        t.name
        for t in threading.enumerate()
        if t is not threading.main_thread() and not isinstance(t, threading._DummyThread)
    ]
    qt = sys.modules.get("PySide6.QtCore")
    if qt is not None and qt.QThreadPool.globalInstance().activeThreadCount():
        names.append("Qt thread pool")
    return sorted(set(names) | set(live_workers()))


@pytest.fixture(autouse=True)
def no_thread_left_running() -> Iterator[None]:
    """Every test stops what it started: a worker still running afterwards fails the test."""
    yield
    deadline = time.monotonic() + LEAK_GRACE_S
    while (left := _running_threads()) and time.monotonic() < deadline:
        time.sleep(0.02)
    if left:
        pytest.fail(f"threads left running: {', '.join(left)}", pytrace=False)


from tests.hub_support import hub_server, own_cluster  # noqa: E402, F401  # real PostgreSQL
