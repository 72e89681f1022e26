"""Printers the badge queue can hand a PDF to: the `Printer` protocol and CUPS (Linux, macOS).

A printer takes a finished PDF and returns its own job id, then answers how that job is doing.
CUPS is driven through its standard tools: `lp` to submit, `ipptool` to read the job's and the
queue's state (`lpstat` cannot tell a cancelled job from a printed one), `lpstat` to list queues.
Another platform's print path (e.g. Qt's print support on Windows) implements the same protocol.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Protocol

log = logging.getLogger("checkin.print")

TIMEOUT = 30  # seconds for one CUPS command: a hung scheduler must not hang the queue thread


class PrinterState(StrEnum):
    PENDING = "pending"  # waiting in the print system (held, stopped printer, busy…)
    PRINTING = "printing"
    DONE = "done"  # finished: the badge came out
    CANCELLED = "cancelled"  # someone cancelled it at the printer: do not resend by ourselves
    ABORTED = "aborted"  # the print system gave up on it (device error): it did not print
    UNKNOWN = "unknown"  # the print system cannot say (job gone, scheduler down)
    UNCERTAIN = "uncertain"  # the link broke mid-job: it may have printed; a person must look


@dataclass(frozen=True)
class JobReport:
    state: PrinterState
    message: str = ""


class PrinterError(Exception):
    """The printer refused the job outright (no such queue, not accepting, no print system)."""


class PrintUncertain(Exception):
    """The job was cut off while going out: the printer may have printed it, so it is not sent
    again without a person deciding (a direct label printer whose connection broke)."""


class Printer(Protocol):
    @property
    def name(self) -> str: ...

    def submit(self, pdf: bytes, title: str) -> str:
        """Hand the PDF over; returns the print system's job id. Raises PrinterError."""
        ...

    def status(self, job_id: str) -> JobReport: ...


def _run(args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    # The C locale keeps the tools' messages parseable whatever language the desk runs in.
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    return subprocess.run(args, input=data, capture_output=True, timeout=TIMEOUT, env=env)


def cups_available() -> bool:
    """True when the CUPS tools exist and the scheduler answers."""
    if not (shutil.which("lp") and shutil.which("lpstat")):
        return False
    try:
        return b"scheduler is running" in _run(["lpstat", "-r"]).stdout
    except (OSError, subprocess.TimeoutExpired):
        return False


def cups_queues() -> list[str]:
    """Names of the CUPS queues this machine can print to (empty without CUPS)."""
    try:
        result = _run(["lpstat", "-e"])
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [line.strip() for line in result.stdout.decode(errors="replace").splitlines() if line]


def default_queue() -> str | None:
    try:
        out = _run(["lpstat", "-d"]).stdout.decode(errors="replace")
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"system default destination:\s*(\S+)", out)
    return match.group(1) if match else None


_JOB_TEST = """{
  OPERATION Get-Job-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR integer job-id $job-id
  ATTR name requesting-user-name $user
  STATUS successful-ok
  DISPLAY job-state
  DISPLAY job-state-reasons
}
"""
_PRINTER_TEST = """{
  OPERATION Get-Printer-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  STATUS successful-ok
  DISPLAY printer-state
  DISPLAY printer-state-message
}
"""


@cache
def _ipp_tests() -> tuple[Path, Path]:
    folder = Path(tempfile.mkdtemp(prefix="checkin-ipp-"))
    (folder / "job.test").write_text(_JOB_TEST, encoding="utf-8")
    (folder / "printer.test").write_text(_PRINTER_TEST, encoding="utf-8")
    return folder / "job.test", folder / "printer.test"


def _ipp_values(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    """The second CSV line of `ipptool -c` (the values); empty when the request failed."""
    lines = result.stdout.decode(errors="replace").strip().splitlines()
    if result.returncode != 0 or len(lines) < 2:
        return []
    return [value.strip().strip('"') for value in lines[1].split(",", 1)]


_STATES = {
    "pending": PrinterState.PENDING,
    "pending-held": PrinterState.PENDING,
    "processing": PrinterState.PRINTING,
    "processing-stopped": PrinterState.PENDING,
    "completed": PrinterState.DONE,
    "canceled": PrinterState.CANCELLED,
    "aborted": PrinterState.ABORTED,
}


class CupsPrinter:
    """One CUPS queue (a label printer, a sheet printer, or a cups-pdf queue for tests)."""

    def __init__(self, queue: str, server: str | None = None) -> None:
        self.queue = queue
        host = server or os.environ.get("CUPS_SERVER", "") or "localhost"
        if host.startswith("/"):  # a socket path: ipptool reaches the same scheduler by TCP
            host = "localhost"
        self.uri = f"ipp://{host}/printers/{queue}"

    @property
    def name(self) -> str:
        return self.queue

    def submit(self, pdf: bytes, title: str) -> str:
        try:
            result = _run(["lp", "-d", self.queue, "-t", title, "-"], data=pdf)
        except FileNotFoundError as error:
            raise PrinterError("CUPS is not installed on this computer (no `lp`).") from error
        except subprocess.TimeoutExpired as error:
            raise PrinterError("The print system did not answer in time.") from error
        text = (result.stdout + result.stderr).decode(errors="replace").strip()
        match = re.search(r"request id is (\S+)", text)
        if result.returncode != 0 or match is None:
            raise PrinterError(text.removeprefix("lp: ") or f"lp failed ({result.returncode}).")
        log.info("sent %s to %s as %s", title, self.queue, match.group(1))
        return match.group(1)

    def status(self, job_id: str) -> JobReport:
        number = job_id.rsplit("-", 1)[-1]
        job_test, _ = _ipp_tests()
        try:
            result = _run(["ipptool", "-c", "-d", f"job-id={number}", self.uri, str(job_test)])
        except (OSError, subprocess.TimeoutExpired) as error:
            return JobReport(PrinterState.UNKNOWN, f"Cannot ask the print system: {error}")
        values = _ipp_values(result)
        if not values:
            return JobReport(PrinterState.UNKNOWN, f"The print system does not know {job_id}.")
        state = _STATES.get(values[0], PrinterState.UNKNOWN)
        message = ""
        if state is PrinterState.PENDING:
            message = self.printer_message()
        return JobReport(state, message)

    def printer_message(self) -> str:
        """Why the queue is not printing, in the printer's words ('' when it is fine)."""
        _, printer_test = _ipp_tests()
        try:
            values = _ipp_values(_run(["ipptool", "-c", self.uri, str(printer_test)]))
        except (OSError, subprocess.TimeoutExpired):
            return ""
        if not values:
            return f"The printer {self.queue} cannot be reached."
        state, reason = values[0], (values[1] if len(values) > 1 else "")
        if state == "stopped":
            return f"Printer {self.queue} is stopped" + (f": {reason}" if reason else ".")
        return reason
