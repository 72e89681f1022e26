"""The wire to a label printer: a TCP connection to its raw port, or its USB printer device.

Both carry bytes both ways: the job out, the printer's status replies back. Every wait has a
limit, so a printer that hangs or a cable pulled mid-job costs the print queue seconds, never
its thread. Writing reports how far it got, because a job cut half-way may still have printed.
"""

from __future__ import annotations

import os
import select
import socket

from checkin.printing.label.address import LabelAddress

CONNECT_S = 3.0  # a printer on the desk's network answers at once; longer means it is not there
WRITE_S = 10.0  # a label printer takes a badge's bytes in well under a second


class LinkBroken(OSError):
    """The link failed while writing; `sent` bytes had already gone out."""

    def __init__(self, sent: int, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.sent = sent


class Link:
    """One open connection (or device) to one printer."""

    def __init__(self, address: LabelAddress) -> None:
        self.address = address
        self.sock: socket.socket | None = None
        self.fd = -1
        if address.device:
            self.fd = os.open(address.device, os.O_RDWR | os.O_NOCTTY)
        else:
            self.sock = socket.create_connection((address.host, address.port), CONNECT_S)
            # Small status requests go out at once instead of waiting for more bytes.
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def write(self, data: bytes) -> None:
        """Send all of `data`; raises LinkBroken (with how much went out) if the link fails."""
        sent = 0
        view = memoryview(data)
        try:
            while sent < len(data):
                if self.sock is not None:
                    self.sock.settimeout(WRITE_S)
                    sent += self.sock.send(view[sent:])
                else:
                    _, ready, _ = select.select([], [self.fd], [], WRITE_S)
                    if not ready:
                        raise TimeoutError("The printer stopped taking data.")
                    sent += os.write(self.fd, view[sent:])
        except OSError as error:
            raise LinkBroken(sent, error) from error

    def read(self, timeout: float) -> bytes | None:
        """What the printer sent within `timeout` seconds: b'' if nothing, None if it closed the
        link. Raises OSError when the link was reset."""
        handle: socket.socket | int = self.sock if self.sock is not None else self.fd
        ready, _, _ = select.select([handle], [], [], max(timeout, 0.0))
        if not ready:
            return b""
        data = self.sock.recv(4096) if self.sock is not None else os.read(self.fd, 4096)
        return data or None

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
