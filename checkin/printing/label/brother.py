"""The Brother QL raster language: badge images to a print job, and the printer's status replies.

Both directions come from brother_ql (`brother-ql-next`, the maintained fork): its raster writer
makes the job and its reader interprets the 32-byte status reply the printer sends to `ESC i S`,
after each phase change, and when it finishes or stops. This module only turns that reply into
what the desk does next and the one sentence it shows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from brother_ql.conversion import convert
from brother_ql.raster import BrotherQLRaster
from brother_ql.reader import interpret_response
from PIL import Image

from checkin.printing.label.address import LabelAddress

log = logging.getLogger("checkin.print")

REPLY_SIZE = 32
REPLY_HEAD = b"\x80\x20\x42"
# 400 bytes of NUL clear a half-received job (the QL-800 family needs the most), then ESC i S.
STATUS_REQUEST = b"\x00" * 400 + b"\x1b\x40\x1bi\x53"
STATUS_ONLY = b"\x1bi\x53"  # after a job: no clearing, the job may still be printing

# The reader's error names → what the desk says. Errors about the roll mean the label did not
# come out (the printer drops the job): sending it again once the roll is changed is safe.
_ROLL = {
    "No media when printing": "Out of labels: load a new roll",
    "End of media (die-cut size only)": "Out of labels: load a new roll",
    "Media cannot be fed (also when the media end is detected)": (
        "Cannot feed the labels: check the roll"
    ),
    "Replace media error": "The labels need replacing: check the roll",
}
_OTHER = {
    "Tape cutter jam": "The cutter is jammed: clear it",
    "Cover opened while printing (Except QL-500)": "The cover is open: close it",
    "Printer turned off": "It is switched off",
    "Transmission / Communication error": "It reports a transmission error",
    "Expansion buffer full error": "Its memory is full: switch it off and on",
    "Communication buffer full error (not used)": "Its memory is full: switch it off and on",
    "System error": "It reports a system error: switch it off and on",
    "Fan doesn't work (QL-1050/1060N)": "Its fan has failed",
}


@dataclass(frozen=True)
class QlStatus:
    kind: str  # the reader's status type: "Reply to status request", "Printing completed", …
    problem: str  # '' when all is well, else one sentence
    roll_problem: bool  # the problem is the roll: the label did not print
    media_mm: int  # width of the loaded labels, 0 when none
    waiting: bool  # its phase is "waiting to receive": nothing is being printed


def ql_job(images: list[Image.Image], address: LabelAddress, *, compress: bool = False) -> bytes:
    """One job: every image is one label, cut after each. Images are exactly the label's width.

    Uncompressed by default: brother_ql's PackBits encoder is pure Python and costs 80–250 ms a
    badge, while the raw rows (about 100 kB for 62×100 mm) cross a network or USB link in a
    fraction of the time the label takes to print (`python -m benchmarks badges` shows both)."""
    raster = BrotherQLRaster(address.model)
    raster.exception_on_warning = False  # a model without a cutter or compression skips those
    return bytes(
        convert(
            raster,
            images,
            address.label,
            cut=True,
            dither=False,
            compress=compress,
            rotate=0,  # the images are already turned for the roll (see bitmap)
            threshold=50,  # the images are black and white already: any middle value will do
        )
    )


def parse_replies(buffer: bytes) -> tuple[list[QlStatus], bytes]:
    """Every whole status reply in `buffer`, and the bytes left over for the next read."""
    replies: list[QlStatus] = []
    while True:
        start = buffer.find(REPLY_HEAD)
        if start < 0:
            return replies, buffer[-2:]  # a reply's head may be split across reads
        if len(buffer) - start < REPLY_SIZE:
            return replies, buffer[start:]
        replies.append(read_status(buffer[start : start + REPLY_SIZE]))
        buffer = buffer[start + REPLY_SIZE :]


def read_status(reply: bytes) -> QlStatus:
    """One 32-byte status reply, as the desk reads it."""
    fields = interpret_response(reply)
    errors = [str(e) for e in fields["errors"]]
    roll = [_ROLL[e] for e in errors if e in _ROLL]
    other = [_OTHER.get(e, f"It reports: {e}") for e in errors if e not in _ROLL]
    problem = (other or roll or [""])[0]
    media_mm = int(fields["media_width"]) if fields["media_type"] != "No media" else 0
    waiting = fields["phase_type"] == "Waiting to receive"
    kind = str(fields["status_type"])
    return QlStatus(kind, problem, bool(roll) and not other, media_mm, waiting)


def check_ready(status: QlStatus, address: LabelAddress) -> str:
    """Why this printer must not get the job now ('' when it may)."""
    if status.problem:
        return status.problem
    if status.media_mm == 0:
        return "Out of labels: load a new roll"
    wanted = address.label.split("x")[0]
    if str(status.media_mm) != wanted:
        return (
            f"It has {status.media_mm} mm labels loaded, but this desk is set up for "
            f"{wanted} mm: load {wanted} mm labels or change the printer in Settings"
        )
    return ""
