"""The dashboard's view of a hub's desks: admissions per desk and the double admissions.

When desks share a hub every desk holds every desk's check-ins, so the counts here are the
venue's, split by the desk that admitted. A double admission (two desks admitted one ticket
while they could not see each other) is listed for an organizer to look at; it is never undone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from checkin.core.entities import utc_now
from checkin.operations.records import (
    Store,
    admissions_by_desk,
    conflicts,
    hub_asides,
    instant_label,
)
from checkin.ui.dashboard_tiles import FiguresTable
from checkin.ui.language import fill

MAX_SHOWN = 5


class DeskFigures(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = FiguresTable((self.tr("Desk"), self.tr("Admitted today"), self.tr("All days")))
        self.doubles = QLabel("")
        self.doubles.setObjectName("dashboardConflicts")
        self.doubles.setWordWrap(True)
        self.doubles.setTextFormat(Qt.TextFormat.PlainText)  # names are outside text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Events from the hub that did not fit their kind and were set aside (`hub_backlog`).
        self.set_aside = QLabel("")
        self.set_aside.setObjectName("dashboardSetAside")
        self.set_aside.setWordWrap(True)
        self.set_aside.setTextFormat(Qt.TextFormat.PlainText)  # desk names are outside text
        layout.addWidget(self.table, 1)
        layout.addWidget(self.doubles)
        layout.addWidget(self.set_aside)

    def update_from(self, repo: Store) -> None:
        event = repo.event()
        today = None if event is None else event.day_of(utc_now())
        on_day = admissions_by_desk(repo, today) if today is not None else {}
        every = admissions_by_desk(repo)
        self.table.set_rows([(desk, on_day.get(desk, 0), n) for desk, n in every.items()])
        asides = [aside.sentence() for aside in hub_asides(repo)]
        self.set_aside.setText("\n".join(asides[:MAX_SHOWN]))
        self.set_aside.setVisible(bool(asides))
        found = conflicts(repo)
        if not found:
            self.doubles.setText(self.tr("No double admissions."))
            return
        lines = [
            self.tr("Admitted twice (%n) — look at these, nothing was undone:", "", len(found))
        ]
        twice = self.tr("%1: desk %2 %3, then desk %4 %5")
        lines += [
            fill(
                twice, c.name, c.first_desk, instant_label(c.first_at), c.desk, instant_label(c.at)
            )
            for c in found[:MAX_SHOWN]
        ]
        if len(found) > MAX_SHOWN:
            more = self.tr("… and %n more (`checkin status`)", "", len(found) - MAX_SHOWN)
            lines.append(more)
        self.doubles.setText("\n".join(lines))
