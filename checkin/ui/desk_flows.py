"""The desk window's flows: register a walk-in, correct a badge name, organizer settings, exit mode.

Each opens its dialog over the window without blocking and, once accepted, hands the values to
the desk's session (through the controller), whose writes run on the commit line — the rules
(what a walk-in must hold, who may register one at a full venue) stay in the operations layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from checkin.core.entities import Direction, Event
from checkin.operations import Changes
from checkin.ui.camera_control import DIALOG
from checkin.ui.fixups import BadgeNameDialog, WalkInDialog
from checkin.ui.language import install_language
from checkin.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from checkin.ui.window import DeskWindow


def open_walk_in(window: DeskWindow) -> None:
    if window.controller.desk.event is None:
        return
    controller = window.controller
    dialog = WalkInDialog(controller.desk.ticket_types(), window)

    def register() -> None:
        # The session decides: a full blocking venue takes a walk-in only from an organizer.
        controller.register_walk_in(dialog.value(), organizer=window.lock.unlocked)

    window.open_dialog(dialog, register)


def open_badge_name(window: DeskWindow) -> None:
    controller = window.controller
    attendee = controller.target()
    if attendee is None:
        window.status.showMessage(
            QCoreApplication.translate(
                "DeskWindow", "Scan or pick someone first, then correct their badge name."
            ),
            8000,
        )
        return
    dialog = BadgeNameDialog(attendee.display_name, controller.badges is not None, window)

    def save() -> None:
        controller.rename(attendee, dialog.value(), dialog.reprint.isChecked())

    window.open_dialog(dialog, save)


def open_settings(window: DeskWindow) -> None:
    event = window.controller.desk.event
    if event is None:
        return
    dialog = SettingsDialog(event, window.prefs, window)

    def save() -> None:
        window.apply_prefs(dialog.prefs())
        save_event(window, dialog.new_event())

    window.open_dialog(dialog, save)


def save_event(window: DeskWindow, event: Event) -> None:
    """Organizer ▸ Settings: the event is written on the commit line, then shown."""
    controller = window.controller
    desk = controller.desk

    def saved(done: tuple[Event, Changes]) -> None:
        window.reload()
        window.desk_changed.emit(done[1])

    controller.commits.run(lambda: desk.record_event(event), saved, controller.not_recorded)


def remember_printer(window: DeskWindow, printer: str) -> None:
    """`checkin scan` prints where this desk prints (written on the commit line)."""
    controller = window.controller
    desk = controller.desk
    controller.commits.run(
        lambda: desk.record_badge_printer(printer), lambda _done: None, controller.not_recorded
    )


def open_kiosk(window: DeskWindow) -> None:
    """Organizer ▸ Kiosk mode: this laptop becomes a self-service kiosk, full screen, recording
    under a desk name of its own (this desk's, beside a hub), until an organizer leaves it with
    the PIN; then the desk is back as it was."""
    from checkin.ui.kiosk import KioskWindow  # loaded when a kiosk opens

    # Beside a hub the kiosk records as this desk: the hub takes from a home only what it
    # writes under the name it joined as. A lone desk's kiosk gets a name of its own.
    joined = window.hub_bridge is not None
    name = window.repo.desk if joined else f"{window.repo.desk} kiosk"
    # It speaks the desk's language when idle; an attendee's choice lasts for that attendee.
    kiosk = KioskWindow(
        window.repo, window.controller.badges, desk_name=name, language=window.prefs.language
    )
    window.kiosk = kiosk
    if window.camera is not None:
        window.camera.pause(DIALOG)

    def left() -> None:
        window.kiosk = None
        if window.camera is not None:
            window.camera.pause(DIALOG, False)
        window.show()
        window.reload()

    kiosk.left.connect(left)
    # The kiosk's admissions are this home's writes: the headcount, the hub and the platform
    # hear of them as of the desk's own.
    kiosk.answered.connect(lambda result: window.desk_changed.emit(result.changes))
    window.hide()
    kiosk.showFullScreen()


def toggle_exit_mode(window: DeskWindow) -> None:
    """F8: scans record people leaving (the on-site count goes down) until F8 again.
    Never remembered across restarts: a desk always opens admitting people."""
    controller = window.controller
    leaving = controller.direction is Direction.IN
    controller.direction = Direction.OUT if leaving else Direction.IN
    window.actions_by_name["Exit mode (people leaving)"].setChecked(leaving)
    window.show_mode()
    controller.clear()
    said = (
        QCoreApplication.translate("DeskWindow", "Exit mode: scans record people leaving.")
        if leaving
        else QCoreApplication.translate("DeskWindow", "Back to check-in.")
    )
    window.status.showMessage(said, 5000)


def change_language(window: DeskWindow, language: str) -> None:
    """Settings chose another language: Qt tells every window (LanguageChange), and the desk's
    menus, status bar and labels say their words again (`desk_menus.retranslate` and each
    part's own `retranslate`); verdicts, dialogs and the dashboard built from now on speak it."""
    install_language(language)
    window.status.showMessage(QCoreApplication.translate("DeskWindow", "Language changed."), 5000)
