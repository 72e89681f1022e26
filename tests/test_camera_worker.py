"""The Qt camera worker: signals from the capture loop reach the main thread, stop is clean."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from checkin.scanning.capture import Backoff
from checkin.ui.camera_worker import CameraWorker
from tests.qr_media import moving, truncate, write_video

TIMEOUT_MS = 20000  # generous: the machine running the tests may be busy


@pytest.fixture
def worker() -> Iterator[CameraWorker]:
    camera = CameraWorker(backoff=Backoff(first=0.05, maximum=0.2))
    yield camera
    camera.stop()
    assert not camera.running


def test_codes_frames_and_state_arrive_as_signals(
    qtbot, worker: CameraWorker, tmp_path: Path
) -> None:
    video = write_video(tmp_path / "desk.avi", moving("CK-ABCDEFGH-IJKLMN", frames=30))
    frames: list[QImage] = []
    worker.frame_ready.connect(frames.append)
    with (
        qtbot.waitSignal(worker.state_changed, timeout=TIMEOUT_MS) as state,
        qtbot.waitSignal(worker.codes_found, timeout=TIMEOUT_MS) as found,
    ):
        worker.start(str(video))
    assert state.args[0].startswith("Video desk.avi is running at 640×480")
    assert found.args[0] == ["CK-ABCDEFGH-IJKLMN"]
    qtbot.waitUntil(lambda: len(frames) >= 5, timeout=TIMEOUT_MS)
    assert frames[0].width() == 640
    assert frames[0].height() == 480
    assert not frames[0].isNull()
    worker.stop()
    assert not worker.running


def test_paused_worker_sends_no_frames(qtbot, worker: CameraWorker, tmp_path: Path) -> None:
    video = write_video(tmp_path / "hidden.avi", moving("HIDDEN-1", frames=10))
    worker.set_paused(True)
    with qtbot.assertNotEmitted(worker.frame_ready, wait=300):
        worker.start(str(video))
    with qtbot.waitSignal(worker.frame_ready, timeout=TIMEOUT_MS):
        worker.set_paused(False)


def test_unplugged_camera_recovers_without_blocking_the_ui(
    qtbot, worker: CameraWorker, tmp_path: Path
) -> None:
    video = write_video(tmp_path / "cam.avi", moving("FIRST-1", frames=40))
    truncate(video, 0.4)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    states: list[str] = []
    worker.state_changed.connect(states.append)
    worker.start(str(video))
    qtbot.waitUntil(
        lambda: any("stopped delivering frames" in s for s in states), timeout=TIMEOUT_MS
    )
    ticking = len(ticks)
    assert ticking > 0  # the main thread kept handling events meanwhile
    with qtbot.waitSignal(
        worker.codes_found, timeout=TIMEOUT_MS, check_params_cb=lambda codes: codes == ["SECOND-2"]
    ):
        write_video(video, moving("SECOND-2", frames=10))
    timer.stop()
    assert len(ticks) > ticking


def test_bad_resolution_is_one_sentence(qtbot, tmp_path: Path) -> None:
    camera = CameraWorker(resolution="huge")
    with qtbot.waitSignal(camera.state_changed) as state:
        camera.start("0")
    assert state.args[0] == "A resolution looks like 1280x720, not 'huge'."
    assert not camera.running
