"""Printing through a real CUPS queue with the cups-pdf backend, which writes each job to a file.

Needs CUPS (lp, lpstat, lpadmin, ipptool), cups-pdf, and the right to add a queue and its
cups-pdf settings file (root on a CI machine). Skips with the reason otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from checkin.core.print_jobs import JobState
from checkin.db.repository import Repository
from checkin.printing.printers import CupsPrinter, PrinterError, cups_available, cups_queues
from checkin.printing.render import BadgeRenderer
from checkin.printing.spool import PrintQueue
from checkin.printing.templates import available_templates
from tests.fakes import person

pytestmark = pytest.mark.slow
WAIT = 90.0  # ceiling for CUPS and ghostscript to finish a job, not a speed goal
TOOLS = ("lp", "lpstat", "lpadmin", "lpinfo", "ipptool", "cupsenable", "cupsdisable")
CUPS_ETC = Path("/etc/cups")


def _skip_reason() -> str | None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        return f"CUPS tools missing: {', '.join(missing)}"
    if not Path("/usr/lib/cups/backend/cups-pdf").exists():
        return "the cups-pdf backend is not installed (printer-driver-cups-pdf)"
    if not os.access(CUPS_ETC, os.W_OK):
        return f"cannot write the cups-pdf settings in {CUPS_ETC} (needs root)"
    if not cups_available() and shutil.which("cupsd") and os.geteuid() == 0:
        subprocess.run(["cupsd"], check=False)  # start the scheduler ourselves
        for _ in range(50):
            if cups_available():
                break
            time.sleep(0.2)
    if not cups_available():
        return "the CUPS scheduler is not running and cannot be started here"
    return None


def _cups_pdf_ppd() -> str | None:
    out = subprocess.run(["lpinfo", "-m"], capture_output=True, text=True, check=False).stdout
    models = [line.split(" ", 1)[0] for line in out.splitlines() if "CUPS-PDF" in line]
    return models[0] if models else None


@pytest.fixture
def cups_pdf(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A fresh cups-pdf queue writing into its own folder: (queue name, output folder)."""
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    queue = f"checkin-test-{os.getpid()}-{time.monotonic_ns() % 100000}"
    out = tmp_path / "printed"
    out.mkdir()
    out.chmod(0o1777)  # cups-pdf writes as the job's user
    settings = CUPS_ETC / f"cups-pdf-{queue}.conf"  # cups-pdf reads this for cups-pdf:/QUEUE
    settings.write_text(f"Out {out}\nAnonDirName {out}\nUserUMask 0000\n", encoding="utf-8")
    command = ["lpadmin", "-p", queue, "-E", "-v", f"cups-pdf:/{queue}"]
    ppd = _cups_pdf_ppd()
    added = subprocess.run(command + (["-m", ppd] if ppd else []), capture_output=True, text=True)
    if added.returncode != 0:
        settings.unlink()
        pytest.skip(f"cannot add a cups-pdf queue: {added.stderr.strip()}")
    try:
        yield queue, out
    finally:
        subprocess.run(["cancel", "-a", queue], capture_output=True, check=False)
        subprocess.run(["lpadmin", "-x", queue], capture_output=True, check=False)
        settings.unlink(missing_ok=True)


def _queue(repo: Repository, queue_name: str) -> PrintQueue:
    renderer = BadgeRenderer(available_templates()["dymo-54x101"], "Meetup")
    return PrintQueue(repo, CupsPrinter(queue_name), renderer, poll_seconds=0.2, retry_seconds=1)


def _printed(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.pdf"))


def test_a_badge_prints_through_cups(repo: Repository, cups_pdf: tuple[str, Path]) -> None:
    queue_name, out = cups_pdf
    assert queue_name in cups_queues()
    attendee = repo.add_attendee(person("CUPS1", "Łukasz", "Żółć"))
    spool = _queue(repo, queue_name)
    spool.start()
    try:
        job = spool.submit(attendee)
        assert spool.wait_idle(WAIT)
    finally:
        spool.stop()
    done = spool.log.job(job.id)
    assert done.state is JobState.DONE and done.printer_job.startswith(queue_name)
    (pdf,) = _printed(out)
    assert job.title in pdf.name
    assert len(PdfReader(pdf).pages) == 1
    assert repo.badges_printed(done.attendee_id) == 1


def test_a_stopped_queue_holds_the_job_and_prints_it_once_when_back(
    repo: Repository, cups_pdf: tuple[str, Path]
) -> None:
    queue_name, out = cups_pdf
    attendee = repo.add_attendee(person("CUPS2", "Ingrid", "Ødegård"))
    subprocess.run(["cupsdisable", queue_name], check=True)
    spool = _queue(repo, queue_name)
    spool.start()
    try:
        job = spool.submit(attendee)
        deadline = time.monotonic() + WAIT
        while spool.log.job(job.id).state is not JobState.SENT and time.monotonic() < deadline:
            spool.wait_idle(0.2)
        assert not spool.wait_idle(1.0)
        held = spool.log.job(job.id)
        assert held.state is JobState.SENT and "stopped" in held.message.lower()
        assert _printed(out) == [] and repo.badges_printed(held.attendee_id) == 0
        subprocess.run(["cupsenable", queue_name], check=True)
        assert spool.wait_idle(WAIT)
    finally:
        spool.stop()
    assert spool.log.job(job.id).state is JobState.DONE
    assert len(_printed(out)) == 1
    # A restart finds nothing left to do: the badge is not printed a second time.
    again = _queue(repo, queue_name)
    assert again.start() == []
    try:
        assert again.wait_idle(WAIT)
    finally:
        again.stop()
    assert len(_printed(out)) == 1 and repo.badges_printed(held.attendee_id) == 1


def test_an_unknown_queue_is_refused_with_the_reason(cups_pdf: tuple[str, Path]) -> None:
    with pytest.raises(PrinterError, match="does not exist"):
        CupsPrinter("checkin-no-such-queue").submit(b"%PDF-1.4", "badge-0")
