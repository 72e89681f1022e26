"""What the desk window shows of the desk's state — the event's title, the mode, the headcount,
the list's age — and how each `Changes` the desk reports refreshes only what it touched.

The headcount is read on the commit line (after any write queued before it), never on the UI
thread; a reload, which reads the event, runs at start, every `REFRESH_MS` (other desks may share
the file) and when another desk's event settings or list arrived.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from checkin.core.entities import Direction, Event
from checkin.operations import Changes
from checkin.ui.language import fill

if TYPE_CHECKING:
    from checkin.ui.window import DeskWindow


def show_state(window: DeskWindow) -> None:
    event = window.controller.desk.read_event()
    if event is None:
        window.stack.setCurrentWidget(window.first_run)
        window.first_run.demo_button.setFocus()
        return
    if window.stack.currentWidget() is not window.scan_screen:
        window.stack.setCurrentWidget(window.scan_screen)
        window.scan_screen.field.setFocus()
    place = f" — {event.venue}" if event.venue else ""
    window.scan_screen.event_title.setText(f"{event.name}{place}")
    show_mode(window)
    show_counts(window)
    window.controller.refresher.warm_up()  # the list may have changed: re-read it off this thread
    window.controller.finder.read_presence()
    last = window.parts.last_sync() if window.parts.last_sync else None
    window.status.set_sync(last, event)


def open_demo(window: DeskWindow) -> None:
    """First run's demo button: the demo is written on the commit line like every write, then
    its changes are announced and the desk shows it."""
    controller = window.controller

    def loaded(done: tuple[Event, Changes]) -> None:
        controller.desk_changed.emit(done[1])
        window.reload()

    def failed(error: Exception) -> None:  # the first-run screen has no verdict panel
        said = QCoreApplication.translate(
            "DeskController", "The desk could not save this: %1. Try again."
        )
        window.status.showMessage(fill(said, str(error)), 8000)

    controller.commits.run(controller.desk.record_demo, loaded, failed)


def show_counts(window: DeskWindow) -> None:
    """Read the headcount on the commit line and show it."""
    controller = window.controller
    controller.commits.run(
        controller.desk.on_site, lambda on_site: show_count(window, on_site),
        controller.not_recorded,
    )  # fmt: skip


def show_changes(window: DeskWindow, changes: Changes) -> None:
    if changes.counts:
        if changes.on_site is not None:
            show_count(window, changes.on_site)
        else:
            show_counts(window)
    if (changes.event or changes.attendee_list) and not changes.local:
        window.reload()  # another desk's event settings or list: the title, the list's age


def show_mode(window: DeskWindow) -> None:
    leaving = window.controller.direction is Direction.OUT
    window.scan_screen.show_direction(leaving)
    desk = window.repo.desk  # a desk's name is its own, never translated
    mode = (
        QCoreApplication.translate("DeskWindow", "desk %1 · EXIT MODE")
        if leaving
        else QCoreApplication.translate("DeskWindow", "desk %1")
    )
    window.scan_screen.mode.setText(fill(mode, desk))


def show_count(window: DeskWindow, on_site: int | None) -> None:
    event = window.controller.desk.event
    if on_site is not None:
        window.status.set_headcount(on_site, event.capacity if event else None)
