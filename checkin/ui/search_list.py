"""Search results under the scan field: name, company, ticket type and status on each row.

The list never takes the keyboard focus; the scan field forwards ↑/↓ to it, so a scanner can fire
at any moment and still land in the field.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from checkin.core.entities import Attendee
from checkin.core.search import SearchHit
from checkin.ui.language import QT_TRANSLATE_NOOP
from checkin.ui.theme import scaled_font

COLUMNS = (
    QT_TRANSLATE_NOOP("SearchList", "Name"),
    QT_TRANSLATE_NOOP("SearchList", "Company"),
    QT_TRANSLATE_NOOP("SearchList", "Ticket"),
    QT_TRANSLATE_NOOP("SearchList", "Status"),
)


def status_text(attendee: Attendee, inside: bool) -> str:
    if attendee.cancelled:
        return QCoreApplication.translate("SearchList", "cancelled")
    if inside:
        return QCoreApplication.translate("SearchList", "on site")
    return QCoreApplication.translate("SearchList", "not in yet")


class SearchList(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchList")
        self.setColumnCount(len(COLUMNS))
        self.retranslate()
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFont(scaled_font(self.font(), 1.3))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.attendees: list[Attendee] = []

    def retranslate(self) -> None:
        """The headers in the language installed now (the rows are said at the next search)."""
        self.setAccessibleName(self.tr("Matching attendees"))
        self.setHeaderLabels([self.tr(column) for column in COLUMNS])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_hits(self, hits: Sequence[SearchHit], inside: set[int]) -> None:
        self.clear()
        self.attendees = [hit.attendee for hit in hits]
        for attendee in self.attendees:
            row = QTreeWidgetItem(
                [
                    attendee.display_name,
                    attendee.company or "—",
                    attendee.ticket_type or "—",
                    status_text(attendee, attendee.id in inside),
                ]
            )
            if attendee.cancelled:
                for column in range(len(COLUMNS)):
                    row.setForeground(column, self.palette().placeholderText())
            self.addTopLevelItem(row)
        self._select(0)
        self.setVisible(bool(self.attendees))

    def hide_results(self) -> None:
        self.clear()
        self.attendees = []
        self.hide()

    def _select(self, row: int) -> None:
        item = self.topLevelItem(row)
        if item is not None:
            self.setCurrentItem(item)

    def _current_row(self) -> int:
        item = self.currentItem()
        return -1 if item is None else self.indexOfTopLevelItem(item)

    def picked(self) -> Attendee | None:
        index = self._current_row()
        return self.attendees[index] if 0 <= index < len(self.attendees) else None

    def step(self, event: QKeyEvent) -> None:
        if not self.attendees:
            return
        row = max(0, self._current_row())
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -5,
            Qt.Key.Key_PageDown: 5,
        }.get(Qt.Key(event.key()), 0)
        self._select(min(len(self.attendees) - 1, max(0, row + step)))
