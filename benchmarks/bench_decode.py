"""Decoder benchmark: the project's decoder beside raw zxing-cpp and OpenCV on the same frames.

Run from the repository root: `python benchmarks/bench_decode.py [SAMPLES_DIR]`.
Sets: the real sample photos (if present) and generated 1280×720 frames (codes in various
states plus empty frames). Also the capture-to-scan latency of the capture loop on a generated
720p video (frame read → debounced scan delivered).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkin.scanning import Backoff, CaptureLoop, Decoder, Scan, parse_source
from tests.qr_media import qr_image, scene, write_video

DEFAULT_SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "qr-samples"
HD = (1280, 720)


def samples(folder: Path) -> list[tuple[np.ndarray, bytes]]:
    pairs = []
    for path in sorted(folder.glob("*/*")):
        text = path.with_suffix(".txt")
        if path.suffix.lower() in {".webp", ".png", ".jpg", ".jpeg"} and text.exists():
            pairs.append((cv2.imread(str(path)), text.read_bytes()))
    return pairs


def hd_frames() -> list[tuple[np.ndarray, bytes]]:
    frames = []
    for i in range(12):
        payload = f"CK-ABCDEFG{i % 8 + 2}-IJKLMN".encode()
        code = qr_image(payload, box=5)
        options: dict[str, object] = [{}, {"blur": 1.2}, {"angle": 20.0}, {"invert": True}][i % 4]
        frames.append((scene([(code, 100 + 60 * i, 150)], size=HD, **options), payload))  # type: ignore[arg-type]
    empty = [(scene([], size=HD), b"") for _ in range(4)]
    return frames + empty


def opencv_reader(image: np.ndarray) -> list[bytes]:
    try:
        text, _, _ = cv2.QRCodeDetector().detectAndDecode(image)
    except (UnicodeDecodeError, cv2.error):
        return []
    return [text.encode()] if text else []


def measure(
    name: str, read: Callable[[np.ndarray], list[bytes]], data: list[tuple[np.ndarray, bytes]]
) -> str:
    times, hits = [], 0
    for image, expected in data:
        start = time.perf_counter()
        found = read(image)
        times.append((time.perf_counter() - start) * 1000)
        hits += bool(expected) and expected in found
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    wanted = sum(bool(expected) for _, expected in data)
    return (
        f"| {name:<34} | {hits:>3} / {wanted:<3} | {statistics.median(times):>8.2f} | {p95:>8.2f} |"
    )


def table(title: str, data: list[tuple[np.ndarray, bytes]]) -> None:
    decoder = Decoder()
    readers: list[tuple[str, Callable[[np.ndarray], list[bytes]]]] = [
        ("project decoder (live)", lambda im: [d.raw for d in decoder.decode(im)]),
        (
            "project decoder (thorough)",
            lambda im: [d.raw for d in decoder.decode(im, thorough=True)],
        ),
        (
            "raw zxing-cpp read_barcodes",
            lambda im: [bytes(r.bytes) for r in zxingcpp.read_barcodes(im)],
        ),
        ("OpenCV QRCodeDetector", opencv_reader),
    ]
    print(f"\n{title}\n")
    print(f"| {'decoder':<34} | decoded   | p50 ms   | p95 ms   |")
    print(f"|{'-' * 36}|-----------|----------|----------|")
    for name, read in readers:
        print(measure(name, read, data))


def latency() -> None:
    frames = [
        scene([(qr_image(f"LAT-{i // 20}", box=5), 200 + 4 * (i % 20), 150)], size=HD)
        for i in range(200)
    ]
    for i in range(len(frames)):
        if i % 20 >= 10:  # the code leaves the view, so the next one counts as a new scan
            frames[i] = scene([], size=HD)
    delays: list[float] = []
    done = threading.Event()
    with tempfile.TemporaryDirectory() as folder:
        video = write_video(Path(folder) / "latency.avi", frames)

        def on_scans(scans: list[Scan]) -> None:
            now = time.monotonic()
            delays.extend((now - scan.captured_at) * 1000 for scan in scans)

        loop = CaptureLoop(
            parse_source(str(video)),
            on_scans=on_scans,
            on_state=lambda s: done.set() if "stopped delivering" in s else None,
            backoff=Backoff(first=5.0),
        )
        loop.start()
        done.wait(60)
        loop.stop()
    delays.sort()
    if delays:
        p95 = delays[min(len(delays) - 1, int(len(delays) * 0.95))]
        print(
            f"\nCapture → scan delivered on 1280×720 video: {len(delays)} scans, "
            f"p50 {statistics.median(delays):.2f} ms, p95 {p95:.2f} ms"
        )


def main() -> None:
    # Run directly, the first argument may name the samples; run by `python -m benchmarks`, the
    # arguments are benchmark names.
    given = Path(sys.argv[1]) if __name__ == "__main__" and len(sys.argv) > 1 else None
    folder = given or DEFAULT_SAMPLES
    if folder.is_dir():
        table(f"Sample photos ({folder.name})", samples(folder))
    else:
        print(f"No sample photos at {folder}; skipping that table.")
    table("Generated 1280×720 frames (12 with a code, 4 empty)", hd_frames())
    latency()


if __name__ == "__main__":
    main()
