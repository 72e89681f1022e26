"""The badges waiting to print, listed for an organizer, with the one way to clear them.

Badges pile up where "print on admission" is on and no printer answers; chosen later, a printer
would print them all in one burst. The list and the clearing rule are the operations layer's
(`checkin.operations.badges`); this dialog only shows them and asks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.core.print_jobs import JobState
from checkin.operations.badges import clear_waiting, waiting_badges
from checkin.operations.records import Store
from checkin.ui.dialog_fit import say
from checkin.ui.inert import plain_label

if TYPE_CHECKING:
    from checkin.ui.window import DeskWindow


class PrintQueueDialog(QDialog):
    def __init__(
        self, repo: Store, cleared: Callable[[int], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.repo, self.cleared = repo, cleared
        self.setWindowTitle(self.tr("Badges waiting to print"))
        self.summary = plain_label()
        self.summary.setObjectName("printQueueSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)  # items are plain text: names are never markup
        self.list.setObjectName("printQueueList")
        self.clear_button = QPushButton(self.tr("&Remove the badges not sent yet"))
        self.clear_button.setObjectName("clearPrintQueue")
        self.clear_button.clicked.connect(self.clear)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.clear_button)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.reload()

    def reload(self) -> None:
        waiting = waiting_badges(self.repo)
        self.list.clear()
        for badge in waiting:
            kind = self.tr("reprint") if badge.reprint else self.tr("badge")
            state = self.state_word(badge.state)
            # The printer's own words, when it said why, are shown as it said them.
            why = f" — {badge.message}" if badge.message else ""
            self.list.addItem(f"{badge.name} · {kind} · {state}{why}")
        count = len(waiting)
        say(
            self.summary,
            self.tr(
                "%n badge(s) waiting. They print as soon as a printer answers; remove them if "
                "they should not.",
                None,
                count,
            )
            if count
            else self.tr("No badge is waiting to print."),
        )
        self.clear_button.setEnabled(bool(count))

    def state_word(self, state: JobState) -> str:
        words = {
            JobState.QUEUED: self.tr("waiting"),
            JobState.SENDING: self.tr("sending"),
            JobState.SENT: self.tr("at the printer"),
        }
        return words.get(state, state.value)

    def removed(self, count: int) -> str:
        return self.tr("%n waiting badge(s) removed.", "", count)

    def clear(self) -> None:
        removed = clear_waiting(self.repo)
        self.reload()
        self.cleared(removed)


def open_print_queue(window: DeskWindow) -> None:
    badges = window.controller.badges

    def cleared(count: int) -> None:
        if badges is not None:
            badges.refresh()  # the status bar's count follows
        window.status.showMessage(dialog.removed(count), 8000)

    dialog = PrintQueueDialog(window.repo, cleared, window)
    window.open_dialog(dialog)
