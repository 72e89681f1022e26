"""`checkin decode`: images and videos in, payloads out; unreadable inputs reported."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import pytest

from checkin.cli import main
from tests.qr_media import aztec_image, moving, qr_image, scene, write_video


def test_decode_images_and_videos_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    image = tmp_path / "ticket.webp"
    cv2.imwrite(str(image), scene([(qr_image("CK-ABCDEFGH-IJKLMN"), 100, 100)]))
    video = write_video(tmp_path / "clip.avi", moving("Zoë\x07", frames=8))
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), scene([]))
    assert main(["decode", str(image), str(video), str(blank), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines == [
        {"file": str(image), "payloads": ["CK-ABCDEFGH-IJKLMN"]},
        {"file": str(video), "payloads": ["Zoë\x07"]},
        {"file": str(blank), "payloads": []},
    ]


def test_unreadable_inputs_exit_2_but_others_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.png"
    cv2.imwrite(str(good), scene([(qr_image("ABCD-1"), 100, 100)]))
    junk = tmp_path / "notes.txt"
    junk.write_text("not a picture")
    missing = tmp_path / "gone.png"
    assert main(["decode", str(junk), str(good), str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"{good}: ABCD-1"]
    assert captured.err.splitlines() == [
        f"checkin: {junk} is neither an image nor a video OpenCV can read.",
        f"checkin: {missing} does not exist.",
    ]


def test_other_symbologies_are_looked_for_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    image = tmp_path / "rail.png"
    cv2.imwrite(str(image), scene([(aztec_image("CK-RAIL-7"), 100, 100)]))
    assert main(["decode", str(image)]) == 0
    assert capsys.readouterr().out == f"{image}: no code found\n"
    assert main(["decode", "--formats", "qr,aztec", str(image)]) == 0
    assert capsys.readouterr().out == f"{image}: CK-RAIL-7\n"
    assert main(["decode", "--formats", "ean13", str(image)]) == 2
    assert capsys.readouterr().err.startswith("checkin: --formats: Unknown ticket format")


def test_control_characters_are_escaped_in_plain_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    image = tmp_path / "ctl.png"
    cv2.imwrite(str(image), scene([(qr_image("A\x1b[2JB"), 100, 100)]))
    assert main(["decode", str(image)]) == 0
    assert capsys.readouterr().out == f"{image}: A\\u001b[2JB\n"
