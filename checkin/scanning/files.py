"""Reading codes from files on disk: still images and video files (`checkin decode`).

An image's dimensions are read from its header first (PNG's own, else Pillow's header parsers,
which decode no pixels), and one that declares more than the pixel budget is refused before
anything is decoded. The pixels are then decoded by `cv2.imdecode` from the file's bytes (any
path on any OS). A file no image parser recognises is tried as a video, whose frame size is
checked on opening; videos are sampled frame by frame and the distinct payloads kept in the
order they first appear. The image libraries' own complaints about damaged files go to the log;
the caller gets one sentence.
"""

from __future__ import annotations

import logging
import re
import struct
import warnings
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from checkin.scanning.decoder import Decoded, Decoder
from checkin.scanning.limits import MAX_PIXELS, over_budget
from checkin.scanning.quiet import native_stderr_to_log, silence_native_logs

log = logging.getLogger("checkin.scan")

MAX_VIDEO_FRAMES = 9000  # five minutes at 30 fps: a file longer than that is not a ticket check
MAX_IMAGE_BYTES = 300_000_000  # a 50-megapixel photo, even uncompressed, is smaller
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")
# A thorough attempt on every n-th frame in a row without a code, as the live camera does.
_THOROUGH_EVERY = 15


class UnreadableFile(Exception):
    """The file is missing, too big, or neither an image nor a video OpenCV can open."""


@dataclass(frozen=True)
class FileResult:
    path: Path
    kind: str  # "image" or "video"
    decoded: tuple[Decoded, ...]


@dataclass(frozen=True)
class ImageHeader:
    format: str
    width: int  # 0 when only the pixel count is known
    height: int
    pixels: int


def image_header(path: Path) -> ImageHeader | None:
    """The format and declared size of an image file, read from its header; None if the file
    is not an image any header parser recognises."""
    try:
        with path.open("rb") as stream:
            start = stream.read(24)
            if start.startswith(_PNG_SIGNATURE) and start[12:16] == b"IHDR":
                width, height = struct.unpack(">II", start[16:24])
                return ImageHeader("PNG", width, height, width * height)
            stream.seek(0)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                with Image.open(stream) as image:
                    width, height = image.size
                    return ImageHeader(image.format or "image", width, height, width * height)
    except Image.DecompressionBombError as error:
        # Pillow refuses before telling the size; its sentence has the pixel count.
        match = _BOMB_PIXELS.search(str(error))
        pixels = int(match.group(1)) if match else MAX_PIXELS + 1
        return ImageHeader("image", 0, 0, pixels)
    except Exception:  # hostile headers make Pillow raise all kinds: not an image it can size
        return None


def read_image(path: Path) -> np.ndarray | None:
    try:
        data = np.fromfile(path, dtype=np.uint8)
    except OSError:
        return None
    if data.size == 0:
        return None
    try:
        with native_stderr_to_log():  # libpng and libjpeg print their own errors
            return cv2.imdecode(data, cv2.IMREAD_COLOR)
    except cv2.error:
        return None


def decode_file(
    path: Path, decoder: Decoder | None = None, *, max_pixels: int = MAX_PIXELS
) -> FileResult:
    """Every distinct code in an image or video file; raises UnreadableFile with one sentence."""
    decoder = decoder or Decoder()
    if not path.exists():
        raise UnreadableFile(f"{path} does not exist.")
    if not path.is_file():
        raise UnreadableFile(f"{path} is not a file.")
    header = image_header(path)
    if header is None:
        return FileResult(path, "video", tuple(_decode_video(path, decoder, max_pixels)))
    refused = over_budget(f"{path} declares a", header.width, header.height, max_pixels)
    if not header.width and header.pixels > max_pixels:  # only the pixel count is known
        refused = (
            f"{path} declares a picture of {header.pixels / 1e6:.0f} megapixels, more than the "
            f"{max_pixels / 1e6:.0f} megapixels the desk decodes; it was not read."
        )
    if refused:
        raise UnreadableFile(refused)
    if path.stat().st_size > MAX_IMAGE_BYTES:
        raise UnreadableFile(f"{path} is over {MAX_IMAGE_BYTES // 1_000_000} MB; it was not read.")
    image = read_image(path)
    if image is None:
        raise UnreadableFile(
            f"{path} is a {header.format} image that cannot be decoded (damaged or cut short)."
        )
    return FileResult(path, "image", tuple(decoder.decode(image, thorough=True)))


def _decode_video(path: Path, decoder: Decoder, max_pixels: int) -> list[Decoded]:
    silence_native_logs()
    try:
        capture = cv2.VideoCapture(str(path))
    except cv2.error as error:
        raise UnreadableFile(f"{path} is neither an image nor a video ({error}).") from error
    try:
        if not capture.isOpened():
            raise UnreadableFile(f"{path} is neither an image nor a video OpenCV can read.")
        width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
        height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
        refused = over_budget(f"{path} has frames of a", width, height, max_pixels)
        if refused:
            raise UnreadableFile(refused)
        found: dict[bytes, Decoded] = {}
        frames = empty = 0
        while frames < MAX_VIDEO_FRAMES:
            ok, frame = capture.read()
            if not ok or frame is None:
                break
            frames += 1
            thorough = empty >= _THOROUGH_EVERY
            decoded = decoder.decode(frame, thorough=thorough)
            empty = 0 if decoded or thorough else empty + 1
            for item in decoded:
                found.setdefault(item.raw, item)
        if frames == 0:
            raise UnreadableFile(f"{path} has no frames OpenCV can read.")
        log.debug("Read %d frames of %s", frames, path)
        return list(found.values())
    finally:
        capture.release()
