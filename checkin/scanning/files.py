"""Reading codes from files on disk: still images and video files (`checkin decode`).

Images are read through `cv2.imdecode` on the file's bytes, which copes with any path on any
OS; anything OpenCV cannot read as an image is tried as a video. Videos are sampled frame by
frame and the distinct payloads are kept in the order they first appear.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from checkin.scanning.decoder import Decoded, Decoder

log = logging.getLogger("checkin.scan")

MAX_VIDEO_FRAMES = 9000  # five minutes at 30 fps: a file longer than that is not a ticket check


class UnreadableFile(Exception):
    """The file is missing, or neither an image nor a video OpenCV can open."""


@dataclass(frozen=True)
class FileResult:
    path: Path
    kind: str  # "image" or "video"
    decoded: tuple[Decoded, ...]


def read_image(path: Path) -> np.ndarray | None:
    try:
        data = np.fromfile(path, dtype=np.uint8)
    except OSError:
        return None
    if data.size == 0:
        return None
    try:
        return cv2.imdecode(data, cv2.IMREAD_COLOR)
    except cv2.error:
        return None


def decode_file(path: Path, decoder: Decoder | None = None) -> FileResult:
    """Every distinct code in an image or video file; raises UnreadableFile with one sentence."""
    decoder = decoder or Decoder()
    if not path.exists():
        raise UnreadableFile(f"{path} does not exist.")
    if not path.is_file():
        raise UnreadableFile(f"{path} is not a file.")
    image = read_image(path)
    if image is not None:
        return FileResult(path, "image", tuple(decoder.decode(image, thorough=True)))
    return FileResult(path, "video", tuple(_decode_video(path, decoder)))


def _decode_video(path: Path, decoder: Decoder) -> list[Decoded]:
    try:
        capture = cv2.VideoCapture(str(path))
    except cv2.error as error:
        raise UnreadableFile(f"{path} is neither an image nor a video ({error}).") from error
    try:
        if not capture.isOpened():
            raise UnreadableFile(f"{path} is neither an image nor a video OpenCV can read.")
        found: dict[bytes, Decoded] = {}
        frames = 0
        while frames < MAX_VIDEO_FRAMES:
            ok, frame = capture.read()
            if not ok or frame is None:
                break
            frames += 1
            for item in decoder.decode(frame, thorough=frames % 10 == 1):
                found.setdefault(item.raw, item)
        if frames == 0:
            raise UnreadableFile(f"{path} has no frames OpenCV can read.")
        log.debug("Read %d frames of %s", frames, path)
        return list(found.values())
    finally:
        capture.release()
