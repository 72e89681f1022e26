"""Finding and decoding QR codes (and other 2-D codes) in one image.

zxing-cpp reads first, on the frame as it is. Only when that finds nothing does the decoder try
harder, and only where a code is likely: zxing-cpp reports symbols it located but could not
decode (`return_errors=True`) at no extra cost, so the extra attempts run on a crop around
those symbols. Thorough mode (still images, an occasional live frame) also tries the whole
image: inverted, upscaled, equalised, and OpenCV's curved-surface detector for codes printed on
fabric. A frame with no code costs exactly one zxing-cpp call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np
import zxingcpp

log = logging.getLogger("checkin.scan")

Corners = tuple[tuple[int, int], ...]

# Ticket codes are 2-D symbols; leaving out the linear formats makes a 720p frame ~7x cheaper.
# Linear barcodes on tickets are read by USB scanners, which do that far better than a webcam.
DEFAULT_FORMATS: tuple[zxingcpp.BarcodeFormat, ...] = (
    zxingcpp.BarcodeFormat.QRCode,
    zxingcpp.BarcodeFormat.MicroQRCode,
    zxingcpp.BarcodeFormat.Aztec,
    zxingcpp.BarcodeFormat.DataMatrix,
    zxingcpp.BarcodeFormat.PDF417,
)
_MAX_HINTS = 2  # crops tried per frame: bounds the cost of a frame full of false detections
_SMALL_SIDE = 1000  # images smaller than this are upscaled whole in thorough mode


@dataclass(frozen=True)
class Decoded:
    """One symbol read from an image: its payload bytes, the text they mean, where it is."""

    raw: bytes
    text: str
    format: str
    corners: Corners = field(default=(), compare=False)


def payload_text(raw: bytes, fallback: str) -> str:
    """UTF-8 when the bytes are UTF-8, otherwise zxing-cpp's reading (ECI-aware, else Latin-1)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return fallback


def _corners(
    position: zxingcpp.Position, dx: float = 0, dy: float = 0, scale: float = 1
) -> Corners:
    points = (position.top_left, position.top_right, position.bottom_right, position.bottom_left)
    return tuple((round(p.x / scale + dx), round(p.y / scale + dy)) for p in points)


def _gray(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return image
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)


# A variant: a name for the logs, and a function turning a grayscale image into
# (image to read, scale factor applied, zxing-cpp options).
Variant = tuple[str, Callable[[np.ndarray], tuple[np.ndarray, float, dict[str, object]]]]


def _as_is_global(g: np.ndarray) -> tuple[np.ndarray, float, dict[str, object]]:
    # A global threshold copes with creased fabric and glare that fool the local-average one.
    return g, 1.0, {"binarizer": zxingcpp.Binarizer.GlobalHistogram}


def _upscaled_smoothed(g: np.ndarray) -> tuple[np.ndarray, float, dict[str, object]]:
    # Small or blurred codes: more pixels per module, then smooth away JPEG blocks and weave.
    up = cv2.resize(g, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)
    return cv2.GaussianBlur(up, (0, 0), 1.6), 2.0, {}


def _upscaled_sharpened(g: np.ndarray) -> tuple[np.ndarray, float, dict[str, object]]:
    # Tiny, slightly blurred codes: modules of one or two pixels merge; an unsharp mask on the
    # upscaled image separates them again.
    up = cv2.resize(g, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)
    return cv2.addWeighted(up, 2.0, cv2.GaussianBlur(up, (0, 0), 2.0), -1.0, 0), 2.0, {}


def _equalised(g: np.ndarray) -> tuple[np.ndarray, float, dict[str, object]]:
    # Phone screens and glossy paper: local contrast equalisation lifts washed-out modules.
    clahe = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8))
    return clahe.apply(g), 1.0, {}


def _sharpened_inverted(g: np.ndarray) -> tuple[np.ndarray, float, dict[str, object]]:
    # Dark-mode phone screens show light modules on dark; zxing-cpp inverts too, but only
    # after its own binarisation, which a soft screen photo defeats without sharpening.
    sharp = cv2.addWeighted(g, 1.6, cv2.GaussianBlur(g, (0, 0), 2.0), -0.6, 0)
    return cv2.bitwise_not(sharp), 1.0, {}


_CROP_VARIANTS: tuple[Variant, ...] = (
    ("global-threshold", _as_is_global),
    ("upscaled-smoothed", _upscaled_smoothed),
    ("equalised", _equalised),
)
_WHOLE_VARIANTS: tuple[Variant, ...] = (
    ("global-threshold", _as_is_global),
    ("equalised", _equalised),
    ("sharpened-inverted", _sharpened_inverted),
)
_SMALL_VARIANTS: tuple[Variant, ...] = (
    ("upscaled-sharpened", _upscaled_sharpened),
    ("upscaled-smoothed", _upscaled_smoothed),
)


class Decoder:
    """Reads the codes in BGR or grayscale frames. Never raises on image content."""

    def __init__(
        self, formats: Sequence[zxingcpp.BarcodeFormat] = DEFAULT_FORMATS, *, opencv: bool = True
    ) -> None:
        self.formats = list(formats)
        self.opencv = opencv
        self._cv_detector = cv2.QRCodeDetector() if opencv else None

    def decode(self, image: np.ndarray, *, thorough: bool = False) -> list[Decoded]:
        """The codes in the image, most prominent first; empty when none could be read."""
        if image is None or image.size == 0 or image.ndim not in (2, 3):
            return []
        try:
            return self._decode(np.ascontiguousarray(image), thorough)
        except (cv2.error, ValueError, RuntimeError, MemoryError) as error:
            # A corrupt frame must not end the capture loop; the next frame will do.
            log.warning("Could not decode a frame: %s", error)
            return []

    def _decode(self, image: np.ndarray, thorough: bool) -> list[Decoded]:
        found, hints = self._read(image, 0, 0)
        if found:
            return found
        gray = _gray(image)
        covered = 0
        for x, y, w, h in hints[:_MAX_HINTS]:
            crop = gray[y : y + h, x : x + w]
            covered = max(covered, w * h)
            for result in self._attempts(crop, _CROP_VARIANTS, x, y):
                return result
        if not thorough or covered >= 0.8 * gray.size:
            return []
        small = max(gray.shape) < _SMALL_SIDE
        variants = _WHOLE_VARIANTS + _SMALL_VARIANTS if small else _WHOLE_VARIANTS
        # OpenCV's curved search costs ~200 ms on a whole 720p frame: crops only, there.
        for result in self._attempts(gray, variants, 0, 0, curved=small):
            return result
        return []

    def _attempts(
        self, gray: np.ndarray, variants: Sequence[Variant], dx: int, dy: int, curved: bool = True
    ) -> Iterator[list[Decoded]]:
        for name, make in variants:
            variant, scale, options = make(gray)
            found, _ = self._read(variant, dx, dy, scale, **options)
            if found:
                log.debug("Read a code after the %s attempt", name)
                yield found
        found = self._opencv_curved(gray, dx, dy) if curved else []
        if found:
            log.debug("Read a code with OpenCV's curved-surface detector")
            yield found

    def _read(
        self, image: np.ndarray, dx: int, dy: int, scale: float = 1.0, **options: object
    ) -> tuple[list[Decoded], list[tuple[int, int, int, int]]]:
        """zxing-cpp on one image: the codes read, and boxes of symbols seen but not read."""
        results = zxingcpp.read_barcodes(
            image,
            formats=self.formats,  # type: ignore[arg-type]  # a list is accepted at runtime
            text_mode=zxingcpp.TextMode.Plain,
            return_errors=True,
            **options,  # type: ignore[arg-type]
        )
        found: list[Decoded] = []
        hints: list[tuple[int, int, int, int, int]] = []
        height, width = image.shape[:2]
        for result in results:
            if result.valid:
                raw = bytes(result.bytes)
                found.append(
                    Decoded(
                        raw,
                        payload_text(raw, result.text),
                        result.format.name,
                        _corners(result.position, dx, dy, scale),
                    )
                )
            else:
                hints.append(_hint_box(result, width, height, result.format.name))
        hints.sort(key=lambda box: (-box[4], -box[2] * box[3]))
        return _unique(found), _distinct([box[:4] for box in hints])

    def _opencv_curved(self, gray: np.ndarray, dx: int, dy: int) -> list[Decoded]:
        if self._cv_detector is None or min(gray.shape[:2]) < 21:
            return []
        try:
            text, points, _ = self._cv_detector.detectAndDecodeCurved(gray)
        except (UnicodeDecodeError, cv2.error) as error:
            # OpenCV decodes payloads as UTF-8 and raises on anything else (binary tickets).
            log.debug("OpenCV's detector gave up: %s", error)
            return []
        if not text:
            return []
        corners: Corners = ()
        if points is not None:
            corners = tuple((round(float(px) + dx), round(float(py) + dy)) for px, py in points[0])
        return [Decoded(text.encode("utf-8"), text, "QRCode", corners)]


def _hint_box(
    result: zxingcpp.Barcode, width: int, height: int, fmt: str
) -> tuple[int, int, int, int, int]:
    """A box around a symbol zxing-cpp located, with room for its quiet zone."""
    corners = _corners(result.position)
    xs = [p[0] for p in corners]
    ys = [p[1] for p in corners]
    side = max(max(xs) - min(xs), max(ys) - min(ys), 8)
    margin = side // 2 + 8
    x0, y0 = max(min(xs) - margin, 0), max(min(ys) - margin, 0)
    x1, y1 = min(max(xs) + margin, width), min(max(ys) + margin, height)
    # Full-size QR symbols first: stray "Micro QR" sightings in textures are the usual noise.
    priority = 1 if fmt == "QRCode" else 0
    return x0, y0, max(x1 - x0, 1), max(y1 - y0, 1), priority


def _distinct(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Boxes that are not mostly inside one kept before (one symbol is often seen twice)."""
    kept: list[tuple[int, int, int, int]] = []
    for x, y, w, h in boxes:
        inside = False
        for kx, ky, kw, kh in kept:
            ix = max(0, min(x + w, kx + kw) - max(x, kx))
            iy = max(0, min(y + h, ky + kh) - max(y, ky))
            if ix * iy >= 0.6 * w * h:
                inside = True
                break
        if not inside:
            kept.append((x, y, w, h))
    return kept


def _unique(found: list[Decoded]) -> list[Decoded]:
    seen: set[bytes] = set()
    unique: list[Decoded] = []
    for item in found:
        if item.raw not in seen:
            seen.add(item.raw)
            unique.append(item)
    return unique
