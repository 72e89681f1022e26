"""Printing badges through Qt's print support: the print path on Windows and wherever CUPS is not.

Implements `checkin.printing.printers.Printer`. The badge PDF is rasterised (see
`checkin.printing.raster`) at the printer's resolution and painted page by page onto a `QPrinter`
chosen by name, each page sized like the badge so a label printer feeds one label per badge.
Qt hands the painted job to the operating system's spooler and cannot follow it further, so a job
that was spooled counts as printed; a printer that is missing or refuses the job raises
`PrinterError` and the print queue keeps the badge and retries.

QPainter may paint on a QPrinter outside the GUI thread (Qt's threading notes say so), which is
where the print queue calls `submit`.
"""

from __future__ import annotations

import itertools
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from checkin.printing.printers import JobReport, PrinterError, PrinterState
from checkin.printing.raster import RasterError, rasterise

log = logging.getLogger("checkin.print")

MAX_DPI = 300  # label printers are 203 or 300 dpi; more only slows the spooler


def qt_printer_names() -> list[str]:
    """The printers the operating system offers (may take a moment with network printers)."""
    return list(QPrinterInfo.availablePrinterNames())


def qt_default_printer() -> str:
    return str(QPrinterInfo.defaultPrinterName())


class QtPrinter:
    """One operating-system printer by name ('' for the default), or a PDF file for tests."""

    def __init__(self, printer_name: str = "", output_file: Path | None = None) -> None:
        self.printer_name = printer_name
        self.output_file = output_file
        self._ids = itertools.count(1)
        self._spooled: set[str] = set()
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        if self.output_file is not None:
            return f"file {self.output_file.name}"
        return self.printer_name or qt_default_printer() or "default printer"

    def _printer(self, title: str) -> QPrinter:
        if self.output_file is not None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.output_file))
            printer.setResolution(MAX_DPI)
        else:
            name = self.printer_name or qt_default_printer()
            info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo()
            if info.isNull():
                missing = (
                    f"There is no printer called {name!r}." if name else "No printer is set up."
                )
                raise PrinterError(missing)
            printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
            if not printer.isValid():
                raise PrinterError(f"The printer {name} cannot be used right now.")
        printer.setDocName(title)
        printer.setFullPage(True)  # the badge layout has its own margins
        return printer

    def submit(self, pdf: bytes, title: str) -> str:
        with self._lock:  # one job at a time through Qt's print support
            printer = self._printer(title)
            try:
                pages = list(rasterise(pdf, min(printer.resolution(), MAX_DPI)))
            except RasterError as error:
                raise PrinterError(str(error)) from error
            if not pages:
                raise PrinterError("The badge PDF has no pages.")
            self._page_size(printer, pages[0].width_pt, pages[0].height_pt)
            painter = QPainter()
            if not painter.begin(printer):
                raise PrinterError(f"The printer {self.name} did not accept the job.")
            try:
                for number, page in enumerate(pages):
                    if number:
                        self._page_size(printer, page.width_pt, page.height_pt)
                        if not printer.newPage():
                            raise PrinterError(f"The printer {self.name} stopped mid-job.")
                    image = QImage(
                        page.rgb, page.width_px, page.height_px, page.stride,
                        QImage.Format.Format_RGB888,
                    )  # fmt: skip
                    target = printer.pageLayout().fullRectPixels(printer.resolution())
                    painter.drawImage(QRectF(target), image)
            finally:
                ended = painter.end()
            if not ended:
                raise PrinterError(f"The printer {self.name} did not take the job.")
            job_id = f"{self.name}-{next(self._ids)}"
            self._spooled.add(job_id)
        log.info("spooled %s to %s as %s (%d pages)", title, self.name, job_id, len(pages))
        return job_id

    @staticmethod
    def _page_size(printer: QPrinter, width_pt: float, height_pt: float) -> None:
        size = QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "Badge")
        layout = QPageLayout(
            size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point
        )
        printer.setPageLayout(layout)

    def status(self, job_id: str) -> JobReport:
        # The spooler took the job when the painter ended; Qt cannot follow it further.
        if job_id in self._spooled:
            return JobReport(PrinterState.DONE)
        return JobReport(PrinterState.UNKNOWN, f"This desk did not send {job_id}.")
