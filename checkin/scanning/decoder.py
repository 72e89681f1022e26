"""Finding and decoding the ticket codes in one image: QR first, other symbologies on request.

A live frame costs what one zxing-cpp call costs. The decoder reads the grayscale frame once,
for QR only unless the event's tickets use other symbologies too (each one searched costs
about as much again, DataMatrix and PDF417 several times that on a textured desk); those are
searched only when no QR code was read. A frame from a 1080p or larger camera is read first on
a copy downscaled to about 540 lines, which reads every ticket a desk camera shows at a third
of the cost. Only when that finds nothing does the decoder try harder, and only where a code is
likely: zxing-cpp reports symbols it located but could not decode (`return_errors=True`) at no
extra cost, so the extra attempts run on a full-resolution crop around those symbols. Thorough
mode (still images, an occasional live frame) also tries the whole image: at full resolution,
inverted, upscaled, equalised, and OpenCV's curved-surface detector for codes on fabric.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np
import zxingcpp

from checkin.core.symbologies import DEFAULT_SYMBOLOGIES, parse_symbologies
from checkin.scanning import variants
from checkin.scanning.variants import Options, Variant

log = logging.getLogger("checkin.scan")

Corners = tuple[tuple[int, int], ...]
Box = tuple[int, int, int, int]

_ZXING: dict[str, zxingcpp.BarcodeFormat] = {
    "qr": zxingcpp.BarcodeFormat.QRCode,
    "microqr": zxingcpp.BarcodeFormat.MicroQRCode,
    "aztec": zxingcpp.BarcodeFormat.Aztec,
    "datamatrix": zxingcpp.BarcodeFormat.DataMatrix,
    "pdf417": zxingcpp.BarcodeFormat.PDF417,
}
_MAX_HINTS = 2  # crops tried per frame: bounds the cost of a frame full of false detections
_SMALL_SIDE = 1000  # images smaller than this are upscaled whole in thorough mode
# The first read of a large frame looks at a copy with about this many lines: a ticket a desk
# camera can read spans well over 100 of 1080 lines, so its modules survive halving.
_FIRST_READ_LINES = 540


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


def first_read_factor(height: int, width: int) -> int:
    """By how much the first read of a frame this size is downscaled (1: not at all)."""
    return max(min(height, width) // _FIRST_READ_LINES, 1)


class Decoder:
    """Reads the codes in BGR or grayscale frames. Never raises on image content.

    `formats` are symbology names (`checkin.core.symbologies`); QR only by default.
    """

    def __init__(
        self, formats: Iterable[str] = DEFAULT_SYMBOLOGIES, *, opencv: bool = True
    ) -> None:
        self.formats = parse_symbologies(formats)
        wanted = [_ZXING[name] for name in self.formats]
        # QR first: when the event also uses other symbologies, they are searched only in
        # frames where no QR code was read.
        first = [f for f in wanted if f == zxingcpp.BarcodeFormat.QRCode] or wanted
        rest = [f for f in wanted if f not in first]
        self._passes = [zxingcpp.BarcodeFormats(first)]
        if rest:
            self._passes.append(zxingcpp.BarcodeFormats(rest))
        self._all = zxingcpp.BarcodeFormats(wanted)
        # OpenCV's detectors read QR only.
        self.opencv = opencv and "qr" in self.formats
        self._cv_detector = cv2.QRCodeDetector() if self.opencv else None

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
        gray = _gray(image)
        height, width = gray.shape[:2]
        factor = first_read_factor(height, width)
        first = gray
        if factor > 1:
            # INTER_AREA by a whole factor averages blocks of pixels: fast, and it halves the
            # sensor noise the detectors would otherwise chase.
            first = cv2.resize(
                gray, (width // factor, height // factor), interpolation=cv2.INTER_AREA
            )
        found, hints = self._search(first, 1.0 / factor, (width, height))
        if found:
            return found
        crop_variants = variants.CROP
        if factor > 1:
            crop_variants = variants.FULL_RESOLUTION + crop_variants
        covered = 0
        for x, y, w, h in hints[:_MAX_HINTS]:
            crop = gray[y : y + h, x : x + w]
            covered = max(covered, w * h)
            for result in self._attempts(crop, crop_variants, x, y):
                return result
        if not thorough or covered >= 0.8 * gray.size:
            return []
        small = max(gray.shape) < _SMALL_SIDE
        whole = variants.WHOLE + variants.SMALL if small else variants.WHOLE
        if factor > 1:
            whole = variants.FULL_RESOLUTION + whole
        # OpenCV's curved search costs ~200 ms on a whole 720p frame: crops only, there.
        for result in self._attempts(gray, whole, 0, 0, curved=small):
            return result
        return []

    def _search(
        self, image: np.ndarray, scale: float, bounds: tuple[int, int]
    ) -> tuple[list[Decoded], list[Box]]:
        """The first read: QR, then the event's other symbologies if no QR code was read."""
        hints: list[Box] = []
        for formats in self._passes:
            found, seen = self._read(image, 0, 0, scale, formats=formats, bounds=bounds)
            if found:
                return found, []
            hints.extend(seen)
        return [], _distinct(hints)

    def _attempts(
        self, gray: np.ndarray, tries: Sequence[Variant], dx: int, dy: int, curved: bool = True
    ) -> Iterator[list[Decoded]]:
        for name, make in tries:
            variant, scale, options = make(gray)
            found, _ = self._read(variant, dx, dy, scale, options=options)
            if found:
                log.debug("Read a code after the %s attempt", name)
                yield found
        found = self._opencv_curved(gray, dx, dy) if curved else []
        if found:
            log.debug("Read a code with OpenCV's curved-surface detector")
            yield found

    def _read(
        self,
        image: np.ndarray,
        dx: int,
        dy: int,
        scale: float = 1.0,
        *,
        formats: zxingcpp.BarcodeFormats | None = None,
        bounds: tuple[int, int] | None = None,
        options: Options | None = None,
    ) -> tuple[list[Decoded], list[Box]]:
        """zxing-cpp on one image: the codes read, and boxes (in the coordinates `bounds`
        describes, the source image's) of symbols it saw but could not read."""
        results = zxingcpp.read_barcodes(
            image,
            formats=self._all if formats is None else formats,
            text_mode=zxingcpp.TextMode.Plain,
            return_errors=True,
            **(options or {}),  # type: ignore[arg-type]
        )
        found: list[Decoded] = []
        hints: list[tuple[int, int, int, int, int]] = []
        width, height = bounds or (image.shape[1], image.shape[0])
        for result in results:
            corners = _corners(result.position, dx, dy, scale)
            if result.valid:
                raw = bytes(result.bytes)
                found.append(
                    Decoded(raw, payload_text(raw, result.text), result.format.name, corners)
                )
            else:
                hints.append(_hint_box(corners, width, height, result.format.name))
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
    corners: Corners, width: int, height: int, fmt: str
) -> tuple[int, int, int, int, int]:
    """A box around a symbol zxing-cpp located, with room for its quiet zone."""
    xs = [p[0] for p in corners]
    ys = [p[1] for p in corners]
    side = max(max(xs) - min(xs), max(ys) - min(ys), 8)
    margin = side + 8
    x0, y0 = max(min(xs) - margin, 0), max(min(ys) - margin, 0)
    x1, y1 = min(max(xs) + margin, width), min(max(ys) + margin, height)
    # Full-size QR symbols first: stray "Micro QR" sightings in textures are the usual noise.
    priority = 1 if fmt == "QRCode" else 0
    return x0, y0, max(x1 - x0, 1), max(y1 - y0, 1), priority


def _distinct(boxes: list[Box]) -> list[Box]:
    """Boxes that are not mostly inside one kept before (one symbol is often seen twice)."""
    kept: list[Box] = []
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
