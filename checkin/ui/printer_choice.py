"""Which printer and badge template this desk uses: the choices offered in settings, and the
printer object the print queue gets for a name.

CUPS (Linux, macOS) takes the badge PDF as it is; without CUPS (Windows) Qt's print support paints
it (`checkin.ui.qt_printer`). A label printer's address (`brother-ql://…`, `zpl://…`) is spoken
to directly, with no driver (`checkin.printing.label`). Listing printers asks the print system,
which can hang on a network printer, so the list is gathered in a plain background thread and
picked up by a timer on the UI thread: no Qt object crosses threads, and a dialog closed early
simply never reads the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from checkin.operations.records import Store
from checkin.printing.label.address import AddressError, parse_address
from checkin.printing.label.printer import UnusablePrinter, label_printer
from checkin.printing.printers import (
    CupsPrinter,
    Printer,
    cups_available,
    cups_queues,
    default_queue,
)
from checkin.printing.templates import DEFAULT_TEMPLATE, TemplateError, available_templates
from checkin.ui.address_words import address_said
from checkin.ui.badge_sink import QueueBadges
from checkin.ui.batch_dialog import batch_opener
from checkin.ui.inert import tooltip
from checkin.ui.language import QT_TRANSLATE_NOOP, fill
from checkin.ui.ports import Collaborators
from checkin.ui.qt_printer import QtPrinter, qt_printer_names
from checkin.workers import BackgroundCall

DEFAULT_LABEL = QT_TRANSLATE_NOOP("PrinterField", "(the system's default printer)")
ADDRESS_HELP = QT_TRANSLATE_NOOP(
    "PrinterField",
    "A print queue of this computer, or a label printer's address typed in:\n"
    "brother-ql://192.168.1.50?model=QL-820NWB&label=62 (labels: 62, 62x100, 102, 102x152)\n"
    "zpl://192.168.1.60?dpi=203&width=102 (a Zebra; width and height in mm)\n"
    "brother-ql:///dev/usb/lp0?model=QL-820NWB&label=62 (on USB)",
)
# The same choice once the system answered that it has no printer: the status bar's words.
NO_PRINTER_LABEL = QT_TRANSLATE_NOOP(
    "PrinterField", "(no badge printer: none found on this computer)"
)


def make_printer(name: str) -> Printer:
    """The printer for a name from settings ('' means the system's default)."""
    direct = label_printer(name)
    if direct is not None:
        return direct
    if cups_available():
        return CupsPrinter(name or default_queue() or next(iter(cups_queues()), ""))
    return QtPrinter(name)


def printer_problem(name: str) -> str:
    """Why a printer setting cannot be used, in one sentence in the desk's language ('' when it
    can)."""
    printer = label_printer(name)
    if not isinstance(printer, UnusablePrinter):
        return ""
    try:
        parse_address(name)
    except AddressError as error:  # the printer keeps the English reason for its queue
        return address_said(error)
    return printer.reason


def printer_names() -> list[str]:
    """Printers this computer can print to, from whichever print system it has (slow-ish)."""
    return cups_queues() if cups_available() else qt_printer_names()


def template_choices(home: Path | None = None) -> list[tuple[str, str]]:
    """(name, description) of every badge template, shipped ones and the organizer's copies."""
    try:
        templates = available_templates(home)
    except TemplateError:
        return [(DEFAULT_TEMPLATE, "")]
    return [(t.name, t.description) for t in templates.values()]


def in_background(work: Callable[[], list[str]]) -> Future[list[str]]:
    future: Future[list[str]] = BackgroundCall("checkin-printers", work).start().future
    return future


class PrinterField(QComboBox):
    """An editable list of printers: the saved name at once, the others when the system answers."""

    def __init__(
        self,
        current: str,
        lister: Callable[[], list[str]] = printer_names,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPrinter")
        self.setAccessibleName(self.tr("Badge printer"))
        self.setEditable(True)
        self.addItem(self.tr(DEFAULT_LABEL), "")
        if current:
            self.addItem(current, current)
        self.setCurrentIndex(self.count() - 1)
        self.setToolTip(self.tr("Looking for printers…"))
        editor = self.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("print queue, or brother-ql://… / zpl://…"))
        self.future = in_background(lister)
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._collect)
        self.timer.start()

    def _collect(self) -> None:
        if not self.future.done():
            return
        self.timer.stop()
        try:
            names = self.future.result()
        except Exception as error:
            self.setToolTip(tooltip(fill(self.tr("Could not list the printers: %1"), str(error))))
            return
        for name in names:
            if self.findData(name) < 0:
                self.addItem(name, name)
        found = (
            self.tr("%n printer(s) found", "", len(names))
            if names
            else self.tr("No printers found")
        )
        self.setToolTip(f"{found}.\n{self.tr(ADDRESS_HELP)}")
        if not names:
            self.setItemText(0, self.tr(NO_PRINTER_LABEL))

    def value(self) -> str:
        text = self.currentText().strip()
        labels = {
            DEFAULT_LABEL,
            NO_PRINTER_LABEL,
            self.tr(DEFAULT_LABEL),
            self.tr(NO_PRINTER_LABEL),
        }
        return "" if text in labels else text


class TemplateField(QComboBox):
    def __init__(
        self, current: str, home: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsTemplate")
        self.setAccessibleName(self.tr("Badge template"))
        for name, description in template_choices(home):
            self.addItem(f"{name} — {description}" if description else name, name)
        index = self.findData(current or DEFAULT_TEMPLATE)
        self.setCurrentIndex(max(index, 0))

    def value(self) -> str:
        return str(self.currentData() or DEFAULT_TEMPLATE)


def desk_badges(
    repo: Store, settings: QSettings, home: Path | None, parts: Collaborators
) -> Collaborators:
    """The composition root's printing: a print queue on the printer and template chosen in
    settings, and the organizer's batch dialog on top of it (unless the caller brought its own)."""
    if parts.badges is not None:
        return parts
    sink = QueueBadges(
        repo,
        make_printer,
        printer=str(settings.value("desk/printer", "")),
        template=str(settings.value("desk/template", "")),
        home=home,
    )
    return replace(parts, badges=sink, badge_batch=batch_opener(repo, sink, home))
