"""The status bar: on site against capacity, last sync, camera state, printer and queue state.

Each part is a few words that always fit beside the bar's passing message at 1280 pixels; the
longer story (the camera's sentence, the printer's last badge) is in the part's tooltip and, for
the camera, on its preview.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from checkin.core.entities import Event
from checkin.ui.camera_words import camera_said
from checkin.ui.inert import plain, tooltip
from checkin.ui.language import fill

SHORT_STATE = 24  # characters: "paused (F6 resumes)" is a state, longer is the camera's sentence


def _label(name: str) -> QLabel:
    label = plain(QLabel())
    label.setObjectName(name)
    # The rule between parts sits on the side facing the bar's message: style sheets are not
    # mirrored for a right-to-left language, so the side is chosen here.
    rtl = QGuiApplication.layoutDirection() is Qt.LayoutDirection.RightToLeft
    label.setStyleSheet(
        f"padding: 0 10px; border-{'right' if rtl else 'left'}: 1px solid palette(mid);"
    )
    return label


class DeskStatus(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskStatus")
        self.headcount = _label("statusHeadcount")
        self.sync = _label("statusSync")
        self.camera = _label("statusCamera")
        self.printer = _label("statusPrinter")
        self.organizer = _label("statusOrganizer")
        self.list_line: Callable[[], str] | None = None
        for label in (self.headcount, self.sync, self.camera, self.printer, self.organizer):
            self.addPermanentWidget(label)
        # What each part was told last, to say it again when the language changes.
        self.shown: dict[str, Callable[[], None]] = {}
        self.set_camera("no camera")
        self.set_printer("printing not set up")
        self.set_organizer(False)
        self.set_sync(None, None)
        self.retranslate()

    def retranslate(self) -> None:
        self.headcount.setAccessibleName(self.tr("People on site"))
        self.sync.setAccessibleName(self.tr("Last sync"))
        self.camera.setAccessibleName(self.tr("Camera"))
        self.printer.setAccessibleName(self.tr("Badge printer"))
        self.organizer.setAccessibleName(self.tr("Organizer mode"))
        for say_again in list(self.shown.values()):
            say_again()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            # A styled label keeps the text colour of the theme it was polished in: polish the
            # parts again, or a theme switch leaves them grey on grey.
            for label in self.findChildren(QLabel):
                label.setStyleSheet(label.styleSheet())

    def set_headcount(self, on_site: int, capacity: int | None) -> None:
        self.shown["headcount"] = lambda: self.set_headcount(on_site, capacity)
        locale = QLocale()
        limit = locale.toString(capacity) if capacity else self.tr("no limit")
        self.headcount.setText(fill(self.tr("On site %1 / %2"), locale.toString(on_site), limit))

    def set_sync(self, when: datetime | None, event: Event | None) -> None:
        self.shown["sync"] = lambda: self.set_sync(when, event)
        if self.list_line is not None:  # a connected platform says how fresh the list is
            self.sync.setText(self.list_line())
            return
        # A list never synced came with the demo, or from this desk's own hub: nothing to say.
        self.sync.setVisible(when is not None)
        if when is None:
            self.sync.setText("")
            return
        local = event.local_time(when) if event else when
        # The event's wall clock, written the way the desk's language writes a date and time.
        shown = QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
        stamp = QLocale().toString(shown, QLocale.FormatType.ShortFormat)
        self.sync.setText(fill(self.tr("synced %1"), stamp))

    def set_camera(self, state: str) -> None:
        """A word or two; the camera's whole sentence is on its preview and in the tooltip."""
        self.shown["camera"] = lambda: self.set_camera(state)
        sentence = len(state) > SHORT_STATE or state.endswith(".")
        word = camera_state(state)
        said = camera_said(state) if sentence else fill(self.tr("Camera: %1"), word)
        self.camera.setToolTip(tooltip(said))
        if not sentence:
            self.camera.setText(fill(self.tr("Camera: %1"), word))
        elif " is running" in state:
            self.camera.setText(fill(self.tr("Camera: %1"), camera_state("running")))
        else:
            self.camera.setText(fill(self.tr("Camera: %1"), self.tr("not available")))

    def set_printer(self, state: str) -> None:
        """The printer's state on the bar; a second line (the last badge's fate) in the tooltip."""
        self.shown["printer"] = lambda: self.set_printer(state)
        line, _, note = state.partition("\n")
        line = printer_state(line)
        self.printer.setText(line)
        self.printer.setToolTip(tooltip(f"{line} — {note}" if note else line))

    def set_organizer(self, unlocked: bool) -> None:
        self.shown["organizer"] = lambda: self.set_organizer(unlocked)
        self.organizer.setText(self.tr("ORGANIZER") if unlocked else self.tr("volunteer"))


def camera_state(state: str) -> str:
    """The camera worker's one-word states in the desk's language (its sentences stay as said)."""
    words = {
        "no camera": QCoreApplication.translate("DeskStatus", "no camera"),
        "running": QCoreApplication.translate("DeskStatus", "running"),
        "starting": QCoreApplication.translate("DeskStatus", "starting"),
        "paused (F6 resumes)": QCoreApplication.translate("DeskStatus", "paused (F6 resumes)"),
        "stopped": QCoreApplication.translate("DeskStatus", "stopped"),
    }
    return words.get(state, state)


def printer_state(line: str) -> str:
    """The badge sink's commonest lines in the desk's language; the rest as the sink says them."""
    words = {
        "printing not set up": QCoreApplication.translate("DeskStatus", "printing not set up"),
    }
    return words.get(line, line)
