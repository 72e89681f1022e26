"""The decoder on generated scenes, hostile payloads and the real sample photos."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
import qrcode
import zxingcpp

from checkin.scanning.decoder import Decoder
from tests.conftest import QR_SAMPLES
from tests.qr_media import aztec_image, qr_image, scene

BINARY = bytes(range(256))


@pytest.fixture(scope="module")
def decoder() -> Decoder:
    return Decoder()


@pytest.mark.parametrize(
    "options",
    [{}, {"angle": 33.0}, {"blur": 1.5}, {"invert": True}],
    ids=["plain", "rotated", "blurred", "inverted"],
)
def test_reads_generated_scenes(decoder: Decoder, options: dict[str, object]) -> None:
    frame = scene([(qr_image("CK-ABCDEFGH-IJKLMN"), 200, 120)], **options)  # type: ignore[arg-type]
    found = decoder.decode(frame)
    assert [item.text for item in found] == ["CK-ABCDEFGH-IJKLMN"]
    xs = [x for x, _ in found[0].corners]
    assert len(found[0].corners) == 4
    assert 180 < min(xs) < max(xs) < 460


def test_reads_two_codes(decoder: Decoder) -> None:
    frame = scene([(qr_image("FIRST-1"), 20, 100), (qr_image("SECOND-2"), 360, 100)])
    assert sorted(item.text for item in decoder.decode(frame)) == ["FIRST-1", "SECOND-2"]


def test_small_blurred_code_is_read_by_the_thorough_search(decoder: Decoder) -> None:
    tiny = cv2.resize(qr_image("ABCD-1", box=1, border=2), None, fx=2.0, fy=2.0)
    frame = scene([(tiny, 300, 200)], blur=0.6)
    thorough = decoder.decode(frame, thorough=True)
    assert [item.text for item in thorough] == ["ABCD-1"]


@pytest.mark.parametrize(
    "payload",
    [
        BINARY,
        "ÿ\x00\x01\x1b[31m\x7fcontrol".encode("latin-1"),
        "TICKET 42 " * 300,
        "Łukasz Ødegård – 日本語".encode(),
        b"\x82\xa0\x82\xa2\xff\xfe",  # Shift-JIS-like bytes, not UTF-8
    ],
    ids=["binary", "control", "3kb", "utf8", "not-utf8"],
)
def test_any_payload_is_returned_intact(decoder: Decoder, payload: str | bytes) -> None:
    code = qr_image(payload, box=3, ec=qrcode.constants.ERROR_CORRECT_L)
    frame = scene([(code, 10, 10)], size=(900, 900))
    found = decoder.decode(frame, thorough=True)
    raw = payload.encode() if isinstance(payload, str) else payload
    assert [item.raw for item in found] == [raw]
    assert isinstance(found[0].text, str)


@pytest.mark.parametrize(
    "image",
    [
        np.zeros((0, 0, 3), np.uint8),
        np.zeros((1, 1), np.uint8),
        np.full((5, 700, 3), 255, np.uint8),
        np.random.default_rng(1).integers(0, 255, (480, 640, 3), dtype=np.uint8),
        np.zeros((64, 64, 4), np.uint8),
        np.zeros((8, 8, 8, 3), np.uint8),
    ],
    ids=["empty", "pixel", "strip", "noise", "bgra", "four-d"],
)
def test_hostile_images_give_nothing(decoder: Decoder, image: np.ndarray) -> None:
    assert decoder.decode(image, thorough=True) == []


def _samples() -> list[tuple[Path, bytes]]:
    if not QR_SAMPLES.is_dir():
        return []
    return [
        (path, path.with_suffix(".txt").read_bytes())
        for path in sorted(QR_SAMPLES.glob("*/*"))
        if path.suffix.lower() in {".webp", ".png", ".jpg", ".jpeg"}
        and path.with_suffix(".txt").exists()
    ]


@pytest.mark.skipif(not _samples(), reason="sample QR photos are not available")
def test_reads_more_sample_photos_than_raw_zxing(decoder: Decoder) -> None:
    ours = raw = 0
    samples = _samples()
    for path, expected in samples:
        image = cv2.imread(str(path))
        ours += any(item.raw == expected for item in decoder.decode(image, thorough=True))
        raw += any(bytes(r.bytes) == expected for r in zxingcpp.read_barcodes(image))
    assert ours >= raw
    assert ours >= 60, f"read {ours} of {len(samples)}"


def test_other_symbologies_only_when_the_event_uses_them() -> None:
    frame = scene([(aztec_image("CK-AZTEC-42"), 200, 120)])
    assert Decoder().decode(frame, thorough=True) == []  # QR only by default
    found = Decoder(("qr", "aztec")).decode(frame)
    assert [(item.text, item.format) for item in found] == [("CK-AZTEC-42", "Aztec")]
    both = scene([(aztec_image("CK-AZTEC-42"), 20, 100), (qr_image("CK-QR-1"), 340, 100)])
    # QR first: the frame's QR code is read without paying for the Aztec search.
    assert [item.text for item in Decoder(("aztec", "qr")).decode(both)] == ["CK-QR-1"]


@pytest.mark.parametrize("names", [(), ("qr", "ean13"), ("",)])
def test_unknown_or_no_symbology_is_one_sentence(names: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match=r"^(Unknown ticket format 'ean13'|Name at least one)"):
        Decoder(names)
