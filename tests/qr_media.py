"""Test media for the scanning tests: QR images, scenes with codes in them, video files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import cv2
import numpy as np
import qrcode
import zxingcpp

SIZE = (640, 480)


def qr_image(
    payload: str | bytes, box: int = 6, border: int = 4, ec: int = qrcode.constants.ERROR_CORRECT_M
) -> np.ndarray:
    """A black-on-white QR code as a grayscale array."""
    code = qrcode.QRCode(box_size=box, border=border, error_correction=ec)
    code.add_data(payload)
    code.make(fit=True)
    return np.array(code.make_image().convert("L"), dtype=np.uint8)


def aztec_image(payload: str, scale: int = 6) -> np.ndarray:
    """A black-on-white Aztec code (as airline and rail tickets carry) as a grayscale array."""
    barcode = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.Aztec)
    image = np.array(zxingcpp.write_barcode_to_image(barcode, scale=scale), dtype=np.uint8)
    return cv2.copyMakeBorder(image, 24, 24, 24, 24, cv2.BORDER_CONSTANT, value=255)


def scene(
    codes: Iterable[tuple[np.ndarray, int, int]],
    *,
    angle: float = 0.0,
    blur: float = 0.0,
    invert: bool = False,
    size: tuple[int, int] = SIZE,
) -> np.ndarray:
    """A BGR frame: a textured grey desk with each code pasted at (x, y)."""
    width, height = size
    rng = np.random.default_rng(7)
    desk = cv2.GaussianBlur(rng.integers(90, 160, (height, width), dtype=np.uint8), (0, 0), 4)
    for image, x, y in codes:
        tile = cv2.bitwise_not(image) if invert else image
        h, w = tile.shape
        desk[y : y + h, x : x + w] = tile
    if angle:
        matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
        desk = cv2.warpAffine(desk, matrix, (width, height), borderValue=120)
    if blur:
        desk = cv2.GaussianBlur(desk, (0, 0), blur)
    return cv2.cvtColor(desk, cv2.COLOR_GRAY2BGR)


def moving(payload: str | bytes, frames: int = 20, **options: object) -> list[np.ndarray]:
    """A code sliding across the frame, as a hand brings a phone in front of the camera."""
    image = qr_image(payload)
    h, w = image.shape
    span = SIZE[0] - w - 20
    return [
        scene([(image, 10 + span * i // max(frames - 1, 1), (SIZE[1] - h) // 2)], **options)  # type: ignore[arg-type]
        for i in range(frames)
    ]


def write_video(path: Path, frames: Iterable[np.ndarray], fps: float = 30.0) -> Path:
    """An MJPG .avi that OpenCV's own capture reads back."""
    frames = list(frames)
    height, width = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    assert writer.isOpened(), "OpenCV cannot write MJPG video here"
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path


def truncate(path: Path, keep: float = 0.5) -> Path:
    """Cut a video file short, as a camera unplugged mid-stream leaves it."""
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path
