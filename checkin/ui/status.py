"""The status bar: on site against capacity, last sync, camera state, printer and queue state.

Each part is a few words that always fit beside the bar's passing message at 1280 pixels; the
longer story (the camera's sentence, the printer's last badge) is in the part's tooltip and, for
the camera, on its preview.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from checkin.core.entities import Event
from checkin.ui.inert import plain, tooltip

SHORT_STATE = 24  # characters: "paused (F6 resumes)" is a state, longer is the camera's sentence


def _label(name: str, accessible: str) -> QLabel:
    label = plain(QLabel())
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setStyleSheet("padding: 0 10px; border-left: 1px solid palette(mid);")
    return label


class DeskStatus(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskStatus")
        self.headcount = _label("statusHeadcount", "People on site")
        self.sync = _label("statusSync", "Last sync")
        self.camera = _label("statusCamera", "Camera")
        self.printer = _label("statusPrinter", "Badge printer")
        self.organizer = _label("statusOrganizer", "Organizer mode")
        self.list_line: Callable[[], str] | None = None
        for label in (self.headcount, self.sync, self.camera, self.printer, self.organizer):
            self.addPermanentWidget(label)
        self.set_camera("no camera")
        self.set_printer("printing not set up")
        self.set_organizer(False)
        self.set_sync(None, None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # A styled label keeps the text colour of the theme it was polished in: polish the
            # parts again, or a theme switch leaves them grey on grey.
            for label in self.findChildren(QLabel):
                label.setStyleSheet(label.styleSheet())

    def set_headcount(self, on_site: int, capacity: int | None) -> None:
        limit = f"{capacity}" if capacity else "no limit"
        self.headcount.setText(f"On site {on_site} / {limit}")

    def set_sync(self, when: datetime | None, event: Event | None) -> None:
        if self.list_line is not None:  # a connected platform says how fresh the list is
            self.sync.setText(self.list_line())
            return
        # A list never synced came with the demo, or from this desk's own hub: nothing to say.
        self.sync.setVisible(when is not None)
        if when is None:
            self.sync.setText("")
            return
        local = event.local_time(when) if event else when
        self.sync.setText(f"synced {local:%d %b %H:%M}")

    def set_camera(self, state: str) -> None:
        """A word or two; the camera's whole sentence is on its preview and in the tooltip."""
        sentence = len(state) > SHORT_STATE or state.endswith(".")
        self.camera.setToolTip(tooltip(state if sentence else f"Camera: {state}"))
        if not sentence:
            self.camera.setText(f"Camera: {state}")
        elif " is running" in state:
            self.camera.setText("Camera: running")
        else:
            self.camera.setText("Camera: not available")

    def set_printer(self, state: str) -> None:
        """The printer's state on the bar; a second line (the last badge's fate) in the tooltip."""
        line, _, note = state.partition("\n")
        self.printer.setText(line)
        self.printer.setToolTip(tooltip(f"{line} — {note}" if note else line))

    def set_organizer(self, unlocked: bool) -> None:
        self.organizer.setText("ORGANIZER" if unlocked else "volunteer")
