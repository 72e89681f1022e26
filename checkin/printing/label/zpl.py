"""Zebra ZPL: badge images to a label format, and the printer's `~HS` host status.

The image becomes one `^GF` graphic field made by zebrafy (Z64: zlib and base64 with a CRC, the
most compact form every ZPL II printer reads); the format around it sets the print width and the
label length so the printer's own page setting cannot crop the badge.

`~HS` answers three bracketed lines (Zebra's ZPL II manual, "~HS Host Status Return"); the fields
read here are: line 1 — paper out, pause, formats waiting in the buffer, partial format; line 2 —
head up, ribbon out, labels remaining in the batch. A Zebra keeps a format it could not print and
prints it when the fault is cleared, so a fault after the job was taken is waiting, not failure.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image
from zebrafy.graphic_field import GraphicField

from checkin.printing.label.address import Media

HOST_STATUS = b"~HS\r\n"
STX, ETX = b"\x02", b"\x03"


class HostStatusError(ValueError):
    """The printer answered `~HS` with something that is not a host status."""


@dataclass(frozen=True)
class HostStatus:
    paper_out: bool
    paused: bool
    formats_waiting: int
    partial_format: bool
    head_up: bool
    ribbon_out: bool
    labels_remaining: int

    @property
    def problem(self) -> str:
        """One sentence for the desk ('' when the printer can print)."""
        if self.paper_out:
            return "Out of labels: load a new roll"
        if self.head_up:
            return "The print head is open: close it"
        if self.ribbon_out:
            return "Out of ribbon: load a new one"
        if self.paused:
            return "It is paused: press its pause button"
        return ""

    @property
    def idle(self) -> bool:
        """Nothing left to print: every format received has come out."""
        waiting = self.formats_waiting or self.labels_remaining or self.partial_format
        return not waiting


def zpl_job(images: list[Image.Image], media: Media) -> bytes:
    """One format per image (one label each), every image exactly the label's width."""
    formats = []
    for image in images:
        field = GraphicField(image, format="Z64").get_graphic_field()
        length = media.length or image.height
        # ^PW/^LL: this label's size; ^LH0,0: no home offset; ^PQ1: one copy, no pause.
        formats.append(f"^XA^PW{media.width}^LL{length}^LH0,0^FO0,0{field}^PQ1,0,1,N^XZ\r\n")
    return "".join(formats).encode("ascii")


def split_host_status(buffer: bytes) -> tuple[HostStatus | None, bytes]:
    """The first whole `~HS` answer in `buffer` (three STX…ETX lines) and what is left."""
    lines: list[str] = []
    rest = buffer
    while len(lines) < 3:
        start, end = rest.find(STX), rest.find(ETX)
        if start < 0 or end < 0:
            return None, buffer
        if end < start:
            rest = rest[end + 1 :]  # a tail of an earlier answer
            continue
        lines.append(rest[start + 1 : end].decode("ascii", errors="replace"))
        rest = rest[end + 1 :]
    return parse_host_status(lines), rest.lstrip(b"\r\n")


def parse_host_status(lines: list[str]) -> HostStatus:
    first, second = lines[0].split(","), lines[1].split(",")
    if len(first) < 8 or len(second) < 9:
        raise HostStatusError(f"Not a ZPL host status: {lines[0]!r}")
    try:
        return HostStatus(
            paper_out=first[1].strip() == "1",
            paused=first[2].strip() == "1",
            formats_waiting=int(first[4]),
            partial_format=first[7].strip() == "1",
            head_up=second[2].strip() == "1",
            ribbon_out=second[3].strip() == "1",
            labels_remaining=int(second[8]),
        )
    except ValueError as error:
        raise HostStatusError(f"Not a ZPL host status: {lines[0]!r}") from error
