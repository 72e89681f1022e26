"""The organizer's batch of badges: everyone by last name, only those not yet printed, or a
selection; printed through the desk's print queue or saved as one PDF (the night before).

The work runs in a plain background thread — rendering a thousand badges takes seconds — and
reports through queued signals, so the dialog only ever changes its widgets on the UI thread.
Closing the dialog stops the batch between two badges and waits for the thread to end.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.core.entities import Attendee
from checkin.operations.records import Store
from checkin.printing.batch import choose, glyph_problems, save_pdf, sort_key
from checkin.printing.render import BadgeRenderer
from checkin.printing.templates import get_template
from checkin.ui.badge_sink import QueueBadges
from checkin.ui.dialog_fit import say
from checkin.ui.inert import plain_label
from checkin.ui.language import QT_TRANSLATE_NOOP, fill
from checkin.workers import Worker

log = logging.getLogger("checkin.print")


class Mode(Enum):
    EVERYONE = QT_TRANSLATE_NOOP("BatchDialog", "Everyone, sorted by last name")
    UNPRINTED = QT_TRANSLATE_NOOP("BatchDialog", "Only people without a badge yet")
    SELECTION = QT_TRANSLATE_NOOP("BatchDialog", "Only the people selected below")


class Cancelled(Exception):
    pass


class BatchDialog(QDialog):
    progressed = Signal(int, int)
    finished_work = Signal(str)

    def __init__(
        self, repo: Store, sink: QueueBadges, home: Path | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.repo, self.sink, self.home = repo, sink, home
        self.setWindowTitle(self.tr("Badges in advance"))
        self.setAccessibleName(self.tr("Badges in advance"))
        self.template = get_template(sink.template_name, home)
        self.modes = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for number, mode in enumerate(Mode):
            radio = QRadioButton(self.tr(mode.value))
            radio.setObjectName(f"batch{mode.name.title()}")
            self.modes.addButton(radio, number)
            layout.addWidget(radio)
        self.modes.button(0).setChecked(True)
        self.people = QListWidget()
        self.people.setObjectName("batchPeople")
        self.people.setAccessibleName(self.tr("Attendees to print"))
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for attendee in sorted((a for a in repo.attendees() if not a.cancelled), key=sort_key):
            item = QListWidgetItem(
                f"{attendee.last_name}, {attendee.first_name} — {attendee.company}"
            )
            item.setData(Qt.ItemDataRole.UserRole, attendee.code)
            self.people.addItem(item)
        self.people.itemSelectionChanged.connect(lambda: self.modes.button(2).setChecked(True))
        layout.addWidget(self.people, 1)
        row = QHBoxLayout()
        self.start = QSpinBox()
        self.start.setObjectName("batchStart")
        self.start.setAccessibleName(self.tr("First free position on the sheet"))
        self.start.setRange(1, self.template.per_page)
        self.start.setEnabled(self.template.per_page > 1)
        row.addWidget(
            plain_label(fill(self.tr("Template %1; start at position"), self.template.name))
        )
        row.addWidget(self.start)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setObjectName("batchProgress")
        self.note = plain_label()
        self.note.setObjectName("batchNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(fill(self.tr("&Print on %1"), sink.printer_label))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.print_button.clicked.connect(self.print_batch)
        self.save_button.clicked.connect(self.ask_pdf_path)
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.finished_work.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._stop = threading.Event()
        self._worker: Worker | None = None
        self.resize(620, 520)

    # -- what to print ---------------------------------------------------------------------------

    def mode(self) -> Mode:
        return list(Mode)[self.modes.checkedId()]

    def select(self, codes: Sequence[str]) -> None:
        wanted = set(codes)
        for index in range(self.people.count()):
            item = self.people.item(index)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) in wanted)

    def _selected_codes(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.people.selectedItems()]

    def _choose(self, mode: Mode, codes: list[str]) -> tuple[list[Attendee], str]:
        """In the worker: the attendees, less those whose names the font cannot draw."""
        if mode is Mode.SELECTION:
            chosen = sorted(choose(self.repo, codes), key=sort_key)
        else:
            chosen = choose(self.repo, only_unprinted=mode is Mode.UNPRINTED)
        problems = glyph_problems(chosen)
        note = ""
        if problems:
            chars = "".join(sorted(set("".join(problems.values()))))[:20]
            said = self.tr(
                "Left out %n badge(s) the font cannot draw (%1): correct their badge names.",
                None,
                len(problems),
            )
            note = " " + fill(said, chars)
        return [a for a in chosen if a.code not in problems], note

    # -- running ---------------------------------------------------------------------------------

    def _run(self, work: Callable[[], str]) -> None:
        if self._worker is not None:
            return
        if self.mode() is Mode.SELECTION and not self.people.selectedItems():
            say(self.note, self.tr("Select the people whose badges to print first."))
            return
        self._stop.clear()
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        say(self.note, self.tr("Working…"))

        def run() -> None:
            try:
                self.finished_work.emit(work())
            except Cancelled:
                self.finished_work.emit(self.tr("Stopped."))
            except Exception as error:  # one sentence in the dialog, the details in the log
                log.exception("badge batch failed")
                self.finished_work.emit(fill(self.tr("The batch failed: %1"), str(error)))
            finally:
                self.repo.db.close()  # this thread's own SQLite connection

        self._worker = Worker("checkin-badge-batch", run)
        self._worker.start()

    def _tick(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    def ask_pdf_path(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save badges as PDF"), "badges.pdf", "PDF (*.pdf)"
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        mode, codes, start = self.mode(), self._selected_codes(), self.start.value() - 1
        event = self.repo.event()
        renderer = BadgeRenderer(self.template, event.name if event else "")

        def work() -> str:
            attendees, note = self._choose(mode, codes)
            if not attendees:
                return self.tr("No badges to save.") + note
            pages = save_pdf(renderer, attendees, path, start_position=start, progress=self._tick)
            # Two counts: the pages are said apart, so that each language orders the sentence.
            saved = self.tr("Saved %n badge(s) on %1 to %2.", "", len(attendees))
            return fill(saved, self.tr("%n page(s)", "", pages), path.name) + note

        self._run(work)

    def print_batch(self) -> None:
        mode, codes = self.mode(), self._selected_codes()
        if self.template.per_page > 1:
            self.sink.set_start_position(self.start.value() - 1)

        def work() -> str:
            attendees, note = self._choose(mode, codes)
            queued = self.sink.enqueue_many(attendees, mode is not Mode.UNPRINTED, self._tick)
            skipped = len(attendees) - queued
            said = fill(self.tr("Queued %n badge(s) on %1.", "", queued), self.sink.printer_label)
            if skipped:
                said += " " + self.tr("%n badge(s) already waiting to print.", "", skipped)
            return said + note

        self._run(work)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(str)
    def _finished(self, text: str) -> None:
        self.wait()
        say(self.note, text)
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)

    def wait(self, timeout: float = 30.0) -> None:
        if self._worker is not None:
            self._worker.join(timeout)
            self._worker = None

    def busy(self) -> bool:
        return self._worker is not None

    def done(self, result: int) -> None:
        self._stop.set()  # stops between two badges
        self.wait()
        super().done(result)


def batch_opener(repo: Store, sink: QueueBadges, home: Path | None) -> Callable[[QWidget], None]:
    """The organizer's menu entry: opens the dialog the way the window opens its own dialogs."""

    def open_batch(parent: QWidget) -> None:
        dialog = BatchDialog(repo, sink, home, parent)
        opener = getattr(parent, "open_dialog", None)
        if callable(opener):
            opener(dialog)
        else:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    return open_batch
