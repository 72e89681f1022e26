"""The real capture path: OpenCV reading generated video files in the background loop."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from checkin.scanning import Backoff, CaptureLoop, Decoded, Decoder, Scan, parse_source
from tests.qr_media import moving, qr_image, scene, truncate, write_video

WAIT = 20.0  # generous: the machine running the tests may be busy


class Recorder:
    """Collects what the loop reports, and lets a test wait for a condition."""

    def __init__(self) -> None:
        self.scans: list[Scan] = []
        self.states: list[str] = []
        self.frames = 0
        self.outlined = 0
        self.changed = threading.Condition()

    def on_scans(self, scans: list[Scan]) -> None:
        with self.changed:
            self.scans.extend(scans)
            self.changed.notify_all()

    def on_state(self, sentence: str) -> None:
        with self.changed:
            self.states.append(sentence)
            self.changed.notify_all()

    def on_frame(self, frame: np.ndarray, decoded: list[Decoded]) -> None:
        assert frame.ndim == 3
        with self.changed:
            self.frames += 1
            self.outlined += bool(decoded and decoded[0].corners)
            self.changed.notify_all()

    def wait_for(self, condition: object) -> bool:
        with self.changed:
            return self.changed.wait_for(condition, timeout=WAIT)  # type: ignore[arg-type]

    @property
    def codes(self) -> list[str]:
        return [scan.code for scan in self.scans]


def run_loop(path: Path, recorder: Recorder, **options: object) -> CaptureLoop:
    loop = CaptureLoop(
        parse_source(str(path)),
        on_frame=recorder.on_frame,
        on_scans=recorder.on_scans,
        on_state=recorder.on_state,
        backoff=Backoff(first=0.05, maximum=0.2),
        **options,  # type: ignore[arg-type]
    )
    loop.start()
    return loop


@pytest.mark.parametrize(
    ("options", "payload"),
    [
        ({}, "CK-ABCDEFGH-IJKLMN"),
        ({"blur": 1.2}, "ABCD-7"),
        ({"angle": 25.0}, "https://tickets.example.org/ticket/ab12cd34ef56gh78ij90"),
        ({"invert": True}, "DARKMODE-1"),
    ],
    ids=["moving", "blurred", "rotated-link", "inverted"],
)
def test_video_scenes_give_one_scan_each(
    tmp_path: Path, options: dict[str, object], payload: str
) -> None:
    video = write_video(tmp_path / "scene.avi", moving(payload, **options))
    recorder = Recorder()
    loop = run_loop(video, recorder)
    try:
        assert recorder.wait_for(lambda: recorder.frames >= 15 and recorder.scans)
    finally:
        assert loop.stop()
    expected = payload.rsplit("/", 1)[-1]
    assert recorder.codes == [expected]  # held for the whole clip: debounced to one scan
    assert recorder.outlined > 0
    assert recorder.states[0].startswith("Video scene.avi is running at 640×480")
    assert recorder.states[-1] == "Video scene.avi stopped."


def test_two_codes_and_a_binary_payload(tmp_path: Path) -> None:
    frames = [
        scene([(qr_image("FIRST-1"), 20, 100), (qr_image(b"\x00\xffbin\x80"), 360, 100)])
    ] * 10
    video = write_video(tmp_path / "two.avi", frames)
    recorder = Recorder()
    loop = run_loop(video, recorder)
    try:
        assert recorder.wait_for(lambda: len(recorder.scans) >= 2)
    finally:
        loop.stop()
    raws = sorted(scan.decoded.raw for scan in recorder.scans)
    assert raws == sorted([b"FIRST-1", b"\x00\xffbin\x80"])
    assert all(scan.captured_at > 0 for scan in recorder.scans)


def test_missing_source_is_reported_and_retried_without_blocking(tmp_path: Path) -> None:
    video = tmp_path / "later.avi"
    recorder = Recorder()
    loop = run_loop(video, recorder)  # returns at once although nothing can be opened
    try:
        assert recorder.wait_for(lambda: recorder.states)
        assert recorder.states == ["Video later.avi is missing. Retrying in the background."]
        write_video(video, moving("LATE-1", frames=10))
        assert recorder.wait_for(lambda: "LATE-1" in recorder.codes)
    finally:
        assert loop.stop()


def test_source_failing_mid_stream_recovers(tmp_path: Path) -> None:
    video = write_video(tmp_path / "cam.avi", moving("FIRST-1", frames=40))
    truncate(video, 0.4)  # the camera is unplugged part way through
    recorder = Recorder()
    loop = run_loop(video, recorder)
    try:
        stopped = "Video cam.avi stopped delivering frames. Retrying in the background."
        assert recorder.wait_for(lambda: stopped in recorder.states)
        write_video(video, moving("SECOND-2", frames=10))  # plugged back in
        assert recorder.wait_for(lambda: "SECOND-2" in recorder.codes)
    finally:
        assert loop.stop()
    assert recorder.codes[0] == "FIRST-1"


def test_paused_loop_reads_nothing(tmp_path: Path) -> None:
    video = write_video(tmp_path / "p.avi", moving("PAUSE-1", frames=10))
    recorder = Recorder()
    loop = CaptureLoop(parse_source(str(video)), on_frame=recorder.on_frame)
    loop.set_paused(True)
    loop.start()
    try:
        threading.Event().wait(0.3)
        assert loop.frames_read == 0
        loop.set_paused(False)
        assert recorder.wait_for(lambda: recorder.frames > 0)
    finally:
        loop.stop()


def test_parse_source() -> None:
    assert parse_source("0").kind == "camera"
    assert parse_source(" 1 ", "1280x720").width == 1280
    assert parse_source("rtsp://192.168.1.20:8080/h264").kind == "stream"
    assert parse_source("clip.avi").label == "Video clip.avi"
    with pytest.raises(ValueError, match="resolution"):
        parse_source("0", "big")


class _BusyDecoder(Decoder):
    """Spends its first frame until the camera has delivered `until` frames, as a thorough
    attempt on a slow laptop would, then decodes normally."""

    def __init__(self, until: int) -> None:
        super().__init__()
        self.until = until
        self.loop: CaptureLoop | None = None
        self.first = True

    def decode(self, image: np.ndarray, *, thorough: bool = False) -> list[Decoded]:
        if self.first:
            self.first = False
            stop = threading.Event()
            for _ in range(int(WAIT * 100)):
                if self.loop is not None and self.loop.frames_read >= self.until:
                    break
                stop.wait(0.01)
        return super().decode(image, thorough=thorough)


def test_frames_arriving_while_the_decoder_is_busy_are_dropped_not_queued(
    tmp_path: Path,
) -> None:
    frames = [scene([(qr_image(f"FRAME-{i:02d}"), 200, 100)]) for i in range(60)]
    video = write_video(tmp_path / "busy.avi", frames)
    recorder = Recorder()
    decoder = _BusyDecoder(until=30)
    loop = CaptureLoop(
        parse_source(str(video)),
        on_scans=recorder.on_scans,
        decoder=decoder,
        backoff=Backoff(first=5.0),
    )
    decoder.loop = loop
    loop.start()
    try:
        assert recorder.wait_for(lambda: len(recorder.scans) >= 2)
    finally:
        assert loop.stop()
    first, second = recorder.codes[:2]
    assert first == "FRAME-00"
    # The next frame decoded is what the camera showed when the decoder came back, not frame 1.
    assert int(second.removeprefix("FRAME-")) >= 29
    assert loop.frames_dropped >= 28
    assert loop.frames_decoded + loop.frames_dropped <= loop.frames_read
