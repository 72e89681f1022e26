"""The live decoder on frames that look like a real desk: texture, clutter, sensor noise, JPEG,
and tickets on an angled phone, in a plastic sleeve with glare, on a dark-mode screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.scanning import Backoff, CaptureLoop, Decoder, parse_source
from tests.desk_scenes import FULL_HD, HD, Ticket, desk_frame
from tests.qr_media import write_video
from tests.test_capture import Recorder

HARD_TICKETS = {
    "angled-phone": Ticket("CK-ABCDEFGH-IJKLMN", size=0.2, angle=35, tilt=0.3, kind="phone"),
    "sleeve-glare": Ticket("CK-SLEEVE42-XYZ", size=0.2, angle=60, tilt=0.35, kind="sleeve"),
    "dark-mode": Ticket("CK-DARKMODE-77", size=0.2, angle=-20, tilt=0.2, kind="dark-phone"),
    "small-paper": Ticket("CK-PAPER-0001", size=0.14, angle=10, tilt=0.15, kind="paper"),
}


@pytest.fixture(scope="module")
def decoder() -> Decoder:
    return Decoder()


@pytest.mark.parametrize("size", [HD, FULL_HD], ids=["720p", "1080p"])
@pytest.mark.parametrize("case", list(HARD_TICKETS))
def test_the_live_path_reads_hard_tickets(
    decoder: Decoder, case: str, size: tuple[int, int]
) -> None:
    ticket = HARD_TICKETS[case]
    frame = desk_frame([ticket], size=size, seed=3)
    found = decoder.decode(frame)  # one live frame, no thorough attempts
    assert [item.text for item in found] == [ticket.payload]
    # The outline is drawn where the ticket is, in the frame's own coordinates.
    xs = [x for x, _ in found[0].corners]
    assert 0.25 * size[0] < min(xs) < max(xs) < 0.75 * size[0]


@pytest.mark.parametrize("size", [HD, FULL_HD], ids=["720p", "1080p"])
def test_an_empty_textured_desk_reads_nothing(decoder: Decoder, size: tuple[int, int]) -> None:
    for seed in range(3):
        frame = desk_frame(size=size, seed=seed)
        assert decoder.decode(frame) == []
        assert decoder.decode(frame, thorough=True) == []


def test_a_noisy_1080p_camera_scans_each_ticket_once(tmp_path: Path) -> None:
    frames = []
    for i, ticket in enumerate(HARD_TICKETS.values()):
        frames += [desk_frame(size=FULL_HD, seed=100 + i)] * 4  # the previous attendee leaves
        frames += [desk_frame([ticket], size=FULL_HD, seed=i)] * 8
    video = write_video(tmp_path / "desk-1080p.avi", frames)
    recorder = Recorder()
    loop = CaptureLoop(
        parse_source(str(video)), on_scans=recorder.on_scans, backoff=Backoff(first=5.0)
    )
    loop.start()
    try:
        assert recorder.wait_for(lambda: len(recorder.scans) >= len(HARD_TICKETS))
    finally:
        assert loop.stop()
    assert recorder.codes == [ticket.payload for ticket in HARD_TICKETS.values()]
