"""Searching from the scan field: wait for a pause in the keys, look in the index, show the list.

Search waits until the keys pause for SEARCH_DELAY_MS: a USB scanner types a code a few
milliseconds a key, and searching on its first keys (before the scan field can tell it is a
scanner) cost a look-up and a result list for nothing. The look-up is the in-memory index
(`SearchRefresher` keeps it current on a worker); the status column comes from the session's
snapshot of who is inside (read on a worker, kept current by the desk's own scans): a search
runs no SQL on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeyEvent

from checkin.core.ticket_codes import clean
from checkin.operations import Desk
from checkin.operations.codes import looks_like_code
from checkin.ui.screens import ScanScreen
from checkin.ui.search_refresh import SearchRefresher

# Longer than a scanner's gap between keys (≤ 35 ms), shorter than a person notices.
SEARCH_DELAY_MS = 60


class DeskSearch(QObject):
    def __init__(
        self,
        desk: Desk,
        screen: ScanScreen,
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.screen, self.say = desk, screen, say
        self.refresher = SearchRefresher(desk, self)
        self.refresher.refreshed.connect(self._index_refreshed)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(SEARCH_DELAY_MS)
        self._pending.timeout.connect(lambda: self.search(screen.field.text()))

    def typed(self, text: str) -> None:
        """The field changed: search once the keys pause (an emptied field hides at once)."""
        if len(clean(text)) < 2:
            self._pending.stop()
            self.screen.results.hide_results()
        else:
            self._pending.start()

    def cancel(self) -> None:
        self._pending.stop()

    def flush(self) -> None:
        """Enter or an arrow key came before the pause: the list must show what was typed."""
        if self._pending.isActive():
            self._pending.stop()
            self.search(self.screen.field.text())

    def navigate(self, event: QKeyEvent) -> None:
        self.flush()
        self.screen.results.step(event)

    def search(self, text: str) -> None:
        self._pending.stop()
        query = clean(text)
        # A scanner typing a code would search on every keystroke: wait for it to finish.
        if len(query) < 2 or (self.screen.field.scanning and looks_like_code(query)):
            self.screen.results.hide_results()
            return
        hits = self.refresher.search(query, limit=8)
        if hits is None:
            self.say(self.tr("Reading the attendee list… the results follow in a moment."))
            return
        self.screen.results.show_hits(hits, self.desk.inside_of(hits))
        if hits:
            self.screen.verdict.clear()

    def read_presence(self) -> None:
        """Re-read who is inside, on a worker (movements arrived from elsewhere)."""
        self.refresher.read_presence()

    def _index_refreshed(self) -> None:
        """A newer index arrived: what the field shows may match other people now."""
        text = self.screen.field.text()
        if len(clean(text)) >= 2 and not self.screen.field.scanning:
            self.search(text)
