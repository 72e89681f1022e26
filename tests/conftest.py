"""Test set-up: Qt offscreen, a fresh home per test, a repository on a real SQLite file, and a
check after every test that it left no thread running."""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


@pytest.fixture(autouse=True)
def english_plurals() -> None:
    """A Qt test speaks English as the desk does: with English's own catalogue installed (its
    plural forms: "1 badge", "2 badges"), as the app installs it at start. The application,
    when the test has one, is made before this (it is session-wide)."""
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication

    from checkin.ui import language

    if QCoreApplication.instance() is not None and not language.installed():
        language.reset_language()


LEAK_GRACE_S = 3.0  # a thread told to stop at teardown may take a moment to end
_STARTED_AT: weakref.WeakKeyDictionary[object, str] = weakref.WeakKeyDictionary()


def _caller() -> str:
    """Where a thread or timer was started: the innermost frame of the project's own code."""
    for frame in reversed(traceback.extract_stack()[:-2]):
        ours = (
            "/checkin/" in frame.filename
            or "/tests/" in frame.filename
            or "test_" in frame.filename
        )
        plumbing = frame.filename.endswith(("conftest.py", "workers.py"))  # say who asked
        if ours and not plumbing:
            return f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"
    return "outside the project"


_thread_start = threading.Thread.start


def _noted_start(self: threading.Thread) -> None:
    _STARTED_AT[self] = _caller()
    _thread_start(self)


threading.Thread.start = _noted_start  # type: ignore[method-assign]


def _running_threads() -> list[str]:
    names = [
        f"{t.name} (started at {_STARTED_AT.get(t, 'an unknown place')})"
        for t in threading.enumerate()
        if t is not threading.main_thread() and not isinstance(t, threading._DummyThread)
    ]
    qt = sys.modules.get("PySide6.QtCore")
    if qt is not None and qt.QThreadPool.globalInstance().activeThreadCount():
        names.append("Qt thread pool")
    known = {n.split(" (started at")[0] for n in names}
    return sorted(set(names) | {w for w in live_workers() if w not in known})


def _active_timers(timers: list[Any]) -> list[str]:
    """Timers a test started that still run: each one fires into a test that is over."""
    left = []
    for timer in timers:
        try:
            active = timer.isActive()
        except RuntimeError:  # its Qt object is gone with its parent: stopped for good
            continue
        if active:
            left.append(f"QTimer (started at {_STARTED_AT.get(timer, 'an unknown place')})")
    return left


@pytest.fixture(autouse=True)
def no_thread_left_running(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test stops what it started: a worker still running afterwards, or a QTimer still
    active, fails the test, naming where it was started (napari's leak check is the model)."""
    timers: list[Any] = []
    qt = sys.modules.get("PySide6.QtCore")
    original = None
    if qt is not None:
        original = qt.QTimer.start

        def noted(timer: Any, *args: Any) -> None:
            _STARTED_AT[timer] = _caller()
            timers.append(timer)
            original(timer, *args)

        qt.QTimer.start = noted
    try:
        yield
    finally:
        if qt is not None:
            qt.QTimer.start = original
    deadline = time.monotonic() + LEAK_GRACE_S
    while (left := _running_threads()) and time.monotonic() < deadline:
        time.sleep(0.02)
    if qt is not None and timers:
        app = qt.QCoreApplication.instance()
        if app is not None:  # deleteLater()s queued at teardown: let them happen first
            qt.QCoreApplication.sendPostedEvents(None, qt.QEvent.Type.DeferredDelete)
        left += _active_timers(timers)
    if left:
        pytest.fail(f"left running: {', '.join(left)}", pytrace=False)


from tests.hub_support import hub_server, own_cluster  # noqa: E402, F401  # real PostgreSQL
