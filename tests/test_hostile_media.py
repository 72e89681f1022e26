"""Hostile and broken media: huge declared sizes are refused before decoding, and damaged
files and missing cameras give the desk's one sentence without native libraries' log lines."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import cv2
import pytest

from checkin.scanning import Backoff, CaptureLoop, UnreadableFile, decode_file, parse_source
from tests.cli import checkin
from tests.qr_media import moving, qr_image, scene, truncate, write_video
from tests.test_capture import Recorder


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def png(width: int, height: int, rows: int = 0) -> bytes:
    """A PNG declaring width×height RGB pixels, holding only `rows` rows of them (or none)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
    if rows:
        body += _chunk(b"IDAT", zlib.compress(b"\x00" * (width * 3 + 1) * rows, 9))
    return body + _chunk(b"IEND", b"")


def test_an_image_declaring_a_huge_size_is_refused_before_decoding(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png(20000, 20000, rows=4))
    assert bomb.stat().st_size < 2000
    result = checkin("decode", str(bomb), "--json")
    assert result.code == 2
    sentence = (
        f"{bomb} declares a 20000×20000 picture (400 megapixels), more than the 50 megapixels "
        "the desk decodes; it was not read."
    )
    assert result.err == f"checkin: {sentence}\n"
    assert result.json() == {"file": str(bomb), "payloads": [], "error": sentence}


@pytest.mark.parametrize("kind", ["jpg", "webp", "tiff", "bmp"])
def test_other_formats_declaring_a_huge_size_are_refused_too(tmp_path: Path, kind: str) -> None:
    ok, data = cv2.imencode(f".{kind}", scene([(qr_image("BIG-1"), 100, 100)]))
    assert ok
    path = tmp_path / f"photo.{kind}"
    path.write_bytes(data.tobytes())
    assert [d.text for d in decode_file(path).decoded] == ["BIG-1"]
    with pytest.raises(UnreadableFile, match=r"declares a 640×480 picture .* not read\.$"):
        decode_file(path, max_pixels=100_000)


def test_a_header_only_image_is_one_sentence_and_nothing_else(tmp_path: Path) -> None:
    empty = tmp_path / "header-only.png"
    empty.write_bytes(png(640, 480))
    cut = tmp_path / "cut.png"
    _, data = cv2.imencode(".png", scene([(qr_image("CUT-1"), 100, 100)]))
    cut.write_bytes(data.tobytes()[: len(data) // 2])
    result = checkin("decode", str(empty), str(cut))
    assert result.code == 2
    assert result.err.splitlines() == [
        f"checkin: {empty} is a PNG image that cannot be decoded (damaged or cut short).",
        f"checkin: {cut} is a PNG image that cannot be decoded (damaged or cut short).",
    ]


def test_a_cut_video_is_read_as_far_as_it_goes_without_ffmpeg_noise(tmp_path: Path) -> None:
    video = truncate(write_video(tmp_path / "cut.avi", moving("CUT-VIDEO-1", frames=30)), 0.4)
    result = checkin("decode", str(video))
    assert result.code == 0
    assert result.out == f"{video}: CUT-VIDEO-1\n"
    assert result.err == ""


def test_a_video_over_the_pixel_budget_is_refused_before_any_frame(tmp_path: Path) -> None:
    video = write_video(tmp_path / "wide.avi", moving("WIDE-1", frames=5))
    with pytest.raises(UnreadableFile, match=r"has frames of a 640×480 picture"):
        decode_file(video, max_pixels=100_000)


def test_a_missing_camera_keeps_the_terminal_quiet(
    capfd: pytest.CaptureFixture[str],
) -> None:
    recorder = Recorder()
    loop = CaptureLoop(
        parse_source("57"),  # no machine has a 58th camera
        on_state=recorder.on_state,
        backoff=Backoff(first=0.01, maximum=0.02),
    )
    loop.start()
    try:
        assert recorder.wait_for(lambda: recorder.states)
    finally:
        assert loop.stop()
    assert recorder.states[0] == (
        "Camera 57 is missing or in use by another program. Retrying in the background."
    )
    captured = capfd.readouterr()
    assert "WARN" not in captured.err and "camera" not in captured.err, captured.err


def _gif(width: int, height: int) -> bytes:
    size = struct.pack("<HH", width, height)
    return b"GIF89a" + size + b"\0\0\0" + b",\0\0\0\0" + size + b"\0\x02\x02D\x01\0;"


def _bmp(width: int, height: int) -> bytes:
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, 0, 0, 0, 0, 0)
    return b"BM" + struct.pack("<IHHI", 1000, 0, 0, 54) + info


@pytest.mark.parametrize(
    ("name", "data", "megapixels"),
    [("bomb.gif", _gif(65535, 65535), 4295), ("bomb.bmp", _bmp(30000, 30000), 900)],
)
def test_headers_beyond_pillows_own_limit_are_refused_with_the_pixel_count(
    tmp_path: Path, name: str, data: bytes, megapixels: int
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableFile) as refused:
        decode_file(path)
    assert str(refused.value) == (
        f"{path} declares a picture of {megapixels} megapixels, more than the 50 megapixels "
        "the desk decodes; it was not read."
    )
