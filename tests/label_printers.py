"""Fake label printers on 127.0.0.1 that record every byte, and decoders for what they received.

`FakeQL` speaks the Brother QL side of the raster protocol: it answers `ESC i S` with a 32-byte
status (its roll, or the fault the test set), and after a job's final `^Z` says "printing
completed". `FakeZebra` answers `~HS` and prints each `^XA…^XZ` format, or holds it while out of
paper as a Zebra does. Either can cut its connection after a number of bytes (`cut_after`).
Both serve one connection at a time, as a label printer does, on a free port.
"""

from __future__ import annotations

import base64
import contextlib
import io
import re
import select
import socket
import struct
import threading
import zlib
from pathlib import Path

from brother_ql.reader import OPCODES, BrotherQLReader, match_opcode
from PIL import Image


class FakePrinter:
    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.server.getsockname()[1])
        self.connections: list[bytes] = []  # every byte each connection brought, in order
        self.cut_after: int | None = None  # cut the next connection after this many bytes
        self.mute = False  # a printer whose network module never answers
        self.lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="test-label-printer")
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(10)
        self.server.close()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            ready, _, _ = select.select([self.server], [], [], 0.05)
            if not ready:
                continue
            client, _ = self.server.accept()
            with client:
                self._talk(client)

    def _talk(self, client: socket.socket) -> None:
        received = bytearray()
        index = len(self.connections)
        with self.lock:
            self.connections.append(b"")
        try:
            while not self._stopping.is_set():
                ready, _, _ = select.select([client], [], [], 0.05)
                if not ready:
                    continue
                data = client.recv(65536)
                if not data:
                    return
                if self.cut_after is not None and len(received) + len(data) >= self.cut_after:
                    data = data[: self.cut_after - len(received)]
                    received += data
                    self.cut_after = None
                    # RST, not FIN: the cable pulled, the printer switched off mid-job.
                    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                received += data
                for reply in self.take(bytes(data)):
                    if not self.mute:
                        client.sendall(reply)
        except OSError:
            return
        finally:
            with self.lock:
                self.connections[index] = bytes(received)

    def take(self, data: bytes) -> list[bytes]:
        raise NotImplementedError


def ql_reply(status: int, phase: int = 0, *, media_mm: int = 62, die_cut: bool = True,
             error1: int = 0, error2: int = 0) -> bytes:  # fmt: skip
    """A QL-820NWB's 32-byte status: status 0 = reply, 1 = printing completed, 2 = error, 6 =
    phase change; errors as in Brother's raster command reference."""
    media_type = 0 if not media_mm else (0x0B if die_cut else 0x0A)
    reply = bytearray(32)
    reply[0:8] = b"\x80\x20\x42\x34\x41\x30\x30\x00"
    reply[8], reply[9] = error1, error2
    reply[10], reply[11] = media_mm, media_type
    reply[17] = 100 if die_cut and media_mm else 0
    reply[18], reply[19] = status, phase
    return bytes(reply)


class FakeQL(FakePrinter):
    def __init__(self, media_mm: int = 62, die_cut: bool = True) -> None:
        self.media_mm, self.die_cut = media_mm, die_cut
        self.error1 = self.error2 = 0
        self.pending = b""
        self.printed = 0
        super().__init__()

    def reply(self, status: int, phase: int = 0) -> bytes:
        return ql_reply(status, phase, media_mm=self.media_mm, die_cut=self.die_cut,
                        error1=self.error1, error2=self.error2)  # fmt: skip

    def take(self, data: bytes) -> list[bytes]:
        self.pending += data
        replies = []
        while self.pending:
            size = _instruction_size(self.pending)
            if size is None or size > len(self.pending):
                break
            name = OPCODES[match_opcode(self.pending)][0]
            self.pending = self.pending[size:]
            if name == "status request":
                replies.append(self.reply(0))
            elif name == "print":
                if self.error1 or self.error2:
                    replies.append(self.reply(2))
                else:
                    self.printed += 1
                    replies += [self.reply(6, 1), self.reply(1, 1), self.reply(6, 0)]
        return replies


def _instruction_size(data: bytes) -> int | None:
    try:
        opcode = match_opcode(data)
    except AssertionError:
        return None if len(data) < 5 else 1
    size = len(opcode) + max(OPCODES[opcode][1], 0)
    if "raster" in OPCODES[opcode][0]:
        return None if len(data) < 3 else size + data[2] + 2
    return size


class FakeZebra(FakePrinter):
    def __init__(self) -> None:
        self.paper_out = False
        self.head_up = False
        self.held: list[bytes] = []  # formats taken while out of paper, printed on reload
        self.printed: list[bytes] = []
        self.pending = b""
        super().__init__()

    def load_paper(self) -> None:
        with self.lock:
            self.paper_out = False
            self.printed += self.held
            self.held = []

    def take(self, data: bytes) -> list[bytes]:
        self.pending += data
        replies = []
        while True:
            status, end = self.pending.find(b"~HS"), self.pending.find(b"^XZ")
            if status >= 0 and (end < 0 or status < end):
                self.pending = self.pending[status + 3 :]
                replies.append(self.host_status())
            elif end >= 0:
                start = self.pending.find(b"^XA")
                label, self.pending = self.pending[start : end + 3], self.pending[end + 3 :]
                with self.lock:
                    (self.held if self.paper_out or self.head_up else self.printed).append(label)
            else:
                return replies

    def host_status(self) -> bytes:
        waiting = len(self.held)
        first = f"030,{int(self.paper_out)},0,1245,{waiting:03d},0,0,0,000,0,0,0"
        second = f"001,0,{int(self.head_up)},0,0,2,4,0,{waiting:08d},1,000"
        return f"\x02{first}\x03\r\n\x02{second}\x03\r\n\x021234,0\x03\r\n".encode()


def ql_images(job: bytes, folder: Path) -> list[Image.Image]:
    """The labels a QL would print from these bytes, read back by brother_ql's own reader."""
    folder.mkdir(parents=True, exist_ok=True)
    reader = BrotherQLReader(io.BufferedReader(io.BytesIO(job)))  # type: ignore[arg-type]
    reader.filename_fmt = str(folder / "label{counter:04d}.png")
    with contextlib.redirect_stdout(io.StringIO()):
        reader.analyse()
    return [Image.open(path).convert("1") for path in sorted(folder.glob("label*.png"))]


_GF = re.compile(rb"\^GFA,(\d+),(\d+),(\d+),:Z64:([A-Za-z0-9+/=]+):([0-9a-fA-F]{4})")


def zpl_images(job: bytes) -> list[Image.Image]:
    """Each format's `^GF` graphic field as an image (ZPL: a 1 bit is a printed dot)."""
    images = []
    for match in _GF.finditer(job):
        total, bytes_per_row = int(match.group(2)), int(match.group(3))
        data = zlib.decompress(base64.b64decode(match.group(4)))
        assert len(data) == total
        printed_white = bytes(255 - b for b in data)  # PIL's "1": a 1 bit is white
        size = (bytes_per_row * 8, total // bytes_per_row)
        images.append(Image.frombytes("1", size, printed_white))
    return images
