"""The suite's own guard: a test leaving a worker running fails, one that stops it passes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.cli import child_env

LEAKY = """
    import threading
    from checkin.workers import Worker

    stop = threading.Event()

    def test_leaves_a_worker_running():
        Worker("checkin-forgotten", lambda: stop.wait(30)).start()

    def test_after_it():  # ends the forgotten worker so the run can finish
        stop.set()

    def test_leaves_a_timer_running():
        from PySide6.QtCore import QCoreApplication, QTimer

        app = QCoreApplication.instance() or QCoreApplication([])
        global timer
        timer = QTimer()
        timer.setInterval(60_000)
        timer.start()

    def test_stops_its_timer():
        timer.stop()

    def test_stops_its_worker():
        done = threading.Event()
        worker = Worker("checkin-tidy", done.wait)
        worker.start()
        done.set()
        assert worker.join(5)
"""


def test_a_worker_left_running_fails_its_test(tmp_path: Path) -> None:
    test_file = tmp_path / "test_leaky.py"
    test_file.write_text(textwrap.dedent(LEAKY), encoding="utf-8")
    (tmp_path / "conftest.py").write_text(
        "from tests.conftest import no_thread_left_running  # noqa: F401\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
        capture_output=True, text=True, env=child_env(), cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert (
        "left running: checkin-forgotten (started at test_leaky.py:8 in "
        "test_leaves_a_worker_running)" in result.stdout
    ), result.stdout
    assert (
        "left running: QTimer (started at test_leaky.py:20 in test_leaves_a_timer_running)"
        in result.stdout
    ), result.stdout
    assert "2 errors" in result.stdout and "5 passed" in result.stdout, result.stdout
