"""Sources that never end, never answer or lie about their size are refused in one sentence.

A server trickling its list a byte at a time, a device or pipe given as the file, and a tiny
workbook whose `<dimension>` claims the whole sheet: each is bounded by the work it is allowed
(a total deadline, a regular file, the cells actually present), never by the claim.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from checkin.db.repository import Repository
from checkin.sync import SourceUnreachable, SyncError, load, run_sync
from tests.cli import ROOT, checkin, child_env
from tests.test_sync_formats import write_csv
from tests.test_sync_resync import HEADER, PEOPLE

TRICKLED = b"First Name,Last Name,Email\r\n" + b"".join(
    f"Person{n},Trickle,p{n}@example.org\r\n".encode() for n in range(8)
)
BYTE_EVERY = 0.05  # seconds: the whole list takes TRICKLED's length × this, well over a second


class TrickleHandler(BaseHTTPRequestHandler):
    """Answers at once, then sends the body one byte at a time: each read is quick, the whole
    download is not (a per-read timeout never fires)."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Length", str(len(TRICKLED)))
        self.end_headers()
        try:
            for byte in TRICKLED:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(BYTE_EVERY)
        except OSError:
            pass  # the desk gave up on us: that is the point

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def trickling(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), TrickleHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/attendees.csv"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_a_trickling_server_hits_the_total_deadline(repo: Repository, trickling: str) -> None:
    before = repo.attendees()
    # The list takes len(TRICKLED) × BYTE_EVERY (over 10 s) to arrive; the deadline is 1 s.
    with pytest.raises(SourceUnreachable) as refused:
        load(trickling, timeout=1.0)
    assert str(refused.value) == (f"{trickling} did not finish sending the list within 1 seconds.")
    assert repo.attendees() == before


@pytest.mark.skipif(os.name != "posix", reason="devices and FIFOs as POSIX has them")
@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
def test_a_device_or_pipe_is_refused_not_read(
    repo: Repository, tmp_path: Path, home: Path, kind: str
) -> None:
    run_sync(repo, str(write_csv(tmp_path / "eb.csv", [HEADER, *PEOPLE])))
    if kind == "fifo":
        source = tmp_path / "list.csv"
        os.mkfifo(source)  # nobody ever writes into it: opening it for reading would block
    else:
        source = Path("/dev/zero")  # never ends
    with pytest.raises(SyncError, match="is not a regular file"):
        run_sync(repo, str(source))
    # And from the command line, as a user would type it: one sentence, exit 2.
    result = checkin("sync", str(source), home=home)
    assert result.code == 2
    assert result.err.strip() == (
        f"checkin: {source} is not a regular file (a device, pipe or socket)."
    )


def forged_workbook(path: Path, claim: str) -> Path:
    """Three real rows whose sheet says it spans `claim`."""
    book = Workbook()
    sheet = book.active
    for values in (["First Name", "Last Name", "Email"], *(r[1:4] for r in PEOPLE)):
        sheet.append(list(values))
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as original, zipfile.ZipFile(path, "w") as forged:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b'<dimension ref="A1:C4"' in data
                data = data.replace(b'ref="A1:C4"', f'ref="{claim}"'.encode())
            forged.writestr(item, data)
    return path


CHILD = """
import resource, sys, tracemalloc
limit = 1024 ** 3  # a gigabyte of address space: far more than three rows need
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from checkin.sync import load
tracemalloc.start()
table = load(sys.argv[1])
print(len(table.rows), len(table.columns), tracemalloc.get_traced_memory()[1])
"""


@pytest.mark.skipif(sys.platform != "linux", reason="address-space limit as Linux applies it")
def test_a_workbook_claiming_the_whole_sheet_is_read_by_its_cells(tmp_path: Path) -> None:
    path = forged_workbook(tmp_path / "claims.xlsx", "A1:XFD1048576")
    assert path.stat().st_size < 10_000
    # In a child with a bounded address space: padding to the claim (17 billion cells) would
    # exhaust it within the first rows instead of filling this machine's memory.
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows, columns, peak = map(int, done.stdout.split())
    assert (rows, columns) == (3, 3)
    assert peak < 20 * 1024 * 1024  # bytes Python allocated at most, openpyxl's parsing included
