"""Decoder benchmark: the project's decoder beside raw zxing-cpp on the same frames, same run.

Run: `python -m benchmarks decode` (or `python benchmarks/bench_decode.py [SAMPLES_DIR]`).

Sets: the real sample photos (if present), clean generated 720p frames, and generated frames
that look like a desk camera's (textured, cluttered, noisy, JPEG'd; tickets on paper, angled
phones, plastic sleeves and dark-mode screens at several sizes and angles) at 720p and 1080p.
The baseline is raw zxing-cpp as anyone would call it: `read_barcodes(frame,
formats=QRCode)` with default options on the frame as captured. The video part (capture →
verdict latency, `checkin decode VIDEO` against a raw loop, whole processes) is in
`benchmarks/decode_video.py`.

Goals (issue): live ≤ 1.2× raw per frame with at least as many frames read; `checkin decode
VIDEO` ≤ 1.3× a raw zxing-cpp loop; sample photos ≥ 61/66.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import p, table
from checkin.scanning import Decoder
from tests.desk_scenes import FULL_HD, HD, frame_set
from tests.qr_media import qr_image, scene

DEFAULT_SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "qr-samples"
ROUNDS = 3  # each frame is read this many times by each reader, interleaved; median kept
QR = zxingcpp.BarcodeFormat.QRCode
# What the live path searched before the event's formats became a setting.
FIVE_FORMATS = [
    QR,
    zxingcpp.BarcodeFormat.MicroQRCode,
    zxingcpp.BarcodeFormat.Aztec,
    zxingcpp.BarcodeFormat.DataMatrix,
    zxingcpp.BarcodeFormat.PDF417,
]

Reader = Callable[[np.ndarray], list[bytes]]
Frames = list[tuple[np.ndarray, bytes]]


def samples(folder: Path) -> Frames:
    pairs = []
    for path in sorted(folder.glob("*/*")):
        text = path.with_suffix(".txt")
        if path.suffix.lower() in {".webp", ".png", ".jpg", ".jpeg"} and text.exists():
            pairs.append((cv2.imread(str(path)), text.read_bytes()))
    return pairs


def clean_frames() -> Frames:
    frames = []
    for i in range(12):
        payload = f"CK-ABCDEFG{i % 8 + 2}-IJKLMN".encode()
        code = qr_image(payload, box=5)
        options: dict[str, object] = [{}, {"blur": 1.2}, {"angle": 20.0}, {"invert": True}][i % 4]
        frames.append((scene([(code, 100 + 60 * i, 150)], size=HD, **options), payload))  # type: ignore[arg-type]
    return frames + [(scene([], size=HD), b"") for _ in range(4)]


def raw(**options: object) -> Reader:
    """zxing-cpp as anyone would call it, QR only unless `formats` is given."""
    return lambda image: read_with(image, dict(options))


def read_with(image: np.ndarray, options: dict[str, object]) -> list[bytes]:
    formats = options.pop("formats", QR)
    found = zxingcpp.read_barcodes(image, formats=formats, **options)  # type: ignore[arg-type]
    return [bytes(r.bytes) for r in found]


def half_gray(image: np.ndarray) -> list[bytes]:
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    small = cv2.resize(gray, (gray.shape[1] // 2, gray.shape[0] // 2), interpolation=cv2.INTER_AREA)
    return [bytes(r.bytes) for r in zxingcpp.read_barcodes(small, formats=QR)]


def measure(readers: list[tuple[str, Reader]], data: Frames) -> dict[str, tuple[int, list[float]]]:
    """Per reader: frames read correctly, and per-frame milliseconds (median of ROUNDS)."""
    hits = {name: 0 for name, _ in readers}
    times: dict[str, list[float]] = {name: [] for name, _ in readers}
    for image, expected in data:
        for name, read in readers:  # interleaved: background load hits every reader alike
            samples = []
            for _ in range(ROUNDS):
                began = time.perf_counter()
                found = read(image)
                samples.append((time.perf_counter() - began) * 1000)
            times[name].append(statistics.median(samples))
            hits[name] += bool(expected) and expected in found
    return {name: (hits[name], times[name]) for name, _ in readers}


def report(
    title: str, readers: list[tuple[str, Reader]], data: Frames
) -> dict[str, tuple[int, list[float]]]:
    results = measure(readers, data)
    wanted = sum(bool(expected) for _, expected in data)
    rows = [
        [name, f"{hits} / {wanted}", p(ms, 50), p(ms, 95)] for name, (hits, ms) in results.items()
    ]
    print(table(title, ["decoder", "decoded", "p50 ms", "p95 ms"], rows))
    print()
    return results


def project(decoder: Decoder, thorough: bool) -> Reader:
    return lambda image: [d.raw for d in decoder.decode(image, thorough=thorough)]


def textured(size: tuple[int, int], label: str) -> str:
    decoder = Decoder()
    readers: list[tuple[str, Reader]] = [
        ("baseline: raw zxing-cpp, QR, default options", raw()),
        ("project decoder, live", project(decoder, False)),
        ("project decoder, thorough", project(decoder, True)),
        ("zxing-cpp QR, try_downscale=False", raw(try_downscale=False)),
        ("zxing-cpp QR, half-size grey copy", half_gray),
        ("zxing-cpp, all five 2-D formats (old live)", raw(formats=FIVE_FORMATS)),
    ]
    data = frame_set(size, 40, seed=size[1])
    wanted = sum(bool(expected) for _, expected in data)
    results = report(
        f"Textured, noisy {label} frames ({wanted} with a ticket, {len(data) - wanted} empty)",
        readers,
        data,
    )
    raw_hits, raw_ms = results[readers[0][0]]
    live_hits, live_ms = results[readers[1][0]]
    p50, p95 = p(live_ms, 50) / p(raw_ms, 50), p(live_ms, 95) / p(raw_ms, 95)
    met = "met" if p50 <= 1.2 and live_hits >= raw_hits else "NOT met"
    return f"| {label} | {p50:.2f}× | {p95:.2f}× | {live_hits} vs {raw_hits} | {met} |"


def main() -> None:
    # Run directly, the first argument may name the samples; run by `python -m benchmarks`, the
    # arguments are benchmark names.
    given = Path(sys.argv[1]) if __name__ == "__main__" and len(sys.argv) > 1 else None
    folder = given or DEFAULT_SAMPLES
    decoder = Decoder()
    still: list[tuple[str, Reader]] = [
        ("project decoder, thorough (stills)", project(decoder, True)),
        ("project decoder, live", project(decoder, False)),
        ("baseline: raw zxing-cpp, QR, default options", raw()),
    ]
    if folder.is_dir():
        hits, _ = report(f"Sample photos ({folder.name})", still, samples(folder))[still[0][0]]
        print(f"Sample photos read by the thorough path: {hits} (goal ≥ 61)\n")
    else:
        print(f"No sample photos at {folder}; skipping that table.\n")
    report("Clean generated 1280×720 frames (12 with a code, 4 empty)", still, clean_frames())
    ratios = [textured(HD, "1280×720"), textured(FULL_HD, "1920×1080")]
    print("### Live path against raw zxing-cpp, same frames (goal ≤ 1.2×, at least as many read)\n")
    print("| frames | p50 ratio | p95 ratio | read: live vs raw | goal |")
    print("|---|---|---|---|---|")
    print("\n".join(ratios))
    print()
    from benchmarks import decode_video

    decode_video.main()


if __name__ == "__main__":
    main()
