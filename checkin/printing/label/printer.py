"""A label printer the print queue can hand badges to, like a CUPS queue (`Printer` protocol).

`submit` turns the badge PDF into the printer's own language (one label per page), checks the
printer is ready, and sends it; `status` follows the job through the printer's replies (see
`dialogue`). What the queue learns maps onto its promises: a printer that is off or out of
labels refuses before anything is sent (the badge stays queued, the desk reads why); a link cut
while the job was going out, or before the printer confirmed it, is uncertain and never resent
by the desk on its own.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import replace

from PIL import Image

from checkin.printing.label import brother, zpl
from checkin.printing.label.address import (
    BROTHER,
    AddressError,
    LabelAddress,
    is_label_address,
    parse_address,
)
from checkin.printing.label.bitmap import label_images
from checkin.printing.label.dialogue import CHECK, Follow, check, follow
from checkin.printing.label.link import Link, LinkBroken
from checkin.printing.label.templates import fitting_template
from checkin.printing.printers import JobReport, PrinterError, PrinterState, PrintUncertain
from checkin.printing.raster import RasterError
from checkin.printing.templates import Template

log = logging.getLogger("checkin.print")

BROKE = "The connection to the printer broke while the badge was being sent"


class PrinterNeedsAttention(PrinterError):
    """The printer answered but cannot print now; the message is its state in one sentence."""


class LabelPrinter:
    """One Brother QL or Zebra printer at a network address or USB device."""

    def __init__(self, address: LabelAddress) -> None:
        self.address = address
        self._jobs: dict[str, Follow] = {}

    @property
    def name(self) -> str:
        return self.address.name

    def fit_template(self, template: Template) -> Template:
        """The template to lay badges out with on this printer's labels (see `templates`)."""
        return fitting_template(template, self.address.media)

    def images(self, pdf: bytes) -> list[Image.Image]:
        try:
            return list(label_images(pdf, self.address.media))
        except RasterError as error:
            raise PrinterError(str(error)) from error

    def encode(self, pdf: bytes) -> bytes:
        """The whole job in the printer's language: one label per page of the PDF."""
        images = self.images(pdf)
        if self.address.kind == BROTHER:
            return brother.ql_job(images, self.address)
        return zpl.zpl_job(images, self.address.media)

    def submit(self, pdf: bytes, title: str) -> str:
        link = self._connect()
        try:
            problem, talks = check(link, self.address)
        except OSError as error:
            link.close()
            raise PrinterError(f"The printer {self.name} stopped answering: {error}.") from error
        if problem:
            link.close()
            raise PrinterNeedsAttention(problem)
        # Rasterised only for a printer that is ready: the queue retries a printer that is off
        # or out of labels every few seconds, and each try would render the labels again.
        try:
            job = self.encode(pdf)
        except BaseException:
            link.close()
            raise
        try:
            link.write(job)
        except LinkBroken as error:
            link.close()
            if error.sent == 0:
                raise PrinterError(f"The printer {self.name} took nothing: {error}.") from error
            raise PrintUncertain(f"{BROKE} ({error.sent} of {len(job)} bytes): {CHECK}") from error
        job_id = f"{title}@{uuid.uuid4().hex[:8]}"
        self._jobs[job_id] = Follow(link, talks, time.monotonic())
        log.info("sent %s to %s as %s (%d bytes)", title, self.name, job_id, len(job))
        return job_id

    def status(self, job_id: str) -> JobReport:
        job = self._jobs.get(job_id)
        if job is None:
            # Sent before the desk restarted: the link that would have told is gone.
            return JobReport(
                PrinterState.UNCERTAIN, f"The desk restarted while it was printing: {CHECK}"
            )
        report = follow(job, self.address)
        if report is None:
            return JobReport(PrinterState.PRINTING)
        if report.state is not PrinterState.PENDING and report.state is not PrinterState.PRINTING:
            job.link.close()
            del self._jobs[job_id]
        if report.state is PrinterState.PENDING:
            return replace(report, message=f"{report.message}.")
        return report

    def close(self) -> None:
        """Let go of every link (the queue stops); unfinished jobs stay sent in the print log."""
        for job in self._jobs.values():
            job.link.close()
        self._jobs.clear()

    def _connect(self) -> Link:
        try:
            return Link(self.address)  # OSError: not reached, nothing sent
        except OSError as error:
            why = error.strerror or str(error)
            device = self.address.device
            if device and isinstance(error, PermissionError):
                question = "may this user print to it (on Linux: the group lp)?"
            elif device:
                question = "is it plugged in and switched on?"
            else:
                device = f"{self.address.where}:{self.address.port}"
                question = "is it switched on and on this network?"
            raise PrinterError(
                f"The printer at {device} does not answer ({why}): {question}"
            ) from error


class UnusablePrinter:
    """A label printer address that cannot be used: every badge stays queued with the reason,
    so a typo in Settings is said on the status bar instead of losing the desk's badges."""

    def __init__(self, text: str, reason: str) -> None:
        self.text, self.reason = text, reason

    @property
    def name(self) -> str:
        return self.text

    def submit(self, pdf: bytes, title: str) -> str:
        raise PrinterNeedsAttention(self.reason.rstrip("."))

    def status(self, job_id: str) -> JobReport:
        return JobReport(PrinterState.UNKNOWN, self.reason)


def label_printer(text: str) -> LabelPrinter | UnusablePrinter | None:
    """The direct printer a printer setting names, or None for an operating-system queue."""
    if not is_label_address(text):
        return None
    try:
        return LabelPrinter(parse_address(text))
    except AddressError as error:
        return UnusablePrinter(text, str(error))
