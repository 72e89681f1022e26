"""Video sources: what a camera setting means, and opening it with OpenCV.

A source is a camera index ("0"), a video file, or a stream URL (a phone used as an IP
webcam, `rtsp://` or `http://`). Opening never raises: a missing, busy or unreadable source
comes back as `None` with one sentence saying why.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import cv2

from checkin.scanning.limits import MAX_PIXELS, over_budget
from checkin.scanning.news import CameraCode, CameraNews
from checkin.scanning.quiet import silence_native_logs

log = logging.getLogger("checkin.scan")

_URL_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# Network streams: give up on a dead phone within seconds instead of FFmpeg's default 30 s.
_STREAM_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class Source:
    """Where frames come from, with the resolution asked of a camera (None keeps its own)."""

    spec: str | int
    width: int | None = None
    height: int | None = None

    @property
    def kind(self) -> str:
        if isinstance(self.spec, int):
            return "camera"
        return "stream" if _URL_RE.match(self.spec) else "file"

    def news(self, sentence: str, code: CameraCode, *facts: str) -> CameraNews:
        name = str(self.spec) if self.kind != "file" else Path(str(self.spec)).name
        return CameraNews(sentence, code, self.kind, name, facts)

    @property
    def label(self) -> str:
        if isinstance(self.spec, int):
            return f"Camera {self.spec}"
        if self.kind == "stream":
            return f"Stream {self.spec}"
        return f"Video {Path(self.spec).name}"


class ResolutionError(ValueError):
    """A resolution setting that is not WIDTHxHEIGHT; `text` is what was given."""

    def __init__(self, text: str) -> None:
        super().__init__(f"A resolution looks like 1280x720, not {text!r}.")
        self.text = text


def parse_source(text: str | int, resolution: str | None = None) -> Source:
    """A Source from a setting: "0" is the first camera, "1280x720" a resolution."""
    width = height = None
    if resolution:
        match = re.fullmatch(r"\s*(\d{2,5})\s*[x×X]\s*(\d{2,5})\s*", resolution)
        if not match:
            raise ResolutionError(resolution)
        width, height = int(match.group(1)), int(match.group(2))
    if isinstance(text, int):
        return Source(text, width, height)
    stripped = text.strip()
    if stripped.isdigit() and len(stripped) <= 3:
        return Source(int(stripped), width, height)
    if not stripped:
        raise ValueError("No camera or video given.")
    return Source(stripped, width, height)


def open_capture(source: Source) -> tuple[cv2.VideoCapture | None, CameraNews]:
    """An opened capture and a one-line description, or None and why it failed."""
    # The sentence returned says what is wrong; OpenCV's own warnings would repeat it on the
    # terminal at every retry.
    silence_native_logs()
    try:
        if source.kind == "camera":
            capture = cv2.VideoCapture(int(source.spec))
        elif source.kind == "stream":
            capture = cv2.VideoCapture(
                str(source.spec),
                cv2.CAP_FFMPEG,
                [
                    cv2.CAP_PROP_OPEN_TIMEOUT_MSEC,
                    _STREAM_TIMEOUT_MS,
                    cv2.CAP_PROP_READ_TIMEOUT_MSEC,
                    _STREAM_TIMEOUT_MS,
                ],
            )
        else:
            if not Path(str(source.spec)).is_file():
                return None, source.news(f"{source.label} is missing.", CameraCode.MISSING)
            capture = cv2.VideoCapture(str(source.spec))
    except cv2.error as error:
        said = f"{source.label} could not be opened ({error})."
        return None, source.news(said, CameraCode.UNOPENED, str(error))
    if not capture.isOpened():
        capture.release()
        if source.kind == "camera":
            said = f"{source.label} is missing or in use by another program."
            return None, source.news(said, CameraCode.BUSY)
        return None, source.news(f"{source.label} could not be opened.", CameraCode.UNOPENED, "")
    if source.width and source.height and source.kind == "camera":
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, source.width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, source.height)
    width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
    height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
    refused = over_budget(f"{source.label} delivers a", width, height)
    if refused:
        capture.release()
        pixels = (str(round(width * height / 1e6)), str(round(MAX_PIXELS / 1e6)))
        return None, source.news(refused, CameraCode.TOO_LARGE, str(width), str(height), *pixels)
    said = f"{source.label} is running at {width}×{height}."
    return capture, source.news(said, CameraCode.RUNNING, str(width), str(height))


def frame_interval(capture: cv2.VideoCapture, source: Source) -> float:
    """Seconds between frames when replaying a file in real time; 0 for live sources."""
    if source.kind != "file":
        return 0.0
    fps = capture.get(cv2.CAP_PROP_FPS)
    return 1.0 / fps if 1.0 <= fps <= 240.0 else 1.0 / 30.0


def probe_cameras(max_index: int = 4) -> list[int]:
    """Indexes of the cameras that open now (for a chooser); slow, call it off the UI thread."""
    found = []
    for index in range(max_index + 1):
        capture, _ = open_capture(Source(index))
        if capture is not None:
            found.append(index)
            capture.release()
    return found
