"""Keeps the dashboard's figures current without hammering the database.

Once a second a timer asks SQLite for its change marker (`PRAGMA data_version` and the
connection's change total: two integers, no table read). Only when that moved — some desk
committed a check-in — or the venue's date rolled over are the figures recomputed. A desk in the
same process can call `refresh()` right after a scan for an immediate update.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from checkin.core.overview import Overview
from checkin.operations.records import OverviewQuery, Store, change_marker

log = logging.getLogger("checkin.ui")

POLL_MS = 1000


class DashboardModel(QObject):
    changed = Signal(object)  # Overview

    def __init__(self, repo: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.query = OverviewQuery(repo)
        self.current: Overview | None = None
        self.last_refresh_ms = 0.0
        self._marker: tuple[int, int] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.refresh()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def poll(self) -> None:
        """Recompute only if another desk (or this one) committed, or the day changed."""
        marker = change_marker(self.repo)
        today = self.repo.require_event().day_of(self.repo.clock())
        if marker != self._marker or self.current is None or today != self.current.today:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        started = time.perf_counter()
        # Read the marker first: a commit landing during the recompute moves it again, so the
        # next poll picks that commit up instead of losing it.
        self._marker = change_marker(self.repo)
        self.current = self.query.overview()
        self.last_refresh_ms = (time.perf_counter() - started) * 1000
        log.debug("dashboard figures recomputed in %.1f ms", self.last_refresh_ms)
        self.changed.emit(self.current)
