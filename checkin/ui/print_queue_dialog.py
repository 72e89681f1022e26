"""The badges waiting to print, listed for an organizer, with the one way to clear them.

Badges pile up where "print on admission" is on and no printer answers; chosen later, a printer
would print them all in one burst. The list and the clearing rule are the operations layer's
(`checkin.operations.badges`); this dialog only shows them and asks. The clearing is a write: it
runs on the desk's commit line, through the desk session (`Desk.record_queue_cleared`), like a scan.
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
from checkin.operations import Changes
from checkin.operations.badges import waiting_badges
from checkin.operations.records import Store
from checkin.ui.dialog_fit import say
from checkin.ui.inert import plain_label
from checkin.ui.language import fill

if TYPE_CHECKING:
    from checkin.ui.window import DeskWindow


# Runs the removal off the UI thread, then calls back with how many badges it removed.
Remove = Callable[[Callable[[int], None]], None]


class PrintQueueDialog(QDialog):
    def __init__(self, repo: Store, remove: Remove, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo, self.remove = repo, remove
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

    def not_removed(self, error: Exception) -> str:
        return fill(self.tr("The waiting badges were not removed: %1"), str(error))

    def clear(self) -> None:
        self.clear_button.setEnabled(False)  # once: the list is read again when it is done
        self.remove(lambda _count: self.reload())


def open_print_queue(window: DeskWindow) -> None:
    controller = window.controller

    def remove(then: Callable[[int], None]) -> None:
        def removed(done: tuple[int, Changes]) -> None:
            count, changes = done
            controller.desk_changed.emit(changes)
            if controller.badges is not None:
                controller.badges.refresh()  # the status bar's count follows
            window.status.showMessage(dialog.removed(count), 8000)
            if window.dialog is dialog:  # still open
                then(count)

        def failed(error: Exception) -> None:
            window.status.showMessage(dialog.not_removed(error), 8000)
            if window.dialog is dialog:
                dialog.reload()

        controller.commits.run(controller.desk.record_queue_cleared, removed, failed)

    dialog = PrintQueueDialog(window.repo, remove, window)
    window.open_dialog(dialog)
